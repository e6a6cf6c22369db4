// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace Lab {

/**
 * A bounded record of what a demo's visual showed, by time, so that a replay can show it again
 * at an earlier moment. Times are the recorder's clock (monotonic ns, Lab::nowNs()); entries are
 * kept in the order they were appended, and a time earlier than the last one counts as the last
 * (two threads' stamps may cross by a few ns).
 *
 * What happens when it is full depends on what an entry is:
 * - Overflow::Thin, for snapshots (each entry is a whole state): every second entry is dropped
 *   and from then on only every second append is kept, so the whole run stays covered at an even,
 *   coarser resolution. The latest append is always kept, so the end of a run is exact.
 * - Overflow::Stop, for events replayed onto a first state (dropping one would show a wrong
 *   state): later appends are refused and counted in dropped().
 */
template<typename T>
class History
{
public:
    enum class Overflow { Thin, Stop };

    struct Entry
    {
        qint64 time = 0;
        T value;
    };
    using const_iterator = typename std::vector<Entry>::const_iterator;

    /** Keeps at most @p capacity entries (at least 2). */
    explicit History(std::size_t capacity, Overflow overflow = Overflow::Thin)
        : m_capacity(std::max<std::size_t>(capacity, 2))
        , m_overflow(overflow)
    {
    }

    void append(qint64 time, T value)
    {
        if (!m_entries.empty())
            time = std::max(time, m_entries.back().time);
        if (m_tailProvisional) {
            m_entries.back() = {time, std::move(value)};
        } else {
            if (m_entries.size() >= m_capacity) {
                if (m_overflow == Overflow::Stop) {
                    ++m_dropped;
                    return;
                }
                thin();
            }
            m_entries.push_back({time, std::move(value)});
        }
        // With a stride of n, the tail is overwritten by the next n - 1 appends before it stays.
        ++m_sinceKept;
        m_tailProvisional = m_sinceKept < m_stride;
        if (!m_tailProvisional)
            m_sinceKept = 0;
    }

    /** Forgets everything: a new run. */
    void clear()
    {
        m_entries.clear();
        m_stride = 1;
        m_sinceKept = 0;
        m_tailProvisional = false;
        m_dropped = 0;
    }

    bool isEmpty() const { return m_entries.empty(); }
    std::size_t size() const { return m_entries.size(); }
    std::size_t capacity() const { return m_capacity; }
    /** Appends refused because an Overflow::Stop history was full. */
    std::size_t dropped() const { return m_dropped; }
    /** Appends per kept entry: 1 until a thinning history first fills, then 2, 4, … */
    std::size_t stride() const { return m_stride; }

    const Entry &at(std::size_t index) const { return m_entries.at(index); }
    const Entry &last() const { return m_entries.back(); }
    const_iterator begin() const { return m_entries.begin(); }
    const_iterator end() const { return m_entries.end(); }

    /** How many entries were appended at or before @p time: replay the first countAt(time) events. */
    std::size_t countAt(qint64 time) const
    {
        const auto after = std::upper_bound(m_entries.begin(), m_entries.end(), time, [](qint64 t, const Entry &e) {
            return t < e.time;
        });
        return std::size_t(after - m_entries.begin());
    }

    /** The value of the latest entry at or before @p time: the state then; nullptr before the first. */
    const T *valueAt(qint64 time) const
    {
        const std::size_t count = countAt(time);
        return count == 0 ? nullptr : &m_entries[count - 1].value;
    }

private:
    void thin()
    {
        // Keep entries 0, 2, 4, … and the newest, so the start and the latest state both survive.
        std::vector<Entry> kept;
        kept.reserve(m_capacity / 2 + 2);
        for (std::size_t i = 0; i < m_entries.size(); i += 2)
            kept.push_back(std::move(m_entries[i]));
        if (m_entries.size() % 2 == 0)
            kept.push_back(std::move(m_entries.back()));
        m_entries = std::move(kept);
        m_stride *= 2;
        m_sinceKept = 0;
    }

    std::vector<Entry> m_entries;
    std::size_t m_capacity;
    Overflow m_overflow;
    std::size_t m_stride = 1;
    std::size_t m_sinceKept = 0;
    bool m_tailProvisional = false;
    std::size_t m_dropped = 0;
};

} // namespace Lab
