// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QBoxLayout;

namespace Lab {

/**
 * Two parts, one above the other; side by side once the box is wide enough (a presenter's full
 * screen): the first part keeps the room it needs either way, instead of being squeezed under the
 * second.
 */
class ReflowBox : public QWidget
{
    Q_OBJECT
public:
    /** @p main takes the spare room; @p side goes below it, or beside it from @p wideFromLines text heights of width.
     */
    ReflowBox(QWidget *main, QWidget *side, int wideFromLines, QWidget *parent = nullptr);

    bool isSideBySide() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reflow();

    QBoxLayout *m_layout;
    int m_wideFromLines;
};

} // namespace Lab
