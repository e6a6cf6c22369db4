// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/tracecommand.h"

#include "app/headless/clioptions.h"
#include "app/headless/tracefileoption.h"
#include "models/pytrace/pythontracer.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace Lab {

namespace {
int signalPipe[2] = {-1, -1};

void forwardSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
} // namespace

int runTraceCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Lab::Cli",
        "Trace: run a Python program (unmodified) and record its asyncio tasks, threads and "
        "event-loop blocks.\nExample: concurrency-lab trace --output run.json -- python3 script.py"));
    parser.addPositionalArgument(QStringLiteral("trace"), QCoreApplication::translate("Lab::Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("program"),
        QCoreApplication::translate("Lab::Cli", "The program and its arguments, after --."),
        QStringLiteral("-- program [arguments...]"));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("Lab::Cli", "Write the recording as Chrome trace JSON (Perfetto) to <file>."),
        QStringLiteral("file")});
    parser.addOption({QStringLiteral("folder"),
        QCoreApplication::translate("Lab::Cli", "Run the program in <dir> (default: the current folder)."),
        QStringLiteral("dir")});
    if (const int status = parseArguments(parser, arguments); status >= 0)
        return status;
    const QStringList command = parser.positionalArguments().mid(1);
    if (command.isEmpty())
        return usageError(
            QCoreApplication::translate("Lab::Cli", "no program given: concurrency-lab trace -- python3 script.py"));
    const QString folder =
        parser.isSet(QStringLiteral("folder")) ? parser.value(QStringLiteral("folder")) : QDir::currentPath();
    if (!QFileInfo(folder).isDir())
        return usageError(QCoreApplication::translate("Lab::Cli", "'%1' is not a folder").arg(folder));

    TraceRecorder recorder;
    PythonTracer tracer(&recorder);
    tracer.setForwardOutput(true);
    QString error;
    if (!tracer.start(command, folder, &error)) {
        std::fprintf(stderr, "concurrency-lab: %s\n", qPrintable(error));
        return 1;
    }
    // Ctrl+C reaches the program too (same process group); here it ends the wait and keeps the trace.
    if (::pipe2(signalPipe, O_CLOEXEC) == 0) {
        std::signal(SIGINT, forwardSignal);
        std::signal(SIGTERM, forwardSignal);
    }
    QSocketNotifier interrupted(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&interrupted, &QSocketNotifier::activated, &tracer, &PythonTracer::stop);
    int status = 0;
    QString message;
    QObject::connect(&tracer, &PythonTracer::finished, [&](int exitStatus, const QString &how) {
        status = exitStatus;
        message = how;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    const PythonTraceSummary &summary = tracer.summary();
    std::printf("%s\n", qPrintable(message));
    // The command line speaks English (as every command's output does).
    const auto count = [](int n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    std::printf("traced: %s, %s, %s\n", qPrintable(count(summary.tasks, "task", "tasks")),
        qPrintable(count(summary.threads, "thread", "threads")),
        qPrintable(count(summary.loops, "event loop", "event loops")));
    if (summary.longestBlockNs > 0)
        std::printf("longest event-loop block: %.2f s (%s)\n", double(summary.longestBlockNs) / 1e9,
            qPrintable(summary.longestBlockLabel));
    else
        std::printf("longest event-loop block: none over 50 ms\n");
    std::printf("run time: %.2f s\n", double(tracer.runTimeNs()) / 1e9);
    if (!writeTraceIfAsked(recorder, parser.value(QStringLiteral("output"))))
        return 1;
    return status;
}

} // namespace Lab
