// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// What TimelineWidget draws over the lanes (declared in timelinewidget.h): the "older events
// dropped" band, the selected range, the selected span, the await arrows and the replay cursor.
#include "widgets/timelinearrow.h"
#include "widgets/timelinewidget.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Lab {

namespace {
// Arrows of one task beyond this many in view say more as a count than as a thicket.
constexpr int MaxArrows = 500;
} // namespace

void TimelineWidget::paintOverlay(QPainter &painter, const Layout &layout, int scrollY) const
{
    const QRect plot(
        layout.labelWidth, layout.pinned.top(), layout.plotWidth, layout.size.height() - layout.pinned.top());
    painter.save();
    painter.setClipRect(
        plot.united(QRect(layout.labelWidth, layout.axis.top(), layout.plotWidth, layout.axis.height())));
    paintDropped(painter, layout);

    const QColor highlight = palette().color(QPalette::Highlight);
    if (hasRange()) {
        const double x0 = layout.labelWidth + m_mapping.mapTimeToX(rangeStart());
        const double x1 = layout.labelWidth + m_mapping.mapTimeToX(rangeEnd());
        QColor fill = highlight;
        fill.setAlpha(45);
        painter.fillRect(QRectF(x0, plot.top(), std::max(1.0, x1 - x0), plot.height()), fill);
        painter.setPen(QPen(highlight, 1));
        painter.drawLine(QPointF(x0, plot.top()), QPointF(x0, plot.bottom()));
        painter.drawLine(QPointF(x1, plot.top()), QPointF(x1, plot.bottom()));
    }

    if (const auto selected = selectedIndex()) {
        const TimelineLanes::Lane &lane = m_lanes.lane(selected->first);
        const QRect row = laneRectAt(layout, selected->first, scrollY);
        const double x0 = layout.labelWidth + std::max(-2.0, m_mapping.mapTimeToX(lane.starts[selected->second]));
        const double x1 = layout.labelWidth
            + std::min(double(layout.plotWidth) + 2, m_mapping.mapTimeToX(lane.ends[selected->second]));
        painter.setPen(QPen(palette().color(QPalette::Text), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(x0 - 1, row.top() + 1, std::max(2.0, x1 - x0 + 2), row.height() - 2));
    }
    painter.restore();

    painter.save();
    painter.setClipRect(plot);
    paintArrows(painter, layout, scrollY);
    painter.restore();

    if (m_replaying) {
        const double x = layout.labelWidth + m_mapping.mapTimeToX(m_replayTime);
        if (x >= layout.labelWidth && x <= layout.labelWidth + layout.plotWidth) {
            // An opaque two-pixel column: antialiased or translucent, a line this tall costs the
            // raster engine a trip to its thread pool every frame of the replay.
            const int ix = int(std::lround(x));
            painter.fillRect(ix - 1, layout.axis.top(), 2, layout.size.height() - layout.axis.top(), highlight);
            // A handle on the ruler to grab.
            const double h = layout.axis.height() / 2.0;
            QPainterPath handle;
            handle.moveTo(ix - h / 1.5, layout.axis.top());
            handle.lineTo(ix + h / 1.5, layout.axis.top());
            handle.lineTo(ix, layout.axis.top() + h);
            handle.closeSubpath();
            painter.fillPath(handle, highlight);
        }
    }
}

void TimelineWidget::paintDropped(QPainter &painter, const Layout &layout) const
{
    const qint64 until = m_lanes.droppedUntil();
    if (until < 0 || until < m_mapping.start())
        return;
    const double x1 = std::min(double(layout.plotWidth), m_mapping.mapTimeToX(until));
    const QRect band(
        layout.labelWidth, layout.pinned.top(), int(std::ceil(x1)), layout.size.height() - layout.pinned.top());
    painter.fillRect(band, QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
    painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
    painter.drawLine(band.right(), band.top(), band.right(), band.bottom());
    const QString text = tr("Older events dropped (%n spans): the recording keeps the newest", nullptr,
        int(std::min<std::size_t>(m_lanes.droppedCount(), std::numeric_limits<int>::max())));
    const QFontMetrics metrics = fontMetrics();
    const QRect box(band.right() - metrics.horizontalAdvance(text) - 12, layout.pinned.top() + 2,
        metrics.horizontalAdvance(text) + 8, metrics.height() + 4);
    const QRect shown = box.left() < layout.labelWidth ? box.translated(layout.labelWidth + 4 - box.left(), 0) : box;
    painter.fillRect(shown, palette().color(QPalette::ToolTipBase));
    painter.setPen(palette().color(QPalette::ToolTipText));
    painter.drawText(shown, Qt::AlignCenter, text);
}

void TimelineWidget::paintArrows(QPainter &painter, const Layout &layout, int scrollY) const
{
    const auto task = arrowTask();
    if (!task)
        return;
    const auto &links = m_lanes.links();
    // Links are sorted by time: visit just the ones in view.
    auto it = std::lower_bound(links.begin(), links.end(), m_mapping.start(), [](const Link &link, qint64 t) {
        return link.time < t;
    });
    const QColor color = palette().color(QPalette::Text);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 1.5));
    painter.setBrush(color);
    int drawn = 0;
    for (; it != links.end() && it->time <= m_mapping.end() && drawn < MaxArrows; ++it) {
        if (it->from != *task && it->to != *task)
            continue;
        const int fromLane = m_lanes.laneOf(it->from);
        const int toLane = m_lanes.laneOf(it->to);
        if (fromLane < 0 || toLane < 0)
            continue;
        const auto arrow = TimelineArrow::between(m_mapping, layout.labelWidth, it->time,
            laneRectAt(layout, fromLane, scrollY), laneRectAt(layout, toLane, scrollY));
        if (!arrow)
            continue;
        painter.drawLine(arrow->from, arrow->to);
        painter.drawEllipse(arrow->from, 2.5, 2.5);
        painter.drawPolygon(arrow->head.data(), int(arrow->head.size()));
        ++drawn;
    }
}

} // namespace Lab
