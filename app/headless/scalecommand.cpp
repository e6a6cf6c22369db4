// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/scalecommand.h"

#include "app/headless/clioptions.h"
#include "app/headless/headlessrun.h"
#include "models/scale/processmemory.h"
#include "models/scale/pythonreference.h"
#include "models/scale/scalerun.h"

#include <QCoreApplication>

#include <cstdio>

namespace Lab {

namespace {
// The command's texts, in the user's language.
const auto tr = cliTr;
} // namespace

int runScaleCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("How many can you run? Starts N sleepers as coroutines on the event loop or as OS threads and prints\n"
           "started, alive, finished, elapsed time, the process's RSS and memory per sleeper."));
    parser.addOption({QStringLiteral("coroutines"),
        tr("N coroutine sleepers, at most %1 (the default: 100,000).").arg(ScaleRun::MaxCoroutines),
        QStringLiteral("N")});
    parser.addOption({QStringLiteral("threads"), tr("N thread sleepers, held to --thread-cap."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seconds"), tr("How long each sleeps (default 1)."), QStringLiteral("s")});
    parser.addOption({QStringLiteral("thread-cap"),
        tr("Start at most C threads (default %1, at most %2).")
            .arg(ScaleRun::DefaultThreadCap)
            .arg(ScaleRun::MaxThreadCap),
        QStringLiteral("C")});
    if (const int status = parseDemoCommand(parser, arguments); status >= 0)
        return status;

    const bool threads = parser.isSet(QStringLiteral("threads"));
    if (threads && parser.isSet(QStringLiteral("coroutines")))
        return usageError(tr("--coroutines and --threads: choose one"));
    int count = 100'000;
    int cap = ScaleRun::DefaultThreadCap;
    double seconds = 1.0;
    if (!readInteger(parser, QStringLiteral("coroutines"), 1, ScaleRun::MaxCoroutines, &count)
        || !readInteger(parser, QStringLiteral("threads"), 1, ScaleRun::MaxThreadCap, &count)
        || !readInteger(parser, QStringLiteral("thread-cap"), 1, ScaleRun::MaxThreadCap, &cap)
        || !readNumber(parser, QStringLiteral("seconds"), 0.001, 600, &seconds))
        return UsageError;

    HeadlessRun run;
    ScaleRun scale(&run.recorder());
    scale.setKind(threads ? SleeperKind::Threads : SleeperKind::Coroutines);
    scale.setCount(count);
    scale.setThreadCap(cap);
    scale.setSeconds(seconds);
    qint64 lastLine = 0;
    QObject::connect(&scale, &ScaleRun::updated, [&](const ScaleFigures &f) {
        if (f.done || f.elapsedNs - lastLine < 250'000'000)
            return;
        lastLine = f.elapsedNs;
        std::printf("%6.2f s  started %9d  alive %9d  finished %9d  RSS %s\n", double(f.elapsedNs) / 1e9, f.started,
            f.alive, f.finished, qPrintable(formatBytes(double(f.rssBytes))));
        std::fflush(stdout);
    });
    QObject::connect(&scale, &ScaleRun::finished, [&](const ScaleFigures &) {
        run.finish();
    });
    run.exec([&] {
        scale.start();
    });
    const ScaleFigures &f = scale.figures();
    std::printf("\n");
    for (const auto &[label, value] : scaleFigureRows(f))
        std::printf("%-20s %s\n", qPrintable(label), qPrintable(value));
    std::printf("\n%s\n\n", qPrintable(PythonReference::text()));
    const int status = run.report(parser);
    if (!f.limit.isEmpty()) {
        std::fprintf(
            stderr, "concurrency-lab: stopped creating threads after %d: %s\n", f.started, qPrintable(f.limit));
        return 1;
    }
    if (f.capped)
        std::fprintf(stderr, "concurrency-lab: %d threads asked for, %d started: raise --thread-cap for more\n",
            f.requested, f.target);
    return status;
}

} // namespace Lab
