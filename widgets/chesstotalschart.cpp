// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/chesstotalschart.h"

#include <QPainter>

namespace Lab {

ChessTotalsChart::ChessTotalsChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Totals beside the talk's formulas"));
}

void ChessTotalsChart::setBars(std::vector<Bar> bars)
{
    m_bars = std::move(bars);
    updateGeometry();
    update();
}

QSize ChessTotalsChart::sizeHint() const
{
    return {480, int(m_bars.size()) * (fontMetrics().height() + 6) + 8};
}

QSize ChessTotalsChart::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

void ChessTotalsChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int row = metrics.height() + 6;
    int labelWidth = 0;
    int valueWidth = 0;
    qint64 maxMs = 1;
    for (const Bar &bar : m_bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(bar.valueText));
        maxMs = std::max(maxMs, bar.ms);
    }
    const int barLeft = labelWidth + 12;
    const int barSpace = std::max(10, width() - barLeft - valueWidth - 12);
    int y = 4;
    for (const Bar &bar : m_bars) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y, labelWidth, row - 6), Qt::AlignRight | Qt::AlignVCenter, bar.label);
        int barWidth = 0;
        if (bar.ms >= 0) {
            barWidth = std::max(1, int(double(bar.ms) / double(maxMs) * barSpace));
            const QRect rect(barLeft, y + 1, barWidth, row - 8);
            const QColor colour = bar.formula ? QColor(0x80, 0x80, 0x80) : QColor(0x30, 0x70, 0xc0);
            painter.fillRect(rect, bar.formula ? QBrush(colour, Qt::BDiagPattern) : QBrush(colour));
            painter.setPen(colour);
            painter.drawRect(rect.adjusted(0, 0, -1, -1));
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(
            QRect(barLeft + barWidth + 6, y, valueWidth + 6, row - 6), Qt::AlignLeft | Qt::AlignVCenter, bar.valueText);
        y += row;
    }
}

} // namespace Lab
