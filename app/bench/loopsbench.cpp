// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/loopsbench.h"

#include "app/bench/benchfigures.h"
#include "app/bench/benchprocess.h"
#include "models/core/eventloopchoice.h"
#include "models/flags/flagcodes.h"
#include "models/flags/flagserver.h"
#include "models/flags/flagserverthread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace Lab {

std::vector<LoopsContender> loopsContenders()
{
    return {{QStringLiteral("glib"), QCoreApplication::translate("Lab::LoopsBench", "Qt, GLib")},
        {QStringLiteral("unix"), QCoreApplication::translate("Lab::LoopsBench", "Qt, UNIX")},
        {QStringLiteral("asyncio"), QCoreApplication::translate("Lab::LoopsBench", "asyncio")},
        {QStringLiteral("uvloop"), QCoreApplication::translate("Lab::LoopsBench", "uvloop")}};
}

QString loopsComparisonFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/bench-loops.json");
}

namespace {

// A python that can import uvloop (Debian's python3-uvloop serves /usr/bin/python3), else python3 on PATH.
QString pythonForLoops()
{
    QStringList candidates{findPython(), QStringLiteral("/usr/bin/python3")};
    for (const QString &python : candidates) {
        if (python.isEmpty())
            continue;
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import uvloop")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return findPython();
}

// The bench script @p script written out, so with_loop.py can run it as __main__.
ChildResult runOnPythonLoop(
    const QString &python, const QString &loop, const QString &script, const QStringList &arguments, int timeoutSeconds)
{
    QFile resource(QStringLiteral(":/bench/") + script);
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/concurrency-lab-XXXXXX-") + script);
    if (!resource.open(QIODevice::ReadOnly) || !file.open() || file.write(resource.readAll()) < 0 || !file.flush())
        return {{}, QStringLiteral("could not write %1 for python").arg(script)};
    file.close();
    return runPythonScript(
        python, QStringLiteral("with_loop.py"), QStringList{loop, file.fileName()} + arguments, timeoutSeconds);
}

QJsonObject measureFlagsOnPythonLoop(const WorkerOptions &options, const QString &loop)
{
    const QString python = pythonForLoops();
    if (python.isEmpty())
        return {{QStringLiteral("skipped"), QStringLiteral("python3 not found")}};
    FlagServerThread server; // on its own thread: it answers while this one waits for python
    server.setSettings({options.seconds, 0, 0});
    if (!server.listen())
        return {
            {QStringLiteral("error"), QStringLiteral("the flag server cannot listen: %1").arg(server.errorString())}};
    const QStringList codes =
        options.count <= 20 ? popularFlagCodes().mid(0, options.count) : FlagServer::bookCodes().mid(0, options.count);
    const ChildResult result = runOnPythonLoop(
        python, loop, QStringLiteral("asyncio_flags.py"), QStringList{server.baseUrl().toString()} + codes, 120);
    if (!result.ok())
        return {{QStringLiteral("error"), result.error}};
    const int ok = result.json.value(QLatin1String("ok")).toInt();
    if (!result.json.contains(QLatin1String("skipped")) && ok != codes.size())
        return {{QStringLiteral("error"),
            flagsFailed(ok, result.json.value(QLatin1String("notFound")).toInt(),
                result.json.value(QLatin1String("errors")).toInt(), int(codes.size()))}};
    return result.json;
}

// One figure of the comparison: how each contender is measured and which number it gives.
struct LoopsFigure
{
    QString id;
    QString title;
    QString unit;
    QStringList worker; // bench-worker arguments for Qt
    const char *pythonScript; // nullptr: a worker measures python too (flags)
    QStringList pythonArguments;
    const char *key; // the number in the JSON result
    double scale; // to the unit
};

// Runs a bench-worker on the dispatcher @p kind: the child gets QT_NO_GLIB, or not, from us.
ChildResult runWorkerOn(EventLoopKind kind, const QStringList &arguments, int timeoutSeconds)
{
    const QByteArray saved = qgetenv("QT_NO_GLIB");
    const bool wasSet = qEnvironmentVariableIsSet("QT_NO_GLIB");
    chooseEventLoop(kind);
    ChildResult result = runBenchWorker(arguments, timeoutSeconds);
    if (wasSet)
        qputenv("QT_NO_GLIB", saved);
    else
        qunsetenv("QT_NO_GLIB");
    if (result.ok() && result.json.contains(QStringLiteral("error")))
        result.error = result.json.value(QStringLiteral("error")).toString();
    return result;
}

} // namespace

QJsonObject measureFlagsOnAsyncio(const WorkerOptions &options)
{
    return measureFlagsOnPythonLoop(options, QStringLiteral("asyncio"));
}

QJsonObject measureFlagsOnUvloop(const WorkerOptions &options)
{
    return measureFlagsOnPythonLoop(options, QStringLiteral("uvloop"));
}

BenchSection runLoopsBenchmark(const BenchConfig &config)
{
    BenchSection section;
    section.name = QStringLiteral("loops");
    section.title = QStringLiteral("the pluggable event loop: the same code on GLib's and Qt's UNIX dispatcher, "
                                   "beside Python asyncio on its default loop and on uvloop");
    // Quick: the sizes of bench sleep, loop-lag and flags --quick.
    const int sleepers = config.quick ? 1000 : 100'000;
    const int wakers = config.quick ? 500 : 10'000;
    const double wakeSeconds = config.quick ? 0.5 : 5.0;
    const int few = config.quick ? 5 : 20;
    const int all = config.quick ? 20 : 194;
    const double delay = config.quick ? 0.05 : 0.5;
    const QString sleepersText = QString::number(sleepers);
    const QString wakersText = QString::number(wakers);
    const QString wakeText = QString::number(wakeSeconds);
    const QString delayText = QString::number(delay);
    const std::vector<LoopsFigure> figures{
        {QStringLiteral("sleepers"), QStringLiteral("%1 sleepers of 0.1 s: wall").arg(shortCount(sleepers)),
            QStringLiteral("s"),
            {QStringLiteral("sleep-ours"), QStringLiteral("--count"), sleepersText, QStringLiteral("--seconds"),
                QStringLiteral("0.1")},
            "asyncio_sleepers.py", {sleepersText, QStringLiteral("0.1")}, "wallSeconds", 1.0},
        {QStringLiteral("lag"), QStringLiteral("%1 wakers, %2 s: heartbeat lag p99").arg(shortCount(wakers), wakeText),
            QStringLiteral("ms"),
            {QStringLiteral("loop-lag"), QStringLiteral("--count"), wakersText, QStringLiteral("--seconds"), wakeText},
            "asyncio_loop_lag.py", {wakersText, wakeText}, "lagP99Ms", 1.0},
        {QStringLiteral("flags20"), QStringLiteral("%1 flags, %2 s delay: wall").arg(few).arg(delayText),
            QStringLiteral("s"),
            {QStringLiteral("flags-coroutines"), QStringLiteral("--count"), QString::number(few),
                QStringLiteral("--seconds"), delayText},
            nullptr, {}, "wallSeconds", 1.0},
        {QStringLiteral("flags194"), QStringLiteral("%1 flags, %2 s delay: wall").arg(all).arg(delayText),
            QStringLiteral("s"),
            {QStringLiteral("flags-coroutines"), QStringLiteral("--count"), QString::number(all),
                QStringLiteral("--seconds"), delayText, QStringLiteral("--limit"), QStringLiteral("1000")},
            nullptr, {}, "wallSeconds", 1.0},
    };
    const QString python = pythonForLoops();
    if (python.isEmpty())
        section.notes << QStringLiteral("python3 not found: the asyncio and uvloop columns are skipped");
    QJsonArray saved;
    QStringList dispatchers;
    for (const LoopsFigure &figure : figures) {
        QJsonObject values;
        double glib = 0;
        for (const LoopsContender &contender : loopsContenders()) {
            const QString label = QStringLiteral("%1 on %2").arg(figure.id, contender.key);
            const QStringList required{QLatin1String(figure.key)};
            FigureRuns runs;
            if (contender.key == QLatin1String("glib") || contender.key == QLatin1String("unix")) {
                const EventLoopKind kind =
                    contender.key == QLatin1String("glib") ? EventLoopKind::Glib : EventLoopKind::Unix;
                runs = runRepeated(section, config, label, required, [&] {
                    ChildResult result = runWorkerOn(kind, figure.worker, 300);
                    const QString ran = result.json.value(QStringLiteral("dispatcher")).toString();
                    if (result.ok() && ran.contains(QLatin1String("Glib")) != (kind == EventLoopKind::Glib))
                        result.error = QStringLiteral("asked for %1, the worker ran on %2").arg(contender.key, ran);
                    if (result.ok() && !dispatchers.contains(ran))
                        dispatchers << ran;
                    return result;
                });
            } else if (python.isEmpty()) {
                continue;
            } else if (figure.pythonScript) {
                runs = runRepeated(section, config, label, required, [&] {
                    return runOnPythonLoop(
                        python, contender.key, QLatin1String(figure.pythonScript), figure.pythonArguments, 300);
                });
            } else {
                runs = runRepeated(section, config, label, required, [&] {
                    return runWorkerOn(EventLoopKind::Glib,
                        QStringList{QStringLiteral("flags-python-%1").arg(contender.key)} + figure.worker.mid(1), 300);
                });
            }
            if (!runs.ok())
                continue; // a failure is in section.errors, a skip in its notes
            const BenchStat stat = runs.stat(figure.key, figure.scale);
            if (contender.key == QLatin1String("glib"))
                glib = stat.median;
            values.insert(contender.key, stat.median);
            const bool anchored = contender.key != QLatin1String("glib") && glib > 0;
            const QJsonObject last = runs.last();
            QString note;
            if (last.contains(QStringLiteral("loop")))
                note = last.value(QStringLiteral("loop")).toString();
            else if (last.contains(QStringLiteral("dispatcher")))
                note = last.value(QStringLiteral("dispatcher")).toString();
            section.add(statRow(QStringLiteral("%1_%2").arg(contender.key, figure.id),
                QStringLiteral("%1: %2").arg(contender.label, figure.title), stat, figure.unit, {},
                anchored ? QStringLiteral("Qt, GLib") : QString(), anchored ? glib : 0, note));
        }
        saved.append(QJsonObject{{QStringLiteral("id"), figure.id}, {QStringLiteral("figure"), figure.title},
            {QStringLiteral("unit"), figure.unit}, {QStringLiteral("values"), values}});
    }
    section.notes << QStringLiteral("sleepers: as bench sleep; wakers: as bench loop-lag (%1 coroutines each "
                                    "waking every 100 ms beside a 5 ms heartbeat); flags: as bench flags (coroutines, "
                                    "all at once)")
                         .arg(QLocale(QLocale::English).toString(wakers))
                  << QStringLiteral("Qt: each figure in a fresh bench-worker, with QT_NO_GLIB=1 for the UNIX "
                                    "dispatcher and without it for GLib; the workers said they ran on %1")
                         .arg(dispatchers.join(QLatin1String(", ")))
                  << QStringLiteral("Python: resources/bench/with_loop.py runs the asyncio scripts of sleep, "
                                    "loop-lag and flags unchanged, on the default loop or with uvloop's policy, "
                                    "with %1")
                         .arg(python.isEmpty() ? QStringLiteral("no python") : python);
    const QString path = loopsComparisonFile();
    if (config.quick) {
        // Tiny sizes say nothing about the loops: the About dialog keeps the last real comparison.
        section.notes << QStringLiteral("quick: the comparison in %1 was left as it was").arg(path);
        return section;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("date"), QDateTime::currentDateTime().toString(Qt::ISODate)},
                              {QStringLiteral("rows"), saved}})
                .toJson());
        section.notes << QStringLiteral("kept for Help ▸ About ▸ Event loop in %1").arg(path);
    } else {
        section.notes << QStringLiteral("could not keep the comparison in %1: %2").arg(path, file.errorString());
    }
    return section;
}

} // namespace Lab
