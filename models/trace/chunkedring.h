// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdlib>
#include <deque>
#include <memory>
#include <new>
#include <sys/mman.h>
#include <utility>
#include <vector>

namespace Lab {

/**
 * A first-in first-out sequence in chunks of ChunkSize elements whose storage is reused: a chunk
 * emptied by pop_front() or clear() is kept and filled again, never handed back to the system. On
 * a machine where touching a fresh memory page costs tens of microseconds, a recorder that grows
 * into new pages pays it on every span; refilling kept chunks costs nothing of the kind. A new
 * chunk's pages are populated in one call instead of one page fault each. Elements never move.
 */
template<typename T>
class ChunkedRing
{
public:
    static constexpr std::size_t ChunkSize = 16384;

    ChunkedRing() = default;
    ChunkedRing(const ChunkedRing &) = delete;
    ChunkedRing &operator=(const ChunkedRing &) = delete;
    ~ChunkedRing()
    {
        clear();
        for (T *chunk : m_spare)
            std::free(chunk);
    }

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T &operator[](std::size_t i) const
    {
        const std::size_t slot = m_head + i;
        return m_chunks[slot / ChunkSize][slot % ChunkSize];
    }
    /** In place, for a change that keeps the element where it is (a label written in another language). */
    T &operator[](std::size_t i)
    {
        const std::size_t slot = m_head + i;
        return m_chunks[slot / ChunkSize][slot % ChunkSize];
    }
    const T &front() const { return (*this)[0]; }

    void push_back(T value)
    {
        const std::size_t slot = m_head + m_size;
        if (slot / ChunkSize == m_chunks.size())
            m_chunks.push_back(takeChunk());
        ::new (&m_chunks[slot / ChunkSize][slot % ChunkSize]) T(std::move(value));
        ++m_size;
    }

    void pop_front()
    {
        std::destroy_at(&m_chunks.front()[m_head]);
        --m_size;
        if (++m_head == ChunkSize) { // the front chunk is used up: keep it for later
            m_spare.push_back(m_chunks.front());
            m_chunks.pop_front();
            m_head = 0;
        }
    }

    /** Destroys every element; the chunks are kept for what comes next. */
    void clear()
    {
        while (m_size > 0)
            pop_front();
        for (T *chunk : m_chunks)
            m_spare.push_back(chunk);
        m_chunks.clear();
        m_head = 0;
    }

private:
    static constexpr std::size_t PageSize = 4096;
    static constexpr std::size_t ChunkBytes = (ChunkSize * sizeof(T) + PageSize - 1) / PageSize * PageSize;

    T *takeChunk()
    {
        if (!m_spare.empty()) {
            T *chunk = m_spare.back();
            m_spare.pop_back();
            return chunk;
        }
        void *chunk = std::aligned_alloc(PageSize, ChunkBytes);
        if (!chunk)
            throw std::bad_alloc();
#ifdef MADV_POPULATE_WRITE
        // Best effort (Linux 5.14+): one call maps every page of the chunk instead of a fault per page.
        madvise(chunk, ChunkBytes, MADV_POPULATE_WRITE);
#endif
        return static_cast<T *>(chunk);
    }

    std::deque<T *> m_chunks; // the chunks in use, oldest first
    std::vector<T *> m_spare; // emptied chunks, refilled before any new one is allocated
    std::size_t m_head = 0; // index of the front element in m_chunks.front()
    std::size_t m_size = 0;
};

} // namespace Lab
