// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// TimelineLanes' queries (declared in timelinelanes.h): hiding and collapsing lanes, and what a
// replay, a selection and a search ask of them.
#include "widgets/timelinelanes.h"

namespace Lab {

std::size_t TimelineLanes::spanCount() const
{
    std::size_t count = 0;
    for (const Lane &lane : m_lanes)
        count += lane.size();
    return count;
}

void TimelineLanes::setTaskHidden(TaskId task, bool hidden)
{
    if (task == EventLoopTask || task >= m_lanes.size() || isTaskHidden(task) == hidden)
        return;
    m_hidden.resize(m_lanes.size(), false);
    m_hidden[task] = hidden;
    rebuildRows();
}

bool TimelineLanes::isTaskHidden(TaskId task) const
{
    return task < m_hidden.size() && m_hidden[task];
}

int TimelineLanes::hiddenCount() const
{
    return int(std::count(m_hidden.begin(), m_hidden.end(), true));
}

void TimelineLanes::showAllTasks()
{
    if (hiddenCount() == 0)
        return;
    m_hidden.assign(m_lanes.size(), false);
    rebuildRows();
}

void TimelineLanes::setThreadCollapsed(const QString &thread, bool collapsed)
{
    if (isThreadCollapsed(thread) == collapsed)
        return;
    if (collapsed)
        m_collapsed.insert(thread);
    else
        m_collapsed.remove(thread);
    rebuildRows();
}

std::optional<qint64> TimelineLanes::nextEventAfter(qint64 t) const
{
    std::optional<qint64> best;
    const auto consider = [&best](qint64 candidate) {
        if (!best || candidate < *best)
            best = candidate;
    };
    for (TaskId task : m_order) {
        const Lane &lane = m_lanes[task];
        const auto start = std::upper_bound(lane.starts.begin(), lane.starts.end(), t);
        if (start != lane.starts.end())
            consider(*start);
        const auto end = std::upper_bound(lane.ends.begin(), lane.ends.end(), t);
        if (end != lane.ends.end())
            consider(*end);
        const auto instant =
            std::upper_bound(lane.instants.begin(), lane.instants.end(), t, [](qint64 time, const LaneInstant &item) {
                return time < item.time;
            });
        if (instant != lane.instants.end())
            consider(instant->time);
    }
    return best;
}

std::optional<qint64> TimelineLanes::previousEventBefore(qint64 t) const
{
    std::optional<qint64> best;
    const auto consider = [&best](qint64 candidate) {
        if (!best || candidate > *best)
            best = candidate;
    };
    for (TaskId task : m_order) {
        const Lane &lane = m_lanes[task];
        const auto start = std::lower_bound(lane.starts.begin(), lane.starts.end(), t);
        if (start != lane.starts.begin())
            consider(*std::prev(start));
        const auto end = std::lower_bound(lane.ends.begin(), lane.ends.end(), t);
        if (end != lane.ends.begin())
            consider(*std::prev(end));
        const auto instant =
            std::lower_bound(lane.instants.begin(), lane.instants.end(), t, [](const LaneInstant &item, qint64 time) {
                return item.time < time;
            });
        if (instant != lane.instants.begin())
            consider(std::prev(instant)->time);
    }
    return best;
}

RangeStatistics TimelineLanes::statistics(qint64 from, qint64 to) const
{
    RangeStatisticsBuilder builder(from, to);
    const qint64 lo = std::min(from, to);
    const qint64 hi = std::max(from, to);
    const QString loopThread = m_lanes.empty() ? QString() : m_lanes.front().task.thread;
    for (const Lane &lane : m_lanes) {
        if (!lane.known)
            continue;
        const bool onLoopThread = lane.task.thread == loopThread;
        // Spans ending at lo or later and starting before hi: the ones the range can see.
        for (std::size_t i = lane.firstEndingAfter(0, lo - 1); i < lane.size() && lane.starts[i] < hi; ++i)
            builder.add(lane.task.id, lane.states[i], lane.starts[i], lane.ends[i], onLoopThread);
    }
    return builder.result();
}

std::vector<TimelineLanes::Hit> TimelineLanes::findLabel(const QString &text) const
{
    std::vector<Hit> hits;
    if (text.isEmpty())
        return hits;
    for (int laneIndex = 0; laneIndex < laneCount(); ++laneIndex) {
        const Lane &lane = this->lane(laneIndex);
        for (std::size_t i = 0; i < lane.size(); ++i) {
            if (!lane.labels[i].isEmpty() && lane.labels[i].contains(text, Qt::CaseInsensitive))
                hits.push_back({laneIndex, i, lane.starts[i]});
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.start < b.start;
    });
    return hits;
}

} // namespace Lab
