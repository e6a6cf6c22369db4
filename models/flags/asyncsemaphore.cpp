// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/asyncsemaphore.h"

#include <QTimer>

namespace Lab {

AsyncSemaphore::AsyncSemaphore(int permits)
    : m_available(permits)
{
}

AsyncSemaphore::~AsyncSemaphore()
{
    cancel();
}

bool AsyncSemaphore::Awaiter::await_ready() noexcept
{
    // Waiters are served in order: a free permit goes to the queue first.
    if (m_semaphore->m_available > 0 && m_semaphore->m_waiters.empty()) {
        --m_semaphore->m_available;
        m_acquired = true;
        return true;
    }
    return false;
}

void AsyncSemaphore::Awaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_handle = handle;
    m_semaphore->m_waiters.push_back(this);
}

void AsyncSemaphore::release()
{
    if (m_waiters.empty()) {
        ++m_available;
        return;
    }
    // The permit passes straight to the first waiter, so a later acquire() cannot take it first.
    Awaiter *next = m_waiters.front();
    m_waiters.pop_front();
    next->m_acquired = true;
    resumeLater(next->m_handle);
}

void AsyncSemaphore::cancel()
{
    while (!m_waiters.empty()) {
        Awaiter *waiter = m_waiters.front();
        m_waiters.pop_front();
        waiter->m_acquired = false;
        resumeLater(waiter->m_handle);
    }
}

void AsyncSemaphore::resumeLater(std::coroutine_handle<> handle)
{
    // Only the handle is captured: the awaiter lives in the suspended frame, the semaphore may go.
    QTimer::singleShot(0, [handle] {
        handle.resume();
    });
}

} // namespace Lab
