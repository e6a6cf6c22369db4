// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <vector>

namespace Lab {

/**
 * Speed-up against workers: the measured points joined by a line, beside the ideal (as many
 * times faster as workers, up to the cores) drawn dashed, so the flattening at the core count shows.
 */
class SpeedupChart : public QWidget
{
    Q_OBJECT
public:
    explicit SpeedupChart(QWidget *parent = nullptr);

    struct Point
    {
        int workers = 0;
        double speedup = 0;
    };
    /** The axis runs to @p maxWorkers; the ideal line bends at @p cores. */
    void setRange(int maxWorkers, int cores);
    void setPoints(std::vector<Point> points);
    const std::vector<Point> &points() const { return m_points; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<Point> m_points;
    int m_maxWorkers = 4;
    int m_cores = 2;
};

} // namespace Lab
