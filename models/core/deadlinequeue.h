// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <queue>

#include <coroutine>
#include <vector>

namespace Lab {

/**
 * Coroutines waiting for a deadline, earliest first; equal deadlines come out in the order they
 * went in (FIFO), so wake order is stable. O(log n) per push and pop. The unit of the deadline
 * is the owner's (the sleep scheduler uses monotonic ns, the chess clock simulated ms).
 */
class DeadlineQueue
{
public:
    void push(qint64 deadline, std::coroutine_handle<> handle) { m_heap.push({deadline, m_sequence++, handle}); }
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    /** The earliest deadline; the queue must not be empty. */
    qint64 earliest() const { return m_heap.top().deadline; }
    /** Removes and returns the coroutine with the earliest deadline; the queue must not be empty. */
    std::coroutine_handle<> pop()
    {
        const auto handle = m_heap.top().handle;
        m_heap.pop();
        return handle;
    }

private:
    struct Entry
    {
        qint64 deadline;
        quint64 sequence;
        std::coroutine_handle<> handle;
        bool operator>(const Entry &other) const
        {
            return deadline != other.deadline ? deadline > other.deadline : sequence > other.sequence;
        }
    };
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> m_heap;
    quint64 m_sequence = 0;
};

} // namespace Lab
