// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Lab {

/**
 * `concurrency-lab scale [--coroutines N | --threads N] [--seconds S] [--thread-cap C]`: starts N
 * sleepers (default 100,000 coroutines) and prints live figures, the final ones and Python's
 * reference, inside an existing QCoreApplication; @p arguments start with the program name and "scale".
 *
 * Exit status: 0 when every sleeper started and finished; 1 when a thread run hit a system
 * limit (said on stderr); 2 for bad arguments.
 */
int runScaleCommand(const QStringList &arguments);

} // namespace Lab
