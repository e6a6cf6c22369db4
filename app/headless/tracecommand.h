// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Lab {

/**
 * `concurrency-lab trace [--output FILE.json] [--folder DIR] -- PROGRAM ARGS...`: runs a program
 * (a Python script, unmodified) under the app's Python tracer, its output passed through, then
 * prints a summary (tasks, threads, longest event-loop block, run time) and writes the Chrome trace.
 *
 * Exit status: the program's own (128 + N if signal N ended it); 1 when it cannot be started or
 * the trace cannot be written; 2 for bad arguments.
 */
int runTraceCommand(const QStringList &arguments);

} // namespace Lab
