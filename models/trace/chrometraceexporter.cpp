// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/chrometraceexporter.h"

#include "models/core/clock.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lab {

namespace {
constexpr int Pid = 1;

double toMicros(qint64 ns, qint64 origin)
{
    return double(ns - origin) / 1000.0;
}

QString asyncId(TaskId task)
{
    return QStringLiteral("0x%1").arg(task, 0, 16);
}
} // namespace

QByteArray ChromeTraceExporter::toJson() const
{
    const qint64 origin = m_recorder->origin();
    const auto tasks = m_recorder->tasks();
    QHash<QString, int> threadIds;
    QHash<TaskId, int> tidOfTask;
    QJsonArray events;

    events.append(QJsonObject{
        {"ph", "M"}, {"pid", Pid}, {"name", "process_name"}, {"args", QJsonObject{{"name", "Concurrency Lab"}}}});
    for (const auto &task : tasks) {
        auto it = threadIds.find(task.thread);
        if (it == threadIds.end()) {
            const int tid = int(threadIds.size()) + 1;
            it = threadIds.insert(task.thread, tid);
            const QString name =
                task.id == EventLoopTask ? task.name + QLatin1String(" (") + task.thread + u')' : task.thread;
            events.append(QJsonObject{{"ph", "M"}, {"pid", Pid}, {"tid", tid}, {"name", "thread_name"},
                {"args", QJsonObject{{"name", name}}}});
            events.append(QJsonObject{{"ph", "M"}, {"pid", Pid}, {"tid", tid}, {"name", "thread_sort_index"},
                {"args", QJsonObject{{"sort_index", tid}}}});
        }
        tidOfTask.insert(task.id, it.value());
        events.append(QJsonObject{{"ph", "M"}, {"pid", Pid}, {"tid", it.value()}, {"name", "lab_task"},
            {"args", QJsonObject{{"taskId", qint64(task.id)}, {"name", task.name}, {"thread", task.thread}}}});
    }

    auto spans = m_recorder->spans();
    const auto open = m_recorder->openSpans(nowNs());
    spans.insert(spans.end(), open.begin(), open.end());
    for (const auto &span : spans) {
        const QString state = taskStateName(span.state);
        const QString name = span.label.isEmpty() ? state : span.label;
        const int tid = tidOfTask.value(span.task, 1);
        const QString taskName = span.task < tasks.size() ? tasks[span.task].name : QString();
        QJsonObject args{
            {"task", taskName}, {"state", state}, {"kind", taskStateKey(span.state)}, {"taskId", qint64(span.task)}};
        if (!span.label.isEmpty())
            args.insert("label", span.label);
        if (span.task == EventLoopTask) {
            // Stalls are plain slices on the GUI thread: visible in every viewer, never overlapping.
            events.append(QJsonObject{{"ph", "X"}, {"pid", Pid}, {"tid", tid}, {"cat", "event-loop"}, {"name", name},
                {"ts", toMicros(span.start, origin)}, {"dur", double(span.end - span.start) / 1000.0}, {"args", args}});
            continue;
        }
        events.append(QJsonObject{{"ph", "b"}, {"pid", Pid}, {"tid", tid}, {"cat", "task"}, {"name", name},
            {"id", asyncId(span.task)}, {"ts", toMicros(span.start, origin)}, {"args", args}});
        events.append(QJsonObject{{"ph", "e"}, {"pid", Pid}, {"tid", tid}, {"cat", "task"}, {"name", name},
            {"id", asyncId(span.task)}, {"ts", toMicros(span.end, origin)}});
    }
    for (const auto &instant : m_recorder->instants()) {
        events.append(QJsonObject{{"ph", "i"}, {"pid", Pid}, {"tid", tidOfTask.value(instant.task, 1)}, {"s", "t"},
            {"name", instant.label}, {"ts", toMicros(instant.time, origin)},
            {"args", QJsonObject{{"taskId", qint64(instant.task)}}}});
    }
    int flowId = 0;
    for (const auto &link : m_recorder->links()) {
        ++flowId;
        const double ts = toMicros(link.time, origin);
        events.append(QJsonObject{{"ph", "s"}, {"pid", Pid}, {"tid", tidOfTask.value(link.from, 1)}, {"cat", "resume"},
            {"name", "resume"}, {"id", flowId}, {"ts", ts}, {"args", QJsonObject{{"taskId", qint64(link.from)}}}});
        events.append(QJsonObject{{"ph", "f"}, {"pid", Pid}, {"tid", tidOfTask.value(link.to, 1)}, {"cat", "resume"},
            {"name", "resume"}, {"id", flowId}, {"ts", ts}, {"bp", "e"},
            {"args", QJsonObject{{"taskId", qint64(link.to)}}}});
    }

    const QJsonObject root{{"traceEvents", events}, {"displayTimeUnit", "ms"}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool ChromeTraceExporter::writeFile(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = QCoreApplication::translate("Lab::ChromeTraceExporter", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    const QByteArray json = toJson();
    // QFile buffers small writes: a full disk only shows when the buffer is flushed.
    if (file.write(json) != json.size() || !file.flush()) {
        if (error)
            *error = QCoreApplication::translate("Lab::ChromeTraceExporter", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Lab
