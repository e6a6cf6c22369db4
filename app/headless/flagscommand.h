// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Lab {

/**
 * `concurrency-lab flags [CC ...] [--all | --every] [--mode sequential|threads|coroutines] ...`:
 * downloads flags as the book's flags2 scripts do and prints their report, inside an existing
 * QCoreApplication; @p arguments start with the program name and "flags". Without --server it
 * starts the built-in flag server (on a thread of its own) on 127.0.0.1 and a free port.
 *
 * Exit status: 0 when the run completed, whatever the flags' outcomes; 2 for bad arguments;
 * 1 when the server cannot be reached (no flag got an HTTP answer and every one failed to
 * connect: refused, reset, host not found), when the built-in server cannot listen, or when
 * the trace cannot be written.
 */
int runFlagsCommand(const QStringList &arguments);

} // namespace Lab
