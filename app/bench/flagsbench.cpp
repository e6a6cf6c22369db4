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
    if (!server.listen())
        return {
            {QStringLiteral("error"), QStringLiteral("the flag server cannot listen: %1").arg(server.errorString())}};
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
        downloader.start(server.baseUrl(), codes, download);
    });
    QCoreApplication::exec();
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
    const QString python = findPython();
    if (python.isEmpty())
        return {{QStringLiteral("skipped"), QStringLiteral("python3 not found")}};
    // The server runs on its own thread, so it answers while this thread waits for python.
    FlagServerThread server;
    server.setSettings({options.seconds, 0, 0});
    if (!server.listen())
        return {
            {QStringLiteral("error"), QStringLiteral("the flag server cannot listen: %1").arg(server.errorString())}};
    const ChildResult result = runPythonScript(python, QStringLiteral("asyncio_flags.py"),
        QStringList{server.baseUrl().toString()} + benchFlagCodes(options.count), 120);
    if (!result.ok())
        return {{QStringLiteral("error"), result.error}};
    QJsonObject json = result.json;
    json.insert(QStringLiteral("delaySeconds"), options.seconds);
    json.insert(QStringLiteral("maxInFlight"), server.maxInFlight());
    return json;
}

namespace {

constexpr double FlagDelay = 0.5;

// Runs one figure; a child that could not measure (it says "error" or "skipped") counts as an error or a note.
ChildResult runFlagWorker(
    BenchSection &section, const QString &figure, int count, const QString &label, int timeoutSeconds, int limit = 0)
{
    reportProgress(QStringLiteral("flags: %1").arg(label));
    QStringList arguments = {figure, QStringLiteral("--count"), QString::number(count), QStringLiteral("--seconds"),
        QString::number(FlagDelay)};
    if (limit > 0)
        arguments << QStringLiteral("--limit") << QString::number(limit);
    ChildResult result = runBenchWorker(arguments, timeoutSeconds);
    if (result.ok() && result.json.contains(QStringLiteral("error")))
        result.error = result.json.value(QStringLiteral("error")).toString();
    if (result.ok() && result.json.contains(QStringLiteral("skipped"))) {
        section.notes
            << QStringLiteral("%1: skipped (%2)").arg(label, result.json.value(QStringLiteral("skipped")).toString());
        result.error = QStringLiteral("skipped");
        return result;
    }
    if (!result.ok())
        section.errors << result.error;
    return result;
}

// "20/20 ok, 20 at once at the server": whether every flag arrived, and the concurrency the server saw.
QString outcome(const ChildResult &result)
{
    QString text = QStringLiteral("%1/%2 ok").arg(result.number("ok")).arg(result.number("count"));
    if (result.number("errors") > 0 || result.number("notFound") > 0)
        text +=
            QStringLiteral(" (%1 not found, %2 errors)").arg(result.number("notFound")).arg(result.number("errors"));
    text += QStringLiteral(", %1 at once at the server").arg(result.number("maxInFlight"));
    if (result.json.contains(QStringLiteral("managers")) && result.number("managers") > 1)
        text += QStringLiteral(", %1 managers").arg(result.number("managers"));
    return text;
}

BenchRow wallRow(const QString &id, const QString &figure, const ChildResult &result, BenchGoal goal,
    const QString &anchorName, double anchorValue, const QString &note = {})
{
    const QString detail = outcome(result);
    return {id, figure, result.number("wallSeconds"), QStringLiteral("s"), goal, anchorName, anchorValue,
        note.isEmpty() ? detail : note + QStringLiteral("; ") + detail};
}

} // namespace

BenchSection runFlagsBenchmark()
{
    BenchSection section;
    section.name = QStringLiteral("flags");
    section.title = QStringLiteral("downloading flags from the built-in server at a fixed 0.5 s delay");
    const QString roundTrip = QStringLiteral("one round trip");

    const ChildResult coro20 =
        runFlagWorker(section, QStringLiteral("flags-coroutines"), 20, QStringLiteral("coroutines, 20"), 60);
    if (coro20.ok())
        section.add(wallRow(QStringLiteral("coroutines_20_wall"), QStringLiteral("coroutines, 20 flags: wall"), coro20,
            BenchGoal::atMost(0.55), roundTrip, FlagDelay));
    const QString coro20Name = QStringLiteral("coroutines, 20");
    const double coro20Wall = coro20.ok() ? coro20.number("wallSeconds") : 0;

    const ChildResult oneManager = runFlagWorker(
        section, QStringLiteral("flags-one-manager"), 20, QStringLiteral("one QNetworkAccessManager, 20"), 60);
    if (oneManager.ok())
        section.add(wallRow(QStringLiteral("one_manager_20_wall"),
            QStringLiteral("coroutines, one QNetworkAccessManager, 20: wall"), oneManager, {}, coro20Name, coro20Wall,
            QStringLiteral("Qt's 6 per host: 4 waves, ~2.0 s")));

    const ChildResult threads20 =
        runFlagWorker(section, QStringLiteral("flags-threads"), 20, QStringLiteral("20 threads, 20"), 60, 20);
    if (threads20.ok())
        section.add(wallRow(QStringLiteral("threads_20_wall"), QStringLiteral("20 threads, 20 flags: wall"), threads20,
            BenchGoal::atMost(0.6), roundTrip, FlagDelay));

    const ChildResult sequential =
        runFlagWorker(section, QStringLiteral("flags-sequential"), 20, QStringLiteral("sequential, 20"), 120);
    if (sequential.ok())
        section.add(wallRow(QStringLiteral("sequential_20_wall"), QStringLiteral("sequential, 20 flags: wall"),
            sequential, {}, QStringLiteral("20 round trips"), 20 * FlagDelay, QStringLiteral("about 10 s expected")));

    const ChildResult coro194 = runFlagWorker(
        section, QStringLiteral("flags-coroutines"), 194, QStringLiteral("coroutines, 194, limit 1000"), 60, 1000);
    if (coro194.ok())
        section.add(
            wallRow(QStringLiteral("coroutines_194_wall"), QStringLiteral("coroutines, all 194, limit 1000: wall"),
                coro194, BenchGoal::atMost(0.7), roundTrip, FlagDelay));

    const QString python = findPython();
    if (python.isEmpty()) {
        section.notes << QStringLiteral("python3 not found: the asyncio client was skipped");
    } else {
        QString version;
        const std::pair<int, const ChildResult *> sizes[] = {{20, &coro20}, {194, &coro194}};
        for (const auto &[count, ours] : sizes) {
            const ChildResult asyncio = runFlagWorker(
                section, QStringLiteral("flags-asyncio"), count, QStringLiteral("asyncio, %1").arg(count), 120);
            if (!asyncio.ok())
                continue;
            version = asyncio.json.value(QStringLiteral("python")).toString();
            section.add(wallRow(QStringLiteral("asyncio_%1_wall").arg(count),
                QStringLiteral("Python asyncio, %1 flags: wall").arg(count), asyncio, {},
                QStringLiteral("coroutines, %1").arg(count), ours->ok() ? ours->number("wallSeconds") : 0));
        }
        if (!version.isEmpty())
            section.notes << QStringLiteral("asyncio: resources/bench/asyncio_flags.py run by %1 (Python %2): "
                                            "raw HTTP/1.1 GETs over asyncio streams, a new connection per flag")
                                 .arg(python, version);
    }

    addFlagsGuiRows(section, FlagDelay);

    section.notes << QStringLiteral(
        "each figure: a fresh process starts the built-in FlagServer on a thread of its own, then "
        "times FlagDownloader (or the python client) from start to the last flag")
                  << QStringLiteral("coroutines: QCoro co_await on QNetworkReply, requests spread over enough "
                                    "QNetworkAccessManagers (Qt 6.4: 6 connections per host each); one manager: "
                                    "Qt's 6 per host, so 20 flags go out in waves of 6")
                  << QStringLiteral("threads: a pool of 20 workers, each a blocking GET; sequential: one coroutine "
                                    "awaiting each GET in turn");
    return section;
}

} // namespace Lab
