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
    m_liveTimer.setInterval(16);
    connect(&m_liveTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_lanes.setFont(font());
    refresh();
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setLive(bool live)
{
    if (m_live == live)
        return;
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

void TimelineWidget::refresh()
{
    if (m_lanes.refresh())
        m_scrollBar->setValue(0);
    if (m_live)
        follow();
    updateLayout();
    update();
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
    for (const TimelineLanes::Row &row : m_lanes.rows()) {
        if (row.lane == lane)
            return QRect(0, layout.rows.top() + row.top - scrollValue(), layout.size.width(), row.height);
    }
    return {};
}

QString TimelineWidget::toolTipAt(const QPoint &pos) const
{
    const Layout layout = layoutFor(paintSize());
    int laneIndex = -1;
    if (layout.pinned.contains(pos)) {
        laneIndex = m_lanes.laneCount() > 0 ? 0 : -1;
    } else if (layout.rows.contains(pos)) {
        const int y = pos.y() - layout.rows.top() + scrollValue();
        const auto &rows = m_lanes.rows();
        const auto row = std::partition_point(rows.begin(), rows.end(), [y](const TimelineLanes::Row &row) {
            return row.top + row.height <= y;
        });
        if (row != rows.end() && row->top <= y)
            laneIndex = row->lane;
    }
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
    return QSize(m_lanes.labelWidth() + 150, layoutFor(QSize(0, 0)).rows.top() + 2 * m_lanes.rowHeight());
}

bool TimelineWidget::event(QEvent *event)
{
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
    if (event->button() == Qt::LeftButton && event->position().x() >= m_lanes.labelWidth()) {
        m_dragging = true;
        m_dragLast = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
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
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        fitAll();
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const double center = m_mapping.width() / 2.0;
    switch (event->key()) {
    case Qt::Key_F:
        fitAll();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(center, 1.5);
        break;
    case Qt::Key_Minus:
        zoomAt(center, 1.0 / 1.5);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        setLive(false);
        m_mapping.pan((event->key() == Qt::Key_Left ? 0.1 : -0.1) * m_mapping.width());
        update();
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
    // Queued: the file dialogs open once the menu is gone, not inside its signal.
    connect(menu->addAction(tr("Export as PNG…")), &QAction::triggered, this, &TimelineWidget::exportPngInteractively,
        Qt::QueuedConnection);
    connect(menu->addAction(tr("Export as Chrome trace JSON…")), &QAction::triggered, this,
        &TimelineWidget::exportTraceInteractively, Qt::QueuedConnection);
    menu->popup(event->globalPos());
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
    paintTimeline(painter, paintSize(), scrollValue());
}

void TimelineWidget::paintTimeline(QPainter &painter, QSize size, int scrollY) const
{
    TimelinePainter(m_lanes, m_mapping, layoutFor(size), font(), palette(), m_live).paint(painter, scrollY);
}

} // namespace Lab
