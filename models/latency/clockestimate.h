// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Lab {

/** How fast this CPU's clock runs, and how we know. */
struct ClockEstimate
{
    double hz = 0; ///< cycles per second used to turn times into cycles
    double cpuinfoHz = 0; ///< what /proc/cpuinfo says ("cpu MHz"), 0 if it says nothing
    bool timed = false; ///< true: hz comes from timing dependent adds; false: from /proc/cpuinfo or a guess
    QString method; ///< one sentence for the page and the terminal, in the language of the moment it was made

    /** How the rate was found, in one sentence in the installed language (what @c method says). */
    QString describeMethod() const;

    /** @p ns of wall time as cycles of this clock. */
    double cycles(double ns) const { return ns * hz / 1e9; }
};

/**
 * Estimates the clock by timing a long chain of dependent integer adds: each add needs the
 * previous result, so the CPU retires one per cycle (x86-64 and AArch64). Best of several
 * repeats after a warm-up that lets the clock ramp up; about 50 ms in all. On other CPUs it
 * reads /proc/cpuinfo, and without that it assumes 3 GHz and says so.
 */
ClockEstimate estimateClockRate();

/** The first "cpu MHz" of /proc/cpuinfo in Hz, 0 if there is none. */
double cpuinfoClockHz();

} // namespace Lab
