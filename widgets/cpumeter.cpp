// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/cpumeter.h"

#include <QPainter>

#include <cmath>

namespace Lab {

CpuMeter::CpuMeter(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("CPU use per core"));
}

void CpuMeter::setLoads(std::vector<double> loads)
{
    const bool resized = loads.size() != m_loads.size();
    m_loads = std::move(loads);
    if (resized)
        updateGeometry();
    QStringList parts;
    for (std::size_t i = 0; i < m_loads.size(); ++i)
        parts << tr("core %1: %2 %").arg(i).arg(std::lround(m_loads[i] * 100));
    setAccessibleDescription(parts.join(QLatin1String(", ")));
    update();
}

QSize CpuMeter::sizeHint() const
{
    // Each core's slot fits its "100 %" and its "cpu 10", in whatever font the window uses now.
    const int slot = std::max(fontMetrics().horizontalAdvance(QStringLiteral("100 %")),
                         fontMetrics().horizontalAdvance(QStringLiteral("cpu 00")))
        + 8;
    return {std::max<int>(2, int(m_loads.size())) * slot, fontMetrics().height() * 7};
}

QSize CpuMeter::minimumSizeHint() const
{
    return {sizeHint().width(), fontMetrics().height() * 3};
}

void CpuMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int count = std::max<int>(1, int(m_loads.size()));
    const int textHeight = metrics.height();
    const int slot = width() / count;
    const int barWidth = std::max(6, std::min(slot - 8, textHeight * 3));
    const int barTop = textHeight + 2;
    const int barHeight = std::max(10, height() - 2 * textHeight - 6);
    const QColor frame = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::WindowText);
    for (int i = 0; i < int(m_loads.size()); ++i) {
        const double load = std::clamp(m_loads[std::size_t(i)], 0.0, 1.0);
        const int x = i * slot + (slot - barWidth) / 2;
        const QRect bar(x, barTop, barWidth, barHeight);
        painter.fillRect(bar, palette().color(QPalette::Base));
        const int filled = int(std::lround(load * barHeight));
        // Green when idle, orange when busy, red when the core is saturated.
        const QColor colour = load > 0.9 ? QColor(0xd0, 0x40, 0x30)
            : load > 0.5                 ? QColor(0xe0, 0x90, 0x20)
                                         : QColor(0x40, 0xa0, 0x50);
        painter.fillRect(QRect(x, barTop + barHeight - filled, barWidth, filled), colour);
        painter.setPen(frame);
        painter.drawRect(bar.adjusted(0, 0, -1, -1));
        painter.setPen(text);
        painter.drawText(
            QRect(i * slot, 0, slot, textHeight), Qt::AlignCenter, QStringLiteral("%1 %").arg(std::lround(load * 100)));
        painter.drawText(
            QRect(i * slot, barTop + barHeight + 2, slot, textHeight), Qt::AlignCenter, tr("cpu %1").arg(i));
    }
}

} // namespace Lab
