// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"
#include "app/theme.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QListWidget;
class QStackedWidget;

namespace Lab {

class EventLoopMeter;
class FollowingSplitter;
class PageRecordings;
class PresenterLegend;
class ThemeFocusFrame;
class TimelinePanel;
class TimelineWidget;

/**
 * The window: the demo list on the left, the current demo's page in the middle, the timeline
 * below it (in a splitter) and the event-loop meter in the status bar.
 *
 * What every page gets from here, without a line of its own: presenter mode and zoom, the keys
 * (next/previous demo, run/stop, block, reset, timeline, code), the themes, and settings that
 * remember the knobs the page added with DemoPage::addKnob().
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
    /** The page with command-line id @p id, or nullptr. */
    DemoPage *page(const QString &id) const;
    TimelineWidget *timeline() const { return m_timeline; }
    /** The recording the timeline shows: the last run of the page on screen, or an opened trace. */
    TraceRecorder *recording() const;
    TimelinePanel *timelinePanel() const { return m_timelinePanel; }
    /** The splitter between the page and the timeline; its sizes follow the window's until the user drags it. */
    FollowingSplitter *timelineSplitter() const { return m_splitter; }
    /** Stops the demos and shows the Chrome trace at @p path on the timeline; false and @p error
        (naming the file and the problem) if it cannot be read. */
    bool openTrace(const QString &path, QString *error);
    /** Asks for a file (when @p path is empty) and opens it; a refusal says why in a message box. */
    void openTraceInteractively(const QString &path = {});
    /** What the last opened trace held: spans, lanes, events skipped or dropped (the status bar's words). */
    QString lastOpenMessage() const { return m_lastOpenMessage; }
    EventLoopMeter *meter() const { return m_meter; }

    /** Full screen, the demo list hidden, text at least 24 px on a 1080-line screen, key hints shown. */
    void setPresenterMode(bool on);
    bool isPresenterMode() const { return m_presenter; }
    /** Scales every text of the window (1.0 = normal), in presenter mode and outside it. */
    void setZoom(double factor);
    double zoom() const { return m_zoom; }
    static constexpr double MinZoom = 0.5;
    static constexpr double MaxZoom = 3.0;

    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }

    /** Shows or hides the timeline; presenter mode and the plain window each remember their own choice. */
    void setTimelineVisible(bool visible);
    bool isTimelineVisible() const;
    /** Shows or hides every page's code panel; presenter mode and the plain window each remember their own. */
    void setCodeVisible(bool visible);
    bool isCodeVisible() const;
    PresenterLegend *legend() const { return m_legend; }

    /** Writes what the window remembers (it also does on close); nothing without PageContext::settings. */
    void saveSettings();
    /** Every knob, the layout, the zoom and the theme back to their defaults; the stored settings cleared. */
    void resetToDefaults();

Q_SIGNALS:
    /** A page finished a run (its summary line). */
    void runFinished(const QString &demoId, const QString &summary);
    void presenterModeChanged(bool on);
    /** resetToDefaults() cleared the stored settings (the language choice among them). */
    void settingsReset();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreSettings();
    void remember(const QString &key, const QVariant &value);
    void applyFonts();
    double presenterPixels() const;
    void stepDemo(int delta);
    void toggleRun();
    void toggleBlocking(bool on);
    void updatePageActions();
    void setLegendVisible(bool visible);
    QWidget *timelinePane() const;
    QList<int> splitterShares(int length) const;
    void showPanels();
    void applyButtonSizes();
    void exportPng();
    void exportTrace();
    void onAboutToRun(DemoPage *page);
    void onPageShown();
    void showRecording(TraceRecorder *recorder);
    void showAbout();
    void showShortcuts();

    PageContext m_context;
    QListWidget *m_demoList;
    QStackedWidget *m_stack;
    FollowingSplitter *m_splitter; // the page above, the timeline below
    TimelinePanel *m_timelinePanel;
    TimelineWidget *m_timeline;
    QString m_lastOpenMessage;
    bool m_showingOpenedTrace = false; // the timeline shows a file, not the pages' last run
    EventLoopMeter *m_meter;
    PresenterLegend *m_legend;
    QList<DemoPage *> m_pages;
    std::unique_ptr<PageRecordings> m_ownRecordings; // when the context brings none
    QPointer<DemoPage> m_pageOnScreen; // whose run a page change stops
    QPointer<ThemeFocusFrame> m_focusFrame;

    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_blockAction = nullptr;
    QAction *m_presenterAction = nullptr;
    QAction *m_leaveAction = nullptr;
    QAction *m_timelineAction = nullptr;
    QAction *m_codeAction = nullptr;
    QAction *m_legendAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_defaultsAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;

    bool m_presenter = false;
    /** Whether the key hints show in presenter mode (H or their Hide button turns them off). */
    bool m_presenterLegend = true;
    double m_zoom = 1.0;
    Theme m_theme = Theme::System;
    QByteArray m_geometryBeforePresenter;
    QByteArray m_stateBeforePresenter;
    QByteArray m_splitterBeforePresenter;
    bool m_splitterDraggedBeforePresenter = false;
    // The panels beside the demo, in the plain window and in presenter mode (where the demo is the star).
    bool m_windowTimeline = true;
    bool m_windowCode = true;
    bool m_presenterTimeline = false;
    bool m_presenterCode = false;
    /** Settings are written only once they have been read: building the window changes knobs too. */
    bool m_settingsRestored = false;
};

} // namespace Lab
