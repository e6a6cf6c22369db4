// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracetypes.h"
#include "widgets/timelinelanes.h"
#include "widgets/timelinemapping.h"
#include "widgets/timelinepainter.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

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
// the label column, scrolls the lanes; dragging pans (and scrolls); F or a double click fits
// all; +/- zoom, Left/Right pan; a right click offers fit, live and export. Hover shows details.
//
// Live, it pulls new spans ~60 times a second and follows the newest time: the whole recording
// until the user zooms, then a sliding window of that width. Dragging leaves live mode.
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
    // Benchmark: resize(), refresh(), fitAll(), then times render() @p repetitions times: the median ms.
    static double medianPaintMs(TimelineWidget *widget, QSize size, int repetitions = 15);
    // Benchmark data: @p taskCount tasks on a few threads sharing @p spanCount back-to-back spans of
    // random states (1-100 µs each), plus a few stalls on the event loop's lane.
    static void addSyntheticSpans(TraceRecorder *recorder, int spanCount, int taskCount);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void liveChanged(bool live);
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

    TimelineLanes m_lanes;
    TimelineMapping m_mapping;
    QTimer m_liveTimer;
    QScrollBar *m_scrollBar;
    bool m_live = false;
    bool m_followAll = true;
    bool m_scrollNeeded = false;

    bool m_dragging = false;
    QPointF m_dragLast;
};

} // namespace Lab
