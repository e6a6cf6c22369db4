// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/core/clock.h"

#include <atomic>

namespace Lab {

/**
 * What the sleepers of one run count, shared (std::shared_ptr) between the run and every
 * sleeper: a sleeper that wakes after its run object is gone still counts into live memory.
 * Atomic, because thread sleepers count from their own threads.
 */
struct SleeperCounters
{
    std::atomic<int> started{0};
    std::atomic<int> alive{0};
    std::atomic<int> finished{0};
    std::atomic<qint64> lastWakeNs{0};

    void fellAsleep()
    {
        started.fetch_add(1, std::memory_order_relaxed);
        alive.fetch_add(1, std::memory_order_relaxed);
    }
    void wokeUp()
    {
        // The latest wake wins, whichever thread stores last.
        const qint64 now = nowNs();
        qint64 seen = lastWakeNs.load(std::memory_order_relaxed);
        while (seen < now && !lastWakeNs.compare_exchange_weak(seen, now, std::memory_order_relaxed)) {}
        alive.fetch_sub(1, std::memory_order_relaxed);
        finished.fetch_add(1, std::memory_order_release);
    }
};

} // namespace Lab
