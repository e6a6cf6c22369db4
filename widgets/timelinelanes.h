// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/rangestatistics.h"
#include "models/trace/tracetypes.h"
#include "widgets/timelinemapping.h"

#include <QFont>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

namespace Lab {

class TraceRecorder;

// What the timeline shows of a recording, pulled incrementally from the recorder: one lane per
// task, the event loop's first (lane 0, pinned), then the others grouped in rows under a header
// per thread. Times are relative to the recording's origin; a new generation starts over.
//
// Each lane keeps its spans sorted by start (so ends are sorted too, spans of a task never
// overlap): the first visible one is found by binary search, and forEachBlock() turns runs of
// spans narrower than a pixel into one block in their dominant state, found by galloping to the
// first span ending past the next pixel column. Its work depends on the pixels, not the spans.
//
// Lanes can be hidden and a thread's lanes collapsed into one row; the queries a replay, a
// selection and a search need (the state at a time, the next event, statistics of a range, label
// hits) binary-search each lane, so they cost per lane, not per span. When the recorder drops its
// oldest spans (its ring buffer is full), the lanes drop theirs too, in batches.
class TimelineLanes
{
public:
    struct LaneInstant
    {
        qint64 time = 0;
        QString label;
    };
    // What forEachBlock() visits: one span, or (count > 1) a run of spans narrower than a pixel.
    struct Block
    {
        double x0 = 0;
        double x1 = 0;
        TaskState state = TaskState::Running;
        std::size_t first = 0;
        std::size_t count = 1;
    };
    // A task's spans sorted by start, as parallel columns: searching and merging read only the
    // dense ends and states, not the labels.
    struct Lane
    {
        TaskInfo task;
        bool known = false;
        bool hasOpen = false; // the last span is the open one, replaced on every refresh
        std::vector<qint64> starts;
        std::vector<qint64> ends;
        std::vector<TaskState> states;
        std::vector<QString> labels;
        std::vector<LaneInstant> instants; // sorted by time

        std::size_t size() const { return starts.size(); }
        void append(qint64 start, qint64 end, TaskState state, QString label);
        void removeLast();

        // The first index >= from whose span ends after t.
        std::size_t firstEndingAfter(std::size_t from, qint64 t) const;
        // The span covering time t (start <= t < end, or the open span's end), if any.
        std::optional<std::size_t> spanAt(qint64 t) const;
        std::optional<TaskState> stateAt(qint64 t) const;
        // Calls visit(const Block &) for what @p mapping shows, left to right.
        template<typename Visit>
        void forEachBlock(const TimelineMapping &mapping, Visit &&visit) const;

    private:
        void addWeights(std::size_t from, std::size_t to, std::array<qint64, TaskStateCount> &weight) const;
    };
    // A scrolling row: a lane, or (lane == -1) the header of a thread's group, or (lane == -1 and
    // members not empty) a collapsed thread's lanes drawn as thin strips in one row.
    struct Row
    {
        int lane = -1;
        int top = 0;
        int height = 0;
        QString thread;
        std::vector<int> members;
        bool collapsed = false; // of a header: its thread is collapsed
    };
    // A span whose label matched a search.
    struct Hit
    {
        int lane = -1;
        std::size_t index = 0;
        qint64 start = 0;
    };

    // A merged block stops growing here, so a long dense stretch still shows how its state changes.
    static constexpr double MaxMergedWidth = 4.0;

    explicit TimelineLanes(TraceRecorder *recorder);

    // Pulls what is new from the recorder, at most @p limit spans (and as many instants and links)
    // at a time; true if it started over (a clear() since last time). pending() says if more is new.
    bool refresh(std::size_t limit = SIZE_MAX);
    bool pending() const { return m_pending; }
    // Rows are as tall as the font needs; the label column as wide as the names.
    void setFont(const QFont &font);

    TraceRecorder *recorder() const { return m_recorder; }
    qint64 latest() const { return m_latest; } // newest time seen, open spans included
    qint64 now() const { return m_now; } // the time of the last pull
    qint64 origin() const { return m_origin; } // the recording's origin on the recorder's clock
    // The end of the dropped part (relative), or -1 if the recorder dropped nothing.
    qint64 droppedUntil() const { return m_droppedUntil; }
    std::size_t droppedCount() const { return m_droppedCount; }
    std::size_t spanCount() const; // held by the lanes now

    // Hiding and collapsing; the event loop's lane (0) is always shown.
    void setTaskHidden(TaskId task, bool hidden);
    bool isTaskHidden(TaskId task) const;
    int hiddenCount() const;
    void showAllTasks();
    void setThreadCollapsed(const QString &thread, bool collapsed);
    bool isThreadCollapsed(const QString &thread) const { return m_collapsed.contains(thread); }

    // The nearest span start, span end or instant strictly after (before) t, on any lane shown.
    std::optional<qint64> nextEventAfter(qint64 t) const;
    std::optional<qint64> previousEventBefore(qint64 t) const;
    // What the lanes say about [from, to) (relative times), hidden lanes included.
    RangeStatistics statistics(qint64 from, qint64 to) const;
    // Spans whose label contains @p text (case-insensitive) on lanes shown, by start time.
    std::vector<Hit> findLabel(const QString &text) const;
    // Links (relative times) of the recording, oldest first.
    const std::vector<Link> &links() const { return m_links; }

    int laneCount() const { return int(m_order.size()); }
    // The lane showing @p task, or -1 if it is not known (yet).
    int laneOf(TaskId task) const;
    const Lane &lane(int index) const { return m_lanes[m_order[std::size_t(index)]]; }
    // Sorted by top, laid out from 0 to contentHeight().
    const std::vector<Row> &rows() const { return m_rows; }
    int contentHeight() const { return m_contentHeight; }
    int labelWidth() const { return m_labelWidth; }
    int rowHeight() const { return m_rowHeight; }

private:
    void startOver(quint64 generation);
    void pull(std::size_t limit);
    void dropOld();
    void rebuildRows();

    TraceRecorder *m_recorder;
    QFont m_font;
    quint64 m_generation = 0;
    qint64 m_origin = 0;
    qint64 m_latest = 0;
    qint64 m_now = 0;
    std::size_t m_spanCount = 0;
    std::size_t m_instantCount = 0;
    std::size_t m_linkCount = 0;
    std::size_t m_droppedCount = 0;
    bool m_pending = false;
    qint64 m_droppedUntil = -1;
    std::vector<Link> m_links;
    std::vector<bool> m_hidden; // by TaskId
    QSet<QString> m_collapsed;
    std::vector<Lane> m_lanes; // by TaskId
    std::vector<TaskId> m_order; // lane -> task
    std::vector<int> m_laneOfTask; // task -> lane
    std::vector<Row> m_rows;
    int m_contentHeight = 0;
    int m_labelWidth = 120;
    int m_rowHeight = 24;
    int m_headerHeight = 18;
};

// Inline, as they run for every block painted: visit is called without indirection.
inline std::size_t TimelineLanes::Lane::firstEndingAfter(std::size_t from, qint64 t) const
{
    // Ends are sorted (spans of a task never overlap); galloping first makes skipping k spans cost
    // O(log k) and stay in cache.
    const std::size_t n = ends.size();
    if (from >= n || ends[from] > t)
        return from;
    std::size_t lo = from;
    std::size_t step = 1;
    std::size_t hi = from + 1;
    while (hi < n && ends[hi] <= t) {
        lo = hi;
        step *= 2;
        hi = lo + step;
    }
    hi = std::min(hi, n);
    const auto begin = ends.begin();
    return std::size_t(std::upper_bound(begin + std::ptrdiff_t(lo + 1), begin + std::ptrdiff_t(hi), t) - begin);
}

inline std::optional<std::size_t> TimelineLanes::Lane::spanAt(qint64 t) const
{
    const std::size_t i = firstEndingAfter(0, t);
    if (i < size() && starts[i] <= t)
        return i;
    // Open spans end "now": the last one still counts at its end.
    if (hasOpen && !ends.empty() && ends.back() == t)
        return size() - 1;
    return std::nullopt;
}

inline std::optional<TaskState> TimelineLanes::Lane::stateAt(qint64 t) const
{
    if (const auto i = spanAt(t))
        return states[*i];
    return std::nullopt;
}

inline void TimelineLanes::Lane::addWeights(
    std::size_t from, std::size_t to, std::array<qint64, TaskStateCount> &weight) const
{
    // A few samples a pixel, each weighted by its duration: enough to find the dominant state, and
    // cheap for any count.
    const std::size_t stride = std::max<std::size_t>(1, (to - from) / 4);
    for (std::size_t i = from; i < to; i += stride)
        weight[std::size_t(states[i])] += ends[i] - starts[i] + 1;
}

template<typename Visit>
void TimelineLanes::Lane::forEachBlock(const TimelineMapping &mapping, Visit &&visit) const
{
    const std::size_t n = starts.size();
    // The mapping's math with the divisions hoisted out of the loop.
    const qint64 origin = mapping.start();
    const double width = mapping.width();
    const double pixelsPerNs = width / double(mapping.range());
    const double nsPerPixel = mapping.nsPerPixel();
    const qint64 lastTime = mapping.end();
    const auto toX = [origin, pixelsPerNs](qint64 t) {
        return double(t - origin) * pixelsPerNs;
    };
    const auto toTime = [origin, nsPerPixel](double x) {
        return origin + qint64(std::floor(x * nsPerPixel + 0.5));
    };

    std::size_t i = firstEndingAfter(0, mapping.start() - 1);
    while (i < n && starts[i] <= lastTime) {
        const double x0 = toX(starts[i]);
        double x1 = toX(ends[i]);
        if (x1 - x0 >= 1.0) {
            visit(Block{x0, x1, states[i], i, 1});
            ++i;
            continue;
        }
        std::array<qint64, TaskStateCount> weight{};
        addWeights(i, i + 1, weight);
        const std::size_t first = i;
        std::size_t last = i;
        for (;;) {
            // Swallow every span ending within this pixel column, then look at the one crossing it.
            const std::size_t next = firstEndingAfter(last + 1, toTime(std::floor(x1) + 1.0));
            if (next > last + 1) {
                addWeights(last + 1, next, weight);
                x1 = std::max(x1, toX(ends[next - 1]));
                last = next - 1;
            }
            if (next >= n)
                break;
            const double nextX0 = toX(starts[next]);
            const double nextX1 = toX(ends[next]);
            if (nextX1 - nextX0 >= 1.0 || nextX0 - x1 >= 1.0 || nextX0 - x0 >= MaxMergedWidth || nextX0 > width)
                break;
            addWeights(next, next + 1, weight);
            x1 = std::max(x1, nextX1);
            last = next;
        }
        const auto dominant = std::max_element(weight.begin(), weight.end()) - weight.begin();
        visit(Block{x0, std::max(x1, x0 + 1.0), TaskState(dominant), first, last - first + 1});
        i = last + 1;
    }
}

} // namespace Lab
