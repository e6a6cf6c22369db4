// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/primes/primesrun.h"

#include <QObject>

namespace Lab {

/** One point of a sweep: N workers, how long the run took, and its speed-up over sequential. */
struct SweepPoint
{
    int workers = 0;
    qint64 elapsedNs = 0;
    double speedup = 0;
};

/**
 * The book's run_procs.sh: the same numbers sequentially (the baseline), then with 1, 2, …
 * maxWorkers workers of one mode, each run after the other, to draw speed-up against workers.
 */
class PrimesSweep : public QObject
{
    Q_OBJECT
public:
    explicit PrimesSweep(TraceRecorder *recorder, QObject *parent = nullptr);

    /** @p base gives the mode, the GIL and the numbers; its workers are swept from 1 to @p maxWorkers. */
    void start(const PrimesSettings &base, int maxWorkers);
    void stop();
    bool isRunning() const { return m_running; }
    qint64 sequentialNs() const { return m_sequentialNs; }
    const std::vector<SweepPoint> &points() const { return m_points; }

Q_SIGNALS:
    /** The baseline is measured. */
    void baselineMeasured(qint64 sequentialNs);
    void pointMeasured(const Lab::SweepPoint &point);
    /** The sweep ended; @p error says why if it did not complete. */
    void finished(const QString &error);

private:
    void runDone(const PrimesSummary &summary);

    PrimesRun *m_run;
    PrimesSettings m_base;
    int m_maxWorkers = 0;
    int m_nextWorkers = 0;
    bool m_running = false;
    qint64 m_sequentialNs = 0;
    std::vector<SweepPoint> m_points;
};

} // namespace Lab

Q_DECLARE_METATYPE(Lab::SweepPoint)
