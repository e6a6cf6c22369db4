// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/primescommand.h"

#include "app/headless/clioptions.h"
#include "app/headless/headlessrun.h"
#include "models/primes/loiterexercise.h"
#include "models/primes/primesrun.h"
#include "models/primes/primessweep.h"
#include "models/primes/primesworker.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace Lab {

namespace {
// The command's texts, in the user's language.
const auto tr = cliTr;

int runLoiter(HeadlessRun &run)
{
    LoiterExercise loiter(&run.recorder());
    QObject::connect(&loiter, &LoiterExercise::line, printLine);
    QObject::connect(&loiter, &LoiterExercise::finished, [&] {
        run.finish();
    });
    run.exec([&] {
        loiter.start(1.0);
    });
    return 0;
}

int runSweep(HeadlessRun &run, const PrimesSettings &settings)
{
    const int maxWorkers = 2 * QThread::idealThreadCount();
    PrimesSweep sweep(&run.recorder());
    printLine(tr("Speed-up over sequential, %1, 1 to %2 workers:").arg(PrimesRun::heading(settings)).arg(maxWorkers));
    QObject::connect(&sweep, &PrimesSweep::baselineMeasured, [](qint64 ns) {
        printLine(tr("sequential  %1 s").arg(double(ns) / 1e9, 7, 'f', 2));
    });
    QObject::connect(&sweep, &PrimesSweep::pointMeasured, [](const SweepPoint &point) {
        printLine(tr("%1 workers  %2 s  speed-up %3×")
                      .arg(point.workers, 3)
                      .arg(double(point.elapsedNs) / 1e9, 7, 'f', 2)
                      .arg(point.speedup, 5, 'f', 2));
    });
    QString error;
    QObject::connect(&sweep, &PrimesSweep::finished, [&](const QString &why) {
        error = why;
        run.finish();
    });
    run.exec([&] {
        sweep.start(settings, maxWorkers);
    });
    if (!error.isEmpty()) {
        std::fprintf(stderr, "concurrency-lab: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
} // namespace

int runPrimesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Parallelism and the GIL: checks Fluent Python's 20 numbers by trial division and prints, as its scripts\n"
           "do, each number, P for a prime and the seconds its check took, then the total time."));
    parser.addOption({QStringLiteral("mode"),
        tr("sequential, threads, processes, coroutines, executor-map (processes, results in submission order) or "
           "loiter (the executor.map demo); default sequential."),
        QStringLiteral("mode")});
    parser.addOption({QStringLiteral("workers"),
        tr("Worker threads or processes (default: the cores, %1).").arg(QThread::idealThreadCount()),
        QStringLiteral("N")});
    parser.addOption({QStringLiteral("gil"), tr("Threads take turns holding one global lock, as in CPython.")});
    parser.addOption({QStringLiteral("switch-interval"),
        tr("How long a thread holds the GIL (or a coroutine runs) before it hands on, in ms (default 5)."),
        QStringLiteral("ms")});
    parser.addOption({QStringLiteral("sweep"), tr("Measure sequential, then 1 to 2×cores workers; print speed-ups.")});
    if (const int status = parseDemoCommand(parser, arguments); status >= 0)
        return status;

    PrimesSettings settings;
    settings.mode = PrimesMode::Sequential;
    settings.workers = QThread::idealThreadCount();
    const QString mode = parser.value(QStringLiteral("mode"));
    const bool loiter = mode == QLatin1String("loiter");
    if (parser.isSet(QStringLiteral("mode")) && !loiter && !primesModeFromKey(mode, &settings.mode))
        return usageError(
            tr("unknown mode '%1': use sequential, threads, processes, coroutines, executor-map or loiter").arg(mode));
    double interval = 5;
    if (!readInteger(parser, QStringLiteral("workers"), 1, 64, &settings.workers)
        || !readNumber(parser, QStringLiteral("switch-interval"), 0.1, 1000, &interval))
        return UsageError;
    settings.switchIntervalNs = qint64(interval * 1e6);
    settings.gil = parser.isSet(QStringLiteral("gil"));
    if (settings.gil && settings.mode != PrimesMode::Threads && settings.mode != PrimesMode::Processes)
        return usageError(tr("--gil goes with --mode threads (or processes, where each has its own)"));
    settings.workerProgram = QCoreApplication::applicationFilePath();

    HeadlessRun run;
    if (loiter)
        return runLoiter(run) | run.report(parser);
    if (parser.isSet(QStringLiteral("sweep"))) {
        if (settings.mode == PrimesMode::Sequential || settings.mode == PrimesMode::Coroutines)
            return usageError(tr("--sweep goes with --mode threads, processes or executor-map"));
        return runSweep(run, settings) | run.report(parser);
    }

    PrimesRun primes(&run.recorder());
    printLine(PrimesRun::heading(settings));
    QObject::connect(&primes, &PrimesRun::resultReady, [](const PrimeResult &result) {
        printLine(primeLine(result));
    });
    QObject::connect(&primes, &PrimesRun::finished, [&] {
        run.finish();
    });
    run.exec([&] {
        primes.start(settings);
    });
    const PrimesSummary &summary = primes.summary();
    printLine(tr("Total time: %1s").arg(double(summary.elapsedNs) / 1e9, 0, 'f', 2));
    if (!summary.error.isEmpty()) {
        std::fprintf(stderr, "concurrency-lab: %s\n", qPrintable(summary.error));
        run.report(parser);
        return 1;
    }
    return run.report(parser);
}

int runPrimesWorkerCommand(int argc, char **argv)
{
    bool gil = false;
    int jobs = -1;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--gil") == 0) {
            gil = true;
        } else if (std::strcmp(argv[i], "--jobs-fd") == 0 && i + 1 < argc) {
            jobs = std::atoi(argv[++i]);
        } else {
            std::fprintf(stderr, "concurrency-lab primes-worker: unknown argument '%s'\n", argv[i]);
            return UsageError;
        }
    }
    if (jobs < 0) {
        std::fprintf(stderr, "concurrency-lab primes-worker: started by the app only (--jobs-fd N)\n");
        return UsageError;
    }
    return runPrimesWorker(jobs, gil);
}

} // namespace Lab
