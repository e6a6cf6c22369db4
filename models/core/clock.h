// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <chrono>

namespace Lab {

/** Monotonic nanoseconds (CLOCK_MONOTONIC): the one clock every recording and measurement uses. */
inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/** Seconds scaled by a demo's time scale, as nanoseconds (scale 0.1 makes every delay ten times shorter). */
inline qint64 scaledNs(double seconds, double timeScale)
{
    return qint64(seconds * timeScale * 1e9);
}

} // namespace Lab
