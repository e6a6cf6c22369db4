// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QSettings;
class QTabWidget;

namespace Lab {

/**
 * Help > About: what the app is, its version, the licences of the app, of Qt and QCoro and of
 * the bundled data (the flag images are public domain), and whose talk and book it is built on.
 * Esc or Close closes it.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p settings keeps the event loop chosen on the Event loop tab (nothing is kept without). */
    explicit AboutDialog(QWidget *parent = nullptr, QSettings *settings = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *createAboutTab();
    QWidget *createLicencesTab();
    QWidget *createLicenceTextTab();

    QTabWidget *m_tabs;
};

} // namespace Lab
