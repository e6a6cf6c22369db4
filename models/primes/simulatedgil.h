// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace Lab {

/**
 * A global interpreter lock as CPython's: one lock that a thread must hold to run a check, handed
 * on when the holder has had it for a switch interval (sys.getswitchinterval(), 5 ms) while
 * another thread waits. Waiters are served first come, first served, as CPython's forced
 * switching does, so no thread starves.
 */
class SimulatedGil
{
public:
    /** CPython's default switch interval. */
    static constexpr qint64 DefaultSwitchIntervalNs = 5'000'000;

    explicit SimulatedGil(qint64 switchIntervalNs = DefaultSwitchIntervalNs);

    /** Blocks until the calling thread holds the lock; false if the lock was shut down meanwhile. */
    bool acquire();
    void release();
    /** True if the holder, holding since @p heldSince, should hand the lock on now. */
    bool dropRequested(qint64 heldSince) const;
    /** Wakes every waiter with false: the run is being stopped. */
    void shutDown();

    qint64 switchIntervalNs() const { return m_intervalNs; }
    /** How many times the lock changed hands. */
    int switches() const { return m_switches.load(); }

private:
    const qint64 m_intervalNs;
    mutable std::mutex m_mutex;
    std::condition_variable m_turn;
    bool m_held = false; // guarded by m_mutex
    bool m_shutDown = false; // guarded by m_mutex
    quint64 m_nextTicket = 0; // guarded by m_mutex
    quint64 m_serving = 0; // guarded by m_mutex
    std::atomic<int> m_waiting{0};
    std::atomic<int> m_switches{0};
};

} // namespace Lab
