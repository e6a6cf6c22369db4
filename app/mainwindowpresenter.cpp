// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// MainWindow, continued: the actions and keys every page gets, presenter mode, zoom, themes and
// the panels they show or hide.
#include "app/mainwindow.h"
#include "app/presenterfonts.h"
#include "app/presenterlegend.h"
#include "widgets/followingsplitter.h"
#include "widgets/timelinewidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QFontInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace Lab {

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
    if (page->isRunning() || page->stopButton()->isEnabled())
        page->stopRecorded(DemoPage::StopCause::StopKey);
    else
        page->run();
}

void MainWindow::toggleBlocking(bool on)
{
    DemoPage *page = currentPage();
    if (page && page->canBlock() && !page->setBlocking(on))
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
    m_blockAction->setEnabled(page && page->canBlock());
    m_blockAction->setChecked(page && page->isBlocking());
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
        m_stateBeforePresenter = saveState();
        m_splitterBeforePresenter = m_splitter->saveState();
        m_splitterDraggedBeforePresenter = m_splitter->isDragged();
        m_demoList->hide();
        // No menu bar or toolbar clutter: every action keeps its key (the strip at the bottom lists them).
        menuBar()->hide();
        for (QToolBar *bar : findChildren<QToolBar *>())
            bar->hide();
        setLegendVisible(m_presenterLegend);
        showPanels();
        // The demo is the star: the timeline, when shown, gets the smaller share (splitterShares()).
        m_splitter->setDragged(false);
        // The whole screen even where no window manager honours "full screen" (a bare X server).
        if (const QScreen *display = screen())
            setGeometry(display->geometry());
        setWindowState(windowState() | Qt::WindowFullScreen);
    } else {
        m_demoList->show();
        menuBar()->show();
        m_legend->hide();
        m_legendAction->setChecked(false);
        m_legendAction->setText(tr("Show the &keys"));
        if (!restoreState(m_stateBeforePresenter)) {
            for (QToolBar *bar : findChildren<QToolBar *>())
                bar->show();
        }
        showPanels();
        // The window's own split again: the user's, or the one that follows the window's size.
        m_splitter->setDragged(m_splitterDraggedBeforePresenter);
        if (m_splitterDraggedBeforePresenter)
            m_splitter->restoreState(m_splitterBeforePresenter);
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
    // The key strip names H by what it does now.
    m_legendAction->setText(visible ? tr("Hide the &keys") : tr("Show the &keys"));
    if (m_presenter) {
        m_presenterLegend = visible;
        remember(QStringLiteral("view/presenterKeys"), visible);
    }
}

void MainWindow::setZoom(double factor)
{
    // Steps of 0.1 land on round numbers, so Ctrl+= and Ctrl+- retrace each other.
    if (!std::isfinite(factor))
        factor = 1.0; // std::clamp lets NaN through, and a NaN font size blanks every label
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
    applyButtonSizes();
}

void MainWindow::applyButtonSizes()
{
    // Large controls for a presenter: every button at least 32 px tall on a 1080-line screen and its
    // icon as large as the text; back to the style's own sizes outside presenter mode.
    const double scale = m_presenter ? presenterPixels() / 24.0 * m_zoom : 0.0;
    const char *styleIconSize = "labStyleIconSize";
    for (QAbstractButton *button : findChildren<QAbstractButton *>()) {
        if (button->window() != this)
            continue;
        button->setMinimumHeight(qRound(32 * scale));
        if (button->icon().isNull())
            continue;
        if (button->property(styleIconSize).isNull())
            button->setProperty(styleIconSize, button->iconSize());
        button->setIconSize(
            m_presenter ? QSize(qRound(24 * scale), qRound(24 * scale)) : button->property(styleIconSize).toSize());
    }
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == int(theme));
    applyTheme(theme);
    remember(QStringLiteral("view/theme"), themeKey(theme));
}

QList<int> MainWindow::splitterShares(int length) const
{
    // The page is the star. The timeline takes two fifths of a tall window and less of a short
    // one (a quarter of 600 px, a projector's 1024 x 700), where each line it takes is a line the
    // visual loses; in presenter mode a quarter, so that the figures the audience reads keep their
    // size with it shown.
    constexpr int shortLength = 600;
    constexpr int tallLength = 850;
    double share = 0.25;
    if (!m_presenter)
        share = 0.25 + 0.15 * std::clamp(double(length - shortLength) / (tallLength - shortLength), 0.0, 1.0);
    const int timeline = qRound(length * share);
    return {length - timeline, timeline};
}

QWidget *MainWindow::timelinePane() const
{
    // The timeline, or the panel that holds it: whatever sits below the page in the splitter.
    return m_splitter->count() > 1 ? m_splitter->widget(m_splitter->count() - 1) : m_timeline;
}

void MainWindow::setTimelineVisible(bool visible)
{
    (m_presenter ? m_presenterTimeline : m_windowTimeline) = visible;
    remember(m_presenter ? QStringLiteral("view/presenterTimeline") : QStringLiteral("view/timeline"), visible);
    showPanels();
}

bool MainWindow::isTimelineVisible() const
{
    return !timelinePane()->isHidden();
}

void MainWindow::setCodeVisible(bool visible)
{
    (m_presenter ? m_presenterCode : m_windowCode) = visible;
    remember(m_presenter ? QStringLiteral("view/presenterCode") : QStringLiteral("view/code"), visible);
    showPanels();
}

bool MainWindow::isCodeVisible() const
{
    return m_codeAction->isChecked();
}

void MainWindow::showPanels()
{
    const bool timeline = m_presenter ? m_presenterTimeline : m_windowTimeline;
    const bool code = m_presenter ? m_presenterCode : m_windowCode;
    timelinePane()->setVisible(timeline);
    m_timelineAction->setChecked(timeline);
    for (DemoPage *page : std::as_const(m_pages))
        page->setCodeVisible(code);
    m_codeAction->setChecked(code);
}

} // namespace Lab
