// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

namespace Lab {

/**
 * The strip of key hints along the bottom in presenter mode ("PgDn/→ Next demo · Space Run or
 * stop · …"), read from the actions themselves so that it tells the keys the menus tell.
 */
class PresenterLegend : public QFrame
{
    Q_OBJECT
public:
    explicit PresenterLegend(QWidget *parent = nullptr);

    /** The actions to list, in order; their text and first shortcuts make the hints. */
    void setActions(const QList<QAction *> &actions);
    QString text() const;
    QToolButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    QList<QAction *> m_actions;
    QLabel *m_label;
    QToolButton *m_close;
};

} // namespace Lab
