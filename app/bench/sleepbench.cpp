// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/benchfigures.h"
#include "app/bench/benchprocess.h"
#include "models/core/clock.h"
#include "models/core/sleep.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QCoroTimer>
#include <QTimer>

#include <chrono>

namespace Lab {

namespace {

// Shared by every sleeper of one run; they all live on the GUI thread, so plain counters do.
struct SleepRun
{
    int remaining = 0;
    int woken = 0;
    qint64 lastWake = 0;
};

void wokeUp(SleepRun *run)
{
    ++run->woken;
    if (--run->remaining == 0) {
        run->lastWake = nowNs();
        QCoreApplication::quit();
    }
}

QCoro::Task<> sleepOurs(SleepRun *run, std::chrono::nanoseconds duration)
{
    co_await sleepFor(duration);
    wokeUp(run);
}

QCoro::Task<> sleepQCoro(SleepRun *run, std::chrono::milliseconds duration)
{
    co_await QCoro::sleepFor(duration);
    wokeUp(run);
}

template<typename StartOne>
QJsonObject measureSleepers(const WorkerOptions &options, StartOne startOne)
{
    SleepRun run{options.count, 0, 0};
    const qint64 baselineKiB = currentRssKiB();
    qint64 start = 0;
    qint64 started = 0;
    // Started from inside the loop, as an app would, so that the last wake's quit() ends exec().
    QTimer::singleShot(0, [&] {
        start = nowNs();
        for (int i = 0; i < options.count; ++i)
            startOne(&run); // the task is not kept: an eager QCoro task runs on and frees itself when done
        started = nowNs();
    });
    QCoreApplication::exec();
    // QCoro's timers are coarse: Qt may fire them up to 5 % early, so only a wake far too early fails.
    if (run.woken != options.count || run.lastWake - start < qint64(options.seconds * 0.9e9))
        return {{QStringLiteral("error"),
            QStringLiteral("%1 of %2 sleepers woke, after %3 s")
                .arg(run.woken)
                .arg(options.count)
                .arg(double(run.lastWake - start) / 1e9)}};
    return {{QStringLiteral("count"), options.count}, {QStringLiteral("sleepSeconds"), options.seconds},
        {QStringLiteral("wallSeconds"), double(run.lastWake - start) / 1e9},
        {QStringLiteral("startSeconds"), double(started - start) / 1e9},
        {QStringLiteral("baselineRssKiB"), baselineKiB}};
}

std::chrono::nanoseconds toDuration(double seconds)
{
    return std::chrono::nanoseconds(qint64(seconds * 1e9));
}

} // namespace

QJsonObject measureOurSleepers(const WorkerOptions &options)
{
    const auto duration = toDuration(options.seconds);
    return measureSleepers(options, [duration](SleepRun *run) {
        sleepOurs(run, duration);
    });
}

QJsonObject measureQCoroSleepers(const WorkerOptions &options)
{
    const auto duration = std::chrono::duration_cast<std::chrono::milliseconds>(toDuration(options.seconds));
    return measureSleepers(options, [duration](SleepRun *run) {
        sleepQCoro(run, duration);
    });
}

namespace {

constexpr double SleepSeconds = 0.1;
const QStringList SleepKeys = {QStringLiteral("wallSeconds"), QStringLiteral("peakRssKiB"),
    QStringLiteral("baselineRssKiB"), QStringLiteral("count")};

// What one sleeper adds beyond the sleep itself: starting it, keeping its deadline, waking it.
double costPerSleeperUs(const QJsonObject &run)
{
    const double count = run.value(QLatin1String("count")).toDouble();
    return std::max(0.0, run.value(QLatin1String("wallSeconds")).toDouble() - SleepSeconds) / count * 1e6;
}

FigureRuns runSleepers(
    BenchSection &section, const BenchConfig &config, const QString &figure, int count, const QString &label)
{
    return runFigure(section, config, label,
        {figure, QStringLiteral("--count"), QString::number(count), QStringLiteral("--seconds"),
            QString::number(SleepSeconds)},
        SleepKeys, 300);
}

} // namespace

BenchSection runSleepBenchmark(const BenchConfig &config)
{
    BenchSection section;
    section.name = QStringLiteral("sleep");
    section.title = QStringLiteral("N coroutines, each awaiting one 100 ms sleep, all started at once");
    const QString ideal = QStringLiteral("the sleep itself");
    constexpr double KiB = 1.0 / 1024; // KiB to MiB
    const int small = config.quick ? 1000 : 100'000;
    const int large = config.quick ? 10'000 : 1'000'000;
    const int qcoroSmall = config.quick ? 100 : 10'000;
    const int qcoroLarge = config.quick ? 300 : 30'000;

    const QString oursName = QStringLiteral("ours, %1").arg(shortCount(small));
    const FigureRuns ours = runSleepers(section, config, QStringLiteral("sleep-ours"), small, oursName);
    const BenchStat oursRss = ours.stat("peakRssKiB", KiB);
    const BenchStat oursCost = ours.stat(costPerSleeperUs);
    if (ours.ok()) {
        section.add(statRow(QStringLiteral("ours_100k_wall"),
            QStringLiteral("ours (Lab::sleepFor), %1: wall").arg(shortCount(small)), ours.stat("wallSeconds"),
            QStringLiteral("s"), BenchGoal::atMost(0.15), ideal, SleepSeconds));
        section.add(statRow(QStringLiteral("ours_100k_peak_rss"), oursName + QStringLiteral(": peak RSS"), oursRss,
            QStringLiteral("MiB"), BenchGoal::atMost(40), {}, 0,
            QStringLiteral("%1 MiB before the sleepers").arg(ours.median("baselineRssKiB") * KiB, 0, 'f', 1)));
        section.add(statRow(QStringLiteral("ours_100k_cost"), oursName + QStringLiteral(": cost per sleeper"), oursCost,
            QStringLiteral("µs")));
    }

    const QString millionName = QStringLiteral("ours, %1").arg(shortCount(large));
    const FigureRuns million = runSleepers(section, config, QStringLiteral("sleep-ours"), large, millionName);
    if (million.ok()) {
        section.add(statRow(QStringLiteral("ours_1m_wall"), millionName + QStringLiteral(": wall"),
            million.stat("wallSeconds"), QStringLiteral("s"), BenchGoal::atMost(0.6), ideal, SleepSeconds));
        section.add(statRow(QStringLiteral("ours_1m_peak_rss"), millionName + QStringLiteral(": peak RSS"),
            million.stat("peakRssKiB", KiB), QStringLiteral("MiB"), {}, oursName, oursRss.median));
        section.add(statRow(QStringLiteral("ours_1m_cost"), millionName + QStringLiteral(": cost per sleeper"),
            million.stat(costPerSleeperUs), QStringLiteral("µs"), {}, oursName, oursCost.median));
    }

    // Two sizes show how QCoro's cost per sleeper grows with the number of sleepers.
    const QString qcoroSmallName = QStringLiteral("QCoro::sleepFor, %1").arg(shortCount(qcoroSmall));
    const FigureRuns qcoroFew = runSleepers(section, config, QStringLiteral("sleep-qcoro"), qcoroSmall, qcoroSmallName);
    if (qcoroFew.ok()) {
        section.add(statRow(QStringLiteral("qcoro_10k_cost"), qcoroSmallName + QStringLiteral(": cost per sleeper"),
            qcoroFew.stat(costPerSleeperUs), QStringLiteral("µs"), {}, oursName, oursCost.median,
            QStringLiteral("wall %1 s").arg(qcoroFew.median("wallSeconds"), 0, 'f', 3)));
    }
    const QString qcoroName = QStringLiteral("QCoro::sleepFor, %1").arg(shortCount(qcoroLarge));
    const FigureRuns qcoro = runSleepers(section, config, QStringLiteral("sleep-qcoro"), qcoroLarge, qcoroName);
    if (qcoro.ok()) {
        section.add(statRow(QStringLiteral("qcoro_30k_wall"), qcoroName + QStringLiteral(": wall"),
            qcoro.stat("wallSeconds"), QStringLiteral("s"), {}, ideal, SleepSeconds));
        section.add(statRow(QStringLiteral("qcoro_30k_peak_rss"), qcoroName + QStringLiteral(": peak RSS"),
            qcoro.stat("peakRssKiB", KiB), QStringLiteral("MiB")));
        section.add(statRow(QStringLiteral("qcoro_30k_cost"), qcoroName + QStringLiteral(": cost per sleeper"),
            qcoro.stat(costPerSleeperUs), QStringLiteral("µs"), {}, oursName, oursCost.median));
    }

    const QString python = findPython();
    if (python.isEmpty()) {
        section.notes << QStringLiteral("python3 not found: skipped");
    } else {
        const QString asyncioName = QStringLiteral("asyncio.sleep, %1").arg(shortCount(small));
        const FigureRuns asyncio =
            runPythonFigure(section, config, asyncioName, python, QStringLiteral("asyncio_sleepers.py"),
                {QString::number(small), QString::number(SleepSeconds)}, SleepKeys, 300);
        if (asyncio.ok()) {
            section.add(statRow(QStringLiteral("asyncio_100k_wall"), asyncioName + QStringLiteral(": wall"),
                asyncio.stat("wallSeconds"), QStringLiteral("s"), {}, oursName, ours.median("wallSeconds")));
            section.add(statRow(QStringLiteral("asyncio_100k_peak_rss"), asyncioName + QStringLiteral(": peak RSS"),
                asyncio.stat("peakRssKiB", KiB), QStringLiteral("MiB"), {}, oursName, oursRss.median,
                QStringLiteral("%1 MiB before the sleepers").arg(asyncio.median("baselineRssKiB") * KiB, 0, 'f', 1)));
            section.add(statRow(QStringLiteral("asyncio_100k_cost"), asyncioName + QStringLiteral(": cost per sleeper"),
                asyncio.stat(costPerSleeperUs), QStringLiteral("µs"), {}, oursName, oursCost.median));
            section.notes << QStringLiteral("asyncio: resources/bench/asyncio_sleepers.py run by %1 (Python %2)")
                                 .arg(python, asyncio.last().value(QStringLiteral("python")).toString());
        }
    }
    section.notes << QStringLiteral("wall: from starting the first coroutine to the last one waking; "
                                    "anchor \"the sleep itself\" (100 ms) is the floor; a run counts only if "
                                    "every sleeper woke, once")
                  << QStringLiteral("cost per sleeper = (wall - 100 ms) / N: starting, timing and waking one sleeper")
                  << QStringLiteral("QCoro::sleepFor gives every sleeper its own QTimer, and Qt 6.4's timer "
                                    "bookkeeping is quadratic in the number of timers (compare its cost per sleeper "
                                    "at 10k and 30k), so it runs with 30k sleepers at most")
                  << QStringLiteral("peak RSS includes the process's own baseline (libraries, QApplication)");
    return section;
}

} // namespace Lab
