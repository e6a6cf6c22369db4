// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/clioptions.h"
#include "app/headless/headlesscommands.h"
#include "app/headless/tracefileoption.h"
#include "models/spinner/spinnerdemo.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>

#include <cstdio>

namespace Lab {

int runSpinnerCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Lab::Cli", "Spinner: a spinner turns every 0.1 s while a slow function (3 s, answers 42) runs."));
    parser.addPositionalArgument(QStringLiteral("spinner"), QCoreApplication::translate("Lab::Cli", "The command."));
    parser.addOption({QStringLiteral("mode"),
        QCoreApplication::translate(
            "Lab::Cli", "How the slow function runs: blocking, thread, coroutine, cpu-blocking, cpu-pool."),
        QStringLiteral("mode"), QStringLiteral("coroutine")});
    parser.addOption({QStringLiteral("seconds"),
        QCoreApplication::translate("Lab::Cli", "How long the slow function takes (default 3)."), QStringLiteral("s")});
    parser.addOption(traceFileOption());
    if (const int status = parseArguments(parser, arguments); status >= 0)
        return status;
    if (parser.positionalArguments().size() > 1)
        return usageError(QCoreApplication::translate("Lab::Cli", "unexpected argument '%1'")
                              .arg(parser.positionalArguments().at(1)));

    SpinnerMode mode;
    if (!parseSpinnerMode(parser.value(QStringLiteral("mode")), &mode))
        return usageError(QCoreApplication::translate(
            "Lab::Cli", "unknown mode '%1': use blocking, thread, coroutine, cpu-blocking or cpu-pool")
                              .arg(parser.value(QStringLiteral("mode"))));
    double seconds = 3.0;
    if (!readNumber(parser, QStringLiteral("seconds"), 0.01, 600, &seconds))
        return UsageError;

    TraceRecorder recorder;
    EventLoopMonitor monitor(&recorder);
    SpinnerDemo demo(&recorder);
    demo.setMode(mode);
    demo.setSeconds(seconds);
    const QString status = QCoreApplication::translate("Lab::Cli", "thinking!");
    const QString frames = QStringLiteral("|/-\\");
    QObject::connect(&demo, &SpinnerDemo::frame, [&](int index) {
        std::printf("\r%s %s", qPrintable(QString(frames[index % frames.size()])), qPrintable(status));
        std::fflush(stdout);
    });
    int answer = 0;
    QObject::connect(&demo, &SpinnerDemo::finished, [&](int result, qint64) {
        answer = result;
        monitor.sampleNow(); // a blocking run just returned: report its stall before leaving
        QCoreApplication::quit();
    });
    std::printf("spinner mode: %s\n", qPrintable(spinnerModeName(mode)));
    monitor.start();
    // Started from the loop, so that quit() from a run that finishes at once still ends exec().
    QMetaObject::invokeMethod(&demo, &SpinnerDemo::start, Qt::QueuedConnection);
    QCoreApplication::exec();
    monitor.stop();
    std::printf("\r%s\r", qPrintable(QString(status.size() + 2, u' ')));
    std::printf("Answer: %d\n", answer);
    std::printf("frames drawn: %d\n", demo.frames());
    std::printf("longest event-loop stall: %.2f s\n", double(monitor.longestStallNs()) / 1e9);
    return writeTraceIfAsked(recorder, parser.value(QStringLiteral("trace"))) ? 0 : 1;
}

} // namespace Lab
