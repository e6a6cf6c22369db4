// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// MainWindow, continued: what the window remembers between runs, and Reset to defaults.
#include "app/mainwindow.h"
#include "app/presenterlegend.h"
#include "app/savedgeometry.h"
#include "widgets/followingsplitter.h"

#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace Lab {

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
    // Every value is checked before it is used; a bad one keeps its default (which is what is
    // saved on exit), so a damaged file mends itself instead of coming back.
    const QByteArray geometry = settings->value(QStringLiteral("window/geometry")).toByteArray();
    if (savedGeometryFits(geometry, availableScreenGeometries()))
        restoreGeometry(geometry);
    else if (const QScreen *display = screen())
        resize(size().boundedTo(display->availableGeometry().size())); // the default size, on this screen
    restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    // A split the user dragged is kept; one never dragged (or from an older file) follows the window.
    const QByteArray splitter = settings->value(QStringLiteral("window/splitter")).toByteArray();
    if (settings->value(QStringLiteral("window/splitterDragged")).toBool() && !splitter.isEmpty()) {
        m_splitter->setDragged(true);
        if (!m_splitter->restoreState(splitter))
            m_splitter->setDragged(false);
    }
    for (DemoPage *page : std::as_const(m_pages))
        page->restoreSettings(*settings);
    m_windowTimeline = settings->value(QStringLiteral("view/timeline"), true).toBool();
    m_windowCode = settings->value(QStringLiteral("view/code"), true).toBool();
    m_presenterTimeline = settings->value(QStringLiteral("view/presenterTimeline"), false).toBool();
    m_presenterCode = settings->value(QStringLiteral("view/presenterCode"), false).toBool();
    showPanels();
    m_presenterLegend = settings->value(QStringLiteral("view/presenterKeys"), true).toBool();
    bool isNumber = false;
    const double zoom = settings->value(QStringLiteral("view/zoom"), 1.0).toDouble(&isNumber);
    setZoom(isNumber && std::isfinite(zoom) && zoom >= MinZoom && zoom <= MaxZoom ? zoom : 1.0);
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
    settings->setValue(QStringLiteral("window/state"), m_presenter ? m_stateBeforePresenter : saveState());
    settings->setValue(
        QStringLiteral("window/splitter"), m_presenter ? m_splitterBeforePresenter : m_splitter->saveState());
    settings->setValue(QStringLiteral("window/splitterDragged"),
        m_presenter ? m_splitterDraggedBeforePresenter : m_splitter->isDragged());
    for (const DemoPage *page : std::as_const(m_pages))
        page->saveSettings(*settings);
    if (const DemoPage *page = currentPage())
        settings->setValue(QStringLiteral("demo"), page->id());
    settings->setValue(QStringLiteral("view/zoom"), m_zoom);
    settings->setValue(QStringLiteral("view/theme"), themeKey(m_theme));
    settings->setValue(QStringLiteral("view/timeline"), m_windowTimeline);
    settings->setValue(QStringLiteral("view/code"), m_windowCode);
    settings->setValue(QStringLiteral("view/presenterTimeline"), m_presenterTimeline);
    settings->setValue(QStringLiteral("view/presenterCode"), m_presenterCode);
    settings->setValue(QStringLiteral("view/presenterKeys"), m_presenterLegend);
    settings->sync();
}

void MainWindow::resetToDefaults()
{
    for (DemoPage *page : std::as_const(m_pages))
        page->resetToDefaults();
    m_windowTimeline = true;
    m_windowCode = true;
    m_presenterTimeline = false;
    m_presenterCode = false;
    showPanels();
    m_presenterLegend = true;
    if (m_presenter)
        setLegendVisible(true);
    setZoom(1.0);
    setTheme(Theme::System);
    if (!m_presenter) {
        for (QToolBar *bar : findChildren<QToolBar *>())
            bar->show();
    }
    // The split follows the window again (in presenter mode, and in the window it goes back to).
    m_splitter->setDragged(false);
    m_splitterDraggedBeforePresenter = false;
    if (!m_presenter && !isMaximized())
        resize(1400, 900);
    else
        m_geometryBeforePresenter.clear();
    m_stateBeforePresenter.clear(); // the toolbars come back when presenter mode ends
    // Last: resetting the knobs wrote their defaults as they changed.
    if (QSettings *settings = m_context.settings) {
        settings->clear();
        settings->sync();
    }
    statusBar()->showMessage(tr("Settings reset to their defaults."), 5000);
    Q_EMIT settingsReset();
}

} // namespace Lab
