// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/primes/primessweep.h"

#include <QTimer>

namespace Lab {

PrimesSweep::PrimesSweep(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_run(new PrimesRun(recorder, this))
{
    connect(m_run, &PrimesRun::finished, this, &PrimesSweep::runDone);
}

void PrimesSweep::start(const PrimesSettings &base, int maxWorkers)
{
    stop();
    m_base = base;
    m_maxWorkers = std::max(1, maxWorkers);
    m_points.clear();
    m_sequentialNs = 0;
    m_nextWorkers = 0; // 0: the sequential baseline first
    m_running = true;
    PrimesSettings sequential = base;
    sequential.mode = PrimesMode::Sequential;
    sequential.gil = false;
    m_run->start(sequential);
}

void PrimesSweep::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_run->stop();
    Q_EMIT finished(tr("stopped"));
}

void PrimesSweep::runDone(const PrimesSummary &summary)
{
    if (!m_running)
        return;
    if (!summary.error.isEmpty() || summary.stopped) {
        m_running = false;
        Q_EMIT finished(summary.error.isEmpty() ? tr("stopped") : summary.error);
        return;
    }
    if (m_nextWorkers == 0) {
        m_sequentialNs = summary.elapsedNs;
        Q_EMIT baselineMeasured(m_sequentialNs);
    } else {
        const SweepPoint point{m_nextWorkers, summary.elapsedNs,
            summary.elapsedNs > 0 ? double(m_sequentialNs) / double(summary.elapsedNs) : 0.0};
        m_points.push_back(point);
        Q_EMIT pointMeasured(point);
    }
    if (++m_nextWorkers > m_maxWorkers) {
        m_running = false;
        Q_EMIT finished({});
        return;
    }
    // The next run starts from the event loop, not inside the last one's finished().
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            return;
        PrimesSettings next = m_base;
        next.workers = m_nextWorkers;
        m_run->start(next);
    });
}

} // namespace Lab
