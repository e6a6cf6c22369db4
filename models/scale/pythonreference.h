// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Lab {

/**
 * What Python 3.11 needs for the same job, as measured elsewhere (on a 2-core machine) — not
 * measured by this program. Shown beside the live figures
 * so the two can be compared; never mixed into them.
 */
struct PythonReference
{
    static constexpr int Tasks = 100'000; ///< asyncio tasks
    static constexpr double SleepSeconds = 0.1; ///< each awaits asyncio.sleep(0.1)
    static constexpr double ElapsedSeconds = 2.2; ///< until every task is done
    static constexpr double MebibytesTotal = 185; ///< the process's memory at the end
    static constexpr double KibibytesPerTask = 1.6; ///< about that much per task
    static constexpr double KibibytesPerThread = 16; ///< RSS of one live OS thread

    /** The reference in two or three lines, labelled as measured elsewhere. */
    static QString text();
};

} // namespace Lab
