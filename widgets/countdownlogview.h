// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/wholewidthtable.h"

namespace Lab {

/** The countdown log: one row per printed line, the elapsed time first and each task in its own column. */
class CountdownLogView : public WholeWidthTable
{
    Q_OBJECT
public:
    explicit CountdownLogView(QWidget *parent = nullptr);

    /** One column per task, headed e.g. "A (0.7 s)". */
    void setTaskColumns(const QStringList &headers);
    void addLine(int column, qint64 elapsedNs, const QString &text);
    void clearLines();
    /** The task texts in row order ("A = 3", …), for tests and accessibility. */
    QStringList lineTexts() const;
};

} // namespace Lab
