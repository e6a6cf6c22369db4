// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

namespace Lab {

/**
 * Horizontal bars on a logarithmic axis of CPU cycles, one decade per grid line, so 3 cycles
 * and 240 million fit one picture. Bars come in groups (one per row of the talk's table) and
 * series (the talk's figure, the figures measured here), each series in its own colour.
 */
class LatencyChart : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;
        double cycles = 0; ///< 0 or less: no figure (not measured yet, or failed); only the text shows
        QString valueText; ///< written after the bar ("1.3 years")
        int series = 0; ///< index into seriesNames(): picks the colour
        int group = 0; ///< bars of one group sit together; groups are spaced apart
    };

    explicit LatencyChart(QWidget *parent = nullptr);

    void setBars(std::vector<Bar> bars);
    const std::vector<Bar> &bars() const { return m_bars; }
    /** The legend, one name per series. */
    void setSeriesNames(const QStringList &names);
    QStringList seriesNames() const { return m_seriesNames; }

    /** The axis ends at the power of ten at or above the largest bar (at least 10 cycles). */
    double axisMaxCycles() const;
    /** Where @p cycles falls on a log axis from 1 to @p maxCycles, clamped to [0, 1]. */
    static double logFraction(double cycles, double maxCycles);
    /** A decade's short label: "1", "100", "10k", "1M", "1G". */
    static QString decadeLabel(int exponent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor seriesColour(int series) const;

    std::vector<Bar> m_bars;
    QStringList m_seriesNames;
};

} // namespace Lab
