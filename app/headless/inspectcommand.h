// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Lab {

/**
 * `concurrency-lab inspect FILE`: loads a trace file exactly as the window's File > Open trace
 * does and prints what the timeline would show: processes, threads, task lanes with their spans,
 * links, the events skipped and why, what did not fit, and the time range. For scripts and tests.
 *
 * Exit status: 0 when the file opens (even with events skipped); 1 when it is refused; 2 for bad
 * arguments.
 */
int runInspectCommand(const QStringList &arguments);

} // namespace Lab
