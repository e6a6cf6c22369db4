// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <vector>

namespace Lab {

/**
 * Horizontal bars on a linear time axis: the sequential and simultaneous totals, simulated and
 * by the talk's formula, so 12 hours against 1 hour is seen at a glance.
 */
class ChessTotalsChart : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;
        qint64 ms = -1; ///< -1: not known yet (not run); only the label and valueText show
        QString valueText; ///< written after the bar ("1:00:55")
        bool formula = false; ///< drawn hatched: a figure on paper, not a simulated one
    };

    explicit ChessTotalsChart(QWidget *parent = nullptr);

    void setBars(std::vector<Bar> bars);
    const std::vector<Bar> &bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<Bar> m_bars;
};

} // namespace Lab
