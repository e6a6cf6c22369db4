// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/benchfigures.h"
#include "app/bench/benchprocess.h"
#include "models/core/clock.h"
#include "models/trace/eventloopmonitor.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <functional>

namespace Lab {

namespace {

// Let the heartbeat tick for a while, block the GUI thread with @p block, then read the monitor
// at once, as the spinner command does when a blocking run returns.
QJsonObject measureStall(const WorkerOptions &options, const std::function<void(qint64 ns)> &block)
{
    EventLoopMonitor monitor(nullptr);
    const qint64 blockNs = qint64(options.seconds * 1e9);
    qint64 blockedNs = 0;
    monitor.start();
    QTimer::singleShot(200, [&] {
        const qint64 start = nowNs();
        block(blockNs);
        blockedNs = nowNs() - start;
        monitor.sampleNow();
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    monitor.stop();
    return {{QStringLiteral("seconds"), options.seconds},
        {QStringLiteral("measuredSeconds"), double(monitor.longestStallNs()) / 1e9},
        {QStringLiteral("blockedSeconds"), double(blockedNs) / 1e9},
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

constexpr double StallSeconds = 3.0;

void addStallRow(BenchSection &section, const QString &id, const QString &figure, const QString &workerFigure)
{
    reportProgress(QStringLiteral("stall: %1").arg(figure));
    const ChildResult result =
        runBenchWorker({workerFigure, QStringLiteral("--seconds"), QString::number(StallSeconds)}, 60);
    if (!result.ok()) {
        section.errors << result.error;
        return;
    }
    const double measured = result.number("measuredSeconds");
    const double errorPercent = (measured - StallSeconds) / StallSeconds * 100;
    section.add({id, figure, measured, QStringLiteral("s"), BenchGoal::between(2.85, 3.15),
        QStringLiteral("the known block"), StallSeconds,
        QStringLiteral("error %1%2 %, block took %3 s")
            .arg(errorPercent >= 0 ? QStringLiteral("+") : QString())
            .arg(errorPercent, 0, 'f', 2)
            .arg(result.number("blockedSeconds"), 0, 'f', 3)});
}

} // namespace

BenchSection runStallBenchmark()
{
    BenchSection section;
    section.name = QStringLiteral("stall");
    section.title = QStringLiteral("a known 3.0 s block of the GUI thread, as Lab::EventLoopMonitor measures it");
    addStallRow(section, QStringLiteral("stall_sleep"), QStringLiteral("QThread::usleep, 3 s on the GUI thread"),
        QStringLiteral("stall-sleep"));
    addStallRow(section, QStringLiteral("stall_busy"), QStringLiteral("busy loop (CPU) 3 s on the GUI thread"),
        QStringLiteral("stall-busy"));
    section.notes << QStringLiteral("the monitor ticks every 5 ms; right after the block the caller takes a reading "
                                    "(sampleNow()), so the stall is the time since the last tick minus one interval")
                  << QStringLiteral("goal: within ±5 % of the known 3.0 s; error is against 3.0 s");
    return section;
}

} // namespace Lab
