// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/primes/simulatedgil.h"

#include "models/core/clock.h"

namespace Lab {

SimulatedGil::SimulatedGil(qint64 switchIntervalNs)
    : m_intervalNs(switchIntervalNs)
{
}

bool SimulatedGil::acquire()
{
    std::unique_lock lock(m_mutex);
    const quint64 ticket = m_nextTicket++;
    m_waiting.fetch_add(1);
    m_turn.wait(lock, [&] {
        return m_shutDown || (!m_held && m_serving == ticket);
    });
    m_waiting.fetch_sub(1);
    if (m_shutDown)
        return false;
    m_held = true;
    ++m_serving;
    m_switches.fetch_add(1);
    return true;
}

void SimulatedGil::release()
{
    {
        std::lock_guard lock(m_mutex);
        m_held = false;
    }
    m_turn.notify_all();
}

bool SimulatedGil::dropRequested(qint64 heldSince) const
{
    return m_waiting.load(std::memory_order_relaxed) > 0 && nowNs() - heldSince >= m_intervalNs;
}

void SimulatedGil::shutDown()
{
    {
        std::lock_guard lock(m_mutex);
        m_shutDown = true;
    }
    m_turn.notify_all();
}

} // namespace Lab
