// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <coroutine>

namespace Lab {

/**
 * "Your turn": one coroutine co_awaits it, another calls give(). A turn given before anyone
 * waits is kept, so the next co_await goes straight on. QCoro 0.8 has no event primitive.
 */
class TurnSignal
{
public:
    /**
     * co_await signal.wait(). The awaiter only points at the signal: awaiting the signal itself
     * lost the waiter here (GCC 12 with QCoro 0.8's await_transform copied it), a copied pointer does not.
     */
    class Awaiter
    {
    public:
        explicit Awaiter(TurnSignal *signal)
            : m_signal(signal)
        {
        }
        bool await_ready() const noexcept
        {
            const bool ready = m_signal->m_given;
            m_signal->m_given = false;
            return ready;
        }
        void await_suspend(std::coroutine_handle<> handle) const noexcept { m_signal->m_waiter = handle; }
        void await_resume() const noexcept {}

    private:
        TurnSignal *m_signal;
    };
    Awaiter wait() { return Awaiter(this); }

    /** Resumes the waiter right here, or keeps the turn for the next co_await. */
    void give()
    {
        if (const auto waiter = m_waiter) {
            m_waiter = nullptr;
            waiter.resume();
        } else {
            m_given = true;
        }
    }
    bool hasWaiter() const { return bool(m_waiter); }

private:
    std::coroutine_handle<> m_waiter;
    bool m_given = false;
};

} // namespace Lab
