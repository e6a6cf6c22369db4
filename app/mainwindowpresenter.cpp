// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// MainWindow, continued: the actions and keys every page gets, presenter mode, zoom, themes and
// the panels they show or hide.
#include "app/mainwindow.h"
#include "app/presenterfonts.h"
#include "app/presenterlegend.h"
#include "widgets/timelinewidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QFontInfo>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
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

} // namespace Lab
