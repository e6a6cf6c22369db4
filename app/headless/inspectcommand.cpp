// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/inspectcommand.h"

#include "app/headless/clioptions.h"
#include "models/trace/tracefileloader.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>

#include <cstdio>
#include <map>
#include <vector>

namespace Lab {

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
}

QString seconds(qint64 ns)
{
    return QCoreApplication::translate("Lab::Cli", "%1 s").arg(double(ns) / 1e9, 0, 'f', 6);
}

} // namespace

int runInspectCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Lab::Cli",
        "Loads a trace file (Chrome trace JSON, .json.gz, Node's .log) as File > Open trace does and\n"
        "prints what the timeline would show. Exits 1 if the file is refused."));
    parser.addPositionalArgument(QStringLiteral("inspect"), QCoreApplication::translate("Lab::Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Lab::Cli", "The trace file."));
    parser.addOption({QStringLiteral("lanes"),
        QCoreApplication::translate("Lab::Cli", "List at most <n> lanes (default 200; 0 lists none)."),
        QStringLiteral("n"), QStringLiteral("200")});
    if (const int status = parseArguments(parser, arguments); status >= 0)
        return status;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(QCoreApplication::translate("Lab::Cli", "inspect takes one trace file"));
    int laneLimit = 200;
    if (!readInteger(parser, QStringLiteral("lanes"), 0, 1'000'000, &laneLimit))
        return UsageError;
    const QString path = positional.at(1);

    TraceRecorder recorder;
    const TraceFileLoader::Outcome outcome = TraceFileLoader::load(path, &recorder);
    if (outcome.status != TraceFileLoader::Status::Opened) {
        std::fprintf(stderr, "concurrency-lab: %s\n", qPrintable(outcome.error));
        return 1;
    }
    const auto translate = [](const char *text) {
        return QCoreApplication::translate("Lab::Cli", text);
    };
    print(translate("File: %1").arg(path));
    print(translate("Processes: %1, threads: %2, task lanes: %3")
              .arg(outcome.processes)
              .arg(outcome.threads)
              .arg(outcome.tasks));
    print(translate("Spans: %1, instants: %2, links: %3").arg(outcome.spans).arg(outcome.instants).arg(outcome.links));
    print(translate("Time range: 0 to %1").arg(seconds(outcome.endNs)));
    print(translate("Events read: %1, skipped: %2").arg(outcome.events).arg(outcome.skippedCount));
    if (!outcome.skipped.isEmpty())
        print(outcome.skipped);
    if (!outcome.notDrawn.empty()) {
        QStringList kinds;
        for (const auto &[phase, count] : outcome.notDrawn)
            kinds << QStringLiteral("%1 × \"%2\"").arg(count).arg(phase);
        print(translate("Not drawn (kinds the timeline does not show): %1").arg(kinds.join(QLatin1String(", "))));
    }
    if (outcome.endedEarly)
        print(translate("The file ends without closing its event list (cut short): what it holds is shown."));
    if (!outcome.dropped.isEmpty())
        print(outcome.dropped);

    // Lanes thread by thread, as the timeline groups them, with their span counts.
    const auto tasks = recorder.tasks();
    std::vector<qint64> spansOf(tasks.size(), 0);
    for (const Span &span : recorder.spans()) {
        if (span.task < spansOf.size())
            ++spansOf[span.task];
    }
    std::vector<QString> threadOrder;
    std::map<QString, std::vector<std::size_t>> byThread;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        if (!byThread.count(tasks[i].thread))
            threadOrder.push_back(tasks[i].thread);
        byThread[tasks[i].thread].push_back(i);
    }
    int listed = 0;
    for (const QString &thread : threadOrder) {
        if (listed >= laneLimit)
            break;
        print(translate("Thread: %1").arg(thread));
        for (std::size_t i : byThread[thread]) {
            if (listed++ >= laneLimit)
                break;
            print(translate("  Lane: %1 (%2 spans)").arg(tasks[i].name).arg(spansOf[i]));
        }
    }
    if (int(tasks.size()) > laneLimit)
        print(translate("... and %1 more lanes").arg(int(tasks.size()) - laneLimit));
    return 0;
}

} // namespace Lab
