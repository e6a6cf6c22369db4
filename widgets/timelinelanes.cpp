// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/timelinelanes.h"

#include "models/core/clock.h"
#include "models/trace/tracerecorder.h"

#include <QFontMetrics>
#include <QHash>

#include <utility>

namespace Lab {

void TimelineLanes::Lane::append(qint64 start, qint64 end, TaskState state, QString label)
{
    // Spans of a task arrive in order (each closes before the next opens); one recorded late goes
    // in its place, moving the tail once.
    const auto at = starts.empty() || start >= starts.back()
        ? starts.size()
        : std::size_t(std::upper_bound(starts.begin(), starts.end(), start) - starts.begin());
    starts.insert(starts.begin() + std::ptrdiff_t(at), start);
    ends.insert(ends.begin() + std::ptrdiff_t(at), end);
    states.insert(states.begin() + std::ptrdiff_t(at), state);
    labels.insert(labels.begin() + std::ptrdiff_t(at), std::move(label));
}

void TimelineLanes::Lane::removeLast()
{
    starts.pop_back();
    ends.pop_back();
    states.pop_back();
    labels.pop_back();
}

TimelineLanes::TimelineLanes(TraceRecorder *recorder)
    : m_recorder(recorder)
{
}

bool TimelineLanes::refresh(std::size_t limit)
{
    if (!m_recorder)
        return false;
    bool startedOver = false;
    const quint64 generation = m_recorder->generation();
    if (generation != m_generation) {
        startOver(generation);
        startedOver = true;
    }
    pull(limit);
    // A clear() while pulling mixed two recordings: take the new one alone.
    if (m_recorder->generation() != generation) {
        startOver(m_recorder->generation());
        startedOver = true;
        pull(limit);
    }
    return startedOver;
}

void TimelineLanes::startOver(quint64 generation)
{
    m_generation = generation;
    m_origin = m_recorder->origin();
    m_latest = 0;
    m_now = 0;
    m_spanCount = 0;
    m_instantCount = 0;
    m_linkCount = 0;
    m_droppedCount = 0;
    m_droppedUntil = -1;
    m_links.clear();
    m_lanes.clear();
    m_hidden.clear();
    m_collapsed.clear();
    rebuildRows();
}

void TimelineLanes::pull(std::size_t limit)
{
    std::vector<Span> incoming;
    m_spanCount = m_recorder->copySpans(m_spanCount, incoming, limit);
    m_pending = incoming.size() >= limit;
    // Tasks after spans: every span copied belongs to a task listed.
    bool tasksAdded = false;
    for (const TaskInfo &task : m_recorder->tasks()) {
        if (task.id >= m_lanes.size())
            m_lanes.resize(task.id + 1);
        Lane &lane = m_lanes[task.id];
        if (!lane.known) {
            lane.task = task;
            lane.known = true;
            tasksAdded = true;
        }
    }
    for (Lane &lane : m_lanes) {
        if (lane.hasOpen)
            lane.removeLast();
        lane.hasOpen = false;
    }
    for (Span &span : incoming) {
        if (span.task >= m_lanes.size() || !m_lanes[span.task].known)
            continue;
        const qint64 end = std::max(span.start, span.end) - m_origin;
        m_lanes[span.task].append(span.start - m_origin, end, span.state, std::move(span.label));
        m_latest = std::max(m_latest, end);
    }

    const qint64 now = nowNs();
    m_now = now - m_origin;
    for (Span &span : m_recorder->openSpans(now)) {
        if (span.task >= m_lanes.size() || !m_lanes[span.task].known)
            continue;
        Lane &lane = m_lanes[span.task];
        lane.append(span.start - m_origin, span.end - m_origin, span.state, std::move(span.label));
        lane.hasOpen = true;
        m_latest = std::max(m_latest, span.end - m_origin);
    }

    std::vector<Instant> instants;
    m_instantCount = m_recorder->copyInstants(m_instantCount, instants, limit);
    m_pending = m_pending || instants.size() >= limit;
    for (const Instant &instant : instants) {
        if (instant.task >= m_lanes.size() || !m_lanes[instant.task].known)
            continue;
        auto &laneInstants = m_lanes[instant.task].instants;
        LaneInstant item{instant.time - m_origin, instant.label};
        const auto at = std::upper_bound(
            laneInstants.begin(), laneInstants.end(), item.time, [](qint64 t, const LaneInstant &other) {
                return t < other.time;
            });
        laneInstants.insert(at, std::move(item));
    }
    std::vector<Link> links;
    m_linkCount = m_recorder->copyLinks(m_linkCount, links, limit);
    m_pending = m_pending || links.size() >= limit;
    for (Link &link : links) {
        link.time -= m_origin;
        const auto at = std::upper_bound(m_links.begin(), m_links.end(), link.time, [](qint64 t, const Link &other) {
            return t < other.time;
        });
        m_links.insert(at, link);
    }
    m_latest = std::max(m_latest, m_recorder->latest() - m_origin);
    dropOld();
    if (tasksAdded)
        rebuildRows();
}

void TimelineLanes::dropOld()
{
    const std::size_t dropped = m_recorder->droppedSpanCount();
    const qint64 until = m_recorder->droppedUntil();
    if (until <= 0 || dropped == 0)
        return;
    m_droppedCount = dropped;
    m_droppedUntil = until - m_origin;
    // Drop what ends before the recorder's cut in batches (an eighth of a lane or more), so erasing
    // the front of the columns costs little per span.
    const qint64 cut = m_droppedUntil;
    for (Lane &lane : m_lanes) {
        const std::size_t n = lane.firstEndingAfter(0, cut);
        if (n == 0 || (n * 8 < lane.size() && n < 65'536) || (lane.hasOpen && n >= lane.size()))
            continue;
        const auto count = std::ptrdiff_t(n);
        lane.starts.erase(lane.starts.begin(), lane.starts.begin() + count);
        lane.ends.erase(lane.ends.begin(), lane.ends.begin() + count);
        lane.states.erase(lane.states.begin(), lane.states.begin() + count);
        lane.labels.erase(lane.labels.begin(), lane.labels.begin() + count);
        const auto instant =
            std::lower_bound(lane.instants.begin(), lane.instants.end(), cut, [](const LaneInstant &item, qint64 t) {
                return item.time < t;
            });
        lane.instants.erase(lane.instants.begin(), instant);
    }
    const auto link = std::lower_bound(m_links.begin(), m_links.end(), cut, [](const Link &item, qint64 t) {
        return item.time < t;
    });
    if (std::size_t(link - m_links.begin()) * 8 >= m_links.size())
        m_links.erase(m_links.begin(), link);
}

void TimelineLanes::setFont(const QFont &font)
{
    m_font = font;
    rebuildRows();
}

void TimelineLanes::rebuildRows()
{
    const QFontMetrics metrics(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    m_rowHeight = metrics.height() + 10;
    m_headerHeight = metrics.height() + 4;
    m_order.clear();
    m_rows.clear();
    m_laneOfTask.assign(m_lanes.size(), -1);

    // The GUI thread's group first, then the others in order of appearance.
    std::vector<std::pair<QString, std::vector<TaskId>>> groups;
    QHash<QString, std::size_t> groupOf;
    int widest = 0;
    const bool hasLoop = !m_lanes.empty() && m_lanes[EventLoopTask].known;
    if (hasLoop) {
        m_laneOfTask[EventLoopTask] = 0;
        m_order.push_back(EventLoopTask);
        groupOf.insert(m_lanes[EventLoopTask].task.thread, 0);
        groups.push_back({m_lanes[EventLoopTask].task.thread, {}});
        widest = boldMetrics.horizontalAdvance(m_lanes[EventLoopTask].task.name);
    }
    m_hidden.resize(m_lanes.size(), false);
    for (TaskId id = 0; id < m_lanes.size(); ++id) {
        if (!m_lanes[id].known || (hasLoop && id == EventLoopTask) || m_hidden[id])
            continue;
        const QString &thread = m_lanes[id].task.thread;
        auto group = groupOf.constFind(thread);
        if (group == groupOf.constEnd()) {
            group = groupOf.insert(thread, groups.size());
            groups.push_back({thread, {}});
        }
        groups[*group].second.push_back(id);
    }

    const int indent = metrics.averageCharWidth() * 2;
    int top = 0;
    for (const auto &[thread, members] : groups) {
        if (members.empty())
            continue;
        const bool collapsed = m_collapsed.contains(thread);
        m_rows.push_back({-1, top, m_headerHeight, thread, {}, collapsed});
        top += m_headerHeight;
        widest = std::max(widest, boldMetrics.horizontalAdvance(thread) + metrics.averageCharWidth() * 3);
        if (collapsed) {
            // One row for the whole thread: its lanes as thin strips, at least two pixels each.
            Row row{-1, top, std::max(m_rowHeight, int(members.size()) * 2 + 6), thread, {}, false};
            for (TaskId id : members) {
                const int lane = int(m_order.size());
                m_order.push_back(id);
                m_laneOfTask[id] = lane;
                row.members.push_back(lane);
            }
            top += row.height;
            m_rows.push_back(std::move(row));
            continue;
        }
        for (TaskId id : members) {
            const int lane = int(m_order.size());
            m_order.push_back(id);
            m_laneOfTask[id] = lane;
            m_rows.push_back({lane, top, m_rowHeight, {}, {}, false});
            top += m_rowHeight;
            widest = std::max(widest, indent + metrics.horizontalAdvance(m_lanes[id].task.name));
        }
    }
    m_contentHeight = top;
    const int character = metrics.averageCharWidth();
    m_labelWidth = std::clamp(widest + 2 * character, 12 * character, 30 * character);
}

int TimelineLanes::laneOf(TaskId task) const
{
    return task < m_laneOfTask.size() ? m_laneOfTask[task] : -1;
}

} // namespace Lab
