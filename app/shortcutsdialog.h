// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QAction;
class QTextBrowser;

namespace Lab {

class DemoPage;

/**
 * Help ▸ Keyboard shortcuts: every key, by page. First the window's keys, which work on every
 * page (from the window's own actions, so the list cannot drift from them), then the timeline's,
 * then each page's: what B does there, its own keys and the Alt+letter of each of its knobs.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &windowActions, const QList<DemoPage *> &pages, QWidget *parent = nullptr);

    /** The list as the dialog shows it (HTML). */
    QString html() const;

private:
    QTextBrowser *m_text;
};

} // namespace Lab
