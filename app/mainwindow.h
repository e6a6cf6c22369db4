// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"

#include <QMainWindow>

class QListWidget;
class QSplitter;
class QStackedWidget;

namespace Lab {

class EventLoopMeter;
class TimelinePanel;
class TimelineWidget;

/**
 * The window: the demo list on the left, the current demo's page in the middle, the timeline
 * below it (in a splitter) and the event-loop meter in the status bar.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const PageContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Shows the page with command-line id @p id; false if there is none. */
    bool showDemo(const QString &id);
    DemoPage *currentPage() const;
    QList<DemoPage *> pages() const { return m_pages; }
    TimelineWidget *timeline() const { return m_timeline; }
    TimelinePanel *timelinePanel() const { return m_timelinePanel; }
    /** Stops the demos and shows the Chrome trace at @p path on the timeline; false and @p error
        (naming the file and the problem) if it cannot be read. */
    bool openTrace(const QString &path, QString *error);
    EventLoopMeter *meter() const { return m_meter; }

Q_SIGNALS:
    /** A page finished a run (its summary line). */
    void runFinished(const QString &demoId, const QString &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void exportPng();
    void exportTrace();
    void openTraceInteractively();
    void onAboutToRun();
    void showAbout();

    PageContext m_context;
    QListWidget *m_demoList;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    TimelinePanel *m_timelinePanel;
    TimelineWidget *m_timeline;
    bool m_showingOpenedTrace = false; // the timeline shows a file, not the pages' last run
    EventLoopMeter *m_meter;
    QList<DemoPage *> m_pages;
};

} // namespace Lab
