// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/latencycommand.h"

#include "app/headless/clioptions.h"
#include "app/headless/headlessrun.h"
#include "models/flags/flagserverthread.h"
#include "models/latency/latencymeasurer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace Lab {

namespace {
// The command's texts, in the user's language.
const auto tr = cliTr;
} // namespace

int runLatencyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Latency in human scale: the talk's table (1 CPU cycle = 1 second) and the same rows measured on this\n"
           "machine: pointer chasing in L1-, L2- and RAM-sized buffers, a write + fsync, a loopback TCP round\n"
           "trip and an HTTP GET to the flag server."));
    parser.addOption({QStringLiteral("server"),
        tr("GET <url> for the HTTP row (default: the built-in flag server's /flags/)."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("no-http"), tr("Leave out the HTTP row.")});
    parser.addOption(
        {QStringLiteral("ram-mib"), tr("Size of the RAM buffer in MiB (default 128)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("fsync-dir"),
        tr("Write the fsync'd file in <dir> (default: the temporary folder)."), QStringLiteral("dir")});
    if (const int status = parseDemoCommand(parser, arguments); status >= 0)
        return status;

    LatencyOptions options;
    int ramMib = int(options.ramBytes / (1024 * 1024));
    if (!readInteger(parser, QStringLiteral("ram-mib"), 1, 4096, &ramMib))
        return UsageError;
    options.ramBytes = std::size_t(ramMib) * 1024 * 1024;
    options.fsyncDirectory = parser.value(QStringLiteral("fsync-dir"));
    if (parser.isSet(QStringLiteral("fsync-dir")) && !QFileInfo(options.fsyncDirectory).isDir())
        return usageError(tr("--fsync-dir needs an existing folder, not '%1'").arg(options.fsyncDirectory));
    if (parser.isSet(QStringLiteral("server")) && parser.isSet(QStringLiteral("no-http")))
        return usageError(tr("--server and --no-http: choose one"));

    std::unique_ptr<FlagServerThread> server;
    if (parser.isSet(QStringLiteral("server"))) {
        options.httpUrl = QUrl(parser.value(QStringLiteral("server")), QUrl::StrictMode);
        if (!options.httpUrl.isValid() || options.httpUrl.host().isEmpty()
            || (options.httpUrl.scheme() != QLatin1String("http")
                && options.httpUrl.scheme() != QLatin1String("https")))
            return usageError(
                tr("--server needs an http:// or https:// URL, not '%1'").arg(parser.value(QStringLiteral("server"))));
    } else if (!parser.isSet(QStringLiteral("no-http"))) {
        server = std::make_unique<FlagServerThread>();
        if (server->listen(QHostAddress::LocalHost, 0))
            options.httpUrl = QUrl(server->baseUrl().toString() + QLatin1Char('/'));
        else
            std::fprintf(stderr, "concurrency-lab: the flag server cannot listen (%s): no HTTP row\n",
                qPrintable(server->errorString()));
    }

    HeadlessRun run;
    LatencyMeasurer measurer(&run.recorder());
    measurer.setOptions(options);
    const bool progressLive = isatty(fileno(stderr));
    QObject::connect(&measurer, &LatencyMeasurer::progress, [&](int done, int total, const QString &step) {
        if (progressLive && done < total)
            std::fprintf(stderr, "\r\033[K[%d/%d] measuring %s…", done + 1, total, qPrintable(step));
    });
    QObject::connect(&measurer, &LatencyMeasurer::finished, [&](const LatencyReport &) {
        run.finish();
    });
    run.exec([&] {
        measurer.start();
    });
    if (progressLive)
        std::fputs("\r\033[K", stderr);
    const LatencyReport &report = measurer.report();
    std::fputs(qPrintable(formatLatencyTables(report)), stdout);
    std::printf("measured in %.2f s, off the main thread\n", double(report.elapsedNs) / 1e9);
    const int status = run.report(parser);
    for (const auto &row : report.rows) {
        if (!row.ok()) {
            std::fprintf(
                stderr, "concurrency-lab: %s: %s\n", qPrintable(row.device), qPrintable(row.result.error.toString()));
            return 1;
        }
    }
    return status;
}

} // namespace Lab
