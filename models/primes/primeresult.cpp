// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/primes/primeresult.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"

#include <sys/syscall.h>
#include <unistd.h>

namespace Lab {

std::vector<quint64> bookNumbers()
{
    // The book's PRIME_FIXTURE (Fluent Python 2e, chapter 19, primes.py), in its order.
    return {2ULL, 142702110479723ULL, 299593572317531ULL, 3333333333333301ULL, 3333333333333333ULL, 3333335652092209ULL,
        4444444444444423ULL, 4444444444444444ULL, 4444444488888889ULL, 5555553133149889ULL, 5555555555555503ULL,
        5555555555555555ULL, 6666666666666666ULL, 6666666666666719ULL, 6666667141414921ULL, 7777777536340681ULL,
        7777777777777753ULL, 7777777777777777ULL, 9999999999999917ULL, 9999999999999999ULL};
}

PrimeResult beginCheck(quint64 n)
{
    PrimeResult result;
    result.n = n;
    result.pid = ::getpid();
    result.tid = currentThreadId();
    result.startNs = result.endNs = nowNs();
    return result;
}

void endCheck(PrimeResult *result, bool prime)
{
    result->endNs = nowNs();
    result->prime = prime;
    result->elapsedNs = result->endNs - result->startNs;
}

QString primeLine(const PrimeResult &result)
{
    return QStringLiteral("%1  %2 %3s")
        .arg(result.n, 16)
        .arg(result.prime ? QLatin1Char('P') : QLatin1Char(' '))
        .arg(numberLocale().toString(double(result.elapsedNs) / 1e9, 'f', 6), 9);
}

qint64 currentThreadId()
{
    return qint64(::syscall(SYS_gettid));
}

} // namespace Lab
