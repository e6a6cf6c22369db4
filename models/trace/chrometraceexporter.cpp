// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/chrometraceexporter.h"

#include "models/core/clock.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <array>
#include <limits>
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

// The category of our flows and of the 1 ns slivers that bind them in Chrome DevTools.
constexpr char FlowCategory[] = "lab.flow";

// Where a flow's end binds: inside a slice of its task's track, or on an anchor sliver made for it.
struct Binding
{
    qint64 ts = 0;
    bool anchor = false;
    qint64 anchorStart = 0;
    qint64 anchorEnd = 0;
};

class FlowBinder
{
public:
    FlowBinder(const std::vector<Span> &spans, std::size_t taskCount)
        : m_spans(spans)
        , m_byTask(taskCount)
        , m_lastAnchor(taskCount, {0, -1})
    {
        for (std::size_t i = 0; i < spans.size(); ++i) {
            if (spans[i].task < taskCount)
                m_byTask[spans[i].task].push_back(i);
        }
        for (auto &indices : m_byTask)
            std::sort(indices.begin(), indices.end(), [&spans](std::size_t a, std::size_t b) {
                return spans[a].start < spans[b].start;
            });
    }

    // The moment to stamp a flow end of @p task at @p t: strictly inside the slice that ends there
    // (a departure, @p out) or starts there (an arrival), so that viewers bind it to that slice; a
    // flow exactly on a slice boundary binds to either or none. Without such a slice, an anchor.
    Binding bind(TaskId task, qint64 t, bool out)
    {
        if (task >= m_byTask.size())
            return {t, false, 0, 0};
        const auto &indices = m_byTask[task];
        auto it = std::upper_bound(indices.begin(), indices.end(), t, [this](qint64 time, std::size_t i) {
            return time < m_spans[i].start;
        });
        // it: the first span starting after t. Candidates: the one before it (covers or ends at t).
        const Span *covering = nullptr;
        const Span *endingAt = nullptr;
        if (it != indices.begin()) {
            const Span &before = m_spans[*std::prev(it)];
            if (before.start <= t && t < before.end)
                covering = &before;
            if (before.end == t && before.start < t)
                endingAt = &before;
            if (std::prev(it) != indices.begin() && before.start == t) {
                const Span &earlier = m_spans[*std::prev(it, 2)];
                if (earlier.end == t && earlier.start < t)
                    endingAt = &earlier;
            }
        }
        const Span *chosen = out ? (endingAt ? endingAt : covering) : (covering ? covering : endingAt);
        if (chosen && chosen->end - chosen->start >= 2)
            return {std::clamp(t, chosen->start + 1, chosen->end - 1), false, 0, 0};
        // No slice: reuse the task's latest anchor if it holds t, else make one up to 1 µs long.
        auto &last = m_lastAnchor[task];
        if (last.first < t && t < last.second)
            return {t, false, 0, 0};
        const qint64 next = it != indices.end() ? m_spans[*it].start : std::numeric_limits<qint64>::max();
        const qint64 length = std::clamp<qint64>(next - t, 2, 1000);
        last = {t - 1, t + length};
        return {t, true, t - 1, t + length};
    }

private:
    const std::vector<Span> &m_spans;
    std::vector<std::vector<std::size_t>> m_byTask;
    std::vector<std::pair<qint64, qint64>> m_lastAnchor;
};
} // namespace

qint64 ChromeTraceExporter::endTime() const
{
    qint64 end = m_recorder->latest();
    for (const Span &open : m_recorder->openSpans(0))
        end = std::max(end, open.start);
    return end;
}

QByteArray ChromeTraceExporter::toJson() const
{
    const qint64 origin = m_recorder->origin();
    const auto tasks = m_recorder->tasks();
    auto spans = m_recorder->spans();
    // Tasks still open end with the last thing recorded, not at the moment of export: the trace
    // covers the run, not the idle time after it.
    const auto open = m_recorder->openSpans(endTime());
    spans.insert(spans.end(), open.begin(), open.end());
    const auto instants = m_recorder->instants();
    auto links = m_recorder->links();
    std::stable_sort(links.begin(), links.end(), [](const Link &a, const Link &b) {
        return a.time < b.time;
    });
    JsonWriter json(spans.size() + instants.size() + 3 * links.size() + 3 * tasks.size());
    const auto tidOf = [](TaskId task) {
        return int(task) + 1;
    };
    const auto nameOf = [&tasks](TaskId task) {
        return task < tasks.size() ? tasks[task].name : QString();
    };

    json.begin('M');
    json.string("name", "process_name");
    json.openObject("args");
    json.string("name", "Concurrency Lab");
    json.closeObject();
    json.end();
    // Every task is a track (a tid) of its own, named by the task: viewers that read only slices
    // (speedscope) show every task, and Perfetto and chrome://tracing show the same lanes. The
    // sort index keeps each thread's tasks together, in the timeline's order.
    QHash<QString, int> threadOrder;
    for (const auto &task : tasks) {
        const int thread = int(threadOrder.size());
        const int order = threadOrder.contains(task.thread) ? threadOrder.value(task.thread) : thread;
        threadOrder.insert(task.thread, order);
        json.begin('M', tidOf(task.id));
        json.string("name", "thread_name");
        json.openObject("args");
        json.string("name", task.name + QLatin1String(" (") + task.thread + u')');
        json.closeObject();
        json.end();
        json.begin('M', tidOf(task.id));
        json.string("name", "thread_sort_index");
        json.openObject("args");
        json.integer("sort_index", qint64(order) * 100'000 + task.id);
        json.closeObject();
        json.end();
        json.begin('M', tidOf(task.id));
        json.string("name", "lab_task");
        json.openObject("args");
        json.integer("taskId", task.id);
        json.string("name", task.name);
        json.string("thread", task.thread);
        json.closeObject();
        json.end();
    }

    std::array<QString, TaskStateCount> stateNames;
    std::array<QString, TaskStateCount> stateKeys;
    for (int state = 0; state < TaskStateCount; ++state) {
        stateNames[std::size_t(state)] = taskStateName(TaskState(state));
        stateKeys[std::size_t(state)] = taskStateKey(TaskState(state));
    }
    // Slices carry no args: speedscope would show them in every frame's name. The category says the
    // state ("sleeping"; "state.sleeping" when the name is the state's, the span having no label),
    // and the track says the task (lab_task above), which is all ChromeTraceImporter needs.
    for (const auto &span : spans) {
        const QString &state = stateNames[std::size_t(span.state)];
        const QString &key = stateKeys[std::size_t(span.state)];
        json.begin('X', tidOf(span.task));
        json.string("cat", span.label.isEmpty() ? QStringLiteral("state.") + key : key);
        json.string("name", span.label.isEmpty() ? state : span.label);
        json.micros("ts", span.start - origin);
        json.micros("dur", span.end - span.start);
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
    // Links are flows from the slice the source task is in to the one the target resumes in.
    FlowBinder binder(spans, tasks.size());
    int flowId = 0;
    for (const auto &link : links) {
        ++flowId;
        for (const bool start : {true, false}) {
            const TaskId task = start ? link.from : link.to;
            // The arrival 1 ns after the departure: DevTools keys a flow's events by time stamp, so
            // two ends at one moment would be one (the link's exact time is in args.at).
            const Binding binding = binder.bind(task, start ? link.time : link.time + 1, start);
            const QString toward =
                (start ? QStringLiteral("→ ") : QStringLiteral("← ")) + nameOf(start ? link.to : link.from);
            if (binding.anchor) {
                json.begin('X', tidOf(task));
                json.string("cat", "flow-anchor");
                json.string("name", toward);
                json.micros("ts", binding.anchorStart - origin);
                json.micros("dur", binding.anchorEnd - binding.anchorStart);
                json.end();
            }
            // Chrome DevTools' Performance panel binds a flow only to an event of the same category,
            // thread and time stamp: a 1 ns sliver inside the slice (or anchor) gives it one.
            json.begin('X', tidOf(task));
            json.string("cat", FlowCategory);
            json.string("name", toward);
            json.micros("ts", binding.ts - origin);
            json.micros("dur", 1);
            json.end();
            json.begin(start ? 's' : 'f', tidOf(task));
            json.string("cat", FlowCategory);
            json.string("name", link.label.isEmpty() ? QStringLiteral("resume") : link.label);
            json.integer("id", flowId);
            json.micros("ts", binding.ts - origin);
            if (!start)
                json.string("bp", "e");
            json.openObject("args");
            json.integer("taskId", task);
            json.micros("at", link.time - origin);
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
