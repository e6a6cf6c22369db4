// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/timelinewidget.h"

#include "models/trace/chrometraceexporter.h"

#include <QDir>
#include <QFileDialog>
#include <QHelpEvent>
#include <QImageWriter>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Lab {

TimelineWidget::TimelineWidget(TraceRecorder *recorder, QWidget *parent)
    : QWidget(parent)
    , m_lanes(recorder)
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setAccessibleName(tr("Timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    setMouseTracking(true); // the hovered task's arrows
    m_liveTimer.setInterval(16);
    connect(&m_liveTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_replayTimer.setInterval(16);
    m_replayTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_replayTimer, &QTimer::timeout, this, [this] {
        // In ns, not restart()'s whole ms: frames 16 or 17 ms apart would make the cursor judder.
        const qint64 elapsed = m_replayClock.nsecsElapsed();
        m_replayClock.start();
        advanceReplay(elapsed);
    });
    m_lanes.setFont(font());
    refresh();
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setLive(bool live)
{
    if (m_live == live)
        return;
    if (live)
        stopReplay();
    m_live = live;
    if (live) {
        m_followAll = true;
        m_liveTimer.start();
        refresh();
    } else {
        m_liveTimer.stop();
        update();
    }
    Q_EMIT liveChanged(live);
}

void TimelineWidget::fitAll()
{
    updateLayout();
    m_followAll = true;
    if (m_live)
        follow();
    else if (m_lanes.latest() > 0)
        m_mapping.fit(0, m_lanes.latest() + m_lanes.latest() / 50);
    else
        m_mapping.fit(0, 1'000'000'000);
    update();
}

void TimelineWidget::setRecorder(TraceRecorder *recorder)
{
    if (recorder == m_lanes.recorder())
        return;
    m_lanes.setRecorder(recorder);
    refresh();
    fitAll();
}

void TimelineWidget::refresh()
{
    refreshSome(SIZE_MAX);
}

bool TimelineWidget::refreshSome(std::size_t limit)
{
    if (m_lanes.refresh(limit)) {
        m_scrollBar->setValue(0);
        stopReplay();
        if (m_selected) {
            m_selected.reset();
            Q_EMIT selectionChanged();
        }
        m_hoveredTask.reset();
        if (hasRange())
            setRange(0, 0);
        m_searchCurrent = -1;
    }
    m_searchStale = !m_searchText.isEmpty();
    // After a run (not at every live pull) the hit count is worth telling.
    if (m_searchStale && !m_live)
        Q_EMIT searchChanged();
    if (m_live)
        follow();
    updateLayout();
    update();
    return m_lanes.pending();
}

QSize TimelineWidget::paintSize() const
{
    return QSize(width() - (m_scrollNeeded ? m_scrollBar->width() : 0), height());
}

int TimelineWidget::scrollValue() const
{
    return m_scrollNeeded ? m_scrollBar->value() : 0;
}

TimelineWidget::Layout TimelineWidget::layoutFor(QSize size) const
{
    return TimelinePainter::layoutFor(size, m_lanes, fontMetrics());
}

int TimelineWidget::fullHeight() const
{
    return layoutFor(size()).rows.top() + m_lanes.contentHeight();
}

void TimelineWidget::updateLayout()
{
    const Layout layout = layoutFor(size());
    const int viewport = layout.rows.height();
    m_scrollNeeded = m_lanes.contentHeight() > viewport;
    if (m_scrollNeeded) {
        const int barWidth = m_scrollBar->sizeHint().width();
        m_scrollBar->setGeometry(width() - barWidth, layout.rows.top(), barWidth, viewport);
        m_scrollBar->setRange(0, m_lanes.contentHeight() - viewport);
        m_scrollBar->setPageStep(viewport);
        m_scrollBar->setSingleStep(m_lanes.rowHeight());
    } else {
        m_scrollBar->setRange(0, 0);
    }
    m_scrollBar->setVisible(m_scrollNeeded);
    m_mapping.setWidth(layoutFor(paintSize()).plotWidth);
}

void TimelineWidget::follow()
{
    const qint64 newest = std::max(m_lanes.now(), m_lanes.latest());
    if (m_followAll)
        m_mapping.fit(0, newest);
    else
        m_mapping.fit(newest - m_mapping.range(), newest);
}

int TimelineWidget::laneOf(TaskId task) const
{
    return m_lanes.laneOf(task);
}

QRect TimelineWidget::laneRect(int lane) const
{
    const Layout layout = layoutFor(paintSize());
    if (lane == 0 && m_lanes.laneCount() > 0)
        return QRect(0, layout.pinned.top(), layout.size.width(), m_lanes.rowHeight());
    return laneRectAt(layout, lane, scrollValue());
}

QRect TimelineWidget::laneRectAt(const Layout &layout, int lane, int scrollY) const
{
    if (lane == 0 && m_lanes.laneCount() > 0)
        return QRect(0, layout.pinned.top(), layout.size.width(), m_lanes.rowHeight());
    for (const TimelineLanes::Row &row : m_lanes.rows()) {
        if (row.lane == lane)
            return QRect(0, layout.rows.top() + row.top - scrollY, layout.size.width(), row.height);
        const auto member = std::find(row.members.begin(), row.members.end(), lane);
        if (member != row.members.end()) {
            // A collapsed thread's lane: its strip in the thread's row.
            const int strip = TimelinePainter::stripHeight(row);
            const int top = layout.rows.top() + row.top - scrollY + 3 + int(member - row.members.begin()) * strip;
            return QRect(0, top, layout.size.width(), strip);
        }
    }
    return {};
}

int TimelineWidget::laneAt(const QPoint &pos, const TimelineLanes::Row **rowOut) const
{
    const Layout layout = layoutFor(paintSize());
    if (rowOut)
        *rowOut = nullptr;
    if (layout.pinned.contains(pos))
        return m_lanes.laneCount() > 0 ? 0 : -1;
    if (!layout.rows.contains(pos))
        return -1;
    const int y = pos.y() - layout.rows.top() + scrollValue();
    const auto &rows = m_lanes.rows();
    const auto row = std::partition_point(rows.begin(), rows.end(), [y](const TimelineLanes::Row &row) {
        return row.top + row.height <= y;
    });
    if (row == rows.end() || row->top > y)
        return -1;
    if (rowOut)
        *rowOut = &*row;
    if (!row->members.empty()) {
        const int strip = TimelinePainter::stripHeight(*row);
        const int index = std::clamp((y - row->top - 3) / std::max(1, strip), 0, int(row->members.size()) - 1);
        return row->members[std::size_t(index)];
    }
    return row->lane;
}

QString TimelineWidget::toolTipAt(const QPoint &pos) const
{
    const Layout layout = layoutFor(paintSize());
    const TimelineLanes::Row *row = nullptr;
    const int laneIndex = laneAt(pos, &row);
    if (row && row->lane < 0 && row->members.empty())
        return row->collapsed ? tr("Click to show the lanes of %1").arg(row->thread.toHtmlEscaped())
                              : tr("Click to collapse the lanes of %1 into one row").arg(row->thread.toHtmlEscaped());
    if (laneIndex < 0 || laneIndex >= laneCount())
        return {};
    const TimelineLanes::Lane &lane = m_lanes.lane(laneIndex);
    QStringList lines{
        QStringLiteral("<b>%1</b> <i>(%2)</i>").arg(lane.task.name.toHtmlEscaped(), lane.task.thread.toHtmlEscaped())};
    if (pos.x() < layout.labelWidth)
        return lines.constFirst();

    const double x = pos.x() - layout.labelWidth;
    const qint64 from = m_mapping.mapXToTime(x - 0.5);
    const qint64 to = m_mapping.mapXToTime(x + 0.5);
    const std::size_t first = lane.firstEndingAfter(0, from - 1);
    const auto last = std::size_t(std::upper_bound(lane.starts.begin(), lane.starts.end(), to) - lane.starts.begin());
    if (last > first) {
        if (last - first > 1)
            lines << tr("%n spans in this pixel: zoom in to tell them apart", nullptr, int(last - first));
        const std::size_t pick = std::min(last - 1, lane.firstEndingAfter(first, m_mapping.mapXToTime(x) - 1));
        if (!lane.labels[pick].isEmpty())
            lines << lane.labels[pick].toHtmlEscaped();
        lines << tr("State: %1").arg(taskStateName(lane.states[pick]));
        lines << tr("Start: %1").arg(TimelinePainter::formatDuration(lane.starts[pick]));
        const bool open = lane.hasOpen && pick + 1 == lane.size();
        lines << (open ? tr("Duration: %1 (still going)") : tr("Duration: %1"))
                     .arg(TimelinePainter::formatDuration(lane.ends[pick] - lane.starts[pick]));
    }
    const qint64 near = qint64(3.0 * m_mapping.nsPerPixel());
    const qint64 at = m_mapping.mapXToTime(x);
    auto instant = std::lower_bound(
        lane.instants.begin(), lane.instants.end(), at - near, [](const TimelineLanes::LaneInstant &item, qint64 t) {
            return item.time < t;
        });
    for (int shown = 0; instant != lane.instants.end() && instant->time <= at + near && shown < 3; ++instant, ++shown)
        lines << tr("Event at %1: %2")
                     .arg(TimelinePainter::formatDuration(instant->time), instant->label.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QColor TimelineWidget::stateColor(TaskState state)
{
    return TimelinePainter::stateColor(state);
}

QImage TimelineWidget::renderImage(QSize size, qreal devicePixelRatio) const
{
    if (size.isEmpty() || !(devicePixelRatio > 0))
        return {};
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    const int maxScroll = std::max(0, m_lanes.contentHeight() - layoutFor(size).rows.height());
    paintTimeline(painter, size, std::clamp(scrollValue(), 0, maxScroll));
    return image;
}

bool TimelineWidget::exportPng(const QString &path, QString *error) const
{
    const int exportWidth = paintSize().width() >= 400 ? paintSize().width() : 1200;
    const QImage image = renderImage(QSize(exportWidth, std::max(height(), fullHeight())), devicePixelRatioF());
    QImageWriter writer(path, "png");
    if (writer.write(image))
        return true;
    if (error)
        *error = tr("Could not write the image %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
    return false;
}

bool TimelineWidget::exportTrace(const QString &path, QString *error) const
{
    if (!m_lanes.recorder()) {
        if (error)
            *error = tr("There is no recording to export.");
        return false;
    }
    return ChromeTraceExporter(m_lanes.recorder()).writeFile(path, error);
}

QSize TimelineWidget::sizeHint() const
{
    return QSize(900, 400);
}

QSize TimelineWidget::minimumSizeHint() const
{
    // The legend at the width it has (two rows when narrow), or at a common width before it has one.
    const int legendWidth = std::max(width(), 600);
    return QSize(m_lanes.labelWidth() + 150, layoutFor(QSize(legendWidth, 0)).rows.top() + 2 * m_lanes.rowHeight());
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // The window binds Left/Right and Page Up/Down to the previous and next demo (what a
        // presentation clicker sends) and Escape to leaving full screen. A clicker must keep
        // working after a click on the timeline, so those four stay the window's (A and D pan
        // here); Up/Down, Home/End, and Escape while it has something to cancel, are ours.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        const bool escapeUsed = m_replaying || hasRange() || m_selected.has_value();
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Home:
        case Qt::Key_End:
            if (plain) {
                event->accept();
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (plain && escapeUsed) {
                event->accept();
                return true;
            }
            break;
        default:
            break;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_lanes.setFont(font());
        updateLayout();
    }
    // State colours and patterns are derived from the palette: a theme change repaints them.
    if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLayout();
}

void TimelineWidget::zoomAt(double x, double factor)
{
    // Live, "now" stays at the right edge: the zoom changes how much history the window shows.
    if (m_live) {
        m_followAll = false;
        x = m_mapping.width();
    }
    m_mapping.zoomAt(x, factor);
    update();
}

void TimelineWidget::scrollBy(int dy)
{
    m_scrollBar->setValue(m_scrollBar->value() + dy);
}

void TimelineWidget::exportPngInteractively()
{
    QPointer self(this);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export timeline as PNG"), QStringLiteral("timeline.png"), tr("PNG images (*.png)"));
    if (!self || path.isEmpty())
        return;
    QString error;
    if (!exportPng(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void TimelineWidget::exportTraceInteractively()
{
    QPointer self(this);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export timeline as Chrome trace JSON"),
        QStringLiteral("timeline.json"), tr("Chrome trace JSON (*.json)"));
    if (!self || path.isEmpty())
        return;
    QString error;
    if (!exportTrace(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QSize size = paintSize();
    // The column of the scroll bar, above and below it: an opaque widget paints every pixel.
    if (size.width() < width())
        painter.fillRect(QRect(size.width(), 0, width() - size.width(), height()), palette().window());
    paintTimeline(painter, size, scrollValue());
}

void TimelineWidget::paintTimeline(QPainter &painter, QSize size, int scrollY) const
{
    const Layout layout = layoutFor(size);
    TimelinePainter(m_lanes, m_mapping, layout, font(), palette(), m_live).paint(painter, scrollY);
    paintOverlay(painter, layout, scrollY);
}

} // namespace Lab
