// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The flag server under the standard load tools: `serve` in its own process, driven by wrk and
// ab, beside nginx serving the same GIF from disk. Each tool that is missing skips its figures.
#include "app/bench/benchfigures.h"
#include "app/bench/benchprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <memory>

namespace Lab {

namespace {

// A server process that is killed when this goes out of scope.
struct ServerProcess
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    quint16 port = 0;

    ~ServerProcess()
    {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished(5000);
        }
    }
};

// `concurrency-lab serve --port 0 OPTIONS`, its port read from its first line.
bool startServe(ServerProcess &server, const QStringList &options, QString *error)
{
    server.process->start(QCoreApplication::applicationFilePath(),
        QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")}
            + options);
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains('\n') && clock.elapsed() < 20000 && server.process->waitForReadyRead(1000))
        out += server.process->readAllStandardOutput();
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral(":(\\d+)/flags/")).match(out);
    if (!match.hasMatch()) {
        *error = QStringLiteral("serve did not start: %1").arg(QString::fromUtf8(out.trimmed()));
        return false;
    }
    server.port = quint16(match.captured(1).toUInt());
    return true;
}

// A loopback port that was free a moment ago: nginx takes its port from its configuration, and a
// fixed one may be held by another bench run (or a test) on this machine.
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool portAnswers(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(500);
}

// nginx serving flags/br/br.gif (the bytes our server serves) from @p root, as its own master process.
bool startNginx(ServerProcess &server, const QString &nginx, const QString &root, const QByteArray &gif, QString *error)
{
    const quint16 port = freePort();
    if (port == 0) {
        *error = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    QDir(root).mkpath(QStringLiteral("www/flags/br"));
    QFile file(root + QStringLiteral("/www/flags/br/br.gif"));
    if (!file.open(QIODevice::WriteOnly) || file.write(gif) != gif.size()) {
        *error = QStringLiteral("cannot write the GIF for nginx");
        return false;
    }
    file.close();
    QFile conf(root + QStringLiteral("/nginx.conf"));
    if (!conf.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write nginx.conf");
        return false;
    }
    // Debian's defaults (worker per core, sendfile), no logging, everything inside the temporary folder.
    conf.write(QStringLiteral("daemon off; worker_processes auto; pid %1/nginx.pid; error_log %1/error.log;\n"
                              "events { worker_connections 4096; }\n"
                              "http { access_log off; sendfile on; tcp_nopush on; include /etc/nginx/mime.types;\n"
                              "  client_body_temp_path %1/body; proxy_temp_path %1/proxy; fastcgi_temp_path %1/fcgi;\n"
                              "  uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;\n"
                              "  server { listen 127.0.0.1:%2; root %1/www; } }\n")
                   .arg(root)
                   .arg(port)
                   .toUtf8());
    conf.close();
    server.process->start(nginx, {QStringLiteral("-c"), conf.fileName(), QStringLiteral("-p"), root});
    for (int i = 0; i < 50 && !portAnswers(port); ++i)
        QThread::msleep(100);
    if (!portAnswers(port)) {
        *error = QStringLiteral("nginx did not start on port %1").arg(port);
        return false;
    }
    server.port = port;
    return true;
}

QByteArray fetch(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path + " HTTP/1.0\r\n\r\n");
    QByteArray bytes;
    while (socket.waitForReadyRead(5000))
        bytes += socket.readAll();
    bytes += socket.readAll();
    return bytes.mid(bytes.indexOf("\r\n\r\n") + 4);
}

QString runTool(const QString &tool, const QStringList &arguments, int timeoutSeconds, QString *error)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("%1 did not finish in %2 s").arg(tool).arg(timeoutSeconds);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

double firstNumber(const QString &text, const QString &pattern)
{
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(text);
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

// wrk's "99%  577.91ms" (or "1.02s", "900.00us") in seconds.
double wrkPercentile(const QString &text, const QString &percent)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("\\s%1%\\s+([\\d.]+)(us|ms|s)").arg(percent)).match(text);
    if (!match.hasMatch())
        return -1;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    return unit == QLatin1String("us") ? value / 1e6 : unit == QLatin1String("ms") ? value / 1e3 : value;
}

} // namespace

BenchSection runServerBenchmark(const BenchConfig &config)
{
    // Quick: a second of wrk per figure, one round, a short delay, a few hundred ab requests.
    const int seconds = config.quick ? 1 : 10;
    const int rounds = config.quick ? 1 : 2;
    const double delay = config.quick ? 0.05 : 0.5;
    const int connections = config.quick ? 100 : 1000;
    const int requests = config.quick ? 200 : 5000;
    BenchSection section;
    section.name = QStringLiteral("server");
    section.title = QStringLiteral("the flag server (concurrency-lab serve) under wrk and ab, beside nginx");
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    const QString ab = QStandardPaths::findExecutable(QStringLiteral("ab"));
    const QString nginx = QStandardPaths::findExecutable(
        QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    const QByteArray path = "/flags/br/br.gif";
    QString error;

    ServerProcess local;
    if (!startServe(local, {}, &error)) {
        section.errors << error;
        return section;
    }
    const QString localUrl = QStringLiteral("http://127.0.0.1:%1%2").arg(local.port).arg(QString::fromLatin1(path));
    const QByteArray gif = fetch(local.port, path);

    if (wrk.isEmpty()) {
        section.notes << QStringLiteral("wrk not found (Debian: wrk): the throughput and latency figures were skipped");
    } else {
        const QString duration = QStringLiteral("-d%1s").arg(seconds);
        const QStringList load{QStringLiteral("-t2"), QStringLiteral("-c50"), duration};
        const QString loadName = QStringLiteral("wrk -t2 -c50 %1").arg(duration);
        const auto requestsPerSecond = [&](const QString &url) {
            return firstNumber(
                runTool(wrk, load + QStringList{url}, 60, &error), QStringLiteral("Requests/sec:\\s+([\\d.]+)"));
        };
        // Rounds taking turns, and the better of each: on a shared machine the load moves
        // between runs, and a run next to the other's is the fairer comparison.
        double nginxRate = 0;
        double rate = 0;
        QTemporaryDir root;
        ServerProcess reference;
        if (nginx.isEmpty())
            section.notes << QStringLiteral("nginx not found (Debian: nginx-light): no nginx anchor");
        else if (!startNginx(reference, nginx, root.path(), gif, &error))
            section.errors << QStringLiteral("nginx: %1").arg(error);
        const QString nginxUrl =
            QStringLiteral("http://127.0.0.1:%1%2").arg(reference.port).arg(QString::fromLatin1(path));
        for (int round = 1; round <= rounds; ++round) {
            if (reference.port != 0) {
                reportProgress(QStringLiteral("server: nginx under wrk, round %1 of %2").arg(round).arg(rounds));
                nginxRate = std::max(nginxRate, requestsPerSecond(nginxUrl));
            }
            reportProgress(QStringLiteral("server: LOCAL under wrk, round %1 of %2").arg(round).arg(rounds));
            rate = std::max(rate, requestsPerSecond(localUrl));
        }
        if (nginxRate > 0)
            section.add({QStringLiteral("nginx_rps"), QStringLiteral("nginx, one GIF, ") + loadName, nginxRate,
                QStringLiteral("/s")});
        else if (reference.port != 0)
            section.errors << QStringLiteral("wrk against nginx: %1").arg(error);
        if (rate > 0) {
            section.add({QStringLiteral("local_rps"), QStringLiteral("serve (LOCAL), one GIF, ") + loadName, rate,
                QStringLiteral("/s"), {}, nginxRate > 0 ? QStringLiteral("nginx") : QString(), nginxRate});
            // The goal is serve ≥ 0.9× nginx, that is nginx's rate at most 111 % of serve's.
            if (nginxRate > 0)
                section.add({QStringLiteral("nginx_over_local"), QStringLiteral("nginx's rate, as a share of serve's"),
                    100 * nginxRate / rate, QStringLiteral("%"), BenchGoal::atMost(100 / 0.9), {}, 0,
                    QStringLiteral("serve at %1× nginx").arg(rate / nginxRate, 0, 'f', 2)});
        } else {
            section.errors << QStringLiteral("wrk against serve: %1").arg(error);
        }

        ServerProcess delayed;
        const QString delayedName = QStringLiteral("serve --delay %1, %2 connections")
                                        .arg(delay)
                                        .arg(QLocale(QLocale::English).toString(connections));
        reportProgress(QStringLiteral("server: %1 under wrk").arg(delayedName));
        if (startServe(delayed, {QStringLiteral("--delay"), QString::number(delay)}, &error)) {
            const QString out = runTool(wrk,
                {QStringLiteral("-t2"), QStringLiteral("-c%1").arg(connections), duration, QStringLiteral("--latency"),
                    QStringLiteral("http://127.0.0.1:%1%2").arg(delayed.port).arg(path)},
                60, &error);
            const double p50 = wrkPercentile(out, QStringLiteral("50"));
            const double p99 = wrkPercentile(out, QStringLiteral("99"));
            if (p99 > 0) {
                section.add({QStringLiteral("delay_1000_p50"), delayedName + QStringLiteral(": p50"), p50,
                    QStringLiteral("s"), {}, QStringLiteral("the delay"), delay});
                section.add({QStringLiteral("delay_1000_p99"), delayedName + QStringLiteral(": p99"), p99,
                    QStringLiteral("s"), BenchGoal::atMost(delay + 0.1), QStringLiteral("the delay"), delay});
            } else {
                section.errors << QStringLiteral("wrk --latency against serve --delay %1: %2").arg(delay).arg(error);
            }
        } else {
            section.errors << error;
        }
    }

    if (ab.isEmpty()) {
        section.notes << QStringLiteral("ab not found (Debian: apache2-utils): the ab figures were skipped");
    } else {
        for (const bool keepAlive : {false, true}) {
            reportProgress(QStringLiteral("server: ab%1").arg(keepAlive ? QStringLiteral(" -k") : QString()));
            QStringList arguments{
                QStringLiteral("-n"), QString::number(requests), QStringLiteral("-c"), QStringLiteral("50")};
            if (keepAlive)
                arguments.prepend(QStringLiteral("-k"));
            const QString out = runTool(ab, arguments + QStringList{localUrl}, 120, &error);
            const double complete = firstNumber(out, QStringLiteral("Complete requests:\\s+(\\d+)"));
            const double failed = firstNumber(out, QStringLiteral("Failed requests:\\s+(\\d+)"));
            if (complete < 0 || failed < 0) {
                section.errors << QStringLiteral("ab%1: %2")
                                      .arg(keepAlive ? QStringLiteral(" -k") : QString(),
                                          error.isEmpty() ? out.right(200).trimmed() : error);
                continue;
            }
            const QString name =
                QStringLiteral("ab%1 -n %2 -c 50").arg(keepAlive ? QStringLiteral(" -k") : QString()).arg(requests);
            section.add({keepAlive ? QStringLiteral("ab_keepalive_failed") : QStringLiteral("ab_failed"),
                name + QStringLiteral(": failed requests"), failed, {}, BenchGoal::atMost(0), {}, 0,
                QStringLiteral("%1 complete, %2/s")
                    .arg(complete)
                    .arg(firstNumber(out, QStringLiteral("Requests per second:\\s+([\\d.]+)")), 0, 'f', 0)});
        }
    }
    section.notes
        << QStringLiteral("serve runs in its own process (`concurrency-lab serve --port 0 --quiet`: a "
                          "thread per core sharing the port), wrk and ab in theirs, all on this machine's "
                          "loopback; nginx (Debian's defaults: a worker per core, sendfile) serves the same "
                          "GIF bytes from a temporary folder; %1")
               .arg(rounds > 1
                       ? QStringLiteral("each throughput is the better of two %1 s runs taken in turns").arg(seconds)
                       : QStringLiteral("each throughput is one %1 s run").arg(seconds))
        << QStringLiteral("the load tools share the CPUs with the servers: on 2 cores every figure here "
                          "moves with the machine's load");
    return section;
}

} // namespace Lab
