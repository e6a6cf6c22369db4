// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/core/deadlinequeue.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <coroutine>

namespace Lab {

class SimulatedClock;

/** Awaitable returned by SimulatedClock::sleepUntil(): suspends until the simulated time is reached. */
class SimulatedSleep
{
public:
    SimulatedSleep(SimulatedClock *clock, qint64 deadlineMs)
        : m_clock(clock)
        , m_deadline(deadlineMs)
    {
    }
    bool await_ready() const noexcept;
    void await_suspend(std::coroutine_handle<> handle) const;
    void await_resume() const noexcept {}

private:
    SimulatedClock *m_clock;
    qint64 m_deadline;
};

/**
 * A simulated clock (in milliseconds from 0) that the event loop drives.
 *
 * Simulated time runs at a set speed, or jumps straight to the next deadline ("as fast as
 * possible"). Sleepers wait in one min-heap of deadlines, so a sleep costs O(log n) and a
 * thousand opponents are as cheap as one. Each sleeper is resumed with now() equal to its
 * own deadline, so a simulation's times are exact whatever the speed.
 */
class SimulatedClock : public QObject
{
    Q_OBJECT
public:
    /** The smallest time scale that is not "as fast as possible": a nanosecond per simulated second. */
    static constexpr double MinTimeScale = 1e-9;
    /** The largest: a simulated second per thousand real hours. */
    static constexpr double MaxTimeScale = 3.6e6;

    explicit SimulatedClock(QObject *parent = nullptr);

    /** Simulated milliseconds since restart(). */
    qint64 now() const { return m_now; }

    /**
     * Real seconds per simulated second: 1.0 / 60 is a simulated minute per real second; 0 runs as
     * fast as possible, as does anything below MinTimeScale (or not a number); above MaxTimeScale is MaxTimeScale.
     */
    void setTimeScale(double realSecondsPerSimulatedSecond);
    double timeScale() const { return m_scale; }

    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

    /** Back to 0:00:00; call when nobody sleeps (after cancelAll()). */
    void restart();

    SimulatedSleep sleepUntil(qint64 deadlineMs) { return SimulatedSleep(this, deadlineMs); }
    SimulatedSleep sleepFor(qint64 durationMs) { return SimulatedSleep(this, m_now + durationMs); }

    void schedule(qint64 deadlineMs, std::coroutine_handle<> handle);
    std::size_t pending() const { return m_heap.size(); }
    /** Resumes every sleeper now, without moving the clock: the sleepers were told to give up. */
    void cancelAll();

    /** The time as a wall clock shows it: "1:00:55" (tenths when not whole: "0:00:02.5"). */
    static QString format(qint64 ms);

Q_SIGNALS:
    void pausedChanged(bool paused);

private:
    void tick();
    void arm();
    void reanchor();
    qint64 simulatedTarget() const;

    DeadlineQueue m_heap; // deadlines in simulated ms
    qint64 m_now = 0;
    double m_scale = 1.0 / 60;
    bool m_paused = false;
    qint64 m_anchorSim = 0;
    QElapsedTimer m_real;
    QTimer m_timer;
};

} // namespace Lab
