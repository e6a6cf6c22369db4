// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/benchfigures.h"
#include "app/bench/benchprocess.h"
#include "models/core/clock.h"
#include "models/core/sleep.h"
#include "models/trace/eventloopmonitor.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace Lab {

namespace {

constexpr auto WakePeriod = std::chrono::milliseconds(100);

struct LoopLagRun
{
    qint64 end = 0;
    int running = 0;
    qint64 wakes = 0;
};

QCoro::Task<> wakeRepeatedly(LoopLagRun *run, std::chrono::nanoseconds offset)
{
    co_await sleepFor(offset);
    while (nowNs() < run->end) {
        co_await sleepFor(WakePeriod);
        ++run->wakes;
    }
    if (--run->running == 0)
        QCoreApplication::quit();
}

} // namespace

QJsonObject measureLoopLag(const WorkerOptions &options)
{
    EventLoopMonitor monitor(nullptr);
    LoopLagRun run;
    run.running = options.count;
    qint64 start = 0;
    double cpuStart = 0;
    QTimer::singleShot(0, [&] {
        start = nowNs();
        cpuStart = cpuSeconds();
        run.end = start + qint64(options.seconds * 1e9);
        monitor.start();
        // Spread the first wakes uniformly over one period, so the sleepers are not all in phase.
        const qint64 periodNs = std::chrono::nanoseconds(WakePeriod).count();
        for (int i = 0; i < options.count; ++i)
            wakeRepeatedly(&run, std::chrono::nanoseconds(periodNs * i / options.count));
    });
    QCoreApplication::exec();
    monitor.stop();
    const double wall = double(nowNs() - start) / 1e9;
    const auto &samples = monitor.lagSamples();
    if (run.running != 0 || run.wakes == 0 || samples.empty())
        return {{QStringLiteral("error"),
            QStringLiteral("%1 sleepers still running, %2 wakes, %3 heartbeats")
                .arg(run.running)
                .arg(run.wakes)
                .arg(samples.size())}};
    const qint64 maxLag = samples.empty() ? 0 : *std::max_element(samples.begin(), samples.end());
    return {{QStringLiteral("count"), options.count}, {QStringLiteral("seconds"), options.seconds},
        {QStringLiteral("heartbeatMs"), monitor.interval()}, {QStringLiteral("samples"), qint64(samples.size())},
        {QStringLiteral("lagP50Ms"), double(monitor.lagPercentileNs(50)) / 1e6},
        {QStringLiteral("lagP99Ms"), double(monitor.lagPercentileNs(99)) / 1e6},
        {QStringLiteral("lagMaxMs"), double(maxLag) / 1e6}, {QStringLiteral("wakes"), run.wakes},
        {QStringLiteral("wallSeconds"), wall}, {QStringLiteral("cpuPercent"), (cpuSeconds() - cpuStart) / wall * 100}};
}

namespace {

const QStringList LagKeys = {QStringLiteral("lagP50Ms"), QStringLiteral("lagP99Ms"), QStringLiteral("lagMaxMs"),
    QStringLiteral("wakes"), QStringLiteral("samples"), QStringLiteral("cpuPercent")};

void addLagRows(BenchSection &section, const QString &prefix, const QString &name, const FigureRuns &result,
    const FigureRuns *anchor)
{
    const auto anchored = [&](const char *key) {
        return anchor ? anchor->median(key) : 0.0;
    };
    const QString anchorName = anchor ? QStringLiteral("ours") : QString();
    section.add(statRow(prefix + QStringLiteral("_lag_p50"), name + QStringLiteral(": heartbeat lag p50"),
        result.stat("lagP50Ms"), QStringLiteral("ms"), {}, anchorName, anchored("lagP50Ms")));
    section.add(statRow(prefix + QStringLiteral("_lag_p99"), name + QStringLiteral(": heartbeat lag p99"),
        result.stat("lagP99Ms"), QStringLiteral("ms"), anchor ? BenchGoal() : BenchGoal::atMost(3), anchorName,
        anchored("lagP99Ms")));
    section.add(statRow(prefix + QStringLiteral("_lag_max"), name + QStringLiteral(": heartbeat lag max"),
        result.stat("lagMaxMs"), QStringLiteral("ms"), {}, anchorName, anchored("lagMaxMs")));
    section.add(
        statRow(prefix + QStringLiteral("_wakes"), name + QStringLiteral(": wakes"), result.stat("wakes", 1, true), {},
            {}, anchorName, anchored("wakes"), QStringLiteral("%1 heartbeats").arg(result.median("samples"))));
    section.add(statRow(prefix + QStringLiteral("_cpu"), name + QStringLiteral(": CPU use"), result.stat("cpuPercent"),
        QStringLiteral("%"), {}, anchorName, anchored("cpuPercent")));
}

} // namespace

BenchSection runLoopLagBenchmark(const BenchConfig &config)
{
    const int count = config.quick ? 500 : 10'000;
    const double seconds = config.quick ? 0.5 : 5.0;
    BenchSection section;
    section.name = QStringLiteral("loop-lag");
    section.title = QStringLiteral("%1 coroutines each waking every 100 ms for %2 s, beside a 5 ms heartbeat")
                        .arg(QLocale(QLocale::English).toString(count))
                        .arg(seconds);
    const QStringList arguments = {QString::number(count), QString::number(seconds)};

    const FigureRuns ours =
        runFigure(section, config, QStringLiteral("ours, %1 for %2 s").arg(shortCount(count)).arg(seconds),
            {QStringLiteral("loop-lag"), QStringLiteral("--count"), arguments[0], QStringLiteral("--seconds"),
                arguments[1]},
            LagKeys, 120);
    if (ours.ok())
        addLagRows(section, QStringLiteral("ours"), QStringLiteral("ours (Lab::sleepFor)"), ours, nullptr);

    const QString python = findPython();
    if (python.isEmpty()) {
        section.notes << QStringLiteral("python3 not found: skipped");
    } else {
        const FigureRuns asyncio =
            runPythonFigure(section, config, QStringLiteral("asyncio, %1 for %2 s").arg(shortCount(count)).arg(seconds),
                python, QStringLiteral("asyncio_loop_lag.py"), arguments, LagKeys, 120);
        if (asyncio.ok())
            addLagRows(section, QStringLiteral("asyncio"), QStringLiteral("asyncio.sleep"), asyncio, &ours);
    }
    section.notes << QStringLiteral(
        "the sleepers' starts are staggered uniformly over the first 100 ms, so they are not all "
        "in phase (about 100 wakes per millisecond, not 10,000 at once every 100 ms)")
                  << QStringLiteral("heartbeat lag: a timer ticking every 5 ms measures how late each tick comes "
                                    "(Lab::EventLoopMonitor); resources/bench/asyncio_loop_lag.py does the same with "
                                    "asyncio.sleep(0.005) and the same percentile rule")
                  << QStringLiteral("CPU use: user + system CPU time of the process over the run's wall time");
    return section;
}

} // namespace Lab
