// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/shortcutguard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>

#include <algorithm>
#include <iterator>

namespace Lab {

namespace {
bool isSingleKey(const QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    return modifiers == Qt::NoModifier;
}

bool isTextField(const QWidget *widget)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
        return !edit->isReadOnly();
    // A spin box takes digits, not letters or Space: the page's keys work over it.
    if (const auto *box = qobject_cast<const QComboBox *>(widget))
        return box->isEditable();
    return false;
}

bool movesWithArrows(const QWidget *widget)
{
    return qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QTabBar *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget);
}
} // namespace

ShortcutGuard::ShortcutGuard(QWidget *window, QWidget *demoList)
    : QObject(window)
    , m_window(window)
    , m_demoList(demoList)
{
    qApp->installEventFilter(this);
}

bool ShortcutGuard::widgetWantsKey(const QWidget *focus, int key) const
{
    if (!focus)
        return false;
    // A spin box or combo box hands its keys to an inner line edit: judge the outer widget.
    for (const QWidget *w = focus; w && w != m_window; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w)) {
            focus = w;
            break;
        }
    }
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        return focus != m_demoList && movesWithArrows(focus);
    default:
        return isTextField(focus);
    }
}

bool ShortcutGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    auto *receiver = qobject_cast<QWidget *>(watched);
    QWidget *focus = QApplication::focusWidget();
    if (!receiver || !focus || receiver->window() != m_window || focus->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (!isSingleKey(key))
        return false;
    static constexpr int guarded[] = {
        Qt::Key_Space, Qt::Key_B, Qt::Key_R, Qt::Key_T, Qt::Key_C, Qt::Key_H, Qt::Key_Left, Qt::Key_Right};
    const bool isGuarded = std::find(std::begin(guarded), std::end(guarded), key->key()) != std::end(guarded);
    if (event->type() == QEvent::KeyPress) {
        // Space belongs to the window (run/stop): Enter presses a focused button or check box.
        auto *button = qobject_cast<QAbstractButton *>(focus);
        if (receiver == focus && button && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            button->animateClick();
            return true;
        }
        // A page key whose action is off on this page (B where nothing blocks) arrives as a key
        // press: it must not reach a combo box's or a list's type-ahead and pick an item instead.
        const bool arrow = key->key() == Qt::Key_Left || key->key() == Qt::Key_Right;
        return receiver == focus && isGuarded && !arrow && !widgetWantsKey(focus, key->key());
    }
    // The override may reach the window rather than the focused widget (it climbs up when
    // ignored): judge by what has the focus, wherever in the window the event is.
    if (!isGuarded)
        return false;
    const bool arrow = key->key() == Qt::Key_Left || key->key() == Qt::Key_Right;
    if (!widgetWantsKey(focus, key->key())) {
        // A spin box's line edit would take the letter (and do nothing with it): the window does.
        if (arrow)
            return false;
        key->ignore();
        return true;
    }
    // Accepting the override sends the key to the widget as a key press instead of a shortcut.
    key->accept();
    return true;
}

} // namespace Lab
