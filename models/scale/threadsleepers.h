// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/scale/sleepercounters.h"

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace Lab {

/**
 * N OS threads that each sleep, started by a launcher thread of their own so that the thread
 * asking for them (the GUI thread) stays free while thousands are created. The launcher stops
 * creating at the first failure (std::system_error: the system's thread or memory limit) or when
 * less than a reserve of memory is left, records why, and joins every thread it started.
 */
class ThreadSleepers
{
public:
    explicit ThreadSleepers(std::shared_ptr<SleeperCounters> counters);
    /** Wakes every sleeper and joins them all. */
    ~ThreadSleepers();
    ThreadSleepers(const ThreadSleepers &) = delete;
    ThreadSleepers &operator=(const ThreadSleepers &) = delete;

    /** Starts the launcher: @p count threads, each sleeping @p seconds. Call once. */
    void start(int count, double seconds);
    /** Creates no more threads and wakes the sleeping ones early. */
    void stop();
    /** Every thread that was created has been joined. */
    bool isDone() const { return m_done.load(std::memory_order_acquire); }
    /** Creating threads is over (all created, stopped, or a limit hit). */
    bool isLaunched() const { return m_launched.load(std::memory_order_acquire); }
    /** Why creating stopped before @p count, or empty. */
    QString limit() const;

    /** Creating stops when the system has less memory available than this. */
    static constexpr qint64 MemoryReserveBytes = 256LL * 1024 * 1024;

private:
    void launch(int count, double seconds);
    void sleep(double seconds);

    std::shared_ptr<SleeperCounters> m_counters;
    std::thread m_launcher;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false; // guarded by m_mutex
    QString m_limit; // guarded by m_mutex
    std::atomic<bool> m_launched{false};
    std::atomic<bool> m_done{false};
};

} // namespace Lab
