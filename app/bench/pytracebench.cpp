// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// bench pytrace: what the Python tracer costs a traced program: the same asyncio download of the
// book's 194 flags, plain and under the tracer, side by side in one run.
#include "app/bench/benchfigures.h"
#include "models/pytrace/pythontracer.h"
#include "models/trace/tracerecorder.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

namespace Lab {

namespace {
// runPythonScript's twin: the script runs under the tracer, every event recorded as in the window.
ChildResult runTracedScript(
    const QString &python, const QString &script, const QStringList &arguments, int timeoutSeconds)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(script);
    if (!folder.isValid() || !QFile::copy(QStringLiteral(":/bench/") + script, path))
        return {{}, QStringLiteral("could not write %1 to a temporary folder").arg(script)};
    TraceRecorder recorder;
    PythonTracer tracer(&recorder);
    QByteArray output;
    QObject::connect(&tracer, &PythonTracer::output, [&output](const QByteArray &text, bool standardError) {
        if (!standardError)
            output += text;
    });
    int status = -1;
    QEventLoop loop;
    QObject::connect(&tracer, &PythonTracer::finished, &loop, [&](int exitStatus) {
        status = exitStatus;
        loop.quit();
    });
    QString error;
    if (!tracer.start(QStringList{python, path} + arguments, folder.path(), &error))
        return {{}, error};
    QTimer::singleShot(timeoutSeconds * 1000, &tracer, &PythonTracer::stop);
    loop.exec();
    if (status != 0)
        return {{}, QStringLiteral("the traced script ended with status %1").arg(status)};
    QJsonObject json = QJsonDocument::fromJson(output.trimmed().split('\n').last()).object();
    if (json.isEmpty())
        return {{}, QStringLiteral("the traced script printed no JSON line")};
    if (json.contains(QLatin1String("skipped")))
        return {json, {}};
    if (tracer.summary().tasks == 0)
        return {{}, QStringLiteral("the tracer recorded no task")};
    json.insert(QStringLiteral("tracedTasks"), tracer.summary().tasks);
    json.insert(QStringLiteral("tracedEvents"), double(tracer.summary().events));
    return {json, {}};
}
} // namespace

QJsonObject measureFlagAsyncioTraced(const WorkerOptions &options)
{
    return measureAsyncioFlags(options, runTracedScript);
}

QJsonObject measureFlagHttpx(const WorkerOptions &options)
{
    return measureAsyncioFlags(options, runPythonScript, QStringLiteral("httpx_flags.py"));
}

QJsonObject measureFlagHttpxTraced(const WorkerOptions &options)
{
    return measureAsyncioFlags(options, runTracedScript, QStringLiteral("httpx_flags.py"));
}

BenchSection runPythonTracerBenchmark(const BenchConfig &config)
{
    // Quick: 20 flags, and the DELAY server at the 0.05 s of bench flags --quick.
    const int count = config.quick ? 20 : 194;
    const double delayed = config.quick ? 0.05 : 0.5;
    BenchSection section;
    section.name = QStringLiteral("pytrace");
    section.title =
        QStringLiteral("the Python tracer's cost: an asyncio download of %1 flags, plain and traced").arg(count);
    if (findPython().isEmpty()) {
        section.notes << QStringLiteral("python3 not found: nothing to trace");
        return section;
    }
    const QStringList required = {QStringLiteral("wallSeconds")};
    struct Client
    {
        const char *figure;
        const char *key;
        QString name;
        BenchGoal goal;
    };
    // The figure is the book's own download (judged); the bare client spends nothing but
    // task steps, so it shows the tracer's cost per step at its most visible (shown, not judged).
    const Client clients[] = {
        {"flags-httpx", "book", QStringLiteral("the book's client (httpx)"), BenchGoal::atMost(1.3)},
        {"flags-asyncio", "bare", QStringLiteral("a bare asyncio client"), {}},
    };
    // LOCAL (no delay: the tracer's cost is all there is to see) and the book's DELAY server.
    for (const double delay : {0.0, delayed}) {
        const QString server = delay > 0 ? QStringLiteral("DELAY %1 s").arg(delay) : QStringLiteral("LOCAL");
        for (const Client &client : clients) {
            const auto arguments = [&](const QString &figure) {
                QStringList list{figure, QStringLiteral("--count"), QString::number(count), QStringLiteral("--seconds"),
                    QString::number(delay)};
                if (!config.flagServer.isEmpty())
                    list << QStringLiteral("--server") << config.flagServer.toString();
                return list;
            };
            const QString figure = QLatin1String(client.figure);
            const FigureRuns plain = runFigure(
                section, config, QStringLiteral("%1, %2").arg(client.name, server), arguments(figure), required, 150);
            const FigureRuns traced =
                runFigure(section, config, QStringLiteral("%1 traced, %2").arg(client.name, server),
                    arguments(figure + QStringLiteral("-traced")), required, 150);
            if (!plain.ok() || !traced.ok())
                continue;
            const BenchStat plainWall = plain.stat("wallSeconds");
            const BenchStat tracedWall = traced.stat("wallSeconds");
            const QString key = QStringLiteral("%1_%2").arg(
                QLatin1String(client.key), delay > 0 ? QStringLiteral("delay") : QStringLiteral("local"));
            section.add(statRow(key + QStringLiteral("_plain_wall"),
                QStringLiteral("%1, %2 flags, %3: wall").arg(client.name).arg(count).arg(server), plainWall,
                QStringLiteral("s")));
            section.add(statRow(key + QStringLiteral("_traced_wall"), QStringLiteral("the same under the tracer: wall"),
                tracedWall, QStringLiteral("s"), {}, QStringLiteral("plain"), plainWall.median,
                QStringLiteral("%1 tasks traced").arg(traced.last().value(QLatin1String("tracedTasks")).toInt())));
            BenchStat ratio;
            ratio.median = tracedWall.median / plainWall.median;
            ratio.best = tracedWall.best / plainWall.best;
            ratio.runs = tracedWall.runs;
            section.add(statRow(key + QStringLiteral("_ratio"), QStringLiteral("traced / plain, %1").arg(server), ratio,
                QStringLiteral("×"), client.goal));
        }
    }
    section.notes << QStringLiteral("the book's client: resources/bench/httpx_flags.py (flags_asyncio.py's way: one "
                                    "httpx.AsyncClient, gather, GIF files saved); the bare client: "
                                    "resources/bench/asyncio_flags.py (a raw GET per task over open_connection), "
                                    "shown without a goal");
    section.notes << QStringLiteral("each against the built-in server, in a fresh process per run; traced: run by "
                                    "PythonTracer exactly as the Your program page runs it, every event decoded "
                                    "into a recording");
    return section;
}

} // namespace Lab
