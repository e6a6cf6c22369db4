// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/benchfigures.h"
#include "app/bench/benchprocess.h"
#include "models/flags/flagcodes.h"
#include "models/flags/flagdownloader.h"
#include "models/flags/flagserver.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QTimer>

namespace Lab {

namespace {

} // namespace

QString flagsFailed(int ok, int notFound, int errors, int count)
{
    return QStringLiteral("%1 of %2 flags arrived (%3 not found, %4 errors)")
        .arg(ok)
        .arg(count)
        .arg(notFound)
        .arg(errors);
}

namespace {

// The book's POP20 for 20 flags or fewer, its 194 codes beyond.
QStringList benchFlagCodes(int count)
{
    return count <= 20 ? popularFlagCodes().mid(0, count) : FlagServer::bookCodes().mid(0, count);
}

// Downloads benchFlagCodes(count) from a built-in server on its own thread in this process, at a
// fixed delay of options.seconds, and reports the downloader's own elapsed time and totals.
QJsonObject downloadFlags(const WorkerOptions &options, FlagDownloadOptions download)
{
    FlagServerThread server;
    server.setSettings({options.seconds, 0, 0});
    if (options.server.isEmpty() && !server.listen())
        return {
            {QStringLiteral("error"), QStringLiteral("the flag server cannot listen: %1").arg(server.errorString())}};
    const QUrl baseUrl = options.server.isEmpty() ? server.baseUrl() : QUrl(options.server);
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    const QStringList codes = benchFlagCodes(options.count);
    download.maxConcurrency = options.limit;
    FlagTotals totals;
    QObject::connect(&downloader, &FlagDownloader::finished, [&](const FlagTotals &t) {
        totals = t;
        QCoreApplication::quit();
    });
    // Started from inside the loop, as the page and the flags command do.
    QTimer::singleShot(0, [&] {
        downloader.start(baseUrl, codes, download);
    });
    QCoreApplication::exec();
    if (totals.ok != codes.size())
        return {{QStringLiteral("error"), flagsFailed(totals.ok, totals.notFound, totals.errors, int(codes.size()))}};
    return {{QStringLiteral("count"), int(codes.size())}, {QStringLiteral("delaySeconds"), options.seconds},
        {QStringLiteral("wallSeconds"), double(totals.elapsedNs) / 1e9}, {QStringLiteral("ok"), totals.ok},
        {QStringLiteral("notFound"), totals.notFound}, {QStringLiteral("errors"), totals.errors},
        {QStringLiteral("concurrency"), FlagDownloader::concurrencyFor(download, int(codes.size()))},
        {QStringLiteral("managers"), downloader.managerCount()}, {QStringLiteral("maxInFlight"), server.maxInFlight()}};
}

FlagDownloadOptions optionsFor(FlagDownloadMode mode)
{
    FlagDownloadOptions options;
    options.mode = mode;
    return options;
}

} // namespace

QJsonObject measureFlagCoroutines(const WorkerOptions &options)
{
    return downloadFlags(options, optionsFor(FlagDownloadMode::Coroutines));
}

QJsonObject measureFlagOneManager(const WorkerOptions &options)
{
    FlagDownloadOptions download = optionsFor(FlagDownloadMode::Coroutines);
    download.perHostLimit = true;
    return downloadFlags(options, download);
}

QJsonObject measureFlagThreads(const WorkerOptions &options)
{
    return downloadFlags(options, optionsFor(FlagDownloadMode::Threads));
}

QJsonObject measureFlagSequential(const WorkerOptions &options)
{
    return downloadFlags(options, optionsFor(FlagDownloadMode::Sequential));
}

QJsonObject measureFlagAsyncio(const WorkerOptions &options)
{
    return measureAsyncioFlags(options, runPythonScript);
}

QJsonObject measureAsyncioFlags(const WorkerOptions &options, const PythonRunner &run, const QString &script)
{
    const QString python = findPython();
    if (python.isEmpty())
        return {{QStringLiteral("skipped"), QStringLiteral("python3 not found")}};
    // The server runs on its own thread, so it answers while this thread waits for python.
    FlagServerThread server;
    server.setSettings({options.seconds, 0, 0});
    if (options.server.isEmpty() && !server.listen())
        return {
            {QStringLiteral("error"), QStringLiteral("the flag server cannot listen: %1").arg(server.errorString())}};
    const QString baseUrl = options.server.isEmpty() ? server.baseUrl().toString() : options.server;
    const QStringList codes = benchFlagCodes(options.count);
    const ChildResult result = run(python, script, QStringList{baseUrl} + codes, 120);
    if (!result.ok())
        return {{QStringLiteral("error"), result.error}};
    if (result.json.contains(QLatin1String("skipped")))
        return result.json;
    QJsonObject json = result.json;
    const int ok = json.value(QLatin1String("ok")).toInt();
    if (ok != codes.size())
        return {{QStringLiteral("error"),
            flagsFailed(ok, json.value(QLatin1String("notFound")).toInt(), json.value(QLatin1String("errors")).toInt(),
                int(codes.size()))}};
    json.insert(QStringLiteral("delaySeconds"), options.seconds);
    json.insert(QStringLiteral("maxInFlight"), server.maxInFlight());
    return json;
}

namespace {

const QStringList FlagKeys = {
    QStringLiteral("wallSeconds"), QStringLiteral("ok"), QStringLiteral("count"), QStringLiteral("maxInFlight")};

// Runs one figure config.runs times; a run counts only if every flag arrived.
FigureRuns runFlagWorker(BenchSection &section, const BenchConfig &config, const QString &figure, int count,
    double delay, const QString &label, int timeoutSeconds, int limit = 0)
{
    QStringList arguments = {
        figure, QStringLiteral("--count"), QString::number(count), QStringLiteral("--seconds"), QString::number(delay)};
    if (limit > 0)
        arguments << QStringLiteral("--limit") << QString::number(limit);
    if (!config.flagServer.isEmpty())
        arguments << QStringLiteral("--server") << config.flagServer.toString();
    return runFigure(section, config, label, arguments, FlagKeys, timeoutSeconds);
}

// "20/20 ok, 20 at once at the server": every flag arrived (or the figure failed), and the concurrency the server saw.
QString outcome(const FigureRuns &result)
{
    QString text = QStringLiteral("%1/%2 ok in each run").arg(result.median("ok")).arg(result.median("count"));
    if (result.last().contains(QLatin1String("maxInFlight")) && result.median("maxInFlight") > 0)
        text += QStringLiteral(", %1 at once at the server").arg(result.median("maxInFlight"));
    if (result.last().contains(QStringLiteral("managers")) && result.median("managers") > 1)
        text += QStringLiteral(", %1 managers").arg(result.median("managers"));
    return text;
}

BenchRow wallRow(const QString &id, const QString &figure, const FigureRuns &result, BenchGoal goal,
    const QString &anchorName, double anchorValue, const QString &note = {})
{
    const QString detail = outcome(result);
    return statRow(id, figure, result.stat("wallSeconds"), QStringLiteral("s"), goal, anchorName, anchorValue,
        note.isEmpty() ? detail : note + QStringLiteral("; ") + detail);
}

} // namespace

BenchSection runFlagsBenchmark(const BenchConfig &config)
{
    const double delay = config.quick ? 0.05 : 0.5;
    const int few = config.quick ? 5 : 20;
    const int all = config.quick ? 20 : 194;
    BenchSection section;
    section.name = QStringLiteral("flags");
    section.title = config.flagServer.isEmpty()
        ? QStringLiteral("downloading flags from the built-in server at a fixed %1 s delay").arg(delay)
        : QStringLiteral("downloading flags from %1").arg(config.flagServer.toString());
    const QString roundTrip = QStringLiteral("one round trip");

    const QString coroFewName = QStringLiteral("coroutines, %1").arg(few);
    const FigureRuns coroFew =
        runFlagWorker(section, config, QStringLiteral("flags-coroutines"), few, delay, coroFewName, 60);
    if (coroFew.ok())
        section.add(wallRow(QStringLiteral("coroutines_20_wall"), QStringLiteral("coroutines, %1 flags: wall").arg(few),
            coroFew, BenchGoal::atMost(delay + 0.05), roundTrip, delay));

    const FigureRuns oneManager = runFlagWorker(section, config, QStringLiteral("flags-one-manager"), few, delay,
        QStringLiteral("one QNetworkAccessManager, %1").arg(few), 60);
    if (oneManager.ok())
        section.add(wallRow(QStringLiteral("one_manager_20_wall"),
            QStringLiteral("coroutines, one QNetworkAccessManager, %1: wall").arg(few), oneManager, {}, coroFewName,
            coroFew.median("wallSeconds"),
            QStringLiteral("Qt's 6 per host: %1 waves, ~%2 s").arg((few + 5) / 6).arg((few + 5) / 6 * delay)));

    const FigureRuns threadsFew = runFlagWorker(section, config, QStringLiteral("flags-threads"), few, delay,
        QStringLiteral("20 threads, %1").arg(few), 60, 20);
    if (threadsFew.ok())
        section.add(wallRow(QStringLiteral("threads_20_wall"), QStringLiteral("20 threads, %1 flags: wall").arg(few),
            threadsFew, BenchGoal::atMost(delay + 0.1), roundTrip, delay));

    const FigureRuns sequential = runFlagWorker(section, config, QStringLiteral("flags-sequential"), few, delay,
        QStringLiteral("sequential, %1").arg(few), 120);
    if (sequential.ok())
        section.add(wallRow(QStringLiteral("sequential_20_wall"), QStringLiteral("sequential, %1 flags: wall").arg(few),
            sequential, {}, QStringLiteral("%1 round trips").arg(few), few * delay,
            QStringLiteral("about %1 s expected").arg(few * delay)));

    const QString coroAllName = QStringLiteral("coroutines, %1").arg(all);
    const FigureRuns coroAll = runFlagWorker(section, config, QStringLiteral("flags-coroutines"), all, delay,
        QStringLiteral("coroutines, %1, limit 1000").arg(all), 60, 1000);
    if (coroAll.ok())
        section.add(wallRow(QStringLiteral("coroutines_194_wall"),
            QStringLiteral("coroutines, all %1, limit 1000: wall").arg(all), coroAll, BenchGoal::atMost(delay + 0.2),
            roundTrip, delay));

    const QString python = findPython();
    if (python.isEmpty()) {
        section.notes << QStringLiteral("python3 not found: the asyncio client was skipped");
    } else {
        QString version;
        const std::pair<int, const FigureRuns *> sizes[] = {{few, &coroFew}, {all, &coroAll}};
        for (const auto &[count, ours] : sizes) {
            const FigureRuns asyncio = runFlagWorker(section, config, QStringLiteral("flags-asyncio"), count, delay,
                QStringLiteral("asyncio, %1").arg(count), 120);
            if (!asyncio.ok())
                continue;
            version = asyncio.last().value(QStringLiteral("python")).toString();
            section.add(wallRow(count == few ? QStringLiteral("asyncio_20_wall") : QStringLiteral("asyncio_194_wall"),
                QStringLiteral("Python asyncio, %1 flags: wall").arg(count), asyncio, {},
                QStringLiteral("coroutines, %1").arg(count), ours->median("wallSeconds")));
        }
        if (!version.isEmpty())
            section.notes << QStringLiteral("asyncio: resources/bench/asyncio_flags.py run by %1 (Python %2): "
                                            "raw HTTP/1.1 GETs over asyncio streams, a new connection per flag")
                                 .arg(python, version);
    }

    if (config.flagServer.isEmpty())
        addFlagsGuiRows(section, config, all, delay);
    else
        section.notes << QStringLiteral("GUI rows: skipped, the window's Flags page runs its own server");

    section.notes << QStringLiteral(
        "each figure: a fresh process starts the built-in FlagServer on a thread of its own, then "
        "times FlagDownloader (or the python client) from start to the last flag; a run counts only if every "
        "flag arrived")
                  << QStringLiteral("coroutines: QCoro co_await on QNetworkReply, requests spread over enough "
                                    "QNetworkAccessManagers (Qt 6.4: 6 connections per host each); one manager: "
                                    "Qt's 6 per host, so 20 flags go out in waves of 6")
                  << QStringLiteral("threads: a pool of 20 workers, each a blocking GET; sequential: one coroutine "
                                    "awaiting each GET in turn");
    return section;
}

} // namespace Lab
