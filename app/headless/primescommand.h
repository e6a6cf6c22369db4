// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Lab {

/**
 * `concurrency-lab primes [--mode M] [--workers N] [--gil] [--switch-interval MS] [--sweep]`: checks
 * the book's 20 numbers and prints its lines (number, P for a prime, seconds) and "Total time";
 * --sweep prints speed-up over sequential for 1 … 2×cores workers; --mode loiter runs the book's
 * executor.map demo. @p arguments start with the program name and "primes". Status 0, 1 if a
 * run failed, 2 for bad arguments.
 */
int runPrimesCommand(const QStringList &arguments);

/** Hidden: `concurrency-lab primes-worker --jobs-fd N [--gil]`, one worker process of the processes modes. */
int runPrimesWorkerCommand(int argc, char **argv);

} // namespace Lab
