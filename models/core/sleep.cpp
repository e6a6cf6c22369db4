// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/sleep.h"

#include "models/core/clock.h"

#include <QThread>

namespace Lab {

namespace {

// QCoro 0.8 keeps the coroutines awaiting a task private and has no way to cancel a chain. An
// explicit instantiation may name a private member (C++20 [temp.spec.general]/6): this one hands
// out a pointer to that list, so the scheduler can free a sleeper together with its awaiters.
using Awaiters = std::vector<std::coroutine_handle<>>;
using AwaitersMember = Awaiters QCoro::detail::TaskPromiseBase::*;
AwaitersMember awaitersMember();
template<AwaitersMember Member>
struct AwaitersAccess
{
    friend AwaitersMember awaitersMember() { return Member; }
};
template struct AwaitersAccess<&QCoro::detail::TaskPromiseBase::mAwaitingCoroutines>;

// Every coroutine in a chain is a QCoro::Task (the project's sleepers all are, and a coroutine
// registers as a Task's awaiter by co_awaiting it from a Task). TaskPromise<T> is TaskPromiseBase at
// offset 0, and the frame keeps its promise at the same place for any T of ordinary alignment.
QCoro::detail::TaskPromiseBase &promiseOf(std::coroutine_handle<> handle)
{
    return std::coroutine_handle<QCoro::detail::TaskPromiseBase>::from_address(handle.address()).promise();
}
static_assert(alignof(QCoro::detail::TaskPromise<void>) == alignof(QCoro::detail::TaskPromiseBase));

// Frees a sleeper that will never wake and the coroutines awaiting it, outermost first: a frame's
// destruction destroys the Task it awaits, which only marks the inner frame as ownerless (QCoro's
// handshake), so the inner one is destroyed next. A frame whose Task someone still holds is left
// to that Task's destructor, as QCoro does.
void destroyChain(std::coroutine_handle<> sleeper)
{
    std::vector<std::coroutine_handle<>> chain{sleeper};
    for (std::size_t i = 0; i < chain.size(); ++i) {
        const Awaiters &awaiters = promiseOf(chain[i]).*awaitersMember();
        chain.insert(chain.end(), awaiters.begin(), awaiters.end());
    }
    for (auto frame = chain.rbegin(); frame != chain.rend(); ++frame) {
        if (promiseOf(*frame).setDestroyHandle())
            frame->destroy();
    }
}

} // namespace

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
        destroyChain(m_heap.pop());
}

void SleepScheduler::schedule(qint64 deadlineNs, std::coroutine_handle<> handle)
{
    m_heap.push(deadlineNs, handle);
    // Within a wake-up pass the timer is armed once, at its end, for whatever is earliest then.
    if (!m_waking && (!m_timer.isActive() || deadlineNs < m_armedFor))
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
    ++m_timerStarts;
}

void SleepScheduler::wakeDue()
{
    const qint64 now = nowNs();
    // Coroutines resumed here may sleep again; their new deadlines are after `now`, so this ends.
    // Wake at most a few milliseconds' worth per pass: a million sleepers due at once would
    // otherwise hold the loop for ~100 ms; the rest wake on the next pass, after other events.
    int woken = 0;
    m_waking = true;
    while (!m_heap.empty() && m_heap.earliest() <= now) {
        m_heap.pop().resume();
        if (++woken % 256 == 0 && nowNs() - now > WakeBudgetNs)
            break;
    }
    m_waking = false;
    arm();
}

SleepAwaiter sleepFor(std::chrono::nanoseconds duration)
{
    return SleepAwaiter(nowNs(), duration.count());
}

SleepAwaiter sleepForSeconds(double seconds)
{
    return SleepAwaiter(nowNs(), qint64(seconds * 1e9));
}

} // namespace Lab
