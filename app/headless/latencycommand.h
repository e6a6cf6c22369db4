// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Lab {

/**
 * `concurrency-lab latency [--server URL | --no-http] [--ram-mib N] [--fsync-dir DIR]`: prints
 * the talk's latency table and the same rows measured on this machine (on a worker thread),
 * inside an existing QCoreApplication; @p arguments start with the program name and "latency".
 * Without --server the HTTP row GETs /flags/ from the built-in flag server, started on 127.0.0.1.
 *
 * Exit status: 0 when every row was measured; 1 when one could not be (its error is printed);
 * 2 for bad arguments.
 */
int runLatencyCommand(const QStringList &arguments);

} // namespace Lab
