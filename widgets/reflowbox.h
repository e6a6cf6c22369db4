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
    /** @p main and @p side side by side whenever both fit at their minimum widths, one above the other otherwise. */
    ReflowBox(QWidget *main, QWidget *side, QWidget *parent = nullptr);

    bool isSideBySide() const;
    /** Side by side, the parts share the width as @p main to @p side (2 to 1 unless told). */
    void setWideStretch(int main, int side);

    /** As narrow as the parts one above the other: a narrower box puts them there. */
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reflow();

    QBoxLayout *m_layout;
    QWidget *m_main;
    QWidget *m_side;
    int m_wideFromLines; // 0: side by side when both fit
    int m_mainStretch = 2;
    int m_sideStretch = 1;
};

} // namespace Lab
