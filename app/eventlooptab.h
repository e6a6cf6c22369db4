// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSettings;

namespace Lab {

/**
 * Help ▸ About ▸ Event loop: which loop this window runs on, a choice of the other one (kept in
 * the settings, used from the next start), a button that restarts the app on it, and the last
 * `bench loops` comparison of both dispatchers beside asyncio and uvloop as charts.
 */
class EventLoopTab : public QWidget
{
    Q_OBJECT
public:
    /** The setting that holds the chosen loop ("glib" or "unix"). */
    static QString settingKey();
    /** Set on the application object when the user asked to restart on the other loop; holds its key. */
    static const char *restartProperty();

    explicit EventLoopTab(QSettings *settings, QWidget *parent = nullptr);

    QLabel *runningLabel() const { return m_running; }
    QComboBox *choice() const { return m_choice; }
    QPushButton *restartButton() const { return m_restart; }

private:
    void choose();
    void restart();
    QWidget *createComparison();

    QSettings *m_settings;
    QLabel *m_running;
    QComboBox *m_choice;
    QPushButton *m_restart;
};

} // namespace Lab
