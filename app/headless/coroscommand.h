// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Lab {

/**
 * `concurrency-lab coroutines [--exercise 1|2|3|loop] [--show-heap] [--real-time]`: drives the
 * hand-resumed coroutines of the "native coros" lab and the toy event loop, printing each step
 * ("resume() -> 42", "send(8) -> finished, returned 80"), inside an existing QCoreApplication;
 * @p arguments start with the program name and "coroutines". Without --exercise all four run.
 * Exit status: 0, or 2 for bad arguments.
 */
int runCorosCommand(const QStringList &arguments);

} // namespace Lab
