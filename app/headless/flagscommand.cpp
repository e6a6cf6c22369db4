// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/flagscommand.h"

#include "app/headless/clioptions.h"
#include "app/headless/headlessrun.h"
#include "app/headless/tracefileoption.h"
#include "models/core/clock.h"
#include "models/flags/flagcodes.h"
#include "models/flags/flagdownloader.h"
#include "models/flags/flagserverthread.h"
#include "models/flags/flagsreport.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace Lab {

namespace {

// The command's texts, in the user's language.
const auto tr = cliTr;

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Flags: download flag images one after the other, with a thread pool or with coroutines,\n"
           "and print the report of the book's flags2 scripts."));
    parser.addPositionalArgument(QStringLiteral("flags"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("CC"),
        tr("Country codes to download: a letter (B: BA to BZ) or two (BR). Default: the 20 most populous."),
        QStringLiteral("[CC ...]"));
    parser.addOption({{QStringLiteral("a"), QStringLiteral("all")}, tr("All the book's 194 flags (AD to ZW).")});
    parser.addOption({{QStringLiteral("e"), QStringLiteral("every")}, tr("Every code from AA to ZZ (676, most 404).")});
    parser.addOption({QStringLiteral("mode"), tr("sequential, threads or coroutines (default)."),
        QStringLiteral("mode"), QStringLiteral("coroutines")});
    parser.addOption({QStringLiteral("blocking"),
        tr("Sequential: each GET is a blocking call on the main thread (implies --mode sequential).")});
    parser.addOption({{QStringLiteral("m"), QStringLiteral("max-req")},
        tr("Maximum concurrent requests (threads: 20, coroutines: all; at most 1000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("per-host-limit"),
        tr("Coroutines: one QNetworkAccessManager, Qt's default of 6 connections per host (waves).")});
    parser.addOption({QStringLiteral("as-completed"),
        tr("Coroutines: one loop takes the results from an async generator as each download ends\n"
           "(asyncio.as_completed) instead of each download reporting its own end.")});
    parser.addOption(
        {{QStringLiteral("l"), QStringLiteral("limit")}, tr("Keep the first N codes."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("delay"), tr("Built-in server: seconds before each answer."), QStringLiteral("s")});
    parser.addOption(
        {QStringLiteral("jitter"), tr("Built-in server: up to <s> more seconds, at random."), QStringLiteral("s")});
    parser.addOption({QStringLiteral("error-rate"),
        tr("Built-in server: share of GETs (0 to 1) answered with 418, 500, 502 or 503."), QStringLiteral("p")});
    parser.addOption({{QStringLiteral("s"), QStringLiteral("server")},
        tr("Download from <url> (e.g. http://localhost:8001/flags) instead of the built-in server."),
        QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("timeout"), tr("Seconds each request may take (default 3.1)."), QStringLiteral("s")});
    parser.addOption({QStringLiteral("save"), tr("Save the flags in <dir> as cc.png."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("verbose"), tr("A line per flag instead of the progress bar.")});
    parser.addOption(traceFileOption());
}

// No flag got an HTTP answer and every one failed to connect: the server is not there.
bool serverUnreachable(const FlagDownloader &downloader)
{
    const auto &results = downloader.results();
    return !results.empty() && std::all_of(results.begin(), results.end(), [](const FlagResult &result) {
        return result.error == FlagError::Connection;
    });
}

} // namespace

int runFlagsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (const int status = parseArguments(parser, arguments); status >= 0)
        return status;

    FlagDownloadOptions options;
    const bool blocking = parser.isSet(QStringLiteral("blocking"));
    const QString modeName = parser.isSet(QStringLiteral("mode")) || !blocking ? parser.value(QStringLiteral("mode"))
                                                                               : QStringLiteral("sequential");
    if (!parseFlagDownloadMode(modeName, &options.mode))
        return usageError(tr("--mode must be sequential, threads or coroutines, not '%1'").arg(modeName));
    options.blocking = blocking;
    if (blocking && options.mode != FlagDownloadMode::Sequential)
        return usageError(tr("--blocking works with --mode sequential only"));
    options.perHostLimit = parser.isSet(QStringLiteral("per-host-limit"));
    if (options.perHostLimit && options.mode != FlagDownloadMode::Coroutines)
        return usageError(tr("--per-host-limit works with --mode coroutines only"));
    options.asCompleted = parser.isSet(QStringLiteral("as-completed"));
    if (options.asCompleted && options.mode != FlagDownloadMode::Coroutines)
        return usageError(tr("--as-completed works with --mode coroutines only"));
    if (!readInteger(parser, QStringLiteral("max-req"), 1, FlagDownloader::MaxConcurrency, &options.maxConcurrency))
        return UsageError;
    if (!readNumber(parser, QStringLiteral("timeout"), 0.001, 3600, &options.timeout))
        return UsageError;
    options.saveDirectory = parser.value(QStringLiteral("save"));
    // Made now, not per flag: a path that cannot be a folder is one clear error, not 194.
    if (parser.isSet(QStringLiteral("save")) && !QDir().mkpath(options.saveDirectory))
        return usageError(tr("--save needs a folder that exists or can be made, not '%1'").arg(options.saveDirectory));

    FlagCodeSelection selection;
    selection.codes = parser.positionalArguments().mid(1); // after "flags"
    selection.all = parser.isSet(QStringLiteral("all"));
    selection.every = parser.isSet(QStringLiteral("every"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        selection.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || selection.limit < 1)
            return usageError(tr("--limit N must be >= 1, not '%1'").arg(parser.value(QStringLiteral("limit"))));
    }
    QStringList codes;
    QString error;
    if (!expandFlagCodes(selection, &codes, &error))
        return usageError(error);

    FlagServerSettings settings;
    if (!readNumber(parser, QStringLiteral("delay"), 0, 600, &settings.delay)
        || !readNumber(parser, QStringLiteral("jitter"), 0, 600, &settings.jitter)
        || !readNumber(parser, QStringLiteral("error-rate"), 0, 1, &settings.errorRate))
        return UsageError;
    const bool builtIn = !parser.isSet(QStringLiteral("server"));
    QUrl url;
    std::unique_ptr<FlagServerThread> server;
    if (builtIn) {
        // On its own thread: a server on this thread could not answer --blocking's GETs.
        server = std::make_unique<FlagServerThread>();
        server->setSettings(settings);
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            std::fprintf(
                stderr, "concurrency-lab: the flag server cannot listen: %s\n", qPrintable(server->errorString()));
            return 1;
        }
        url = server->baseUrl();
    } else {
        for (const char *serverOnly : {"delay", "jitter", "error-rate"}) {
            if (parser.isSet(QLatin1String(serverOnly)))
                return usageError(tr("--%1 sets the built-in server: leave it out with --server").arg(serverOnly));
        }
        url = QUrl(parser.value(QStringLiteral("server")), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return usageError(tr("--server needs an http:// or https:// URL, not '%1'").arg(parser.value("server")));
    }

    HeadlessRun run;
    FlagDownloader downloader(&run.recorder());
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    const bool progressLive = isatty(fileno(stderr));
    const QString label = FlagsReport::serverLabel(url, builtIn, settings.delay, settings.jitter, settings.errorRate);
    std::fputs(
        qPrintable(FlagsReport::initial(label, url, codes, FlagDownloader::concurrencyFor(options, int(codes.size())))),
        stdout);
    std::fflush(stdout);
    const qint64 start = nowNs();
    QObject::connect(&downloader, &FlagDownloader::flagChanged, [&](int, const FlagResult &result) {
        if (!isFinal(result.state))
            return;
        if (verbose) {
            std::printf("%s\n", qPrintable(FlagsReport::flagLine(result)));
            std::fflush(stdout);
        } else if (progressLive) {
            std::fprintf(stderr, "\r%s",
                qPrintable(FlagsReport::progress(downloader.finishedCount(), int(codes.size()), nowNs() - start)));
        }
    });
    QObject::connect(&downloader, &FlagDownloader::finished, [&](const FlagTotals &) {
        run.finish();
    });
    run.exec([&] {
        downloader.start(url, codes, options);
    });
    std::fflush(stdout);
    if (!verbose) {
        const FlagTotals totals = downloader.totals();
        std::fprintf(stderr, "%s%s\n", progressLive ? "\r" : "",
            qPrintable(FlagsReport::progress(totals.total(), int(codes.size()), totals.elapsedNs)));
    }
    std::fputs(qPrintable(FlagsReport::final(downloader.totals())), stdout);
    if (options.asCompleted) {
        QStringList order;
        for (const int index : downloader.consumedOrder())
            order.append(downloader.results()[std::size_t(index)].code);
        std::printf("%s\n",
            qPrintable(QCoreApplication::translate(
                "Lab::Cli", "As completed: the loop resumed %n times, taking %1", nullptr, int(order.size()))
                           .arg(order.join(u' '))));
    }
    const int status = run.report(parser);
    if (serverUnreachable(downloader)) {
        std::fprintf(stderr, "concurrency-lab: cannot reach the flag server at %s: %s\n", qPrintable(url.toString()),
            qPrintable(downloader.results().front().message));
        return 1;
    }
    return status;
}

} // namespace Lab
