// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <vector>

namespace Lab {

/** One CPU's counters from /proc/stat, in clock ticks since boot. */
struct CpuTicks
{
    quint64 busy = 0; ///< user, nice, system, irq, softirq, steal
    quint64 total = 0; ///< busy plus idle and iowait
};

/** The per-CPU lines ("cpu0 …", "cpu1 …") of a /proc/stat text; the summary "cpu" line is left out. */
std::vector<CpuTicks> parseProcStat(const QByteArray &text);

/**
 * How busy each CPU was between two looks at /proc/stat, as top and htop show it. The first
 * sample() only takes the starting counters and returns zeros.
 */
class CpuUsage
{
public:
    /** Busy fraction 0…1 of each CPU since the last call; empty if /proc/stat cannot be read. */
    std::vector<double> sample();
    /** The same from a /proc/stat text, for tests and other sources. */
    std::vector<double> sample(const QByteArray &procStat);

private:
    std::vector<CpuTicks> m_last;
};

} // namespace Lab
