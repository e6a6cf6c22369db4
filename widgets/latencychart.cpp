// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/latencychart.h"

#include "models/latency/latencytable.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Lab {

namespace {
constexpr int Gap = 8;
} // namespace

LatencyChart::LatencyChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Latency chart, log scale"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void LatencyChart::setBars(std::vector<Bar> bars)
{
    m_bars = std::move(bars);
    updateGeometry();
    update();
}

void LatencyChart::setSeriesNames(const QStringList &names)
{
    m_seriesNames = names;
    update();
}

double LatencyChart::axisMaxCycles() const
{
    double largest = 10;
    for (const Bar &bar : m_bars)
        largest = std::max(largest, bar.cycles);
    return std::pow(10.0, std::ceil(std::log10(largest) - 1e-9));
}

double LatencyChart::logFraction(double cycles, double maxCycles)
{
    if (cycles <= 1 || maxCycles <= 1)
        return 0;
    return std::clamp(std::log10(cycles) / std::log10(maxCycles), 0.0, 1.0);
}

QString LatencyChart::decadeLabel(int exponent)
{
    static const char *const suffixes[] = {"", "k", "M", "G", "T"};
    const int thousands = std::clamp(exponent / 3, 0, 4);
    return QString::number(int(std::pow(10, exponent - thousands * 3))) + QLatin1String(suffixes[thousands]);
}

QColor LatencyChart::seriesColour(int series) const
{
    if (series == 0)
        return palette().color(QPalette::Mid);
    return palette().color(QPalette::Highlight);
}

QSize LatencyChart::sizeHint() const
{
    const int rowHeight = fontMetrics().height() + 6;
    int groups = 0;
    for (std::size_t i = 0; i < m_bars.size(); ++i)
        groups += (i == 0 || m_bars[i].group != m_bars[i - 1].group) ? 1 : 0;
    return {640, int(m_bars.size()) * rowHeight + groups * Gap + fontMetrics().height() * 4 + 2 * Gap};
}

QSize LatencyChart::minimumSizeHint() const
{
    // Every bar must show: a clipped chart would hide the very rows it compares.
    return {320, sizeHint().height()};
}

void LatencyChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const QColor ink = palette().color(QPalette::WindowText);
    const int lineHeight = metrics.height();

    // Legend on top, the decade labels and the human-scale caption at the bottom.
    int x = 0;
    for (int series = 0; series < m_seriesNames.size(); ++series) {
        painter.fillRect(QRect(x, (lineHeight - 10) / 2, 18, 10), seriesColour(series));
        painter.setPen(ink);
        painter.drawText(
            QRect(x + 24, 0, width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, m_seriesNames.at(series));
        x += 24 + metrics.horizontalAdvance(m_seriesNames.at(series)) + 3 * Gap;
    }

    int labelWidth = 0;
    int valueWidth = metrics.horizontalAdvance(QStringLiteral("000 years"));
    for (const Bar &bar : m_bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(bar.valueText));
    }
    labelWidth = std::min(labelWidth, width() / 3);
    const int left = labelWidth + Gap;
    const int right = std::max(left + 40, width() - valueWidth - Gap);
    const int top = lineHeight + Gap;
    const int rowHeight = lineHeight + 6;
    // The axis sits right under the bars, or at the foot of a widget too short for them all.
    int barsHeight = 0;
    for (std::size_t i = 0; i < m_bars.size(); ++i)
        barsHeight += rowHeight + (i > 0 && m_bars[i].group != m_bars[i - 1].group ? Gap : 0);
    const int bottom = std::min(top + barsHeight + Gap / 2, height() - 2 * lineHeight - Gap);
    const double maxCycles = axisMaxCycles();
    const int decades = int(std::lround(std::log10(maxCycles)));

    // One grid line per decade, labelled in cycles.
    QColor grid = ink;
    grid.setAlphaF(0.15);
    for (int exponent = 0; exponent <= decades; ++exponent) {
        const int gx = left + int(std::lround((right - left) * double(exponent) / decades));
        painter.setPen(grid);
        painter.drawLine(gx, top, gx, bottom);
        painter.setPen(ink);
        const QString text = decadeLabel(exponent);
        const int w = metrics.horizontalAdvance(text);
        painter.drawText(QRect(gx - w / 2 - 2, bottom + 2, w + 4, lineHeight), Qt::AlignCenter, text);
    }
    painter.drawText(QRect(left, bottom + lineHeight + 2, width() - left, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
        tr("CPU cycles, log scale. At 1 cycle = 1 s: 1k = %1, 1M = %2, 1G = %3")
            .arg(humanScale(1e3), humanScale(1e6), humanScale(1e9)));

    int y = top;
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars[i];
        if (i > 0 && bar.group != m_bars[i - 1].group)
            y += Gap;
        painter.setPen(ink);
        painter.drawText(QRect(0, y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(bar.label, Qt::ElideRight, labelWidth));
        const int length = int(std::lround((right - left) * logFraction(bar.cycles, maxCycles)));
        if (bar.cycles > 0)
            painter.fillRect(QRect(left, y + 3, std::max(length, 2), rowHeight - 6), seriesColour(bar.series));
        painter.setPen(ink);
        painter.drawText(QRect(left + length + Gap / 2, y, width() - left - length, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, bar.valueText);
        y += rowHeight;
    }
}

} // namespace Lab
