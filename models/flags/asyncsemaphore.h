// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <coroutine>
#include <cstddef>
#include <deque>

namespace Lab {

/**
 * The book's asyncio.Semaphore for QCoro coroutines of one thread: `co_await sem.acquire()`
 * takes a permit or waits for one, release() gives it back. QCoro 0.8 has none.
 *
 * Waiters are served first come, first served, and resumed from the event loop (a zero timer),
 * never inside release(), so a coroutine that releases inside QNetworkReply::finished() does not
 * run another one's request there. cancel() resumes every waiter with false; so does the
 * destructor, which makes it safe to destroy a semaphore that coroutines still wait on (they must
 * not touch it after a false acquire). Share it with std::shared_ptr when coroutines may release
 * after its owner has gone.
 */
class AsyncSemaphore
{
public:
    explicit AsyncSemaphore(int permits);
    ~AsyncSemaphore();
    AsyncSemaphore(const AsyncSemaphore &) = delete;
    AsyncSemaphore &operator=(const AsyncSemaphore &) = delete;

    class Awaiter
    {
    public:
        explicit Awaiter(AsyncSemaphore *semaphore)
            : m_semaphore(semaphore)
        {
        }
        bool await_ready() noexcept;
        void await_suspend(std::coroutine_handle<> handle);
        /** True: a permit is yours, release() it. False: cancelled, no permit. */
        bool await_resume() const noexcept { return m_acquired; }

    private:
        friend class AsyncSemaphore;
        AsyncSemaphore *m_semaphore;
        std::coroutine_handle<> m_handle;
        bool m_acquired = false;
    };

    /** co_await it: true once a permit is taken, false if cancel() came first. */
    Awaiter acquire() { return Awaiter(this); }
    void release();
    /** Resumes every waiter with false; later acquires still work. */
    void cancel();

    int available() const { return m_available; }
    std::size_t waiting() const { return m_waiters.size(); }

private:
    static void resumeLater(std::coroutine_handle<> handle);

    int m_available;
    std::deque<Awaiter *> m_waiters;
};

} // namespace Lab
