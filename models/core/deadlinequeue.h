// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <queue>

#include <coroutine>
#include <deque>
#include <vector>

namespace Lab {

/**
 * Coroutines waiting for a deadline, earliest first; equal deadlines come out in the order they
 * went in (FIFO), so wake order is stable. The unit of the deadline is the owner's (the sleep
 * scheduler uses monotonic ns, the chess clock simulated ms).
 *
 * Sleeps of one length arrive in deadline order, so a deadline no earlier than the last one queued
 * goes to a sorted run in O(1) (a million equal sleeps never touch the heap); only an earlier one
 * goes to an O(log n) heap. The earliest of the two fronts comes out first.
 */
class DeadlineQueue
{
public:
    void push(qint64 deadline, std::coroutine_handle<> handle)
    {
        const Entry entry{deadline, m_sequence++, handle};
        if (m_run.empty() || m_run.back().deadline <= deadline)
            m_run.push_back(entry);
        else
            m_heap.push(entry);
    }
    bool empty() const { return m_run.empty() && m_heap.empty(); }
    std::size_t size() const { return m_run.size() + m_heap.size(); }
    /** The earliest deadline; the queue must not be empty. */
    qint64 earliest() const { return front().deadline; }
    /** Removes and returns the coroutine with the earliest deadline; the queue must not be empty. */
    std::coroutine_handle<> pop()
    {
        if (fromRun()) {
            const auto handle = m_run.front().handle;
            m_run.pop_front();
            return handle;
        }
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
    bool fromRun() const { return m_heap.empty() || (!m_run.empty() && m_heap.top() > m_run.front()); }
    const Entry &front() const { return fromRun() ? m_run.front() : m_heap.top(); }

    std::deque<Entry> m_run; // sorted by (deadline, sequence): appended in that order
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> m_heap;
    quint64 m_sequence = 0;
};

} // namespace Lab
