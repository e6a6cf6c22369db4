// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"

#include "app/aboutdialog.h"
#include "app/demoregistry.h"
#include "app/presenterfonts.h"
#include "app/presenterlegend.h"
#include "app/shortcutguard.h"
#include "app/themefocusframe.h"
#include "models/trace/chrometraceimporter.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/eventloopmeter.h"
#include "widgets/timelinepanel.h"
#include "widgets/timelinewidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Lab {

MainWindow::MainWindow(const PageContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_demoList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_timelinePanel(new TimelinePanel(context.recorder, this))
    , m_timeline(m_timelinePanel->timeline())
    , m_meter(new EventLoopMeter(context.monitor, this))
    , m_legend(new PresenterLegend(this))
{
    setWindowTitle(tr("Concurrency Lab"));
    m_demoList->setAccessibleName(tr("Demos"));
    setRelativeFontSize(m_demoList, 1.3);

    for (const auto &demo : demoRegistry()) {
        DemoPage *page = demo.create(m_context, m_stack);
        m_pages.append(page);
        m_stack->addWidget(page);
        m_demoList->addItem(page->title());
        connect(page, &DemoPage::aboutToRun, this, &MainWindow::onAboutToRun);
        connect(page, &DemoPage::runningChanged, this, &MainWindow::updatePageActions);
        if (QCheckBox *blocking = page->blockingSwitch())
            connect(blocking, &QCheckBox::toggled, this, &MainWindow::updatePageActions);
        connect(page, &DemoPage::runFinished, this, [this, page](const QString &summary) {
            m_timeline->setLive(false);
            m_timeline->refresh();
            m_timeline->fitAll();
            //: Status bar after a run: the demo's title, then its one-line summary.
            statusBar()->showMessage(tr("%1: %2").arg(page->title(), summary), 15000);
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
        updatePageActions();
        if (DemoPage *page = currentPage(); page && m_settingsRestored)
            remember(QStringLiteral("demo"), page->id());
        applyFonts(); // a page may have built widgets since the last pass
    });

    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_timelinePanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

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

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open trace…"), QKeySequence::Open, this, &MainWindow::openTraceInteractively);
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
    help->addAction(tr("&About Concurrency Lab"), this, &MainWindow::showAbout);
}

bool MainWindow::showDemo(const QString &id)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->id() == id) {
            m_demoList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

DemoPage *MainWindow::currentPage() const
{
    return qobject_cast<DemoPage *>(m_stack->currentWidget());
}

void MainWindow::onAboutToRun()
{
    // A run starts a new recording: the timeline shows just this run, live.
    m_showingOpenedTrace = false;
    m_context.recorder->clear();
    m_context.monitor->reset();
    m_meter->clearStall();
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
    ChromeTraceImporter importer;
    if (!importer.readFile(path, error))
        return false;
    // The demos record into the same recorder: stop them before it holds the file instead.
    for (DemoPage *page : std::as_const(m_pages))
        page->stop();
    m_timeline->stopReplay();
    m_timeline->setLive(false);
    importer.loadInto(m_context.recorder);
    m_showingOpenedTrace = true;
    m_context.monitor->reset();
    m_timeline->refresh();
    m_timeline->fitAll();
    statusBar()->showMessage(tr("Opened %1: %n spans", nullptr, int(importer.spans().size()))
                                 .arg(QDir::toNativeSeparators(path)),
        15000);
    return true;
}

void MainWindow::openTraceInteractively()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open trace"), QString(), tr("Chrome trace JSON (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openTrace(path, &error))
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
    auto *dialog = new AboutDialog(this);
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

void MainWindow::createActions()
{
    // Actions live on the window, so their keys work with the menu bar hidden or full screen.
    const auto action = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        addAction(a);
        return a;
    };
    m_previousAction = action(QStringLiteral("previousDemo"), tr("&Previous demo"), {Qt::Key_PageUp, Qt::Key_Left});
    m_nextAction = action(QStringLiteral("nextDemo"), tr("&Next demo"), {Qt::Key_PageDown, Qt::Key_Right});
    m_runAction = action(QStringLiteral("runStop"), tr("&Run"), {Qt::Key_Space});
    m_resetAction = action(QStringLiteral("reset"), tr("Rese&t"), {Qt::Key_R});
    m_blockAction = action(QStringLiteral("block"), tr("&Block the event loop"), {Qt::Key_B});
    m_blockAction->setCheckable(true);
    connect(m_previousAction, &QAction::triggered, this, [this] {
        stepDemo(-1);
    });
    connect(m_nextAction, &QAction::triggered, this, [this] {
        stepDemo(+1);
    });
    connect(m_runAction, &QAction::triggered, this, &MainWindow::toggleRun);
    connect(m_resetAction, &QAction::triggered, this, [this] {
        if (DemoPage *page = currentPage())
            page->reset();
    });
    connect(m_blockAction, &QAction::triggered, this, &MainWindow::toggleBlocking);

    m_presenterAction = action(QStringLiteral("presenterMode"), tr("&Presenter mode"), {Qt::Key_F11});
    m_presenterAction->setCheckable(true);
    connect(m_presenterAction, &QAction::triggered, this, &MainWindow::setPresenterMode);
    m_leaveAction = action(QStringLiteral("leaveFullScreen"), tr("&Leave full screen"), {Qt::Key_Escape});
    m_leaveAction->setEnabled(false); // Esc is the widgets' own until the window is full screen
    connect(m_leaveAction, &QAction::triggered, this, [this] {
        setPresenterMode(false);
    });
    m_timelineAction = action(QStringLiteral("showTimeline"), tr("Show the &timeline"), {Qt::Key_T});
    m_timelineAction->setCheckable(true);
    m_timelineAction->setChecked(true);
    connect(m_timelineAction, &QAction::triggered, this, &MainWindow::setTimelineVisible);
    m_codeAction = action(QStringLiteral("showCode"), tr("Show the &code"), {Qt::Key_C});
    m_codeAction->setCheckable(true);
    m_codeAction->setChecked(true);
    connect(m_codeAction, &QAction::triggered, this, &MainWindow::setCodeVisible);
    m_legendAction = action(QStringLiteral("showKeys"), tr("Show the &keys"), {Qt::Key_H});
    m_legendAction->setCheckable(true);
    connect(m_legendAction, &QAction::triggered, this, &MainWindow::setLegendVisible);
    connect(m_legend, &PresenterLegend::closeRequested, this, [this] {
        setLegendVisible(false);
    });

    m_zoomInAction = action(QStringLiteral("zoomIn"), tr("Zoom &in"),
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_zoomOutAction = action(QStringLiteral("zoomOut"), tr("Zoom &out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    m_zoomResetAction = action(QStringLiteral("zoomReset"), tr("&Normal size"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(m_zoomInAction, &QAction::triggered, this, [this] {
        setZoom(m_zoom + 0.1);
    });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] {
        setZoom(m_zoom - 0.1);
    });
    connect(m_zoomResetAction, &QAction::triggered, this, [this] {
        setZoom(1.0);
    });

    m_themeGroup = new QActionGroup(this);
    for (Theme theme : AllThemes) {
        QAction *a = m_themeGroup->addAction(themeTitle(theme));
        a->setObjectName(QStringLiteral("theme-") + themeKey(theme));
        a->setCheckable(true);
        a->setData(int(theme));
        connect(a, &QAction::triggered, this, [this, theme] {
            setTheme(theme);
        });
    }

    m_defaultsAction = new QAction(tr("&Reset to defaults…"), this);
    m_defaultsAction->setObjectName(QStringLiteral("resetToDefaults"));
    connect(m_defaultsAction, &QAction::triggered, this, [this] {
        const auto answer = QMessageBox::question(this, tr("Reset to defaults"),
            tr("Put every demo's settings, the window's layout, the zoom and the theme back as they were at "
               "first, and forget what was remembered?"));
        if (answer == QMessageBox::Yes)
            resetToDefaults();
    });

    QToolBar *bar = addToolBar(tr("Demo"));
    bar->setObjectName(QStringLiteral("demoToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_previousAction, m_nextAction, m_runAction, m_resetAction});
    bar->addSeparator();
    bar->addActions({m_zoomOutAction, m_zoomInAction, m_presenterAction});
    m_legend->setActions({m_nextAction, m_previousAction, m_runAction, m_blockAction, m_resetAction, m_timelineAction,
        m_codeAction, m_zoomInAction, m_zoomOutAction, m_presenterAction, m_legendAction});
}

void MainWindow::stepDemo(int delta)
{
    const int row = std::clamp(m_demoList->currentRow() + delta, 0, m_demoList->count() - 1);
    m_demoList->setCurrentRow(row);
}

void MainWindow::toggleRun()
{
    DemoPage *page = currentPage();
    if (!page)
        return;
    if (page->isRunning())
        page->stop();
    else
        page->run();
}

void MainWindow::toggleBlocking(bool on)
{
    DemoPage *page = currentPage();
    QCheckBox *blocking = page ? page->blockingSwitch() : nullptr;
    if (blocking && blocking->isEnabled())
        blocking->setChecked(on);
    else if (blocking)
        statusBar()->showMessage(tr("Blocking does not apply to this mode."), 5000);
    updatePageActions();
}

void MainWindow::updatePageActions()
{
    const DemoPage *page = currentPage();
    // The buttons, not isRunning(): a page's run may start a moment after its buttons say so.
    const bool running = page && page->stopButton()->isEnabled();
    m_runAction->setText(running ? tr("&Stop") : tr("&Run"));
    m_runAction->setEnabled(page);
    m_resetAction->setEnabled(page);
    const QCheckBox *blocking = page ? page->blockingSwitch() : nullptr;
    m_blockAction->setEnabled(blocking);
    m_blockAction->setChecked(blocking && blocking->isChecked());
    m_previousAction->setEnabled(m_demoList->currentRow() > 0);
    m_nextAction->setEnabled(m_demoList->currentRow() < m_demoList->count() - 1);
}

void MainWindow::setPresenterMode(bool on)
{
    m_presenterAction->setChecked(on);
    if (on == m_presenter)
        return;
    m_presenter = on;
    m_leaveAction->setEnabled(on);
    if (on) {
        m_geometryBeforePresenter = saveGeometry();
        m_demoList->hide();
        setLegendVisible(m_presenterLegend);
        // The whole screen even where no window manager honours "full screen" (a bare X server).
        if (const QScreen *display = screen())
            setGeometry(display->geometry());
        setWindowState(windowState() | Qt::WindowFullScreen);
    } else {
        m_demoList->show();
        m_legend->hide();
        m_legendAction->setChecked(false);
        setWindowState(windowState() & ~Qt::WindowFullScreen);
        restoreGeometry(m_geometryBeforePresenter);
    }
    applyFonts();
    Q_EMIT presenterModeChanged(on);
}

void MainWindow::setLegendVisible(bool visible)
{
    m_legend->setVisible(visible);
    m_legendAction->setChecked(visible);
    if (m_presenter) {
        m_presenterLegend = visible;
        remember(QStringLiteral("view/presenterKeys"), visible);
    }
}

void MainWindow::setZoom(double factor)
{
    // Steps of 0.1 land on round numbers, so Ctrl+= and Ctrl+- retrace each other.
    factor = std::clamp(std::round(factor * 100.0) / 100.0, MinZoom, MaxZoom);
    m_zoomInAction->setEnabled(factor < MaxZoom);
    m_zoomOutAction->setEnabled(factor > MinZoom);
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    remember(QStringLiteral("view/zoom"), m_zoom);
    applyFonts();
    statusBar()->showMessage(tr("Zoom %1 %").arg(qRound(m_zoom * 100)), 2000);
}

double MainWindow::presenterPixels() const
{
    // 24 px on a 1080-line screen, in proportion on taller ones.
    const QScreen *display = screen() ? screen() : QGuiApplication::primaryScreen();
    const double lines = display ? display->geometry().height() : 1080.0;
    return 24.0 * std::max(1.0, lines / 1080.0);
}

void MainWindow::applyFonts()
{
    const QFont appFont = QApplication::font();
    const double appPoints = appFont.pointSizeF() > 0 ? appFont.pointSizeF() : 10.0;
    double factor = m_zoom;
    double minimumPixels = 0;
    if (m_presenter) {
        const double target = presenterPixels();
        factor *= std::max(1.0, target / std::max(1, QFontInfo(appFont).pixelSize()));
        minimumPixels = target * m_zoom;
    }
    applyFontSize(this, appPoints * factor, minimumPixels);
    // Menus are windows of their own: they do not inherit the window's font.
    for (QMenu *menu : findChildren<QMenu *>())
        menu->setFont(font());
    m_demoList->setFixedWidth(m_demoList->sizeHintForColumn(0) + 48);
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == int(theme));
    applyTheme(theme);
    remember(QStringLiteral("view/theme"), themeKey(theme));
}

QWidget *MainWindow::timelinePane() const
{
    // The timeline, or the panel that holds it: whatever sits below the page in the splitter.
    return m_splitter->count() > 1 ? m_splitter->widget(m_splitter->count() - 1) : m_timeline;
}

void MainWindow::setTimelineVisible(bool visible)
{
    timelinePane()->setVisible(visible);
    m_timelineAction->setChecked(visible);
    remember(QStringLiteral("view/timeline"), visible);
}

bool MainWindow::isTimelineVisible() const
{
    return !timelinePane()->isHidden();
}

void MainWindow::setCodeVisible(bool visible)
{
    for (DemoPage *page : std::as_const(m_pages))
        page->setCodeVisible(visible);
    m_codeAction->setChecked(visible);
    remember(QStringLiteral("view/code"), visible);
}

bool MainWindow::isCodeVisible() const
{
    return m_codeAction->isChecked();
}

void MainWindow::remember(const QString &key, const QVariant &value)
{
    if (m_context.settings && m_settingsRestored)
        m_context.settings->setValue(key, value);
}

void MainWindow::restoreSettings()
{
    QSettings *settings = m_context.settings;
    if (!settings) {
        setTheme(Theme::System);
        m_settingsRestored = true;
        return;
    }
    restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings->value(QStringLiteral("window/splitter")).toByteArray());
    for (DemoPage *page : std::as_const(m_pages))
        page->restoreSettings(*settings);
    setTimelineVisible(settings->value(QStringLiteral("view/timeline"), true).toBool());
    setCodeVisible(settings->value(QStringLiteral("view/code"), true).toBool());
    m_presenterLegend = settings->value(QStringLiteral("view/presenterKeys"), true).toBool();
    setZoom(settings->value(QStringLiteral("view/zoom"), 1.0).toDouble());
    setTheme(themeFromKey(settings->value(QStringLiteral("view/theme")).toString()));
    showDemo(settings->value(QStringLiteral("demo")).toString());
    m_settingsRestored = true;
}

void MainWindow::saveSettings()
{
    QSettings *settings = m_context.settings;
    if (!settings || !m_settingsRestored)
        return;
    // In presenter mode the window is full screen: remember the window it came from.
    settings->setValue(QStringLiteral("window/geometry"), m_presenter ? m_geometryBeforePresenter : saveGeometry());
    settings->setValue(QStringLiteral("window/state"), saveState());
    settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    for (const DemoPage *page : std::as_const(m_pages))
        page->saveSettings(*settings);
    if (const DemoPage *page = currentPage())
        settings->setValue(QStringLiteral("demo"), page->id());
    settings->setValue(QStringLiteral("view/zoom"), m_zoom);
    settings->setValue(QStringLiteral("view/theme"), themeKey(m_theme));
    settings->setValue(QStringLiteral("view/timeline"), isTimelineVisible());
    settings->setValue(QStringLiteral("view/code"), isCodeVisible());
    settings->setValue(QStringLiteral("view/presenterKeys"), m_presenterLegend);
    settings->sync();
}

void MainWindow::resetToDefaults()
{
    for (DemoPage *page : std::as_const(m_pages))
        page->resetToDefaults();
    setTimelineVisible(true);
    setCodeVisible(true);
    m_presenterLegend = true;
    if (m_presenter)
        setLegendVisible(true);
    setZoom(1.0);
    setTheme(Theme::System);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->show();
    const int height = std::max(m_splitter->height(), 500);
    m_splitter->setSizes({height * 3 / 5, height * 2 / 5});
    if (!m_presenter && !isMaximized())
        resize(1400, 900);
    else
        m_geometryBeforePresenter.clear();
    // Last: resetting the knobs wrote their defaults as they changed.
    if (QSettings *settings = m_context.settings) {
        settings->clear();
        settings->sync();
    }
    statusBar()->showMessage(tr("Settings reset to their defaults."), 5000);
    Q_EMIT settingsReset();
}

} // namespace Lab
