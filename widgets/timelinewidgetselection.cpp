// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// TimelineWidget's selection, range statistics, filter and search (declared in timelinewidget.h).
#include "widgets/timelinewidget.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Lab {

void TimelineWidget::selectAt(const QPoint &pos)
{
    const int laneIndex = laneAt(pos);
    if (laneIndex < 0 || pos.x() < m_lanes.labelWidth()) {
        selectSpan(std::nullopt);
        return;
    }
    const TimelineLanes::Lane &lane = m_lanes.lane(laneIndex);
    const double x = pos.x() - m_lanes.labelWidth();
    // The span under the pointer, or failing that the nearest within two pixels (thin spans).
    std::optional<std::size_t> index = lane.spanAt(m_mapping.mapXToTime(x));
    if (!index) {
        const std::size_t near = lane.firstEndingAfter(0, m_mapping.mapXToTime(x - 2.0));
        if (near < lane.size() && lane.starts[near] <= m_mapping.mapXToTime(x + 2.0))
            index = near;
    }
    if (!index) {
        selectSpan(std::nullopt);
        return;
    }
    selectSpan(SpanRef{lane.task.id, lane.starts[*index]});
}

void TimelineWidget::selectSpan(std::optional<SpanRef> span)
{
    const bool same = span.has_value() == m_selected.has_value()
        && (!span || (span->task == m_selected->task && span->start == m_selected->start));
    if (same)
        return;
    m_selected = span;
    update();
    Q_EMIT selectionChanged();
}

std::optional<std::pair<int, std::size_t>> TimelineWidget::selectedIndex() const
{
    if (!m_selected)
        return std::nullopt;
    const int laneIndex = m_lanes.laneOf(m_selected->task);
    if (laneIndex < 0)
        return std::nullopt;
    const TimelineLanes::Lane &lane = m_lanes.lane(laneIndex);
    // The last span starting then: an empty span (a state left at once) can share its start.
    const auto it = std::upper_bound(lane.starts.begin(), lane.starts.end(), m_selected->start);
    if (it == lane.starts.begin() || *std::prev(it) != m_selected->start)
        return std::nullopt;
    return std::pair{laneIndex, std::size_t(it - lane.starts.begin()) - 1};
}

bool TimelineWidget::resumedAt(TaskId task, qint64 time) const
{
    // The resume is recorded just before the span it ends closes: within a millisecond of its end.
    constexpr qint64 Slack = 1'000'000;
    const auto &links = m_lanes.links();
    auto it = std::lower_bound(links.begin(), links.end(), time - Slack, [](const Link &link, qint64 t) {
        return link.time < t;
    });
    for (; it != links.end() && it->time <= time + Slack; ++it) {
        if (it->to == task && it->from != task)
            return true;
    }
    return false;
}

QString TimelineWidget::selectedSpanDetails() const
{
    const auto selected = selectedIndex();
    if (!selected)
        return {};
    const TimelineLanes::Lane &lane = m_lanes.lane(selected->first);
    const std::size_t i = selected->second;
    const auto format = TimelinePainter::formatDuration;
    QStringList lines{tr("Task: %1").arg(lane.task.name), tr("Thread: %1").arg(lane.task.thread),
        tr("State: %1").arg(taskStateName(lane.states[i]))};
    if (!lane.labels[i].isEmpty()) {
        // Await sites are recorded as "co_await what" or "file:line what"; a wait that an await
        // arrow ends (the loop resumed the task as it ended) is one too, whatever its label.
        static const QRegularExpression site(QStringLiteral("^(\\S+\\.(cpp|h|py):\\d+|co_await\\b)"));
        const bool waiting = lane.states[i] == TaskState::AwaitingIo || lane.states[i] == TaskState::Sleeping;
        const bool await = site.match(lane.labels[i]).hasMatch() || (waiting && resumedAt(lane.task.id, lane.ends[i]));
        lines << (await ? tr("Await site: %1") : tr("Label: %1")).arg(lane.labels[i]);
    }
    lines << tr("Start: %1").arg(format(lane.starts[i]));
    const bool open = lane.hasOpen && i + 1 == lane.size();
    lines << (open ? tr("Duration: %1 (still going)") : tr("Duration: %1")).arg(format(lane.ends[i] - lane.starts[i]));
    return lines.join(u'\n');
}

QStringList TimelineWidget::spanLines(TaskId task, int limit, int *selectedLine) const
{
    if (selectedLine)
        *selectedLine = -1;
    QStringList lines;
    const int laneIndex = m_lanes.laneOf(task);
    if (laneIndex < 0 || limit <= 0)
        return lines;
    const TimelineLanes::Lane &lane = m_lanes.lane(laneIndex);
    std::size_t first = 0;
    const auto selected = selectedIndex();
    const bool here = selected && selected->first == laneIndex;
    if (here && selected->second >= std::size_t(limit / 2))
        first = std::min(
            selected->second - std::size_t(limit / 2), lane.size() - std::min(lane.size(), std::size_t(limit)));
    const std::size_t last = std::min(lane.size(), first + std::size_t(limit));
    for (std::size_t i = first; i < last; ++i) {
        const QString what = lane.labels[i].isEmpty() ? taskStateName(lane.states[i])
                                                      : tr("%1: %2").arg(taskStateName(lane.states[i]), lane.labels[i]);
        lines << tr("%1, from %2 for %3")
                     .arg(what, TimelinePainter::formatDuration(lane.starts[i]),
                         TimelinePainter::formatDuration(lane.ends[i] - lane.starts[i]));
        if (here && i == selected->second && selectedLine)
            *selectedLine = int(i - first);
    }
    return lines;
}

void TimelineWidget::setRange(qint64 from, qint64 to)
{
    if (from == m_rangeStart && to == m_rangeEnd && (from != to || !hasRange()))
        return;
    m_rangeStart = from;
    m_rangeEnd = to;
    update();
    Q_EMIT rangeChanged();
}

RangeStatistics TimelineWidget::rangeStatistics() const
{
    return m_lanes.statistics(rangeStart(), rangeEnd());
}

std::optional<TaskId> TimelineWidget::arrowTask() const
{
    if (m_selected)
        return m_selected->task;
    return m_hoveredTask;
}

void TimelineWidget::setTaskHidden(TaskId task, bool hidden)
{
    m_lanes.setTaskHidden(task, hidden);
    m_searchStale = !m_searchText.isEmpty();
    updateLayout();
    update();
    Q_EMIT lanesChanged();
    if (m_searchStale)
        Q_EMIT searchChanged();
}

void TimelineWidget::showAllLanes()
{
    m_lanes.showAllTasks();
    m_searchStale = !m_searchText.isEmpty();
    updateLayout();
    update();
    Q_EMIT lanesChanged();
    if (m_searchStale)
        Q_EMIT searchChanged();
}

void TimelineWidget::setThreadCollapsed(const QString &thread, bool collapsed)
{
    m_lanes.setThreadCollapsed(thread, collapsed);
    updateLayout();
    update();
    Q_EMIT lanesChanged();
}

void TimelineWidget::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchCurrent = -1;
    m_searchStale = true;
    update();
    Q_EMIT searchChanged();
}

void TimelineWidget::updateSearchHits() const
{
    if (!m_searchStale)
        return;
    m_searchHits = m_lanes.findLabel(m_searchText);
    m_searchStale = false;
}

int TimelineWidget::searchHitCount() const
{
    updateSearchHits();
    return int(m_searchHits.size());
}

qint64 TimelineWidget::searchAnchor(qint64 none) const
{
    // The selected span first: the user may have clicked elsewhere since the last jump.
    if (m_selected)
        return m_selected->start;
    return m_searchCurrent >= 0 && m_searchCurrent < int(m_searchHits.size())
        ? m_searchHits[std::size_t(m_searchCurrent)].start
        : none;
}

void TimelineWidget::nextSearchHit()
{
    updateSearchHits();
    if (m_searchHits.empty())
        return;
    const qint64 after = searchAnchor(std::numeric_limits<qint64>::min());
    const auto it =
        std::upper_bound(m_searchHits.begin(), m_searchHits.end(), after, [](qint64 t, const TimelineLanes::Hit &hit) {
            return t < hit.start;
        });
    m_searchCurrent = it == m_searchHits.end() ? 0 : int(it - m_searchHits.begin());
    jumpToHit();
}

void TimelineWidget::previousSearchHit()
{
    updateSearchHits();
    if (m_searchHits.empty())
        return;
    const qint64 before = searchAnchor(std::numeric_limits<qint64>::max());
    const auto it =
        std::lower_bound(m_searchHits.begin(), m_searchHits.end(), before, [](const TimelineLanes::Hit &hit, qint64 t) {
            return hit.start < t;
        });
    m_searchCurrent = it == m_searchHits.begin() ? int(m_searchHits.size()) - 1 : int(it - m_searchHits.begin()) - 1;
    jumpToHit();
}

void TimelineWidget::jumpToHit()
{
    const TimelineLanes::Hit &hit = m_searchHits[std::size_t(m_searchCurrent)];
    const TimelineLanes::Lane &lane = m_lanes.lane(hit.lane);
    const qint64 start = lane.starts[hit.index];
    const qint64 end = lane.ends[hit.index];
    // Centre the hit; zoom in only if it would be thinner than a few pixels, never out.
    setLive(false);
    qint64 range = m_mapping.range();
    if (double(end - start) < 4.0 * m_mapping.nsPerPixel())
        range = std::max<qint64>(TimelineMapping::MinimumRange, (end - start) * 40);
    const qint64 middle = start + (end - start) / 2;
    // A hit near the start shows from zero rather than from before the recording began.
    const qint64 from = std::max<qint64>(0, middle - range / 2);
    m_mapping.fit(from, from + range);
    // Scroll the lane into view.
    const QRect rect = laneRect(hit.lane);
    const Layout layout = layoutFor(paintSize());
    if (rect.isValid() && (rect.top() < layout.rows.top() || rect.bottom() > layout.rows.bottom()))
        scrollBy(rect.top() - layout.rows.top() - layout.rows.height() / 3);
    m_selected.reset();
    selectSpan(SpanRef{lane.task.id, start});
    update();
    Q_EMIT searchChanged();
}

} // namespace Lab
