// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/primes/trialdivision.h"

#include "models/spinner/primes.h"

#include <algorithm>

namespace Lab {

TrialDivision::TrialDivision(quint64 n)
    : m_n(n)
{
    if (n < 2)
        m_answer = 0;
    else if (n == 2)
        m_answer = 1;
    else if (n % 2 == 0)
        m_answer = 0;
    else
        m_root = integerSqrt(n);
}

// snippet-begin: is-prime
bool TrialDivision::step(quint64 divisors)
{
    if (isDone())
        return true;
    const quint64 last = std::min(m_root, m_next + 2 * (divisors - 1));
    for (quint64 i = m_next; i <= last; i += 2) {
        if (m_n % i == 0) {
            m_answer = 0; // a divisor: not prime
            return true;
        }
    }
    m_next = last + 2;
    if (m_next > m_root)
        m_answer = 1; // no divisor up to √n
    return isDone();
}
// snippet-end: is-prime

} // namespace Lab
