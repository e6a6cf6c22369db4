// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/core/deadlinequeue.h"

#include <QObject>
#include <QTimer>
#include <queue>

#include <chrono>
#include <coroutine>
#include <vector>

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

    /** How long one pass may spend waking sleepers before it lets other events run. */
    static constexpr qint64 WakeBudgetNs = 4'000'000;

    /** Frees the coroutines still asleep when the thread ends: they would never wake. */
    ~SleepScheduler() override;

private:
    SleepScheduler();
    void wakeDue();
    void arm();

    DeadlineQueue m_heap;
    qint64 m_armedFor = 0;
    QTimer m_timer;
};

/** Awaitable returned by sleepFor(): suspends the coroutine until the deadline. */
class SleepAwaiter
{
public:
    explicit SleepAwaiter(qint64 deadlineNs)
        : m_deadline(deadlineNs)
    {
    }
    bool await_ready() const noexcept;
    void await_suspend(std::coroutine_handle<> handle) const
    {
        SleepScheduler::forCurrentThread()->schedule(m_deadline, handle);
    }
    void await_resume() const noexcept {}

private:
    qint64 m_deadline;
};

/** co_await Lab::sleepFor(100ms): the project's coroutine sleep; the event loop keeps running meanwhile. */
SleepAwaiter sleepFor(std::chrono::nanoseconds duration);

/** The same with a duration in seconds, as the demos' knobs give it. */
SleepAwaiter sleepForSeconds(double seconds);

} // namespace Lab
