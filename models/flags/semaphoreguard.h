// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/flags/asyncsemaphore.h"

#include <memory>
#include <utility>

namespace Lab {

/**
 * Python's `async with semaphore:` for QCoro coroutines: the acquire is awaited at the top of a
 * scope and the guard it gives releases the permit when the scope ends, however it ends.
 *
 *   SemaphoreGuard inside = co_await acquireGuard(semaphore);
 *   if (!inside)
 *       co_return; // cancelled: no permit was taken
 *   co_await work(); // at most `permits` coroutines are here at once
 *   // } releases here
 */
class SemaphoreGuard
{
public:
    SemaphoreGuard() = default;
    explicit SemaphoreGuard(std::shared_ptr<AsyncSemaphore> semaphore)
        : m_semaphore(std::move(semaphore))
    {
    }
    SemaphoreGuard(SemaphoreGuard &&other) noexcept
        : m_semaphore(std::exchange(other.m_semaphore, nullptr))
    {
    }
    SemaphoreGuard &operator=(SemaphoreGuard &&other) noexcept
    {
        if (this != &other) {
            release();
            m_semaphore = std::exchange(other.m_semaphore, nullptr);
        }
        return *this;
    }
    SemaphoreGuard(const SemaphoreGuard &) = delete;
    SemaphoreGuard &operator=(const SemaphoreGuard &) = delete;
    ~SemaphoreGuard() { release(); }

    /** True while a permit is held. */
    explicit operator bool() const { return bool(m_semaphore); }
    /** Gives the permit back now instead of at the end of the scope. */
    void release()
    {
        if (auto semaphore = std::exchange(m_semaphore, nullptr))
            semaphore->release();
    }

private:
    std::shared_ptr<AsyncSemaphore> m_semaphore;
};

/** The awaitable behind acquireGuard(): AsyncSemaphore::acquire() that evaluates to a guard. */
class GuardedAcquire
{
public:
    explicit GuardedAcquire(std::shared_ptr<AsyncSemaphore> semaphore)
        : m_semaphore(std::move(semaphore))
        , m_awaiter(m_semaphore->acquire())
    {
    }
    bool await_ready() noexcept { return m_awaiter.await_ready(); }
    void await_suspend(std::coroutine_handle<> handle) { m_awaiter.await_suspend(handle); }
    SemaphoreGuard await_resume() const
    {
        return m_awaiter.await_resume() ? SemaphoreGuard(m_semaphore) : SemaphoreGuard();
    }

private:
    std::shared_ptr<AsyncSemaphore> m_semaphore;
    AsyncSemaphore::Awaiter m_awaiter;
};

/** co_await it: a guard holding one permit of @p semaphore, or an empty guard if cancelled. */
inline GuardedAcquire acquireGuard(std::shared_ptr<AsyncSemaphore> semaphore)
{
    return GuardedAcquire(std::move(semaphore));
}

} // namespace Lab
