// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/scale/scalefigures.h"
#include "models/scale/sleepercounters.h"
#include "models/trace/tracetypes.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace Lab {

class ThreadSleepers;
class TraceRecorder;

/**
 * "How many can you run?": N sleepers that each sleep for a while, either as coroutines on the
 * calling thread's event loop (Lab::sleepFor: one heap, one timer) or as OS threads, with live
 * counts, elapsed time and the process's memory sampled every 50 ms.
 *
 * Coroutines are started in slices of a few milliseconds, so the event loop keeps answering
 * while a million are created. Threads are created by a launcher thread (ThreadSleepers).
 * With a recorder, the timeline shows the slices, the launcher and the sleep (not a lane per sleeper).
 */
class ScaleRun : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxCoroutines = 1'000'000;
    static constexpr int DefaultThreadCap = 2'000;
    /** The highest cap a user can set: each thread reserves a stack (8 MiB of address space). */
    static constexpr int MaxThreadCap = 50'000;
    static constexpr int SampleIntervalMs = 50;

    explicit ScaleRun(TraceRecorder *recorder = nullptr, QObject *parent = nullptr);
    /** Stops; joins every thread. Coroutines still asleep wake later and count into shared counters only. */
    ~ScaleRun() override;

    void setKind(SleeperKind kind) { m_kind = kind; }
    SleeperKind kind() const { return m_kind; }
    /** How many sleepers: at most MaxCoroutines; threads are further held to the thread cap. */
    void setCount(int count);
    int count() const { return m_count; }
    void setSeconds(double seconds) { m_seconds = seconds; }
    double seconds() const { return m_seconds; }
    void setThreadCap(int cap);
    int threadCap() const { return m_threadCap; }

    bool isRunning() const { return m_running; }
    /** The figures now (live during a run, final after it). */
    const ScaleFigures &figures() const { return m_figures; }

    /** Starts a run; ignored while one runs. */
    void start();
    /**
     * Starts no more sleepers and ends the run: threads are woken and joined at once; coroutines
     * cannot be woken early, so the run ends when the ones asleep wake (within one sleep).
     */
    void stop();

Q_SIGNALS:
    /** Every sample while running. */
    void updated(const Lab::ScaleFigures &figures);
    void finished(const Lab::ScaleFigures &figures);

private:
    void launchCoroutines();
    void sample();
    bool allDone() const;

    TraceRecorder *m_recorder;
    TaskId m_launchTask = 0;
    TaskId m_sleepTask = 0;
    // Sleepers that had woken at the last sample: each sample that sees more draws one arrow for them all.
    int m_wokenLinked = 0;
    SleeperKind m_kind = SleeperKind::Coroutines;
    int m_count = 10'000;
    double m_seconds = 1.0;
    int m_threadCap = DefaultThreadCap;

    bool m_running = false;
    bool m_stopRequested = false;
    int m_launched = 0;
    qint64 m_startNs = 0;
    ScaleFigures m_figures;
    std::shared_ptr<SleeperCounters> m_counters;
    std::unique_ptr<ThreadSleepers> m_threads;
    QTimer m_sampler;
};

} // namespace Lab
