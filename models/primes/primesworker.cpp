// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/primes/primesworker.h"

#include "models/core/clock.h"
#include "models/primes/primeresult.h"
#include "models/primes/simulatedgil.h"
#include "models/primes/threadcheckers.h"
#include "models/primes/trialdivision.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

namespace Lab {

namespace {
// One job from the shared pipe. The parent writes each number in one 8-byte write, which a pipe
// keeps whole (it is under PIPE_BUF), so the workers reading it in turn never split one.
bool takeJob(int jobs, quint64 *n)
{
    char *bytes = reinterpret_cast<char *>(n);
    std::size_t got = 0;
    while (got < sizeof(*n)) {
        const ssize_t r = ::read(jobs, bytes + got, sizeof(*n) - got);
        if (r > 0)
            got += std::size_t(r);
        else if (r == 0 || errno != EINTR)
            return false; // the app is gone: end without a word
    }
    return true;
}

bool put(const PrimeResult &result)
{
    const QByteArray line = workerLine(result);
    return std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout) == std::size_t(line.size())
        && std::fflush(stdout) == 0;
}
} // namespace

// snippet-begin: process-worker
int runPrimesWorker(int jobs, bool gil)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL); // die with the app, whatever happens to it
    if (::getppid() == 1)
        return 1; // it is gone already
    lowerPriority();
    SimulatedGil ownGil; // each process has its own: nobody else ever waits for it
    if (gil)
        ownGil.acquire();
    quint64 n = 0;
    while (takeJob(jobs, &n) && n != 0) { // 0 is the poison pill
        PrimeResult result = beginCheck(n);
        TrialDivision division(n);
        while (!division.step(1 << 20)) {}
        endCheck(&result, division.isPrime());
        if (!put(result))
            return 1;
    }
    if (n != 0)
        return 1; // no pill: the job pipe broke
    return put(beginCheck(0)) ? 0 : 1; // the sentinel PrimeResult(0, False, 0.0): this worker is done
}
// snippet-end: process-worker

QByteArray workerLine(const PrimeResult &r)
{
    return QByteArrayLiteral("R ") + QByteArray::number(r.n) + ' ' + QByteArray::number(int(r.prime)) + ' '
        + QByteArray::number(r.elapsedNs) + ' ' + QByteArray::number(r.startNs) + ' ' + QByteArray::number(r.endNs)
        + ' ' + QByteArray::number(r.pid) + ' ' + QByteArray::number(r.tid) + '\n';
}

std::optional<PrimeResult> parseWorkerLine(const QByteArray &line)
{
    const QList<QByteArray> fields = line.trimmed().split(' ');
    if (fields.size() != 8 || fields[0] != "R")
        return std::nullopt;
    PrimeResult r;
    bool ok[7] = {};
    r.n = fields[1].toULongLong(&ok[0]);
    r.prime = fields[2].toInt(&ok[1]) != 0;
    r.elapsedNs = fields[3].toLongLong(&ok[2]);
    r.startNs = fields[4].toLongLong(&ok[3]);
    r.endNs = fields[5].toLongLong(&ok[4]);
    r.pid = fields[6].toLongLong(&ok[5]);
    r.tid = fields[7].toLongLong(&ok[6]);
    for (const bool fine : ok) {
        if (!fine)
            return std::nullopt;
    }
    return r;
}

} // namespace Lab
