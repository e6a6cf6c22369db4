// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/rangestatistics.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace Lab {

Activity activityOf(TaskState state)
{
    switch (state) {
    case TaskState::Running:
        return Activity::Running;
    case TaskState::AwaitingIo:
    case TaskState::Sleeping:
        return Activity::Waiting;
    case TaskState::Queued:
        return Activity::Queued;
    case TaskState::Blocked:
        return Activity::Blocked;
    }
    return Activity::Running;
}

RangeStatisticsBuilder::RangeStatisticsBuilder(qint64 from, qint64 to)
{
    m_stats.from = std::min(from, to);
    m_stats.to = std::max(from, to);
}

void RangeStatisticsBuilder::add(TaskId task, TaskState state, qint64 start, qint64 end, bool onLoopThread)
{
    const qint64 from = m_stats.from;
    const qint64 to = m_stats.to;
    if (end >= from && end < to && end >= start)
        ++m_stats.spanEnds;
    const qint64 clippedStart = std::max(start, from);
    const qint64 clippedEnd = std::min(end, to);
    const bool overlaps = clippedEnd > clippedStart;
    if (task == EventLoopTask) {
        if (state == TaskState::Blocked && end > from && start < to && end - start > m_stats.longestStall) {
            m_stats.longestStall = end - start;
            m_stats.longestStallStart = start;
        }
        if (!overlaps)
            return;
        if (state == TaskState::Running)
            m_loopBusy.emplace_back(clippedStart, clippedEnd);
        else if (state == TaskState::Blocked)
            m_loopBlocked.emplace_back(clippedStart, clippedEnd);
        return;
    }
    if (!overlaps)
        return;
    if (onLoopThread && state == TaskState::Running)
        m_loopBusy.emplace_back(clippedStart, clippedEnd);
    else if (onLoopThread && state == TaskState::Blocked)
        m_loopBlocked.emplace_back(clippedStart, clippedEnd);
    const auto activity = std::size_t(activityOf(state));
    m_weight[activity] += clippedEnd - clippedStart;
    auto &edges = m_edges[activity];
    edges.push_back((clippedStart - from) * 2 + 1);
    edges.push_back((clippedEnd - from) * 2);
}

namespace {
// The highest level of +1 (odd) / -1 (even) edges visited in order.
int peakOfSorted(const std::vector<qint64> &edges)
{
    int level = 0;
    int peak = 0;
    for (const qint64 edge : edges) {
        level += (edge & 1) ? 1 : -1;
        peak = std::max(peak, level);
    }
    return peak;
}

// Sorts non-negative @p edges by their bits, RadixBits at a time from the lowest, in as few passes as the
// largest needs: a few linear passes instead of n log n comparisons.
constexpr int RadixBits = 11; // 2048 buckets: the counts and write heads stay in the L1 cache
constexpr qint64 RadixMask = (qint64(1) << RadixBits) - 1;

void radixSort(std::vector<qint64> &edges)
{
    if (edges.size() < 4096) {
        std::sort(edges.begin(), edges.end());
        return;
    }
    const qint64 largest = *std::max_element(edges.begin(), edges.end());
    std::vector<qint64> buffer(edges.size());
    std::vector<std::size_t> counts(std::size_t(1) << RadixBits);
    for (int shift = 0; shift < 64 && (largest >> shift) > 0; shift += RadixBits) {
        std::fill(counts.begin(), counts.end(), 0);
        for (const qint64 edge : edges)
            ++counts[std::size_t((edge >> shift) & RadixMask)];
        std::size_t total = 0;
        for (std::size_t &count : counts)
            total += std::exchange(count, total);
        for (const qint64 edge : edges)
            buffer[counts[std::size_t((edge >> shift) & RadixMask)]++] = edge;
        edges.swap(buffer);
    }
}
// The length of the union of @p intervals.
qint64 unionLength(std::vector<std::pair<qint64, qint64>> &intervals)
{
    std::sort(intervals.begin(), intervals.end());
    qint64 total = 0;
    qint64 coveredTo = std::numeric_limits<qint64>::min();
    for (const auto &[start, end] : intervals) {
        const qint64 from = std::max(start, coveredTo);
        if (end > from)
            total += end - from;
        coveredTo = std::max(coveredTo, end);
    }
    return total;
}
} // namespace

RangeStatistics RangeStatisticsBuilder::result() const
{
    RangeStatistics stats = m_stats;
    const qint64 duration = stats.duration();
    if (duration <= 0)
        return stats;
    for (std::size_t activity = 0; activity < std::size_t(ActivityCount); ++activity) {
        stats.average[activity] = double(m_weight[activity]) / double(duration);
        auto &edges = m_edges[activity];
        radixSort(edges);
        stats.peak[activity] = peakOfSorted(edges);
    }
    stats.loopBusy = double(unionLength(m_loopBusy)) / double(duration);
    stats.loopBlocked = double(unionLength(m_loopBlocked)) / double(duration);
    stats.throughput = double(stats.spanEnds) * 1e9 / double(duration);
    return stats;
}

RangeStatistics computeRangeStatistics(const std::vector<Span> &spans, qint64 from, qint64 to)
{
    RangeStatisticsBuilder builder(from, to);
    for (const Span &span : spans)
        builder.add(span.task, span.state, span.start, span.end);
    return builder.result();
}

RangeStatistics computeRangeStatistics(
    const std::vector<Span> &spans, const std::vector<TaskInfo> &tasks, qint64 from, qint64 to)
{
    RangeStatisticsBuilder builder(from, to);
    const QString loopThread = tasks.empty() ? QString() : tasks.front().thread;
    for (const Span &span : spans) {
        const bool onLoopThread = span.task < tasks.size() && tasks[span.task].thread == loopThread;
        builder.add(span.task, span.state, span.start, span.end, onLoopThread);
    }
    return builder.result();
}

std::vector<std::optional<TaskState>> taskStatesAt(const std::vector<Span> &spans, std::size_t taskCount, qint64 time)
{
    std::vector<std::optional<TaskState>> states(taskCount);
    for (const Span &span : spans) {
        if (span.task < taskCount && span.start <= time && time < span.end)
            states[span.task] = span.state;
    }
    return states;
}

} // namespace Lab
