// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/core/deadlinequeue.h"

#include <QCoroTask>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <coroutine>

namespace Lab {

/**
 * Wakes sleeping coroutines of one thread from a single min-heap of deadlines and one QTimer.
 *
 * QCoro::sleepFor gives every sleeper its own QTimer; Qt 6.4's timer bookkeeping is quadratic
 * in the number of timers, so 100,000 sleepers take about 20 s. One heap and one timer make a
 * sleep O(log n). Each thread that sleeps gets its own scheduler, just as each thread has its
 * own event dispatcher; it lives as long as the thread.
 */
class SleepScheduler : public QObject
{
    Q_OBJECT
public:
    /** The scheduler of the calling thread (created on first use). */
    static SleepScheduler *forCurrentThread();

    /** Resume @p handle on this thread once the monotonic clock reaches @p deadlineNs. */
    void schedule(qint64 deadlineNs, std::coroutine_handle<> handle);

    /** How many coroutines are sleeping right now. */
    std::size_t pending() const { return m_heap.size(); }

    /** How many times the timer has been started: once per wake-up pass, however many sleep again. */
    std::size_t timerStarts() const { return m_timerStarts; }

    /** How long one pass may spend waking sleepers before it lets other events run. */
    static constexpr qint64 WakeBudgetNs = 4'000'000;

    /**
     * Frees the coroutines still asleep when the thread ends: they would never wake. A sleeper's
     * whole chain goes, the QCoro::Task coroutines awaiting it included, outermost first.
     */
    ~SleepScheduler() override;

private:
    SleepScheduler();
    void wakeDue();
    void arm();

    DeadlineQueue m_heap;
    qint64 m_armedFor = 0;
    bool m_waking = false; // inside wakeDue(): it arms the timer once at the end of the pass
    std::size_t m_timerStarts = 0;
    QTimer m_timer;
};

/** Awaitable returned by sleepFor(): suspends the coroutine until the deadline. */
class SleepAwaiter
{
public:
    /** A sleep of @p durationNs from @p nowNs; zero or less does not suspend. */
    SleepAwaiter(qint64 nowNs, qint64 durationNs)
        : m_deadline(nowNs + durationNs)
        , m_ready(durationNs <= 0)
    {
    }
    bool await_ready() const noexcept { return m_ready; }
    // Only QCoro::Task coroutines sleep here (QCoro's Awaitable concept wants a plain handle, so
    // this is not checked): at thread end the scheduler frees their whole chain.
    void await_suspend(std::coroutine_handle<> handle) const
    {
        SleepScheduler::forCurrentThread()->schedule(m_deadline, handle);
    }
    void await_resume() const noexcept {}

private:
    qint64 m_deadline;
    bool m_ready;
};

/** co_await Lab::sleepFor(100ms): the project's coroutine sleep; the event loop keeps running meanwhile. */
SleepAwaiter sleepFor(std::chrono::nanoseconds duration);

/** The same with a duration in seconds, as the demos' knobs give it. */
SleepAwaiter sleepForSeconds(double seconds);

} // namespace Lab
