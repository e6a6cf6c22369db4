// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/benchcommand.h"

#include "app/bench/benchfigures.h"
#include "app/bench/benchprocess.h"
#include "app/bench/benchreport.h"
#include "app/bench/benchruns.h"
#include "app/headless/clioptions.h"
#include "models/core/eventloopchoice.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace Lab {

namespace {

struct Benchmark
{
    const char *name;
    BenchSection (*run)(const BenchConfig &);
};

const Benchmark Benchmarks[] = {
    {"sleep", runSleepBenchmark},
    {"loop-lag", runLoopLagBenchmark},
    {"timeline", runTimelineBenchmark},
    {"stall", runStallBenchmark},
    {"flags", runFlagsBenchmark},
    {"server", runServerBenchmark},
    {"loops", runLoopsBenchmark},
    {"primes", runPrimesBenchmark},
    {"import", runImportBenchmark},
    {"pytrace", runPythonTracerBenchmark},
};

struct WorkerFigure
{
    const char *name;
    QJsonObject (*measure)(const WorkerOptions &);
};

const WorkerFigure WorkerFigures[] = {
    {"sleep-ours", measureOurSleepers},
    {"sleep-qcoro", measureQCoroSleepers},
    {"loop-lag", measureLoopLag},
    {"timeline-record", measureRecording},
    {"timeline-paint", measureTimelinePaint},
    {"stall-sleep", measureSleepingStall},
    {"stall-busy", measureBusyStall},
    {"flags-coroutines", measureFlagCoroutines},
    {"flags-one-manager", measureFlagOneManager},
    {"flags-threads", measureFlagThreads},
    {"flags-sequential", measureFlagSequential},
    {"flags-asyncio", measureFlagAsyncio},
    {"flags-asyncio-traced", measureFlagAsyncioTraced},
    {"flags-httpx", measureFlagHttpx},
    {"flags-httpx-traced", measureFlagHttpxTraced},
    {"flags-gui-coroutines", measureFlagsGuiCoroutines},
    {"flags-gui-threads", measureFlagsGuiThreads},
    {"flags-python-asyncio", measureFlagsOnAsyncio},
    {"flags-python-uvloop", measureFlagsOnUvloop},
    {"primes-floor", measurePrimesFloor},
    {"primes-sequential", measurePrimesSequential},
    {"primes-threads", measurePrimesThreads},
    {"primes-threads-gil", measurePrimesThreadsGil},
    {"primes-processes", measurePrimesProcesses},
    {"primes-python", measurePrimesPython},
    {"primes-gui-threads", measurePrimesGuiThreads},
    {"primes-gui-processes", measurePrimesGuiProcesses},
    {"import-floor", measureImportFloor},
    {"import-gui", measureImportGui},
    {"import-record-links", measureLinkRecording},
};

QString validNames()
{
    return benchmarkNames().join(QLatin1String(", "));
}

} // namespace

QStringList benchmarkNames()
{
    QStringList names;
    for (const Benchmark &benchmark : Benchmarks)
        names << QLatin1String(benchmark.name);
    return names;
}

int runBenchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Lab::Cli",
        "Bench: measures the lab's own machinery against its goals and against QCoro and Python asyncio.\n"
        "Benchmarks: %1 (all of them if none is named). Each figure runs in its own child process.\n"
        "Exit status 0 once everything was measured (a missed goal shows as MISS), 1 if a measurement failed.")
                                         .arg(validNames()));
    parser.addPositionalArgument(QStringLiteral("bench"), QCoreApplication::translate("Lab::Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("names"),
        QCoreApplication::translate("Lab::Cli", "Benchmarks to run: %1.").arg(validNames()),
        QStringLiteral("[NAME ...]"));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("Lab::Cli", "Print one JSON object instead of tables."));
    parser.addOption(json);
    const QCommandLineOption runs(QStringLiteral("runs"),
        QCoreApplication::translate("Lab::Cli", "Runs per figure (default 3): the median and the best are shown."),
        QStringLiteral("n"));
    parser.addOption(runs);
    const QCommandLineOption quick(QStringLiteral("quick"),
        QCoreApplication::translate(
            "Lab::Cli", "Tiny sizes: checks that every figure can be measured, in seconds; the values mean nothing."));
    parser.addOption(quick);
    const QCommandLineOption server(QStringLiteral("server"),
        QCoreApplication::translate("Lab::Cli", "flags: download from this flag server instead of a built-in one."),
        QStringLiteral("URL"));
    parser.addOption(server);
    const QCommandLineOption goal(QStringLiteral("goal"),
        QCoreApplication::translate(
            "Lab::Cli", "Judge figure ID (as --json names it: BENCHMARK.ID) against at most MAX instead."),
        QStringLiteral("ID=MAX"));
    parser.addOption(goal);
    if (const int status = parseArguments(parser, arguments); status >= 0)
        return status;

    QStringList names = parser.positionalArguments().mid(1);
    for (const QString &name : std::as_const(names)) {
        if (!benchmarkNames().contains(name))
            return usageError(
                QCoreApplication::translate("Lab::Cli", "unknown benchmark '%1': use %2").arg(name, validNames()));
    }
    names.removeDuplicates();
    if (names.isEmpty())
        names = benchmarkNames();

    BenchConfig config;
    config.quick = parser.isSet(quick);
    if (!readInteger(parser, QStringLiteral("runs"), 1, 100, &config.runs))
        return UsageError;
    if (parser.isSet(server)) {
        config.flagServer = QUrl(parser.value(server));
        if (!config.flagServer.isValid() || config.flagServer.scheme() != QLatin1String("http")
            || config.flagServer.host().isEmpty())
            return usageError(QCoreApplication::translate("Lab::Cli", "--server needs an http:// URL, not '%1'")
                                  .arg(parser.value(server)));
    }
    QHash<QString, double> goals;
    for (const QString &text : parser.values(goal)) {
        bool isNumber = false;
        const double max = text.section(u'=', 1).toDouble(&isNumber);
        if (!text.contains(u'=') || !text.section(u'=', 0, 0).contains(u'.') || !isNumber)
            return usageError(
                QCoreApplication::translate("Lab::Cli", "--goal needs BENCHMARK.ID=MAX, not '%1'").arg(text));
        goals.insert(text.section(u'=', 0, 0), max);
    }

    MachineInfo machine = currentMachine();
    machine.runs = config.runs;
    std::vector<BenchSection> sections;
    bool failed = false;
    for (const Benchmark &benchmark : Benchmarks) {
        if (!names.contains(QLatin1String(benchmark.name)))
            continue;
        BenchSection section = benchmark.run(config);
        for (BenchRow &row : section.rows) {
            const auto override = goals.constFind(section.name + u'.' + row.id);
            if (override != goals.cend())
                row.goal = BenchGoal::atMost(*override);
        }
        checkGoalRows(section);
        failed = failed || !section.errors.isEmpty();
        sections.push_back(std::move(section));
    }
    machine.loadAverageAtEnd = loadAverageNow();
    if (parser.isSet(json))
        std::printf("%s\n", QJsonDocument(toJson(machine, sections)).toJson(QJsonDocument::Indented).constData());
    else
        printTable(machine, sections);
    return failed ? 1 : 0;
}

int runBenchWorkerCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Internal: measures one figure for `bench` and prints it as "
                                                    "one JSON line."));
    parser.addPositionalArgument(QStringLiteral("bench-worker"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("figure"), QStringLiteral("The figure to measure."));
    parser.addOption({QStringLiteral("count"), QStringLiteral("Sleepers, coroutines or spans."), QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("seconds"), QStringLiteral("Length of a sleep, run or block."), QStringLiteral("s")});
    parser.addOption({QStringLiteral("lanes"), QStringLiteral("Timeline lanes."), QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("repeats"), QStringLiteral("Timeline paints; primes: GUI runs."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("Flags: requests at once."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("server"), QStringLiteral("Flags: an external server."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("file"), QStringLiteral("Import: the trace file."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("numbers"),
        QStringLiteral("Primes: the numbers to check (default: the book's 20)."), QStringLiteral("n,n,...")});
    if (const int status = parseArguments(parser, arguments); status >= 0)
        return status;

    QStringList figures;
    for (const WorkerFigure &figure : WorkerFigures)
        figures << QLatin1String(figure.name);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !figures.contains(positional[1]))
        return usageError(QStringLiteral("bench-worker needs one figure: %1").arg(figures.join(QLatin1String(", "))));

    WorkerOptions options;
    options.count = 100'000;
    options.seconds = 0.1;
    if (!readInteger(parser, QStringLiteral("count"), 1, 100'000'000, &options.count)
        || !readNumber(parser, QStringLiteral("seconds"), 0, 600, &options.seconds)
        || !readInteger(parser, QStringLiteral("lanes"), 1, 10'000, &options.lanes)
        || !readInteger(parser, QStringLiteral("repeats"), 1, 10'000, &options.repeats)
        || !readInteger(parser, QStringLiteral("limit"), 0, 1'000, &options.limit))
        return UsageError;
    options.server = parser.value(QStringLiteral("server"));
    options.file = parser.value(QStringLiteral("file"));
    if (parser.isSet(QStringLiteral("numbers"))) {
        for (const QString &text : parser.value(QStringLiteral("numbers")).split(u',')) {
            bool isNumber = false;
            options.numbers.push_back(text.toULongLong(&isNumber));
            if (!isNumber)
                return usageError(QStringLiteral("--numbers needs numbers separated by commas, not '%1'").arg(text));
        }
    }

    const auto figure = std::find_if(std::begin(WorkerFigures), std::end(WorkerFigures), [&](const WorkerFigure &f) {
        return positional[1] == QLatin1String(f.name);
    });
    QJsonObject result = figure->measure(options);
    result.insert(QStringLiteral("figure"), positional[1]);
    result.insert(QStringLiteral("dispatcher"), runningDispatcherClass());
    result.insert(QStringLiteral("peakRssKiB"), peakRssKiB());
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace Lab
