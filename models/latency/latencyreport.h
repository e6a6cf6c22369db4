// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/latency/clockestimate.h"
#include "models/latency/latencyprobes.h"
#include "models/latency/latencytable.h"
#include "models/trace/tracetypes.h"

#include <QMetaType>

#include <atomic>
#include <functional>
#include <vector>

namespace Lab {

/** What is measured on this machine, in the order it is measured. */
enum class LatencyProbe { L1, L2, Ram, Fsync, Loopback, Http };

/** One measured row: what was timed, how, and the result in ns, cycles and human scale. */
struct LatencyMeasurement
{
    LatencyProbe probe = LatencyProbe::L1;
    LatencyCategory category = LatencyCategory::L1; ///< the talk's row it stands beside
    QString device; ///< "L1 cache (16 KiB)"
    QString method; ///< how it was measured, in one line
    ProbeResult result;
    double cycles = 0; ///< result.ns at the estimated clock rate

    bool ok() const { return result.ok(); }
    /** The talk's scale: one cycle is one second ("4.3 s"); the error when there is no figure. */
    QString humanScaleText() const;
};

/** What to measure; the defaults keep the whole run to about two seconds. */
struct LatencyOptions
{
    std::size_t l1Bytes = 16 * 1024;
    std::size_t l2Bytes = 256 * 1024;
    /** Far larger than any L3 cache, so most loads go to RAM (and most miss the TLB, as real random reads do). */
    std::size_t ramBytes = 128 * 1024 * 1024;
    /** Where the fsync'd file goes; empty: the system's temporary folder. */
    QString fsyncDirectory;
    /** An HTTP URL to GET (the built-in flag server's /flags/); empty: no HTTP row. */
    QUrl httpUrl;
    /** Shown with the HTTP row, e.g. the server's simulated delay. */
    TraceText httpNote;
    /** Time each I/O probe may take (fsync, loopback, HTTP). */
    double ioBudgetSeconds = 0.4;
};

/** Every row of one run and the clock rate they were converted with. */
struct LatencyReport
{
    ClockEstimate clock;
    std::vector<LatencyMeasurement> rows;
    qint64 elapsedNs = 0;
    bool stopped = false;

    /** The row of @p probe, or nullptr if it was not measured. */
    const LatencyMeasurement *find(LatencyProbe probe) const;
};

/** Called from the measuring thread. */
struct LatencyCallbacks
{
    /**
     * Before each step: @p done steps of @p total are over; @p step says what comes next, and
     * @p waitsForIo whether it mostly waits (fsync, sockets) rather than computes.
     */
    std::function<void(int done, int total, const QString &step, bool waitsForIo)> progress;
    /** After each measured row. */
    std::function<void(const LatencyMeasurement &row)> row;
};

/**
 * Estimates the clock, then measures every row of @p options one after the other on the calling
 * thread (blocking: call it from a worker thread). Returns early, marked stopped, once @p stop is set.
 */
LatencyReport measureLatencies(
    const LatencyOptions &options, const std::atomic<bool> *stop = nullptr, const LatencyCallbacks &callbacks = {});

/**
 * Writes @p row's device and method again in the installed language, as a run with @p options
 * names them (they are written when the row is measured).
 */
void retranslateMeasurement(LatencyMeasurement &row, const LatencyOptions &options);
/** What a run with @p options does after @p done of its @p total steps, as its progress names it. */
QString latencyStepText(int done, int total, const LatencyOptions &options);
/** The same as a text that follows the language (for the timeline). */
TraceText latencyStepName(int done, int total, const LatencyOptions &options);

/** The two tables as plain text, for the terminal. */
QString formatLatencyTables(const LatencyReport &report);

} // namespace Lab

Q_DECLARE_METATYPE(Lab::LatencyMeasurement)
Q_DECLARE_METATYPE(Lab::LatencyReport)
