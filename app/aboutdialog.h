// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

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
    explicit AboutDialog(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *createAboutTab();
    QWidget *createLicencesTab();
    QWidget *createLicenceTextTab();

    QTabWidget *m_tabs;
};

} // namespace Lab
