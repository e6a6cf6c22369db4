// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/benchfigures.h"
#include "app/bench/benchprocess.h"
#include "app/flagspage.h"
#include "app/mainwindow.h"
#include "models/flags/flagdownloader.h"
#include "models/flags/flaggridmodel.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/timelinewidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QJsonArray>
#include <QListView>
#include <QTimer>

#include <algorithm>

namespace Lab {

namespace {

// Counts the paint events a widget receives, to show the grid and the timeline really repainted.
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Lag samples in ms, largest first, at most @p count of them.
QJsonArray largestLags(const EventLoopMonitor &monitor, std::size_t count)
{
    std::vector<qint64> samples = monitor.lagSamples();
    std::sort(samples.begin(), samples.end(), std::greater<>());
    QJsonArray lags;
    for (std::size_t i = 0; i < std::min(count, samples.size()); ++i)
        lags.append(double(samples[i]) / 1e6);
    return lags;
}

// The whole app as a user runs it: a MainWindow shown (offscreen) on the Flags page, the book's 194
// flags in @p mode at a fixed delay, the grid and the live timeline repainting, and the window's own
// EventLoopMonitor measuring the GUI thread's heartbeat lag over the run (it is reset as a run starts).
QJsonObject measureFlagsGui(const WorkerOptions &options, FlagDownloadMode mode)
{
    TraceRecorder recorder;
    EventLoopMonitor monitor(&recorder);
    FlagServerThread server;
    MainWindow window(PageContext{&recorder, &monitor, 1.0, &server});
    window.showDemo(QStringLiteral("flags"));
    auto *page = qobject_cast<FlagsPage *>(window.currentPage());
    if (!page)
        return {{QStringLiteral("error"), QStringLiteral("the window has no Flags page")}};
    // The book's 194, or the 20 most populous for a quick check.
    page->setSelector()->setCurrentIndex(options.count <= 20 ? 0 : 1);
    page->modeSelector()->setCurrentIndex(page->modeSelector()->findData(int(mode)));
    page->delay()->setValue(options.seconds);
    const QList<QListView *> views = page->findChildren<QListView *>();
    const auto grid = std::find_if(views.begin(), views.end(), [page](QListView *view) {
        return view->model() == page->grid();
    });
    if (grid == views.end())
        return {{QStringLiteral("error"), QStringLiteral("the Flags page has no grid view")}};
    PaintCounter gridPaints;
    PaintCounter timelinePaints;
    (*grid)->viewport()->installEventFilter(&gridPaints);
    window.timeline()->installEventFilter(&timelinePaints);

    QJsonObject result;
    QObject::connect(page, &DemoPage::runFinished, [&] {
        // Read at once: the monitor was reset when the run started, so its samples are this run's.
        const FlagTotals totals = page->downloader()->totals();
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        if (totals.ok != totals.total() || totals.total() != options.count) {
            result = {{QStringLiteral("error"), flagsFailed(totals.ok, totals.notFound, totals.errors, options.count)}};
            return;
        }
        if (gridPaints.paints < 1 || timelinePaints.paints < 1) {
            result = {{QStringLiteral("error"),
                QStringLiteral("the grid repainted %1 times, the timeline %2 times")
                    .arg(gridPaints.paints)
                    .arg(timelinePaints.paints)}};
            return;
        }
        result = {{QStringLiteral("count"), totals.total()}, {QStringLiteral("ok"), totals.ok},
            {QStringLiteral("notFound"), totals.notFound}, {QStringLiteral("errors"), totals.errors},
            {QStringLiteral("wallSeconds"), double(totals.elapsedNs) / 1e9},
            {QStringLiteral("heartbeatMs"), monitor.interval()},
            {QStringLiteral("samples"), qint64(monitor.lagSamples().size())},
            {QStringLiteral("lagP50Ms"), double(monitor.lagPercentileNs(50)) / 1e6},
            {QStringLiteral("lagP99Ms"), double(monitor.lagPercentileNs(99)) / 1e6},
            {QStringLiteral("lagMaxMs"), double(monitor.lagPercentileNs(100)) / 1e6},
            {QStringLiteral("largestLagsMs"), largestLags(monitor, 5)},
            {QStringLiteral("stalls"), qint64(monitor.stalls().size())},
            {QStringLiteral("gridPaints"), gridPaints.paints},
            {QStringLiteral("timelinePaints"), timelinePaints.paints}};
    });
    monitor.start();
    window.show();
    // Let the window show and paint once before the run, as a user's click comes after it did.
    QTimer::singleShot(500, page, [page] {
        page->run();
    });
    QCoreApplication::exec();
    window.close();
    return result;
}

} // namespace

QJsonObject measureFlagsGuiCoroutines(const WorkerOptions &options)
{
    return measureFlagsGui(options, FlagDownloadMode::Coroutines);
}

QJsonObject measureFlagsGuiThreads(const WorkerOptions &options)
{
    return measureFlagsGui(options, FlagDownloadMode::Threads);
}

void addFlagsGuiRows(BenchSection &section, const BenchConfig &config, int count, double delaySeconds)
{
    const std::pair<const char *, const char *> modes[] = {{"coroutines", "coroutines"}, {"threads", "20 threads"}};
    for (const auto &[mode, label] : modes) {
        const QString name = QStringLiteral("GUI, %1 flags, %2").arg(count).arg(QLatin1String(label));
        const FigureRuns result = runFigure(section, config, name,
            {QStringLiteral("flags-gui-%1").arg(QLatin1String(mode)), QStringLiteral("--count"), QString::number(count),
                QStringLiteral("--seconds"), QString::number(delaySeconds)},
            {QStringLiteral("lagP50Ms"), QStringLiteral("lagP99Ms"), QStringLiteral("lagMaxMs"),
                QStringLiteral("wallSeconds"), QStringLiteral("samples"), QStringLiteral("gridPaints"),
                QStringLiteral("timelinePaints")},
            120);
        if (!result.ok())
            continue;
        const QString id = QStringLiteral("gui_%1").arg(QLatin1String(mode));
        QStringList largest;
        for (const QJsonValue &lag : result.last().value(QStringLiteral("largestLagsMs")).toArray())
            largest << QString::number(lag.toDouble(), 'f', 1);
        section.add(statRow(id + QStringLiteral("_lag_p50"), name + QStringLiteral(": heartbeat lag p50"),
            result.stat("lagP50Ms"), QStringLiteral("ms"), {}, {}, 0,
            QStringLiteral("%1 heartbeats of %2 ms").arg(result.median("samples")).arg(result.median("heartbeatMs"))));
        section.add(statRow(id + QStringLiteral("_lag_p99"), name + QStringLiteral(": heartbeat lag p99"),
            result.stat("lagP99Ms"), QStringLiteral("ms"), BenchGoal::atMost(5)));
        section.add(statRow(id + QStringLiteral("_lag_max"), name + QStringLiteral(": heartbeat lag max"),
            result.stat("lagMaxMs"), QStringLiteral("ms"), BenchGoal::atMost(50), {}, 0,
            QStringLiteral("last run's largest %1 ms; %2 stalls ≥ 50 ms")
                .arg(largest.join(QLatin1String(", ")))
                .arg(result.median("stalls"))));
        section.add(statRow(id + QStringLiteral("_wall"), name + QStringLiteral(": wall"), result.stat("wallSeconds"),
            QStringLiteral("s"), {}, {}, 0,
            QStringLiteral("%1/%2 ok in each run; repaints: grid %3, timeline %4")
                .arg(result.median("ok"))
                .arg(result.median("count"))
                .arg(result.median("gridPaints"))
                .arg(result.median("timelinePaints"))));
    }
    section.notes << QStringLiteral(
        "GUI: a MainWindow shown on the offscreen platform, Flags page, the book's 194 flags; the window's "
        "EventLoopMonitor (5 ms heartbeat, reset as the run starts) over the run while the grid and the live "
        "timeline repaint; max goal: no stall over 50 ms; a run counts only if every flag arrived and both "
        "the grid and the timeline repainted");
}

} // namespace Lab
