// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

namespace Lab {

/** The rows of the talk's table; a measured row says which of them it stands beside. */
enum class LatencyCategory { L1, L2, Ram, Disk, Network };

/** "L1 cache", "L2 cache", "RAM", "disk", "network", as the talk's table names them. */
QString latencyCategoryName(LatencyCategory category);

/** One row of the talk's table: a device and what reaching it costs, in CPU cycles. */
struct LatencyRow
{
    LatencyCategory category;
    double cycles;
};

/**
 * The talk's table (Fluent Python 1e, Table 18-1, from Ryan Dahl's first Node.js talk): L1 3
 * cycles, L2 14, RAM 250, disk 41,000,000, network 240,000,000. Only the cycles are data; the
 * human-scale column is computed from them by humanScale().
 */
const std::vector<LatencyRow> &talkLatencyTable();

/** Seconds in a year for the human scale: the Julian year of 365.25 days. */
constexpr double SecondsPerYear = 365.25 * 24 * 3600;

/**
 * @p seconds in the largest sensible unit: seconds below 10 minutes (the talk writes "250
 * seconds", not "4.2 min"), then minutes, hours, days and years from one of each on. One
 * decimal below 10, whole numbers from 10: "3 s", "250 s", "1.5 h", "1 day", "1.3 years".
 */
QString formatHumanDuration(double seconds);

/** The talk's proportional "human" scale: one CPU cycle lasts one second. */
inline QString humanScale(double cycles)
{
    return formatHumanDuration(cycles);
}

/** Cycles as the table prints them: "3", "4.3", "41,000,000". */
QString formatCycles(double cycles);

/** A short real duration with its unit: "1.6 ns", "95 ns", "23 µs", "1.2 ms", "0.51 s". */
QString formatNanoseconds(double ns);

} // namespace Lab
