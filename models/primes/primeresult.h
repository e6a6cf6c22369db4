// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

#include <vector>

namespace Lab {

/** Fluent Python's 20 fixtures, 2 to 9,999,999,999,999,999: primes, slow composites and instant ones. */
std::vector<quint64> bookNumbers();

/** One check as the book's PrimeResult(n, prime, elapsed), with where it ran. */
struct PrimeResult
{
    quint64 n = 0; ///< 0: a worker's end-of-work sentinel, PrimeResult(0, False, 0.0)
    bool prime = false;
    qint64 elapsedNs = 0;
    int worker = -1; ///< which worker checked it, from 0
    qint64 pid = 0; ///< the process that checked it
    qint64 tid = 0; ///< the thread (kernel id) that checked it
    qint64 startNs = 0; ///< monotonic ns, comparable across the app's processes
    qint64 endNs = 0;

    bool isSentinel() const { return n == 0; }
};

/** A check of @p n starting now, on this thread of this process (n = 0: a sentinel, sent now). */
PrimeResult beginCheck(quint64 n);
/** The check is over now: its answer and how long it took. */
void endCheck(PrimeResult *result, bool prime);

/** The book's line: f'{n:16}  {label} {elapsed:9.6f}s', with P for a prime. */
QString primeLine(const PrimeResult &result);

/** The kernel's id of the calling thread (gettid), to tell threads and processes apart. */
qint64 currentThreadId();

} // namespace Lab

Q_DECLARE_METATYPE(Lab::PrimeResult)
