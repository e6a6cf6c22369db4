// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

// Counts live coroutine frames in tests through their locals' destructors: a local Alive in a
// frame adds one to the count while the frame exists.
struct Alive
{
    explicit Alive(int *count)
        : m_count(count)
    {
        ++*m_count;
    }
    ~Alive() { --*m_count; }
    Alive(const Alive &) = delete;
    Alive &operator=(const Alive &) = delete;
    int *m_count;
};
