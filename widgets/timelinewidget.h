// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/rangestatistics.h"
#include "models/trace/tracetypes.h"
#include "widgets/timelinelanes.h"
#include "widgets/timelinemapping.h"
#include "widgets/timelinepainter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <array>
#include <optional>

class QMenu;
class QPainter;
class QScrollBar;

namespace Lab {

class TraceRecorder;

// The timeline of a recording: the event loop's lane pinned on top (its stalls in red, with a
// faint red band across every lane), then one lane per task grouped under a header per thread.
// Spans are coloured by state (legend in the top strip) and labelled when wide enough; instants
// are ticks at the top of their lane.
//
// Mouse and keys: the wheel over the plot zooms at the cursor; Shift+wheel, or the wheel over
// the label column, scrolls the lanes; dragging pans (and scrolls); Shift+drag selects a time
// range (its statistics: rangeStatistics()); a click selects a span (its task's await arrows are
// drawn) or, on a thread's header, collapses the thread into one row; F or a double click fits
// all; W/S or +/- zoom at the centre, A/D (or Left/Right, where the window does not bind them to demo navigation) pan,
// Home/End show the start/end (Perfetto's and chrome://tracing's keys); a right click offers fit, live, hiding lanes,
// collapsing threads and export. Hover shows details and the hovered task's arrows.
//
// Replay (after a run, not live): P plays/pauses at replaySpeed() (0.1x-10x; [ and ] change it),
// "," and "." step to the previous/next event (a span's start or end, an instant), Escape leaves
// replay; clicking the time ruler or dragging the cursor scrubs. The cursor's time goes out as
// replayTimeChanged() so the demo's visual can follow it. Space is the window's run/stop key; the
// arrows, Page Up/Down, Home/End and (while there is something to clear) Escape stay with the
// timeline when it has focus, though the window binds them too.
//
// Live, it pulls new spans ~60 times a second and follows the newest time: the whole recording
// until the user zooms, then a sliding window of that width. Dragging leaves live mode.
//
// If the recorder dropped its oldest spans (ring buffer), a hatched band marks what is missing.
//
// Painting costs about the same for a thousand or a million spans: TimelineLanes keeps each lane
// sorted and merges runs of spans narrower than a pixel, TimelinePainter draws what it visits.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(TraceRecorder *recorder, QWidget *parent = nullptr);
    ~TimelineWidget() override;

    void setLive(bool live);
    bool isLive() const { return m_live; }

    // Shows the whole recording (while live, keeps doing so as it grows).
    void fitAll();
    // x is relative to the plot's left edge, labelColumnWidth() pixels into the widget.
    const TimelineMapping &mapping() const { return m_mapping; }

    // Pulls what is new from the recorder now (a new generation starts over) and repaints.
    void refresh();
    // As refresh(), but at most @p limit spans (instants, links) at a time, so that a big
    // recording arrives in steps that each keep the GUI thread's stall short; true while more is new.
    bool refreshSome(std::size_t limit);
    // A step of refreshSome() that copies in well under 50 ms on a busy machine.
    static constexpr std::size_t RefreshStep = 32'768;

    // Lanes: 0 is the event loop, then the tasks thread by thread.
    int laneCount() const { return m_lanes.laneCount(); }
    // The lane showing @p task, or -1 if it is not known (yet).
    int laneOf(TaskId task) const;
    // Where the lane is drawn in the widget now (scrolled; may lie outside the visible rows).
    QRect laneRect(int lane) const;
    int labelColumnWidth() const { return m_lanes.labelWidth(); }
    // The hover text at @p pos (widget coordinates): task, label, state, start and duration.
    QString toolTipAt(const QPoint &pos) const;

    // The timeline as it would paint at @p size: the same time range and scroll position.
    QImage renderImage(QSize size, qreal devicePixelRatio = 1.0) const;
    // Every lane (as tall as needed) at the widget's width; false and @p error on failure.
    bool exportPng(const QString &path, QString *error) const;
    // Chrome trace JSON (Perfetto, chrome://tracing) of the whole recording.
    bool exportTrace(const QString &path, QString *error) const;

    // The colour of a state, readable on light and dark palettes.
    static QColor stateColor(TaskState state);

    // Replay. Times are relative to the recording's origin (ns), as mapping() shows them.
    static constexpr double MinimumReplaySpeed = 0.1;
    static constexpr double MaximumReplaySpeed = 10.0;
    // The speeds the panel offers and [ / ] step through.
    static constexpr std::array<double, 7> ReplaySpeeds{0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0};
    bool isReplaying() const { return m_replaying; } // in replay mode, playing or paused
    bool isReplayPlaying() const { return m_replayPlaying; }
    qint64 replayTime() const { return m_replayTime; }
    // The cursor's time on the recorder's clock (monotonic ns), as replayTimeChanged() gives it.
    qint64 replayClockTime() const;
    double replaySpeed() const { return m_replaySpeed; }
    // Whether there is a finished recording to replay (not live, not empty).
    bool canReplay() const;
    void setReplaySpeed(double speed);
    // Plays from the cursor (from the start if the cursor is at the end or replay was off).
    void playReplay();
    void pauseReplay();
    void toggleReplayPlaying();
    // Puts the cursor at @p time (clamped to the recording), entering replay paused if it was off.
    void setReplayTime(qint64 time);
    void stepToNextEvent();
    void stepToPreviousEvent();
    // Leaves replay mode (replayFinished()); the demo's visual shows the end of the run again.
    void stopReplay();
    // Moves a playing replay on by @p wallNs of real time times the speed; the replay timer calls it.
    void advanceReplay(qint64 wallNs);

    // Selection. A span, by its task and start (stays valid as lanes grow).
    struct SpanRef
    {
        TaskId task = 0;
        qint64 start = 0;
    };
    std::optional<SpanRef> selectedSpan() const { return m_selected; }
    // Selects the span at @p pos (widget coordinates), or clears the selection if there is none.
    void selectAt(const QPoint &pos);
    void selectSpan(std::optional<SpanRef> span);
    // The selected span's lane and index, if it is (still) shown.
    std::optional<std::pair<int, std::size_t>> selectedIndex() const;
    // A readable description of the selected span (task, thread, state, label/await site, times).
    QString selectedSpanDetails() const;
    // The lane of @p task as text, one line per span (at most @p limit, around the selected span if
    // it is on this lane; @p selectedLine gets its line or -1): for the details pane's list, which
    // screen readers read.
    QStringList spanLines(TaskId task, int limit, int *selectedLine) const;

    bool hasRange() const { return m_rangeEnd != m_rangeStart; }
    qint64 rangeStart() const { return std::min(m_rangeStart, m_rangeEnd); }
    qint64 rangeEnd() const { return std::max(m_rangeStart, m_rangeEnd); }
    void setRange(qint64 from, qint64 to); // equal times clear it
    RangeStatistics rangeStatistics() const;
    // The task whose await arrows are drawn: the selected one, else the hovered one.
    std::optional<TaskId> arrowTask() const;

    // Filter and search.
    TimelineLanes &lanes() { return m_lanes; }
    const TimelineLanes &lanes() const { return m_lanes; }
    void setTaskHidden(TaskId task, bool hidden);
    void showAllLanes();
    void setThreadCollapsed(const QString &thread, bool collapsed);
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    int searchHitCount() const;
    int currentSearchHit() const { return m_searchCurrent; } // -1 before the first jump
    // Jumps to the next (previous) hit after (before) the current one, selecting it; wraps around.
    void nextSearchHit();
    void previousSearchHit();
    // Benchmark: resize(), refresh(), fitAll(), then times render() @p repetitions times: the median ms.
    static double medianPaintMs(TimelineWidget *widget, QSize size, int repetitions = 15);
    // Benchmark: replays the recording at 1x from the start, @p frames frames of 16.7 ms, each an
    // advanceReplay() and a render() into an image the widget's size: each frame's ms.
    static std::vector<double> replayFrameMs(TimelineWidget *widget, int frames);
    // Benchmark data: @p taskCount tasks on a few threads sharing @p spanCount back-to-back spans of
    // random states (1-100 µs each), plus a few stalls on the event loop's lane.
    static void addSyntheticSpans(TraceRecorder *recorder, int spanCount, int taskCount);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void liveChanged(bool live);
    // Replay mode, playing, the cursor or the speed changed (for the panel's buttons).
    void replayStateChanged();
    void selectionChanged();
    void rangeChanged();
    void searchChanged();
    void lanesChanged(); // hidden or collapsed
    // Replay of a finished recording: the cursor's time (monotonic ns, the recorder's clock).
    void replayStarted();
    void replayTimeChanged(qint64 time);
    void replayFinished();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    using Layout = TimelinePainter::Layout;

    void updateLayout();
    void follow();
    void zoomAt(double x, double factor);
    void scrollBy(int dy);
    void exportPngInteractively();
    void exportTraceInteractively();

    Layout layoutFor(QSize size) const;
    QSize paintSize() const;
    int scrollValue() const;
    int fullHeight() const;
    void paintTimeline(QPainter &painter, QSize size, int scrollY) const;
    void paintOverlay(QPainter &painter, const Layout &layout, int scrollY) const;
    void paintArrows(QPainter &painter, const Layout &layout, int scrollY) const;
    void paintDropped(QPainter &painter, const Layout &layout) const;

    // The lane index at @p pos (-1 for none); the row (for headers) if @p row is given.
    int laneAt(const QPoint &pos, const TimelineLanes::Row **row = nullptr) const;
    QRect laneRectAt(const Layout &layout, int lane, int scrollY) const;
    void emitReplayTime();
    void keepCursorInView();
    void jumpToHit();
    // Where stepping through the hits starts: the selected span, else the current hit, else @p none.
    qint64 searchAnchor(qint64 none) const;
    void updateSearchHits() const;
    // Whether an await arrow into @p task arrives at @p time (relative ns), give or take a millisecond.
    bool resumedAt(TaskId task, qint64 time) const;
    void addLaneActions(QMenu *menu, const QPoint &pos);
    TimelineLanes m_lanes;
    TimelineMapping m_mapping;
    QTimer m_liveTimer;
    QScrollBar *m_scrollBar;
    bool m_live = false;
    bool m_followAll = true;
    bool m_scrollNeeded = false;

    bool m_dragging = false;
    QPointF m_dragLast;
    QPoint m_pressPos;
    bool m_moved = false;
    bool m_selectingRange = false;
    bool m_scrubbing = false;

    QTimer m_replayTimer;
    QElapsedTimer m_replayClock;
    bool m_replaying = false;
    bool m_replayPlaying = false;
    qint64 m_replayTime = 0;
    double m_replaySpeed = 1.0;

    std::optional<SpanRef> m_selected;
    std::optional<TaskId> m_hoveredTask;
    qint64 m_rangeStart = 0;
    qint64 m_rangeEnd = 0;

    QString m_searchText;
    mutable std::vector<TimelineLanes::Hit> m_searchHits;
    mutable bool m_searchStale = false;
    int m_searchCurrent = -1;
};

} // namespace Lab
