// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/servecommand.h"

#include "app/headless/clioptions.h"
#include "models/core/clock.h"
#include "models/flags/flagserver.h"
#include "models/flags/flagserverthread.h"
#include "models/flags/flagsreport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace Lab {

namespace {

// A signal handler may only write to a descriptor; the event loop reads the other end and quits
// (the self-pipe trick of Qt's "Calling Qt Functions From Unix Signal Handlers").
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

bool readAddress(const QString &text, QHostAddress *address)
{
    if (text == QLatin1String("localhost")) {
        *address = QHostAddress::LocalHost;
        return true;
    }
    return address->setAddress(text);
}

// The book's servers: LOCAL on 8000, DELAY on 8001, ERROR on 8002 (flags2_common.py's SERVERS).
quint16 bookPort(const FlagServerSettings &settings)
{
    if (settings.errorRate > 0)
        return 8002;
    return settings.delay > 0 || settings.jitter > 0 ? 8001 : 8000;
}

constexpr int MaxDefaultThreads = 8;
constexpr int MaxThreads = 64;

} // namespace

int runServeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Lab::Cli",
        "Serves the lab's flags over HTTP, as the book's flag servers do, until Ctrl+C.\n"
        "URLs: /flags/ (the codes as JSON), /flags/<cc>/<cc>.gif (as the book's scripts ask),\n"
        "/flags/<cc>/<cc>.png, /flags/<cc>/metadata.json.\n"
        "The book's modes: LOCAL (no options), DELAY (--delay 0.5, or --delay 0.5 --jitter 4.5),\n"
        "ERROR (--delay 0.5 --jitter 4.5 --error-rate 0.25); each on the book's port by default,\n"
        "so its scripts run unchanged: flags2_asyncio.py -s DELAY talks to serve --delay 0.5."));
    parser.addPositionalArgument(QStringLiteral("serve"), QCoreApplication::translate("Lab::Cli", "The command."));
    parser.addOption({QStringLiteral("port"),
        QCoreApplication::translate("Lab::Cli",
            "Listen on port <p> (0: any free port). Default: the book's port for the mode, 8000 (LOCAL), "
            "8001 (DELAY) or 8002 (ERROR)."),
        QStringLiteral("p")});
    parser.addOption({QStringLiteral("bind"),
        QCoreApplication::translate(
            "Lab::Cli", "Listen on address <addr> (default 127.0.0.1; 0.0.0.0 or :: for every interface)."),
        QStringLiteral("addr")});
    parser.addOption({QStringLiteral("delay"),
        QCoreApplication::translate("Lab::Cli", "Delay every GET by <s> seconds (default 0)."), QStringLiteral("s")});
    parser.addOption({QStringLiteral("jitter"),
        QCoreApplication::translate("Lab::Cli", "Add a random 0 to <s> seconds to each delay (default 0)."),
        QStringLiteral("s")});
    parser.addOption({QStringLiteral("error-rate"),
        QCoreApplication::translate("Lab::Cli",
            "Fail a share <p> (0 to 1) of GETs with 418, 500, 502 or 503 after the delay; some codes "
            "then always answer 404 (default 0)."),
        QStringLiteral("p")});
    parser.addOption({QStringLiteral("threads"),
        QCoreApplication::translate("Lab::Cli",
            "Answer on <n> threads sharing the port, as a web server runs a worker per core (default: one per "
            "CPU core, at most %1).")
            .arg(MaxDefaultThreads),
        QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("quiet"), QCoreApplication::translate("Lab::Cli", "Do not log each request on stderr.")});
    if (const int status = parseArguments(parser, arguments); status >= 0)
        return status;
    if (parser.positionalArguments().size() > 1)
        return usageError(QCoreApplication::translate("Lab::Cli", "unexpected argument '%1'")
                              .arg(parser.positionalArguments().at(1)));

    FlagServerSettings settings;
    if (!readNumber(parser, QStringLiteral("delay"), 0.0, 3600.0, &settings.delay)
        || !readNumber(parser, QStringLiteral("jitter"), 0.0, 3600.0, &settings.jitter)
        || !readNumber(parser, QStringLiteral("error-rate"), 0.0, 1.0, &settings.errorRate))
        return UsageError;
    int port = bookPort(settings);
    if (!readInteger(parser, QStringLiteral("port"), 0, 65535, &port))
        return UsageError;
    QHostAddress address = QHostAddress::LocalHost;
    const QString bind = parser.value(QStringLiteral("bind"));
    if (parser.isSet(QStringLiteral("bind")) && !readAddress(bind, &address))
        return usageError(QCoreApplication::translate(
            "Lab::Cli", "--bind needs an IP address such as 127.0.0.1, 0.0.0.0 or ::1, not '%1'")
                              .arg(bind));

    int threads = std::min(QThread::idealThreadCount(), MaxDefaultThreads);
    if (!readInteger(parser, QStringLiteral("threads"), 1, MaxThreads, &threads))
        return UsageError;

    // The first server binds the port; each other one answers on a duplicate of its listening socket.
    std::vector<std::unique_ptr<FlagServerThread>> servers;
    for (int i = 0; i < threads; ++i) {
        auto server = std::make_unique<FlagServerThread>();
        server->setSettings(settings);
        bool listening = false;
        QString error;
        if (i == 0) {
            listening = server->listen(address, quint16(port));
            error = server->errorString();
        } else if (const int shared = ::fcntl(int(servers.front()->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
                   shared < 0) {
            error = qt_error_string(errno);
        } else {
            listening = server->listenOn(shared); // the server owns the duplicate now
            error = server->errorString();
        }
        if (!listening) {
            std::fprintf(stderr, "concurrency-lab: cannot listen on %s port %d: %s\n", qPrintable(address.toString()),
                port, qPrintable(error));
            return 1;
        }
        servers.push_back(std::move(server));
    }

    // Each server reports from its own thread: the log is written here, one request per line.
    QObject logger;
    QHash<QPair<int, quint64>, QPair<QString, qint64>> pending; // (server, id) -> path, received at
    if (!parser.isSet(QStringLiteral("quiet"))) {
        const auto log = [&](int server, quint64 id, const QString &outcome) {
            const auto [path, receivedNs] = pending.take({server, id});
            std::fprintf(
                stderr, "%s %s %.2fs\n", qPrintable(path), qPrintable(outcome), double(nowNs() - receivedNs) / 1e9);
        };
        for (int i = 0; i < threads; ++i) {
            FlagServer *server = servers[std::size_t(i)]->server();
            QObject::connect(server, &FlagServer::requestReceived, &logger, [&, i](quint64 id, const QString &path) {
                pending.insert({i, id}, {path, nowNs()});
            });
            QObject::connect(server, &FlagServer::requestAnswered, &logger, [log, i](quint64 id, int status) {
                log(i, id, QString::number(status));
            });
            QObject::connect(server, &FlagServer::requestDropped, &logger, [log, i](quint64 id) {
                log(i, id, QStringLiteral("*** client closed"));
            });
        }
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::perror("concurrency-lab: socketpair");
        return 1;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [] {
        char byte;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    auto previousInt = std::signal(SIGINT, onSignal);
    auto previousTerm = std::signal(SIGTERM, onSignal);

    const QUrl baseUrl = servers.front()->baseUrl();
    std::printf("Serving %d flags at %s/ as the book's %s server (delay %g s, jitter %g s, error rate %g %%) on %d %s "
                "— Ctrl+C to stop\n",
        int(servers.front()->codes().size()), qPrintable(baseUrl.toString()),
        qPrintable(FlagsReport::serverLabel(baseUrl, true, settings.delay, settings.jitter, settings.errorRate)),
        settings.delay, settings.jitter, settings.errorRate * 100, threads, threads == 1 ? "thread" : "threads");
    std::fflush(stdout);
    QCoreApplication::exec();

    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    signalPipe[0] = signalPipe[1] = -1;
    int received = 0;
    int served = 0;
    int dropped = 0;
    for (const auto &server : servers) {
        server->close();
        received += server->requestsReceived();
        served += server->requestsServed();
        dropped += server->requestsDropped();
    }
    std::printf("Stopped after %d requests: %d answered, %d dropped (the client left before its answer).\n", received,
        served, dropped);
    return 0;
}

} // namespace Lab
