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
    qint64 lastWake = 0;
};

void wokeUp(SleepRun *run)
{
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
    SleepRun run{options.count, 0};
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

double mib(double kib)
{
    return kib / 1024.0;
}

// What one sleeper adds beyond the sleep itself: starting it, keeping its deadline, waking it.
double costPerSleeperUs(const ChildResult &result)
{
    const double count = result.number("count");
    return count > 0 ? std::max(0.0, result.number("wallSeconds") - SleepSeconds) / count * 1e6 : 0;
}

ChildResult runSleepers(BenchSection &section, const QString &figure, int count, const QString &label)
{
    reportProgress(QStringLiteral("sleep: %1").arg(label));
    ChildResult result = runBenchWorker({figure, QStringLiteral("--count"), QString::number(count),
                                            QStringLiteral("--seconds"), QString::number(SleepSeconds)},
        300);
    if (!result.ok())
        section.errors << result.error;
    return result;
}

} // namespace

BenchSection runSleepBenchmark()
{
    BenchSection section;
    section.name = QStringLiteral("sleep");
    section.title = QStringLiteral("N coroutines, each awaiting one 100 ms sleep, all started at once");
    const QString ideal = QStringLiteral("the sleep itself");

    const ChildResult ours = runSleepers(section, QStringLiteral("sleep-ours"), 100'000, QStringLiteral("ours, 100k"));
    const double oursWall = ours.ok() ? ours.number("wallSeconds") : 0;
    const double oursRss = ours.ok() ? mib(ours.number("peakRssKiB")) : 0;
    const double oursCost = ours.ok() ? costPerSleeperUs(ours) : 0;
    const QString oursName = QStringLiteral("ours, 100k");
    if (ours.ok()) {
        section.add({QStringLiteral("ours_100k_wall"), QStringLiteral("ours (Lab::sleepFor), 100k: wall"), oursWall,
            QStringLiteral("s"), BenchGoal::atMost(0.15), ideal, SleepSeconds, {}});
        section.add({QStringLiteral("ours_100k_peak_rss"), QStringLiteral("ours, 100k: peak RSS"), oursRss,
            QStringLiteral("MiB"), BenchGoal::atMost(40), {}, 0,
            QStringLiteral("%1 MiB before the sleepers").arg(mib(ours.number("baselineRssKiB")), 0, 'f', 1)});
        section.add({QStringLiteral("ours_100k_cost"), QStringLiteral("ours, 100k: cost per sleeper"), oursCost,
            QStringLiteral("µs"), {}, {}, 0, {}});
    }

    const ChildResult million =
        runSleepers(section, QStringLiteral("sleep-ours"), 1'000'000, QStringLiteral("ours, 1M"));
    if (million.ok()) {
        section.add({QStringLiteral("ours_1m_wall"), QStringLiteral("ours, 1M: wall"), million.number("wallSeconds"),
            QStringLiteral("s"), BenchGoal::atMost(0.6), ideal, SleepSeconds, {}});
        section.add({QStringLiteral("ours_1m_peak_rss"), QStringLiteral("ours, 1M: peak RSS"),
            mib(million.number("peakRssKiB")), QStringLiteral("MiB"), {}, oursName, oursRss, {}});
        section.add({QStringLiteral("ours_1m_cost"), QStringLiteral("ours, 1M: cost per sleeper"),
            costPerSleeperUs(million), QStringLiteral("µs"), {}, oursName, oursCost, {}});
    }

    // Two sizes show how QCoro's cost per sleeper grows with the number of sleepers.
    const ChildResult qcoroSmall =
        runSleepers(section, QStringLiteral("sleep-qcoro"), 10'000, QStringLiteral("QCoro::sleepFor, 10k"));
    if (qcoroSmall.ok()) {
        section.add({QStringLiteral("qcoro_10k_cost"), QStringLiteral("QCoro::sleepFor, 10k: cost per sleeper"),
            costPerSleeperUs(qcoroSmall), QStringLiteral("µs"), {}, oursName, oursCost,
            QStringLiteral("wall %1 s").arg(qcoroSmall.number("wallSeconds"), 0, 'f', 3)});
    }
    const ChildResult qcoro =
        runSleepers(section, QStringLiteral("sleep-qcoro"), 30'000, QStringLiteral("QCoro::sleepFor, 30k"));
    if (qcoro.ok()) {
        section.add({QStringLiteral("qcoro_30k_wall"), QStringLiteral("QCoro::sleepFor, 30k: wall"),
            qcoro.number("wallSeconds"), QStringLiteral("s"), {}, ideal, SleepSeconds, {}});
        section.add({QStringLiteral("qcoro_30k_peak_rss"), QStringLiteral("QCoro::sleepFor, 30k: peak RSS"),
            mib(qcoro.number("peakRssKiB")), QStringLiteral("MiB"), {}, {}, 0, {}});
        section.add({QStringLiteral("qcoro_30k_cost"), QStringLiteral("QCoro::sleepFor, 30k: cost per sleeper"),
            costPerSleeperUs(qcoro), QStringLiteral("µs"), {}, oursName, oursCost, {}});
    }

    const QString python = findPython();
    if (python.isEmpty()) {
        section.notes << QStringLiteral("python3 not found: skipped");
    } else {
        reportProgress(QStringLiteral("sleep: asyncio, 100k"));
        const ChildResult asyncio = runPythonScript(python, QStringLiteral("asyncio_sleepers.py"),
            {QString::number(100'000), QString::number(SleepSeconds)}, 300);
        if (!asyncio.ok()) {
            section.errors << asyncio.error;
        } else {
            section.add({QStringLiteral("asyncio_100k_wall"), QStringLiteral("asyncio.sleep, 100k: wall"),
                asyncio.number("wallSeconds"), QStringLiteral("s"), {}, oursName, oursWall, {}});
            section.add({QStringLiteral("asyncio_100k_peak_rss"), QStringLiteral("asyncio.sleep, 100k: peak RSS"),
                mib(asyncio.number("peakRssKiB")), QStringLiteral("MiB"), {}, oursName, oursRss,
                QStringLiteral("%1 MiB before the sleepers").arg(mib(asyncio.number("baselineRssKiB")), 0, 'f', 1)});
            section.add({QStringLiteral("asyncio_100k_cost"), QStringLiteral("asyncio.sleep, 100k: cost per sleeper"),
                costPerSleeperUs(asyncio), QStringLiteral("µs"), {}, oursName, oursCost, {}});
            section.notes << QStringLiteral("asyncio: resources/bench/asyncio_sleepers.py run by %1 (Python %2)")
                                 .arg(python, asyncio.json.value(QStringLiteral("python")).toString());
        }
    }
    section.notes << QStringLiteral("wall: from starting the first coroutine to the last one waking; "
                                    "anchor \"the sleep itself\" (100 ms) is the floor")
                  << QStringLiteral("cost per sleeper = (wall - 100 ms) / N: starting, timing and waking one sleeper")
                  << QStringLiteral("QCoro::sleepFor gives every sleeper its own QTimer, and Qt 6.4's timer "
                                    "bookkeeping is quadratic in the number of timers (compare its cost per sleeper "
                                    "at 10k and 30k), so it runs with 30k sleepers at most")
                  << QStringLiteral("peak RSS includes the process's own baseline (libraries, QApplication)");
    return section;
}

} // namespace Lab
