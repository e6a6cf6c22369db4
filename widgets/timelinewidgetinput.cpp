// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// TimelineWidget's mouse, keys and context menu (declared in timelinewidget.h; the class comment
// lists them).
#include "widgets/timelinewidget.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Lab {

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const double x = event->position().x() - m_lanes.labelWidth();
    if ((event->modifiers() & Qt::ShiftModifier) || x < 0) {
        const int delta = angle.y() != 0 ? angle.y() : angle.x();
        scrollBy(-delta * m_lanes.rowHeight() / 40); // one notch (120) = three lanes
    } else if (angle.y() != 0) {
        zoomAt(x, std::pow(1.0015, angle.y())); // one notch zooms by 20 %
    } else if (angle.x() != 0) {
        setLive(false);
        m_mapping.pan(angle.x() / 2.0);
        update();
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const bool inPlot = pos.x() >= m_lanes.labelWidth();
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = pos;
    m_moved = false;
    const Layout layout = layoutFor(paintSize());
    const double x = pos.x() - layout.labelWidth;
    const double cursorX = m_mapping.mapTimeToX(m_replayTime);
    if (inPlot && canReplay()
        && (layout.axis.contains(pos)
            || (m_replaying && std::abs(x - cursorX) <= 4.0 && pos.y() > layout.axis.top()))) {
        // The time ruler, or the cursor itself: scrub.
        m_scrubbing = true;
        pauseReplay();
        setReplayTime(m_mapping.mapXToTime(x));
        setCursor(Qt::SizeHorCursor);
    } else if (inPlot && (event->modifiers() & Qt::ShiftModifier)) {
        m_selectingRange = true;
        const qint64 t = m_mapping.mapXToTime(x);
        m_rangeStart = m_rangeEnd = t;
        setCursor(Qt::IBeamCursor);
    } else if (inPlot) {
        m_dragging = true;
        m_dragLast = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() >= 3)
        m_moved = true;
    const double x = event->position().x() - m_lanes.labelWidth();
    if (m_scrubbing) {
        setReplayTime(m_mapping.mapXToTime(std::clamp(x, 0.0, m_mapping.width())));
        return;
    }
    if (m_selectingRange) {
        m_rangeEnd = m_mapping.mapXToTime(std::clamp(x, 0.0, m_mapping.width()));
        update();
        return;
    }
    if (!m_dragging) {
        // Hovering a lane shows its task's arrows (when no task is selected).
        const int lane = laneAt(pos);
        std::optional<TaskId> task;
        if (lane >= 0)
            task = m_lanes.lane(lane).task.id;
        if (task != m_hoveredTask) {
            m_hoveredTask = task;
            if (!m_selected)
                update();
        }
        return QWidget::mouseMoveEvent(event);
    }
    const QPointF delta = event->position() - m_dragLast;
    m_dragLast = event->position();
    if (std::abs(delta.x()) >= 1.0) {
        setLive(false);
        m_mapping.pan(delta.x());
    }
    scrollBy(-int(delta.y()));
    update();
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (m_scrubbing) {
        m_scrubbing = false;
        unsetCursor();
        return;
    }
    if (m_selectingRange) {
        m_selectingRange = false;
        unsetCursor();
        // The drag already moved the ends: announce the range (or its clearing) now, once.
        if (!m_moved)
            m_rangeEnd = m_rangeStart; // a Shift+click is no range
        update();
        Q_EMIT rangeChanged();
        return;
    }
    const bool wasDragging = m_dragging;
    m_dragging = false;
    unsetCursor();
    if (m_moved || (!wasDragging && pos.x() >= m_lanes.labelWidth()))
        return;
    const TimelineLanes::Row *row = nullptr;
    laneAt(pos, &row);
    if (row && row->lane < 0 && row->members.empty()) {
        setThreadCollapsed(row->thread, !row->collapsed);
        return;
    }
    if (pos.x() >= m_lanes.labelWidth())
        selectAt(pos);
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    if (m_hoveredTask) {
        m_hoveredTask.reset();
        update();
    }
    QWidget::leaveEvent(event);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        fitAll();
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const double center = m_mapping.width() / 2.0;
    const auto pan = [this](double fraction) {
        setLive(false);
        m_mapping.pan(fraction * m_mapping.width());
        update();
    };
    switch (event->key()) {
    case Qt::Key_F:
        fitAll();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_W:
        zoomAt(center, 1.5);
        break;
    case Qt::Key_Minus:
    case Qt::Key_S:
        zoomAt(center, 1.0 / 1.5);
        break;
    case Qt::Key_Left:
    case Qt::Key_A:
        pan(0.1);
        break;
    case Qt::Key_Right:
    case Qt::Key_D:
        pan(-0.1);
        break;
    case Qt::Key_Home:
        setLive(false);
        m_mapping.fit(0, m_mapping.range());
        update();
        break;
    case Qt::Key_End: {
        const qint64 end = std::max(m_lanes.latest(), m_mapping.range());
        m_mapping.fit(end - m_mapping.range(), end);
        update();
        break;
    }
    case Qt::Key_P:
        toggleReplayPlaying();
        break;
    case Qt::Key_Comma:
    case Qt::Key_Less:
        stepToPreviousEvent();
        break;
    case Qt::Key_Period:
    case Qt::Key_Greater:
        stepToNextEvent();
        break;
    case Qt::Key_BracketLeft: {
        const auto slower = std::find_if(ReplaySpeeds.rbegin(), ReplaySpeeds.rend(), [this](double speed) {
            return speed < m_replaySpeed - 1e-9;
        });
        if (slower != ReplaySpeeds.rend())
            setReplaySpeed(*slower);
        break;
    }
    case Qt::Key_BracketRight: {
        const auto faster = std::find_if(ReplaySpeeds.begin(), ReplaySpeeds.end(), [this](double speed) {
            return speed > m_replaySpeed + 1e-9;
        });
        if (faster != ReplaySpeeds.end())
            setReplaySpeed(*faster);
        break;
    }
    case Qt::Key_Escape:
        if (m_replaying)
            stopReplay();
        else if (hasRange())
            setRange(0, 0);
        else if (m_selected)
            selectSpan(std::nullopt);
        else
            QWidget::keyPressEvent(event);
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
        scrollBy(event->key() == Qt::Key_Up ? -m_lanes.rowHeight() : m_lanes.rowHeight());
        break;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        scrollBy(event->key() == Qt::Key_PageUp ? -m_scrollBar->pageStep() : m_scrollBar->pageStep());
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    // A non-blocking popup owned by the widget: nothing runs on after the widget is gone.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu->addAction(tr("Fit all")), &QAction::triggered, this, &TimelineWidget::fitAll);
    QAction *live = menu->addAction(tr("Follow live"));
    live->setCheckable(true);
    live->setChecked(m_live);
    connect(live, &QAction::toggled, this, &TimelineWidget::setLive);
    menu->addSeparator();
    addLaneActions(menu, event->pos());
    menu->addSeparator();
    // Queued: the file dialogs open once the menu is gone, not inside its signal.
    connect(menu->addAction(tr("Export as PNG…")), &QAction::triggered, this, &TimelineWidget::exportPngInteractively,
        Qt::QueuedConnection);
    connect(menu->addAction(tr("Export as Chrome trace JSON…")), &QAction::triggered, this,
        &TimelineWidget::exportTraceInteractively, Qt::QueuedConnection);
    menu->popup(event->globalPos());
}

void TimelineWidget::addLaneActions(QMenu *menu, const QPoint &pos)
{
    const TimelineLanes::Row *row = nullptr;
    const int lane = laneAt(pos, &row);
    if (lane > 0) {
        const TaskInfo task = m_lanes.lane(lane).task;
        connect(menu->addAction(tr("Hide lane “%1”").arg(task.name)), &QAction::triggered, this, [this, task] {
            setTaskHidden(task.id, true);
        });
    }
    QString thread;
    if (row)
        thread = row->thread.isEmpty() && lane >= 0 ? m_lanes.lane(lane).task.thread : row->thread;
    if (!thread.isEmpty()) {
        const bool collapsed = m_lanes.isThreadCollapsed(thread);
        connect(menu->addAction(collapsed ? tr("Expand thread “%1”").arg(thread)
                                          : tr("Collapse thread “%1” into one row").arg(thread)),
            &QAction::triggered, this, [this, thread, collapsed] {
                setThreadCollapsed(thread, !collapsed);
            });
    }
    QAction *all = menu->addAction(tr("Show all lanes (%n hidden)", nullptr, m_lanes.hiddenCount()));
    all->setEnabled(m_lanes.hiddenCount() > 0);
    connect(all, &QAction::triggered, this, &TimelineWidget::showAllLanes);
}

} // namespace Lab
