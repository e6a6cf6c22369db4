// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/chrometraceexporter.h"

#include "models/core/clock.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <array>
#include <vector>

namespace Lab {

namespace {
constexpr int Pid = 1;

// The JSON is written as text, event by event: a million spans take a second, not the ten that
// building one QJsonArray of two million objects takes. Each event is one object on the array.
class JsonWriter
{
public:
    explicit JsonWriter(std::size_t expectedEvents)
    {
        m_out.reserve(qsizetype(std::min<std::size_t>(expectedEvents, 50'000'000) * 160 + 256));
        m_out += "{\"traceEvents\":[";
    }

    QByteArray finish()
    {
        m_out += "],\"displayTimeUnit\":\"ms\"}";
        return std::move(m_out);
    }

    // Starts an event with its phase and pid (and tid if >= 0); fields follow, then end().
    void begin(char phase, int tid = -1)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += "{\"ph\":\"";
        m_out += phase;
        m_out += "\",\"pid\":";
        m_out += QByteArray::number(Pid);
        if (tid >= 0) {
            m_out += ",\"tid\":";
            m_out += QByteArray::number(tid);
        }
    }
    void end() { m_out += '}'; }
    void openObject(const char *key)
    {
        field(key);
        m_out += '{';
        m_firstInObject = true;
    }
    void closeObject()
    {
        m_out += '}';
        m_firstInObject = false;
    }

    void string(const char *key, const QString &value)
    {
        field(key);
        quote(value.toUtf8());
    }
    void string(const char *key, const char *value)
    {
        field(key);
        quote(QByteArray(value));
    }
    void integer(const char *key, qint64 value)
    {
        field(key);
        m_out += QByteArray::number(value);
    }
    // ns as µs with three decimals: exact, whatever the magnitude.
    void micros(const char *key, qint64 ns)
    {
        field(key);
        if (ns < 0) {
            m_out += '-';
            ns = -ns;
        }
        m_out += QByteArray::number(ns / 1000);
        m_out += '.';
        const qint64 fraction = ns % 1000;
        m_out += char('0' + fraction / 100);
        m_out += char('0' + fraction / 10 % 10);
        m_out += char('0' + fraction % 10);
    }

private:
    void field(const char *key)
    {
        if (m_firstInObject)
            m_firstInObject = false;
        else
            m_out += ',';
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }
    void quote(const QByteArray &utf8)
    {
        static const char hex[] = "0123456789abcdef";
        m_out += '"';
        for (const char c : utf8) {
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\t':
                m_out += "\\t";
                break;
            case '\r':
                m_out += "\\r";
                break;
            default:
                if (uchar(c) < 0x20) {
                    m_out += "\\u00";
                    m_out += hex[uchar(c) >> 4];
                    m_out += hex[uchar(c) & 0xf];
                } else {
                    m_out += c; // UTF-8 bytes of other characters pass as they are
                }
            }
        }
        m_out += '"';
    }

    QByteArray m_out;
    bool m_first = true;
    bool m_firstInObject = false;
};

QString asyncId(TaskId task)
{
    return QStringLiteral("0x%1").arg(task, 0, 16);
}
} // namespace

QByteArray ChromeTraceExporter::toJson() const
{
    const qint64 origin = m_recorder->origin();
    const auto tasks = m_recorder->tasks();
    auto spans = m_recorder->spans();
    const auto open = m_recorder->openSpans(nowNs());
    spans.insert(spans.end(), open.begin(), open.end());
    const auto instants = m_recorder->instants();
    const auto links = m_recorder->links();
    QHash<QString, int> threadIds;
    std::vector<int> tidOfTask(tasks.size(), 1);
    JsonWriter json(2 * spans.size() + instants.size() + 2 * links.size() + 3 * tasks.size());

    json.begin('M');
    json.string("name", "process_name");
    json.openObject("args");
    json.string("name", "Concurrency Lab");
    json.closeObject();
    json.end();
    for (const auto &task : tasks) {
        auto it = threadIds.find(task.thread);
        if (it == threadIds.end()) {
            const int tid = int(threadIds.size()) + 1;
            it = threadIds.insert(task.thread, tid);
            const QString name =
                task.id == EventLoopTask ? task.name + QLatin1String(" (") + task.thread + u')' : task.thread;
            json.begin('M', tid);
            json.string("name", "thread_name");
            json.openObject("args");
            json.string("name", name);
            json.closeObject();
            json.end();
            json.begin('M', tid);
            json.string("name", "thread_sort_index");
            json.openObject("args");
            json.integer("sort_index", tid);
            json.closeObject();
            json.end();
        }
        if (task.id < tidOfTask.size())
            tidOfTask[task.id] = it.value();
        json.begin('M', it.value());
        json.string("name", "lab_task");
        json.openObject("args");
        json.integer("taskId", task.id);
        json.string("name", task.name);
        json.string("thread", task.thread);
        json.closeObject();
        json.end();
    }
    const auto tidOf = [&tidOfTask](TaskId task) {
        return task < tidOfTask.size() ? tidOfTask[task] : 1;
    };

    std::array<QString, TaskStateCount> stateNames;
    std::array<QString, TaskStateCount> stateKeys;
    for (int state = 0; state < TaskStateCount; ++state) {
        stateNames[std::size_t(state)] = taskStateName(TaskState(state));
        stateKeys[std::size_t(state)] = taskStateKey(TaskState(state));
    }
    for (const auto &span : spans) {
        const QString &state = stateNames[std::size_t(span.state)];
        const QString &name = span.label.isEmpty() ? state : span.label;
        const int tid = tidOf(span.task);
        const QString taskName = span.task < tasks.size() ? tasks[span.task].name : QString();
        const auto args = [&] {
            json.openObject("args");
            json.string("task", taskName);
            json.string("state", state);
            json.string("kind", stateKeys[std::size_t(span.state)]);
            json.integer("taskId", span.task);
            if (!span.label.isEmpty())
                json.string("label", span.label);
            json.closeObject();
        };
        if (span.task == EventLoopTask) {
            // Stalls are plain slices on the GUI thread: visible in every viewer, never overlapping.
            json.begin('X', tid);
            json.string("cat", "event-loop");
            json.string("name", name);
            json.micros("ts", span.start - origin);
            json.micros("dur", span.end - span.start);
            args();
            json.end();
            continue;
        }
        const QString id = asyncId(span.task);
        json.begin('b', tid);
        json.string("cat", "task");
        json.string("name", name);
        json.string("id", id);
        json.micros("ts", span.start - origin);
        args();
        json.end();
        json.begin('e', tid);
        json.string("cat", "task");
        json.string("name", name);
        json.string("id", id);
        json.micros("ts", span.end - origin);
        json.end();
    }
    for (const auto &instant : instants) {
        json.begin('i', tidOf(instant.task));
        json.string("s", "t");
        json.string("name", instant.label);
        json.micros("ts", instant.time - origin);
        json.openObject("args");
        json.integer("taskId", instant.task);
        json.closeObject();
        json.end();
    }
    int flowId = 0;
    for (const auto &link : links) {
        ++flowId;
        for (const bool start : {true, false}) {
            json.begin(start ? 's' : 'f', tidOf(start ? link.from : link.to));
            json.string("cat", "resume");
            json.string("name", "resume");
            json.integer("id", flowId);
            json.micros("ts", link.time - origin);
            if (!start)
                json.string("bp", "e");
            json.openObject("args");
            json.integer("taskId", start ? link.from : link.to);
            json.closeObject();
            json.end();
        }
    }
    return json.finish();
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
