// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

namespace Lab {

/**
 * Lets the window's single-key shortcuts (Space, B, R, T, C, H, and Left/Right as a clicker
 * sends them) through only where they cannot mean something else: a text field keeps its
 * letters and Space (a spin box takes only digits, so the letters are the window's there), and
 * a widget that moves with the arrows (spin box, combo box, item view,
 * slider) keeps Left and Right (the timeline pans with A and D, so a clicker works over it
 * too). Everywhere else they drive the demos, also over a
 * focused button or check box; Enter then presses the focused button instead.
 */
class ShortcutGuard : public QObject
{
    Q_OBJECT
public:
    /** Guards the shortcuts of @p window; @p demoList moves between demos with the arrows too. */
    ShortcutGuard(QWidget *window, QWidget *demoList);

    /** True if @p focus uses key @p key itself, so the window's shortcut must not take it. */
    bool widgetWantsKey(const QWidget *focus, int key) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QWidget *m_demoList;
};

} // namespace Lab
