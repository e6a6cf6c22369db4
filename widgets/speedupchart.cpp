// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/speedupchart.h"

#include "models/core/numberlocale.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Lab {

SpeedupChart::SpeedupChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Speed-up against workers"));
    setToolTip(
        tr("Measured speed-up against workers; dashed: the ideal, as many times faster as workers up to the cores."));
}

void SpeedupChart::setRange(int maxWorkers, int cores)
{
    m_maxWorkers = std::max(1, maxWorkers);
    m_cores = std::max(1, cores);
    update();
}

void SpeedupChart::setPoints(std::vector<Point> points)
{
    m_points = std::move(points);
    QStringList parts;
    for (const Point &point : m_points)
        parts << tr("%1 workers: %2×")
                     .arg(numberLocale().toString(point.workers), numberLocale().toString(point.speedup, 'f', 2));
    setAccessibleDescription(parts.join(QLatin1String(", ")));
    update();
}

QSize SpeedupChart::sizeHint() const
{
    return {fontMetrics().height() * 6, fontMetrics().height() * 10}; // the layout stretches it
}

QSize SpeedupChart::minimumSizeHint() const
{
    // Room for its axes' labels and a curve between them; a narrow window puts it below the output.
    return {fontMetrics().height() * 10, fontMetrics().height() * 6};
}

void SpeedupChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int text = metrics.height();
    double top = m_cores + 0.5;
    for (const Point &point : m_points)
        top = std::max(top, std::ceil(point.speedup + 0.2));
    const QRectF plot(metrics.horizontalAdvance(QStringLiteral("00×")) + 8, text / 2.0,
        width() - 2 * metrics.horizontalAdvance(QStringLiteral("0.00×")) - 8, height() - 2.5 * text - 4);
    if (plot.width() < 20 || plot.height() < 20)
        return;
    const auto at = [&](double workers, double speedup) {
        return QPointF(plot.left() + (workers - 1) / std::max(1, m_maxWorkers - 1) * plot.width(),
            plot.bottom() - speedup / top * plot.height());
    };
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor grid = palette().color(QPalette::Mid);
    painter.setPen(grid);
    for (int y = 0; y <= int(top); ++y) {
        painter.drawLine(at(1, y), QPointF(plot.right(), at(1, y).y()));
        painter.setPen(ink);
        painter.drawText(QRectF(0, at(1, y).y() - text / 2.0, plot.left() - 6, text), Qt::AlignRight | Qt::AlignVCenter,
            QStringLiteral("%1×").arg(y));
        painter.setPen(grid);
    }
    painter.setPen(ink);
    for (int x = 1; x <= m_maxWorkers; ++x)
        painter.drawText(
            QRectF(at(x, 0).x() - text, plot.bottom() + 2, 2 * text, text), Qt::AlignCenter, QString::number(x));
    painter.drawText(QRectF(plot.left(), plot.bottom() + text + 2, plot.width(), text), Qt::AlignCenter, tr("workers"));

    QPen ideal(grid.darker(130), 1.5, Qt::DashLine);
    painter.setPen(ideal);
    QPainterPath idealPath(at(1, 1));
    idealPath.lineTo(at(std::min(m_cores, m_maxWorkers), std::min(m_cores, m_maxWorkers)));
    idealPath.lineTo(at(m_maxWorkers, std::min(m_cores, m_maxWorkers)));
    painter.drawPath(idealPath);

    if (m_points.empty())
        return;
    const QColor measured(0x30, 0x70, 0xc0);
    painter.setPen(QPen(measured, 2.5));
    QPainterPath path(at(m_points.front().workers, m_points.front().speedup));
    for (const Point &point : m_points)
        path.lineTo(at(point.workers, point.speedup));
    painter.drawPath(path);
    painter.setBrush(measured);
    for (const Point &point : m_points) {
        const QPointF centre = at(point.workers, point.speedup);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(centre, 4, 4);
        painter.setPen(ink);
        painter.drawText(
            centre + QPointF(6, -4), QStringLiteral("%1×").arg(numberLocale().toString(point.speedup, 'f', 2)));
    }
}

} // namespace Lab
