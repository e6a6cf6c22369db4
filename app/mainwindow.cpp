// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"

#include "app/aboutdialog.h"
#include "app/demoregistry.h"
#include "app/pagerecordings.h"
#include "app/presenterfonts.h"
#include "app/presenterlegend.h"
#include "app/shortcutguard.h"
#include "app/shortcutsdialog.h"
#include "app/themefocusframe.h"
#include "app/traceopener.h"
#include "models/core/eventloopchoice.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/eventloopmeter.h"
#include "widgets/followingsplitter.h"
#include "widgets/timelinepanel.h"
#include "widgets/timelinewidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Lab {

MainWindow::MainWindow(const PageContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_demoList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new FollowingSplitter(Qt::Vertical, this))
    , m_timelinePanel(new TimelinePanel(context.recorder, this))
    , m_timeline(m_timelinePanel->timeline())
    , m_meter(new EventLoopMeter(context.monitor, this))
    , m_legend(new PresenterLegend(this))
{
    setWindowTitle(tr("Concurrency Lab"));
    m_demoList->setAccessibleName(tr("Demos"));
    setRelativeFontSize(m_demoList, 1.3);

    if (!m_context.recordings) {
        m_ownRecordings = std::make_unique<PageRecordings>();
        m_context.recordings = m_ownRecordings.get();
    }
    for (const auto &demo : demoRegistry()) {
        // Each page records into its own recording: a run never writes into another page's lanes.
        PageContext pageContext = m_context;
        pageContext.recorder = m_context.recordings->forPage(demo.id);
        DemoPage *page = demo.create(pageContext, m_stack);
        m_pages.append(page);
        m_stack->addWidget(page);
        m_demoList->addItem(page->title());
        connect(page, &DemoPage::aboutToRun, this, [this, page] {
            onAboutToRun(page);
        });
        connect(page, &DemoPage::runningChanged, this, &MainWindow::updatePageActions);
        connect(page, &DemoPage::blockingChanged, this, &MainWindow::updatePageActions);
        connect(this, &MainWindow::presenterModeChanged, page, &DemoPage::setPresenting);
        connect(page, &DemoPage::runFinished, this, [this, page](const QString &summary) {
            if (page == currentPage() && recording() == page->recorder()) {
                m_timeline->setLive(false);
                m_timeline->refresh();
                m_timeline->fitAll();
                //: Status bar after a run: the demo's title, then its one-line summary (a title may end in "?").
                statusBar()->showMessage(tr("%1 — %2").arg(page->title(), summary), 15000);
            }
            Q_EMIT runFinished(page->id(), summary);
        });
    }
    // While the timeline replays a run, the current page's visual follows its cursor.
    // (Not for a trace opened from a file: the page's last run is another recording.)
    connect(m_timeline, &TimelineWidget::replayTimeChanged, this, [this](qint64 time) {
        if (DemoPage *page = currentPage(); page && page->canReplay() && !m_showingOpenedTrace)
            page->showStateAt(time);
    });
    connect(m_timeline, &TimelineWidget::replayFinished, this, [this] {
        if (DemoPage *page = currentPage(); page && page->canReplay() && !m_showingOpenedTrace)
            page->leaveReplay();
    });
    m_demoList->setFixedWidth(m_demoList->sizeHintForColumn(0) + 48);
    connect(m_demoList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_demoList, &QListWidget::currentRowChanged, this, [this] {
        onPageShown();
        updatePageActions();
        if (DemoPage *page = currentPage(); page && m_settingsRestored)
            remember(QStringLiteral("demo"), page->id());
        applyFonts(); // a page may have built widgets since the last pass
        // Back on a page during a replay: its visual shows the cursor's moment, not the end.
        if (DemoPage *page = currentPage();
            page && page->canReplay() && m_timeline->isReplaying() && !m_showingOpenedTrace)
            page->showStateAt(m_timeline->replayClockTime());
    });

    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_timelinePanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setShares([this](int length) {
        return splitterShares(length);
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        // A drag in presenter mode lasts as long as presenter mode.
        if (!m_presenter) {
            remember(QStringLiteral("window/splitterDragged"), true);
            remember(QStringLiteral("window/splitter"), m_splitter->saveState());
        }
    });

    auto *centre = new QWidget(this);
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_demoList);
    layout->addWidget(m_splitter, 1);
    auto *column = new QVBoxLayout(centre);
    column->addLayout(layout, 1);
    column->addWidget(m_legend);
    m_legend->hide();
    setCentralWidget(centre);

    statusBar()->addPermanentWidget(m_meter);
    m_meter->setToolTip(m_meter->toolTip() + QStringLiteral("\n\n")
        + tr("This window's event loop: %1 (%2). Help ▸ About ▸ Event loop switches it.")
              .arg(eventLoopName(runningEventLoop()), runningDispatcherClass()));
    createActions();
    createMenus();
    m_demoList->setCurrentRow(0);
    resize(1400, 900);
    new ShortcutGuard(this, m_demoList);
    restoreSettings();
    applyTheme(m_theme);
    applyFonts();
    updatePageActions();
    // The focus ring lives beside the focused widget and dies with its parent: make a new one then.
    m_focusFrame = new ThemeFocusFrame(this);
    connect(qApp, &QApplication::focusChanged, this, [this] {
        if (!m_focusFrame)
            m_focusFrame = new ThemeFocusFrame(this);
    });
}

MainWindow::~MainWindow()
{
    // The monitor outlives the window; recordings the window owned go with it.
    if (m_ownRecordings && m_context.monitor)
        m_context.monitor->setRecorder(m_context.recorder);
    // The pages' runs (worker threads among them) write to recordings this window may own, which
    // die with its members, before QWidget deletes the children: the pages go first.
    const QList<DemoPage *> pages = std::exchange(m_pages, {});
    qDeleteAll(pages);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open trace…"), QKeySequence::Open, this, [this] {
        openTraceInteractively();
    });
    file->addAction(tr("T&race a program…"), this, [this] {
        showDemo(QStringLiteral("trace"));
    });
    file->addSeparator();
    file->addAction(tr("Export timeline as &PNG…"), this, &MainWindow::exportPng);
    file->addAction(tr("Export timeline as Chrome &trace JSON…"), this, &MainWindow::exportTrace);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_presenterAction);
    view->addAction(m_leaveAction);
    view->addSeparator();
    view->addAction(m_timelineAction);
    view->addAction(m_codeAction);
    view->addAction(m_legendAction);
    view->addSeparator();
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomResetAction);
    QMenu *themes = view->addMenu(tr("T&heme"));
    themes->addActions(m_themeGroup->actions());
    view->addSeparator();
    view->addAction(tr("&Fit timeline"), this, [this] {
        m_timeline->fitAll();
    });
    view->addSeparator();
    view->addAction(m_defaultsAction);

    // No mnemonic: every letter of "Demo" is a knob's already, and each item has its own key.
    QMenu *demo = menuBar()->addMenu(tr("Demo"));
    demo->addActions({m_previousAction, m_nextAction});
    demo->addSeparator();
    demo->addActions({m_runAction, m_resetAction, m_blockAction});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // On the window, so that F1 works with the menu bar hidden too.
    auto *shortcuts = new QAction(tr("&Keyboard shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    addAction(shortcuts);
    help->addAction(shortcuts);
    help->addAction(tr("&About Concurrency Lab"), this, &MainWindow::showAbout);
}

DemoPage *MainWindow::page(const QString &id) const
{
    const auto found = std::find_if(m_pages.cbegin(), m_pages.cend(), [&id](const DemoPage *page) {
        return page->id() == id;
    });
    return found != m_pages.cend() ? *found : nullptr;
}

bool MainWindow::showDemo(const QString &id)
{
    const qsizetype row = m_pages.indexOf(page(id));
    if (row < 0)
        return false;
    m_demoList->setCurrentRow(int(row));
    return true;
}

DemoPage *MainWindow::currentPage() const
{
    return qobject_cast<DemoPage *>(m_stack->currentWidget());
}

TraceRecorder *MainWindow::recording() const
{
    return m_timeline->recorder();
}

void MainWindow::showRecording(TraceRecorder *recorder)
{
    m_timeline->setLive(false);
    m_timeline->setRecorder(recorder);
}

void MainWindow::onPageShown()
{
    DemoPage *page = currentPage();
    // A run belongs to its page: leaving the page stops it (and its recording says so).
    if (m_pageOnScreen && m_pageOnScreen != page)
        m_pageOnScreen->stopRecorded(DemoPage::StopCause::LeftPage);
    m_pageOnScreen = page;
    if (!page)
        return;
    // The timeline shows this page's last run; stalls from now on are this page's.
    m_showingOpenedTrace = false;
    if (m_context.monitor)
        m_context.monitor->setRecorder(page->recorder());
    showRecording(page->recorder());
}

void MainWindow::onAboutToRun(DemoPage *page)
{
    // A run starts a new recording of its page: the timeline shows just this run, live.
    page->recorder()->clear();
    m_context.monitor->reset();
    m_meter->clearStall();
    if (page != currentPage())
        return;
    m_showingOpenedTrace = false;
    m_context.monitor->setRecorder(page->recorder());
    m_timeline->setRecorder(page->recorder());
    m_timeline->refresh();
    m_timeline->setLive(true);
}

void MainWindow::exportPng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export timeline as PNG"), QStringLiteral("timeline.png"), tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !m_timeline->exportPng(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

bool MainWindow::openTrace(const QString &path, QString *error)
{
    // The demos record into the same recorder: stop them before it holds the file instead.
    for (DemoPage *page : std::as_const(m_pages))
        page->stop();
    m_timeline->stopReplay();
    m_timeline->setLive(false);
    // The file goes into the window's own recording: every page keeps its last run.
    const TraceFileLoader::Outcome outcome = TraceOpener::open(path, m_context.recorder, this);
    if (outcome.status != TraceFileLoader::Status::Opened) {
        if (error)
            *error = outcome.status == TraceFileLoader::Status::Cancelled
                ? tr("Opening %1 was cancelled.").arg(QDir::toNativeSeparators(path))
                : outcome.error;
        return false;
    }
    m_showingOpenedTrace = true;
    m_context.monitor->reset();
    m_timeline->setRecorder(m_context.recorder);
    // The timeline copies a big recording in steps, the window painting between them.
    while (m_timeline->refreshSome(TimelineWidget::RefreshStep))
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    m_timeline->fitAll();
    m_lastOpenMessage = outcome.message(path);
    statusBar()->showMessage(m_lastOpenMessage, 30000);
    return true;
}

void MainWindow::openTraceInteractively(const QString &file)
{
    const QString path = !file.isEmpty() ? file
                                         : QFileDialog::getOpenFileName(this, tr("Open trace"), QString(),
                                             tr("Traces (*.json *.json.gz *.log *.trace);;Chrome trace JSON "
                                                "(*.json *.json.gz);;Node trace logs (*.log);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openTrace(path, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot open the trace"), error);
}

void MainWindow::exportTrace()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chrome trace JSON"), QStringLiteral("trace.json"), tr("Chrome trace JSON (*.json)"));
    QString error;
    if (!path.isEmpty() && !m_timeline->exportTrace(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::showAbout()
{
    // Not modal to the demos: a run goes on behind it. One dialog at a time.
    if (auto *open = findChild<AboutDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new AboutDialog(this, m_context.settings);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showShortcuts()
{
    if (auto *open = findChild<ShortcutsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ShortcutsDialog(actions(), m_pages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    // Closing mid-run stops every demo first: nothing is left running behind a closed window.
    for (DemoPage *page : std::as_const(m_pages))
        page->stop();
    m_timeline->setLive(false);
    event->accept();
}

} // namespace Lab
