// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracetypes.h"

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace Lab {

/** How a task state counts in the statistics of a time range. */
enum class Activity : quint8 {
    Running, ///< TaskState::Running
    Waiting, ///< TaskState::AwaitingIo or TaskState::Sleeping
    Queued, ///< TaskState::Queued
    Blocked, ///< TaskState::Blocked (a task, not the event loop)
};
constexpr int ActivityCount = 4;
Activity activityOf(TaskState state);

/** What happened in a time range [from, to) of a recording (times in ns on one clock). */
struct RangeStatistics
{
    qint64 from = 0;
    qint64 to = 0;
    /** Tasks in each Activity, on average over the range (time-weighted) and at the busiest moment.
        The event loop's own lane is not a task and counts only in the loop figures. */
    std::array<double, ActivityCount> average{};
    std::array<int, ActivityCount> peak{};
    /** Fractions (0-1) of the range the event loop was busy (its lane, or a task on its thread,
        running) and blocked (a stall on its lane, or a task on its thread in a blocking call);
        overlaps count once. A busy loop can be blocked too: a long computation is both. */
    double loopBusy = 0;
    double loopBlocked = 0;
    /** The longest stall overlapping the range, whole (also the part outside it), and its start. */
    qint64 longestStall = 0;
    qint64 longestStallStart = 0;
    /** Spans (of tasks and the loop) that ended in the range, and that per second. */
    qint64 spanEnds = 0;
    double throughput = 0;

    qint64 duration() const { return to - from; }
    double averageOf(Activity activity) const { return average[std::size_t(activity)]; }
    int peakOf(Activity activity) const { return peak[std::size_t(activity)]; }
};

/**
 * Collects spans one at a time (in any order) and computes RangeStatistics: the timeline feeds it
 * just the spans its lanes find in the range; computeRangeStatistics() feeds it a whole recording.
 * Spans of one task must not overlap (a task is in one state at a time).
 */
class RangeStatisticsBuilder
{
public:
    RangeStatisticsBuilder(qint64 from, qint64 to);

    /** @p onLoopThread: the task runs on the event loop's thread, so its running and blocked
        time is the loop's too. */
    void add(TaskId task, TaskState state, qint64 start, qint64 end, bool onLoopThread = false);
    RangeStatistics result() const;

private:
    RangeStatistics m_stats;
    std::array<qint64, ActivityCount> m_weight{};
    // Clipped intervals; result() measures their union.
    mutable std::vector<std::pair<qint64, qint64>> m_loopBusy;
    mutable std::vector<std::pair<qint64, qint64>> m_loopBlocked;
    // Per activity: span starts and ends in the range, as (time - from) * 2 + (1 for a start), so a
    // plain sort puts an end before a start at the same moment (back-to-back spans never overlap).
    // result() radix-sorts them: a million spans take milliseconds.
    mutable std::array<std::vector<qint64>, ActivityCount> m_edges;
};

/** The statistics of [from, to) over @p spans; with @p tasks, those on the event loop's thread
    (tasks[EventLoopTask].thread) count for the loop too. */
RangeStatistics computeRangeStatistics(const std::vector<Span> &spans, qint64 from, qint64 to);
RangeStatistics computeRangeStatistics(
    const std::vector<Span> &spans, const std::vector<TaskInfo> &tasks, qint64 from, qint64 to);

/** What each task (by id, [0, taskCount)) was doing at @p time, or nothing if it had no span then:
    the picture a replay cursor at @p time stands for. A span covers [start, end). */
std::vector<std::optional<TaskState>> taskStatesAt(const std::vector<Span> &spans, std::size_t taskCount, qint64 time);

} // namespace Lab
