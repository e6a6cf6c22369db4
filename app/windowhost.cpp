// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/windowhost.h"

#include "app/language.h"
#include "app/mainwindow.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/eventloopmeter.h"
#include "widgets/timelinewidget.h"

#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

#include <functional>
#include <utility>

namespace Lab {

namespace {

// Calls a function once a window has painted its first frame (at once if it is hidden), then goes.
class AfterFirstFrame : public QObject
{
public:
    AfterFirstFrame(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    {
        if (!window->isVisible()) {
            QTimer::singleShot(0, this, [this] {
                finish();
            });
            return;
        }
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // After this pass of the loop: the frame is on screen then.
            QTimer::singleShot(0, this, [this] {
                finish();
            });
        }
        return false;
    }

private:
    void finish()
    {
        if (m_then)
            std::exchange(m_then, nullptr)();
        deleteLater();
    }

    std::function<void()> m_then;
};

} // namespace

WindowHost::WindowHost(const PageContext &context, Language *language, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_language(language)
{
    if (!m_context.recordings)
        m_context.recordings = &m_recordings;
    m_window = createWindow();
    connect(m_language, &Language::changed, this, &WindowHost::rebuild);
}

WindowHost::~WindowHost()
{
    delete m_window;
}

MainWindow *WindowHost::createWindow()
{
    auto *window = new MainWindow(m_context);
    // The Language menu goes before the last menu, Help, as desktop conventions have it.
    QMenu *menu = m_language->createMenu(window);
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);
    connect(window, &MainWindow::runFinished, this, &WindowHost::runFinished);
    // "Reset to defaults" forgets the language too: back to the system's, with a menu that says
    // so. Queued: the window that asked is replaced.
    connect(
        window, &MainWindow::settingsReset, this,
        [this] {
            const QString shown = m_language->current();
            m_language->setChoice({});
            if (m_language->current() == shown)
                rebuild(); // the same language: only the menu's tick changes
        },
        Qt::QueuedConnection);
    return window;
}

void WindowHost::rebuild()
{
    MainWindow *old = m_window;
    const QString demo = old->currentPage() ? old->currentPage()->id() : QString();
    bool wasRunning = false;
    for (DemoPage *page : old->pages())
        wasRunning = wasRunning || page->isRunning();
    const QByteArray geometry = old->saveGeometry();
    const Qt::WindowStates states = old->windowState();
    const bool visible = old->isVisible();
    const bool presenter = old->isPresenterMode();
    // Building and painting a whole window holds the loop for a moment: that is no page's stall, and
    // no page's recording gets it (each keeps its last run as it was).
    EventLoopMonitor *monitor = m_context.monitor;
    if (monitor)
        monitor->setRecorder(nullptr);

    // Closing stops every run (and lets the window save what it remembers) without ending the app;
    // each stop is recorded, and the new page's result line says why its run ended.
    for (DemoPage *page : old->pages())
        page->stopRecorded(DemoPage::StopCause::LanguageChanged);
    old->setAttribute(Qt::WA_QuitOnClose, false);
    const bool quitOnLastWindowClosed = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    old->close();

    // The recording stays; its lanes take the new language's names.
    m_context.recorder->retranslate();
    m_recordings.retranslate();
    m_window = createWindow();
    // Every page keeps what it showed: its knobs, then its results, written again in the new
    // language (the knobs first: a knob may redraw a preview that the results replace).
    for (DemoPage *page : m_window->pages()) {
        if (DemoPage *before = old->page(page->id())) {
            page->takeKnobsFrom(*before);
            page->takeResultsFrom(*before);
        }
    }
    m_window->timeline()->refresh();
    m_window->timeline()->fitAll();
    if (!demo.isEmpty())
        m_window->showDemo(demo);
    // Presenter mode is full screen over the window it came from, which the settings remember.
    if (!presenter) {
        m_window->restoreGeometry(geometry);
        m_window->setWindowState(states);
    }
    if (visible)
        m_window->show();
    if (presenter)
        m_window->setPresenterMode(true);
    QGuiApplication::setQuitOnLastWindowClosed(quitOnLastWindowClosed);
    // Later: the switch may have been clicked in the old window's own menu.
    old->deleteLater();
    if (wasRunning)
        m_window->statusBar()->showMessage(tr("The language changed: the run in progress was stopped."), 15000);
    if (monitor) {
        monitor->setRecorder(nullptr); // the new window gave it the recording of the page on screen
        new AfterFirstFrame(m_window, [this, monitor, window = QPointer<MainWindow>(m_window)] {
            if (!window || window != m_window)
                return;
            DemoPage *page = window->currentPage();
            if (page && page->isRunning()) // a run started since has the monitor already
                return;
            monitor->reset(); // the loop's time starts again from here
            window->meter()->clearStall();
            monitor->setRecorder(page ? page->recorder() : m_context.recorder);
        });
    }
    Q_EMIT windowReplaced(m_window);
}

} // namespace Lab
