// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <optional>

namespace Lab {

struct PrimeResult;

/**
 * The body of a worker process (`concurrency-lab primes-worker --jobs-fd N`): takes 8-byte numbers
 * from the shared job pipe, inherited as file descriptor @p jobs, until a 0 (the poison pill), checks each, writes one
 * line per result to stdout and, last, the sentinel PrimeResult(0, False, 0.0). With @p gil the process has its own
 * lock, which no other thread ever wants. Returns the exit status.
 */
int runPrimesWorker(int jobs, bool gil);

/** One result as a worker writes it: "R n prime elapsed start end pid tid\n". */
QByteArray workerLine(const PrimeResult &result);
/** Reads a line workerLine() wrote; nothing if it is not one. */
std::optional<PrimeResult> parseWorkerLine(const QByteArray &line);

} // namespace Lab
