// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/benchfigures.h"
#include "app/bench/benchprocess.h"
#include "models/core/clock.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <cmath>
#include <functional>

namespace Lab {

namespace {

// Let the heartbeat tick for a while, block the GUI thread with @p block, then go back to the loop
// and let the monitor notice by itself: the figure is the Blocked span it recorded on the event-loop
// lane, what the meter and the timeline show. Nobody reads the clock for it after the block.
QJsonObject measureStall(const WorkerOptions &options, const std::function<void(qint64 ns)> &block)
{
    TraceRecorder recorder;
    EventLoopMonitor monitor(&recorder);
    const qint64 blockNs = qint64(options.seconds * 1e9);
    qint64 blockStart = 0;
    qint64 blockEnd = 0;
    monitor.start();
    // A busy machine may hold the whole process back before the block: such a stall is not the
    // block's, so only the stall reported after the block ends the run.
    QObject::connect(&monitor, &EventLoopMonitor::stallDetected, [&blockEnd] {
        if (blockEnd > 0)
            QCoreApplication::quit();
    });
    QTimer::singleShot(200, [&] {
        blockStart = nowNs();
        block(blockNs);
        blockEnd = nowNs();
        // If the monitor never notices, the run ends without a figure.
        QTimer::singleShot(2000, [] {
            QCoreApplication::quit();
        });
    });
    QCoreApplication::exec();
    monitor.stop();
    std::vector<Span> blocked;
    for (const Span &span : recorder.spans()) {
        const bool duringTheBlock = blockEnd > 0 && span.start < blockEnd && span.end > blockStart;
        if (span.task == EventLoopTask && span.state == TaskState::Blocked && duringTheBlock)
            blocked.push_back(span);
    }
    if (blocked.size() != 1)
        return {{QStringLiteral("error"),
            QStringLiteral("the monitor recorded %1 blocked spans for one block of %2 s")
                .arg(blocked.size())
                .arg(options.seconds)}};
    return {{QStringLiteral("seconds"), options.seconds},
        {QStringLiteral("measuredSeconds"), double(blocked.front().end - blocked.front().start) / 1e9},
        {QStringLiteral("blockedSeconds"), double(blockEnd - blockStart) / 1e9},
        {QStringLiteral("stalls"), qint64(monitor.stalls().size())}};
}

} // namespace

QJsonObject measureSleepingStall(const WorkerOptions &options)
{
    return measureStall(options, [](qint64 ns) {
        QThread::usleep(quint64(ns / 1000));
    });
}

QJsonObject measureBusyStall(const WorkerOptions &options)
{
    return measureStall(options, [](qint64 ns) {
        // Spin on the CPU, as a long computation on the GUI thread would.
        const qint64 end = nowNs() + ns;
        volatile quint64 spins = 0;
        while (nowNs() < end)
            spins = spins + 1;
    });
}

namespace {

void addStallRow(BenchSection &section, const BenchConfig &config, double seconds, const QString &id,
    const QString &figure, const QString &workerFigure)
{
    const FigureRuns result =
        runFigure(section, config, figure, {workerFigure, QStringLiteral("--seconds"), QString::number(seconds)},
            {QStringLiteral("measuredSeconds"), QStringLiteral("blockedSeconds")}, 60);
    if (!result.ok())
        return;
    const BenchStat measured = result.stat("measuredSeconds");
    // The best run is the one nearest the known block.
    const BenchStat error = result.stat([seconds](const QJsonObject &run) {
        return std::abs(run.value(QLatin1String("measuredSeconds")).toDouble() - seconds);
    });
    BenchRow row = statRow(id, figure, measured, QStringLiteral("s"),
        BenchGoal::between(seconds * 0.95, seconds * 1.05), QStringLiteral("the known block"), seconds,
        QStringLiteral("error %1%2 %, block took %3 s")
            .arg(measured.median >= seconds ? QStringLiteral("+") : QString())
            .arg((measured.median - seconds) / seconds * 100, 0, 'f', 2)
            .arg(result.median("blockedSeconds"), 0, 'f', 3));
    for (const QJsonObject &run : result.runs()) {
        const double value = run.value(QLatin1String("measuredSeconds")).toDouble();
        if (std::abs(value - seconds) == error.best)
            row.best = value;
    }
    section.add(row);
}

} // namespace

BenchSection runStallBenchmark(const BenchConfig &config)
{
    const double seconds = config.quick ? 0.3 : 3.0;
    BenchSection section;
    section.name = QStringLiteral("stall");
    section.title = QStringLiteral("a known %1 s block of the GUI thread, as Lab::EventLoopMonitor records it")
                        .arg(seconds, 0, 'f', 1);
    addStallRow(section, config, seconds, QStringLiteral("stall_sleep"),
        QStringLiteral("QThread::usleep, %1 s on the GUI thread").arg(seconds), QStringLiteral("stall-sleep"));
    addStallRow(section, config, seconds, QStringLiteral("stall_busy"),
        QStringLiteral("busy loop (CPU) %1 s on the GUI thread").arg(seconds), QStringLiteral("stall-busy"));
    section.notes << QStringLiteral("the monitor ticks every 5 ms; the figure is the Blocked span it recorded on its "
                                    "own when the loop came back (from the tick it expected to the tick that came), "
                                    "as the meter and the timeline show it; a run with no such span, or two, fails")
                  << QStringLiteral("goal: within ±5 % of the known block; the best run is the one nearest it");
    return section;
}

} // namespace Lab
