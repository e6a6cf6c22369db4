// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace Lab {

/**
 * The book's is_prime — trial division by odd numbers up to √n — that can pause: step() tries a
 * slice of divisors and returns, so a caller can give up a lock, await, or stop between slices.
 */
class TrialDivision
{
public:
    explicit TrialDivision(quint64 n);

    /** Tries at most @p divisors more divisors; true once the answer is known. */
    bool step(quint64 divisors);
    bool isDone() const { return m_answer >= 0; }
    bool isPrime() const { return m_answer == 1; }
    quint64 number() const { return m_n; }

private:
    quint64 m_n;
    quint64 m_next = 3;
    quint64 m_root = 0;
    int m_answer = -1;
};

} // namespace Lab
