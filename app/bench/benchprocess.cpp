// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/benchprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cstdio>
#include <sys/resource.h>

namespace Lab {

static ChildResult runChild(QProcess &process, const QString &program, const QStringList &arguments, int timeoutSeconds)
{
    ChildResult result;
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        result.error = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished();
        result.error =
            QStringLiteral("%1 %2 did not finish within %3 s").arg(program, arguments.join(u' ')).arg(timeoutSeconds);
        return result;
    }
    const QByteArray out = process.readAllStandardOutput();
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = QStringLiteral("%1 %2 failed (exit %3)%4")
                           .arg(program, arguments.join(u' '))
                           .arg(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1)
                           .arg(errors.isEmpty() ? QString() : QStringLiteral(": ") + errors);
        return result;
    }
    // The result is the last line that is a JSON object; anything before it is the child's chatter.
    const QList<QByteArray> lines = out.trimmed().split('\n');
    for (auto line = lines.rbegin(); line != lines.rend(); ++line) {
        const QJsonDocument document = QJsonDocument::fromJson(line->trimmed());
        if (document.isObject()) {
            result.json = document.object();
            return result;
        }
    }
    result.error = QStringLiteral("%1 %2 printed no JSON result").arg(program, arguments.join(u' '));
    return result;
}

ChildResult runBenchWorker(const QStringList &arguments, int timeoutSeconds)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    return runChild(process, QCoreApplication::applicationFilePath(),
        QStringList{QStringLiteral("bench-worker")} + arguments, timeoutSeconds);
}

QString findPython()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

ChildResult runPythonScript(
    const QString &python, const QString &script, const QStringList &arguments, int timeoutSeconds)
{
    QFile resource(QStringLiteral(":/bench/") + script);
    if (!resource.open(QIODevice::ReadOnly))
        return {{}, QStringLiteral("the script %1 is not in the binary").arg(resource.fileName())};
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/concurrency-lab-XXXXXX-") + script);
    if (!file.open() || file.write(resource.readAll()) < 0 || !file.flush())
        return {{}, QStringLiteral("could not write %1: %2").arg(file.fileName(), file.errorString())};
    file.close();
    QProcess process;
    return runChild(process, python, QStringList{file.fileName()} + arguments, timeoutSeconds);
}

void reportProgress(const QString &what)
{
    std::fprintf(stderr, "bench: %s...\n", qPrintable(what));
    std::fflush(stderr);
}

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

qint64 currentRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // procfs files report size 0, so atEnd() is true at once: read everything, then look.
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace Lab
