// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/screenshots.h"

#include "app/chesspage.h"
#include "app/corospage.h"
#include "app/countdownpage.h"
#include "app/flagspage.h"
#include "app/language.h"
#include "app/latencypage.h"
#include "app/mainwindow.h"
#include "app/platespage.h"
#include "app/primespage.h"
#include "app/scalepage.h"
#include "app/spinnerpage.h"
#include "models/flags/flagdownloader.h"
#include "models/flags/flagserverthread.h"
#include "models/spinner/spinnerdemo.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/coroutinestepview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoroSignal>
#include <QCoroTimer>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QIcon>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryFile>

#include <chrono>
#include <cstdio>

namespace Lab {

namespace {
using namespace std::chrono_literals;

// A latency run on a busy machine or a million sleepers can take a while; nothing takes longer.
constexpr auto RunTimeout = 180s;
// Time for the window to lay out and paint what the last event changed before it is grabbed.
constexpr auto SettleTime = 300ms;
constexpr auto StartupTime = 1500ms;

std::chrono::milliseconds scaled(double seconds, double timeScale)
{
    return std::chrono::milliseconds(qMax(1, qRound(seconds * timeScale * 1000)));
}

/** Runs @p page's demo and waits until the run ends: false if it did not within RunTimeout. */
QCoro::Task<bool> runToEnd(DemoPage *page)
{
    QPointer<DemoPage> guard(page);
    // Listening starts before the run: a blocking run ends inside run() itself.
    auto finished = qCoro(page, &DemoPage::runFinished, std::chrono::milliseconds(RunTimeout));
    page->run();
    const bool ended = (co_await finished).has_value();
    co_return ended && !guard.isNull();
}

/** Runs @p page's demo for @p seconds of demo time (scaled), leaving it running. */
QCoro::Task<bool> runFor(DemoPage *page, double seconds, double timeScale)
{
    QPointer<DemoPage> guard(page);
    page->run();
    co_await QCoro::sleepFor(scaled(seconds, timeScale));
    co_return guard && guard->isRunning();
}

/**
 * Brings @p page to the moment its picture should show. The demos with an end run to it; the
 * endless ones (plates, chess) are caught in the middle. A page without a recipe of its own runs
 * with its defaults and is caught at its end or, if it has none soon, in the middle.
 */
QCoro::Task<bool> pose(DemoPage *page, double timeScale)
{
    if (auto *plates = qobject_cast<PlatesPage *>(page)) // 18 plates spinning, two hands busy
        co_return co_await runFor(plates, 6.0, timeScale);
    if (auto *spinner = qobject_cast<SpinnerPage *>(page)) { // one frame drawn, the window frozen 3 s
        spinner->modeSelector()->setCurrentIndex(spinner->modeSelector()->findData(int(SpinnerMode::Blocking)));
        co_return co_await runToEnd(spinner);
    }
    if (auto *countdown = qobject_cast<CountdownPage *>(page)) { // the lines interleave
        countdown->blockingSwitch()->setChecked(false);
        co_return co_await runToEnd(countdown);
    }
    if (auto *coros = qobject_cast<CorosPage *>(page)) { // the toy loop a few steps in, its heap shown
        QPointer<CorosPage> guard(coros);
        coros->exerciseBox()->setCurrentIndex(CorosPage::ToyLoopIndex);
        coros->view()->skipPredictionBox()->setChecked(true);
        coros->run();
        // Run steps the loop every 0.7 s (scaled): about five steps in.
        co_await QCoro::sleepFor(scaled(3.9, timeScale));
        co_return guard && guard->view()->logLines().size() >= 5;
    }
    if (auto *flags = qobject_cast<FlagsPage *>(page)) { // the book's 20 flags as coroutines, some errors
        flags->setSelector()->setCurrentIndex(0);
        flags->modeSelector()->setCurrentIndex(flags->modeSelector()->findData(int(FlagDownloadMode::Coroutines)));
        flags->delay()->setValue(0.5);
        flags->errorRate()->setValue(25);
        co_return co_await runToEnd(flags);
    }
    if (auto *chess = qobject_cast<ChessPage *>(page)) { // the master walking from board to board
        chess->modeSelector()->setCurrentIndex(0);
        co_return co_await runFor(chess, 6.0, timeScale);
    }
    if (auto *primes = qobject_cast<PrimesPage *>(page)) { // the sweep's curve, then 2 processes' lines
        QPointer<PrimesPage> guard(primes);
        primes->modeSelector()->setCurrentIndex(primes->modeSelector()->findData(int(PrimesPage::Threads)));
        primes->sweepSwitch()->setChecked(true);
        if (!co_await runToEnd(primes) || !guard)
            co_return false;
        guard->sweepSwitch()->setChecked(false);
        guard->modeSelector()->setCurrentIndex(guard->modeSelector()->findData(int(PrimesPage::Processes)));
        co_return co_await runToEnd(guard);
    }
    // The talk's table beside this machine's; 100,000 coroutines asleep and awake again.
    if (qobject_cast<LatencyPage *>(page) || qobject_cast<ScalePage *>(page))
        co_return co_await runToEnd(page);
    // A page added later: its defaults, for at most ten seconds (scaled).
    QPointer<DemoPage> guard(page);
    auto finished = qCoro(page, &DemoPage::runFinished, scaled(10.0, timeScale));
    page->run();
    co_await finished;
    co_return !guard.isNull();
}

/** Saves the whole window as @p dir/@p name.png and prints the file's path; false if it could not. */
bool save(MainWindow *window, const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name + QLatin1String(".png"));
    if (!window->grab().save(path, "PNG")) {
        std::fprintf(stderr, "concurrency-lab: could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
    std::fflush(stdout);
    return true;
}
} // namespace

QString screenshotFolderProblem(const QString &dir)
{
    const QFileInfo info(dir);
    if (dir.isEmpty())
        return QStringLiteral("no folder given");
    if (!info.exists())
        return QStringLiteral("no such folder");
    if (!info.isDir())
        return QStringLiteral("not a folder");
    // Permission bits do not tell the whole story (read-only mounts, root): try a file.
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".concurrency-lab-XXXXXX")));
    if (!probe.open())
        return QStringLiteral("cannot write there");
    return {};
}

QCoro::Task<int> takeScreenshots(MainWindow *window, QString dir, double timeScale)
{
    QPointer<MainWindow> self(window);
    int status = 0;
    const auto shoot = [&](const QString &name) {
        if (!save(self, dir, name))
            status = 1;
    };
    const auto missed = [&](const QString &name) {
        std::fprintf(
            stderr, "concurrency-lab: %s did not reach its moment in time; saved as it was\n", qPrintable(name));
        status = 1;
    };

    // The first moments of a new window (fonts, first paints) are not part of any demo.
    co_await QCoro::sleepFor(StartupTime);
    if (!self)
        co_return 1;
    for (DemoPage *page : self->pages()) {
        const QString id = page->id();
        self->showDemo(id);
        co_await QCoro::sleepFor(SettleTime);
        if (!self)
            co_return 1;
        const bool posed = co_await pose(page, timeScale);
        if (!self)
            co_return 1;
        if (!posed)
            missed(id);
        co_await QCoro::sleepFor(SettleTime);
        if (!self)
            co_return 1;
        shoot(id);
        page->stop();

        // The talk's "edit the example and run it again": the same countdown, blocking.
        if (auto *countdown = qobject_cast<CountdownPage *>(page)) {
            countdown->blockingSwitch()->setChecked(true);
            const bool ended = co_await runToEnd(countdown);
            if (!self)
                co_return 1;
            if (!ended)
                missed(QStringLiteral("countdown-blocking"));
            co_await QCoro::sleepFor(SettleTime);
            if (!self)
                co_return 1;
            shoot(QStringLiteral("countdown-blocking"));
            countdown->blockingSwitch()->setChecked(false);
        }
    }

    // Presenter mode, as a speaker shows the countdown on a projector.
    if (self->showDemo(QStringLiteral("countdown"))) {
        auto *countdown = qobject_cast<CountdownPage *>(self->currentPage());
        self->setPresenterMode(true);
        co_await QCoro::sleepFor(SettleTime);
        if (!self)
            co_return 1;
        if (!(co_await runToEnd(countdown)))
            missed(QStringLiteral("presenter"));
        co_await QCoro::sleepFor(SettleTime);
        if (!self)
            co_return 1;
        shoot(QStringLiteral("presenter"));
        self->setPresenterMode(false);
    }
    co_return status;
}

int runScreenshots(int argc, char **argv, const QString &dir, double timeScale)
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.concurrencylab.ConcurrencyLab.svg")));
    // In the language the window would show (LANGUAGE=zh_CN gives the Chinese pictures).
    Language language;
    language.applySaved();
    TraceRecorder recorder;
    EventLoopMonitor monitor(&recorder);
    FlagServerThread flagServer;
    // No settings: the pictures show the defaults, and the user's own knobs stay as they were.
    MainWindow window(PageContext{&recorder, &monitor, timeScale, &flagServer, nullptr});
    // The same size on every machine, as far as a real screen allows (the offscreen one has no edge).
    QSize size(1600, 1000);
    const QScreen *screen = window.screen();
    if (screen && QGuiApplication::platformName() != QLatin1String("offscreen"))
        size = size.boundedTo(screen->availableSize());
    window.resize(size);
    monitor.start();
    window.show();

    int status = 1;
    auto tour = takeScreenshots(&window, dir, timeScale);
    QCoro::connect(std::move(tour), &app, [&status](int result) {
        status = result;
        QCoreApplication::exit(result);
    });
    QApplication::exec();
    return status;
}

} // namespace Lab
