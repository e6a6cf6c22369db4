// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>

#include <coroutine>
#include <deque>
#include <optional>
#include <utility>

namespace Lab {

/**
 * Results handed from many coroutines to one, in the order they arrive: what asyncio.as_completed
 * keeps behind its iterator. push() queues a result; `co_await next()` takes the oldest, or waits
 * for one. A waiting coroutine is resumed from the event loop (a zero timer), never inside
 * push(), so the producer finishes its own step first. close() resumes a waiter with nothing.
 * One thread; one waiter at a time.
 */
template<typename T>
class CompletionQueue
{
public:
    CompletionQueue() = default;
    CompletionQueue(const CompletionQueue &) = delete;
    CompletionQueue &operator=(const CompletionQueue &) = delete;
    // A waiter keeps its queue alive (hold it in a shared_ptr), so a dying queue has none to wake.
    ~CompletionQueue() = default;

    class Awaiter
    {
    public:
        explicit Awaiter(CompletionQueue *queue)
            : m_queue(queue)
        {
        }
        bool await_ready() const noexcept { return !m_queue->m_items.empty() || m_queue->m_closed; }
        void await_suspend(std::coroutine_handle<> handle) noexcept { m_queue->m_waiter = handle; }
        /** The oldest result, or nothing once closed. */
        std::optional<T> await_resume()
        {
            if (m_queue->m_items.empty())
                return std::nullopt;
            T item = std::move(m_queue->m_items.front());
            m_queue->m_items.pop_front();
            return item;
        }

    private:
        CompletionQueue *m_queue;
    };

    Awaiter next() { return Awaiter(this); }

    void push(T item)
    {
        if (m_closed)
            return;
        m_items.push_back(std::move(item));
        wakeWaiter();
    }
    /** No more results: a waiter gets nothing; queued results are dropped. */
    void close()
    {
        m_closed = true;
        m_items.clear();
        wakeWaiter();
    }
    std::size_t size() const { return m_items.size(); }

private:
    void wakeWaiter()
    {
        if (const std::coroutine_handle<> waiter = std::exchange(m_waiter, {})) {
            // Only the handle is captured: the waiting frame keeps the queue alive (a shared_ptr).
            QTimer::singleShot(0, [waiter] {
                waiter.resume();
            });
        }
    }

    std::deque<T> m_items;
    std::coroutine_handle<> m_waiter;
    bool m_closed = false;
};

} // namespace Lab
