// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <vector>

namespace Lab {

/** One bar per CPU core, filled as far as the core was busy, with its percentage under it. */
class CpuMeter : public QWidget
{
    Q_OBJECT
public:
    explicit CpuMeter(QWidget *parent = nullptr);

    /** Busy fraction 0…1 of each core. */
    void setLoads(std::vector<double> loads);
    const std::vector<double> &loads() const { return m_loads; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<double> m_loads;
};

} // namespace Lab
