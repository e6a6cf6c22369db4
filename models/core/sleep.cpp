// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/sleep.h"

#include "models/core/clock.h"

#include <QThread>

namespace Lab {

SleepScheduler *SleepScheduler::forCurrentThread()
{
    // One per thread, like Qt's event dispatcher; deleted with the thread's other thread_local data.
    thread_local SleepScheduler scheduler;
    return &scheduler;
}

SleepScheduler::SleepScheduler()
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SleepScheduler::wakeDue);
}

SleepScheduler::~SleepScheduler()
{
    // A run stopped or the app quit while they slept: destroying a suspended frame runs its
    // locals' destructors (counters, QPointer guards) and resumes nothing.
    while (!m_heap.empty())
        m_heap.pop().destroy();
}

void SleepScheduler::schedule(qint64 deadlineNs, std::coroutine_handle<> handle)
{
    m_heap.push(deadlineNs, handle);
    if (!m_timer.isActive() || deadlineNs < m_armedFor)
        arm();
}

void SleepScheduler::arm()
{
    if (m_heap.empty())
        return;
    m_armedFor = m_heap.earliest();
    const qint64 remaining = m_armedFor - nowNs();
    // Round up: waking a little late is a sleep, waking early is a busy loop.
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, (remaining + 999'999) / 1'000'000)));
}

void SleepScheduler::wakeDue()
{
    const qint64 now = nowNs();
    // Coroutines resumed here may sleep again; their new deadlines are after `now`, so this ends.
    // Wake at most a few milliseconds' worth per pass: a million sleepers due at once would
    // otherwise hold the loop for ~100 ms; the rest wake on the next pass, after other events.
    int woken = 0;
    while (!m_heap.empty() && m_heap.earliest() <= now) {
        m_heap.pop().resume();
        if (++woken % 256 == 0 && nowNs() - now > WakeBudgetNs)
            break;
    }
    arm();
}

bool SleepAwaiter::await_ready() const noexcept
{
    return m_deadline <= nowNs();
}

SleepAwaiter sleepFor(std::chrono::nanoseconds duration)
{
    return SleepAwaiter(nowNs() + duration.count());
}

SleepAwaiter sleepForSeconds(double seconds)
{
    return SleepAwaiter(nowNs() + qint64(seconds * 1e9));
}

} // namespace Lab
