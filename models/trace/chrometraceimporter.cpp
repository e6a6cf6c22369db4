// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/chrometraceimporter.h"

#include "models/trace/tracerecorder.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace Lab {

namespace {

// Traces stamped with a system clock start hours or days after zero; ours start at zero.
constexpr qint64 ShiftAfterNs = 600'000'000'000;
// Lanes one thread's or async id's overlapping slices may spread over.
constexpr std::size_t MaxLevels = 32;
// |ts| in µs beyond this does not fit in qint64 ns with room to spare.
constexpr double MaxMicros = 4e15;

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isObject()) {
        const QJsonObject id2 = value.toObject();
        return idText(id2.value(QLatin1String("local"))) + u'/' + idText(id2.value(QLatin1String("global")));
    }
    return {};
}

QString threadKey(const QJsonObject &event)
{
    return idText(event.value(QLatin1String("pid"))) + u':' + idText(event.value(QLatin1String("tid")));
}

TaskState stateOf(const QJsonObject &event, const QJsonObject &args)
{
    TaskState state = TaskState::Running;
    if (taskStateFromKey(args.value(QLatin1String("kind")).toString(), &state))
        return state;
    const QString name = args.value(QLatin1String("state")).toString();
    for (int i = 0; i < TaskStateCount && !name.isEmpty(); ++i) {
        if (name == taskStateName(TaskState(i)) || name == taskStateKey(TaskState(i)))
            return TaskState(i);
    }
    if (event.value(QLatin1String("cat")).toString() == QLatin1String("event-loop"))
        return TaskState::Blocked;
    return TaskState::Running;
}

QString labelOf(const QJsonObject &event, const QJsonObject &args)
{
    if (args.contains(QLatin1String("label")))
        return args.value(QLatin1String("label")).toString();
    if (args.contains(QLatin1String("kind"))) // ours: no label, so the name is the state's
        return {};
    return event.value(QLatin1String("name")).toString();
}

struct Slice
{
    int task = 0;
    TaskState state = TaskState::Running;
    qint64 start = 0;
    qint64 end = 0;
    QString label;
};

struct Open
{
    int task = 0;
    TaskState state = TaskState::Running;
    qint64 start = 0;
    QString label;
};

struct Flow
{
    int from = -1;
    int to = -1;
    qint64 time = 0;
};

} // namespace

bool ChromeTraceImporter::readFile(const QString &path, QString *error)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(shown, file.errorString());
        return false;
    }
    QString problem;
    if (parse(file.readAll(), &problem))
        return true;
    if (error)
        *error = tr("Cannot open %1 as a trace. %2").arg(shown, problem);
    return false;
}

bool ChromeTraceImporter::parse(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    m_tasks.clear();
    m_spans.clear();
    m_instants.clear();
    m_links.clear();
    if (json.trimmed().isEmpty())
        return fail(tr("The file is empty."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("It is not valid JSON (%1 at character %2): not a trace, or a damaged or cut-short one.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    QJsonArray events;
    if (document.isArray())
        events = document.array();
    else if (document.isObject() && document.object().value(QLatin1String("traceEvents")).isArray())
        events = document.object().value(QLatin1String("traceEvents")).toArray();
    else
        return fail(tr("It is JSON, but not a Chrome trace: it has no list of trace events "
                       "(an array, or an object with \"traceEvents\")."));

    // Metadata first: names may come after the events that use them.
    QHash<QString, QString> threadNames;
    std::map<qint64, std::pair<QString, QString>> labTasks; // our exporter's tasks, by id
    for (const QJsonValue &value : std::as_const(events)) {
        const QJsonObject event = value.toObject();
        if (event.value(QLatin1String("ph")).toString() != QLatin1String("M"))
            continue;
        const QString name = event.value(QLatin1String("name")).toString();
        const QJsonObject args = event.value(QLatin1String("args")).toObject();
        if (name == QLatin1String("thread_name"))
            threadNames.insert(threadKey(event), args.value(QLatin1String("name")).toString());
        else if (name == QLatin1String("lab_task") && args.value(QLatin1String("taskId")).isDouble())
            labTasks[qint64(args.value(QLatin1String("taskId")).toDouble())] = {
                args.value(QLatin1String("name")).toString(), args.value(QLatin1String("thread")).toString()};
    }

    // Lanes by key; task 0 is the event loop's whatever the file holds.
    QHash<QString, int> taskOfKey;
    m_tasks.push_back({EventLoopTask, QCoreApplication::translate("Lab::TraceRecorder", "Event loop"),
        QCoreApplication::translate("Lab::TraceRecorder", "GUI thread")});
    taskOfKey.insert(QStringLiteral("lab:0"), 0);
    for (const auto &[id, info] : labTasks) {
        if (id == 0)
            continue;
        taskOfKey.insert(QStringLiteral("lab:%1").arg(id), int(m_tasks.size()));
        m_tasks.push_back({TaskId(m_tasks.size()), info.first, info.second});
    }
    const auto threadName = [&threadNames](const QJsonObject &event) {
        const QString name = threadNames.value(threadKey(event));
        return name.isEmpty() ? tr("thread %1").arg(idText(event.value(QLatin1String("tid")))) : name;
    };
    // The lane of an event: our task id if it says so, else @p fallbackKey (named @p fallbackName).
    const auto taskOf = [&](const QJsonObject &event, const QJsonObject &args, const QString &fallbackKey,
                            const QString &fallbackName) {
        QString key = fallbackKey;
        QString name = fallbackName;
        if (args.value(QLatin1String("taskId")).isDouble()) {
            const auto id = qint64(args.value(QLatin1String("taskId")).toDouble());
            key = QStringLiteral("lab:%1").arg(id);
            name = args.value(QLatin1String("task")).toString();
            if (name.isEmpty())
                name = tr("task %1").arg(id);
        }
        auto it = taskOfKey.constFind(key);
        if (it != taskOfKey.constEnd())
            return *it;
        const int task = int(m_tasks.size());
        m_tasks.push_back({TaskId(task), name, threadName(event)});
        taskOfKey.insert(key, task);
        return task;
    };

    std::vector<Slice> slices;
    QHash<QString, std::vector<Open>> openSlices; // B/E per thread, b/e per async id
    QHash<QString, Flow> flows;
    std::vector<QString> flowOrder;
    qint64 lastTime = std::numeric_limits<qint64>::min();
    int index = 0;
    for (const QJsonValue &value : std::as_const(events)) {
        ++index;
        if (!value.isObject())
            return fail(tr("The trace is damaged: event %1 is not an object.").arg(index));
        const QJsonObject event = value.toObject();
        const QJsonValue phaseValue = event.value(QLatin1String("ph"));
        if (!phaseValue.isString() || phaseValue.toString().isEmpty())
            return fail(tr("The trace is damaged: event %1 has no phase (\"ph\").").arg(index));
        const QString phase = phaseValue.toString();
        static const QString timed = QStringLiteral("XBEbeniIsf");
        if (phase.size() != 1 || !timed.contains(phase[0]))
            continue; // metadata, counters, samples...: nothing to draw
        const QJsonValue tsValue = event.value(QLatin1String("ts"));
        if (!tsValue.isDouble() || std::abs(tsValue.toDouble()) > MaxMicros)
            return fail(tr("The trace is damaged: event %1 (phase \"%2\") has no valid time stamp (\"ts\").")
                            .arg(index)
                            .arg(phase));
        const qint64 time = std::llround(tsValue.toDouble() * 1000.0);
        lastTime = std::max(lastTime, time);
        const QJsonObject args = event.value(QLatin1String("args")).toObject();
        const QChar ph = phase[0];
        const QString thread = QStringLiteral("thread:") + threadKey(event);
        const QString async =
            QStringLiteral("async:%1:%2:%3")
                .arg(idText(event.value(QLatin1String("pid"))), event.value(QLatin1String("cat")).toString(),
                    idText(event.value(QLatin1String("id2")).isObject() ? event.value(QLatin1String("id2"))
                                                                        : event.value(QLatin1String("id"))));
        if (ph == u'X') {
            const QJsonValue dur = event.value(QLatin1String("dur"));
            if (!dur.isDouble() || dur.toDouble() < 0 || dur.toDouble() > MaxMicros)
                return fail(tr("The trace is damaged: complete event %1 has no valid duration (\"dur\").").arg(index));
            const qint64 end = time + std::llround(dur.toDouble() * 1000.0);
            lastTime = std::max(lastTime, end);
            slices.push_back({taskOf(event, args, thread, threadName(event)), stateOf(event, args), time, end,
                labelOf(event, args)});
        } else if (ph == u'B' || ph == u'b') {
            const QString key = ph == u'B' ? thread : async;
            const QString name = ph == u'B' ? threadName(event) : event.value(QLatin1String("name")).toString();
            const QString fallbackName = args.value(QLatin1String("task")).toString().isEmpty()
                ? name
                : args.value(QLatin1String("task")).toString();
            openSlices[key].push_back(
                {taskOf(event, args, key, fallbackName), stateOf(event, args), time, labelOf(event, args)});
        } else if (ph == u'E' || ph == u'e') {
            auto &stack = openSlices[ph == u'E' ? thread : async];
            if (stack.empty())
                continue; // an end whose begin was cut off: nothing to draw
            Open open = std::move(stack.back());
            stack.pop_back();
            slices.push_back({open.task, open.state, open.start, std::max(open.start, time), std::move(open.label)});
        } else if (ph == u'i' || ph == u'I' || ph == u'n') {
            const int task = ph == u'n' ? taskOf(event, args, async, event.value(QLatin1String("name")).toString())
                                        : taskOf(event, args, thread, threadName(event));
            m_instants.push_back({TaskId(task), time, event.value(QLatin1String("name")).toString()});
        } else if (ph == u's' || ph == u'f') {
            const QString id =
                event.value(QLatin1String("cat")).toString() + u'/' + idText(event.value(QLatin1String("id")));
            auto it = flows.find(id);
            if (it == flows.end()) {
                it = flows.insert(id, Flow{});
                flowOrder.push_back(id);
            }
            const int task = taskOf(event, args, thread, threadName(event));
            if (ph == u's') {
                it->from = task;
            } else {
                it->to = task;
                it->time = time;
            }
        }
    }
    // Slices still open at the end ran until the trace did.
    for (auto &stack : openSlices) {
        for (Open &open : stack)
            slices.push_back(
                {open.task, open.state, open.start, std::max(open.start, lastTime), std::move(open.label)});
    }
    for (const QString &id : flowOrder) {
        const Flow &flow = flows.value(id);
        if (flow.from >= 0 && flow.to >= 0)
            m_links.push_back({TaskId(flow.from), TaskId(flow.to), flow.time});
    }
    if (slices.empty() && m_instants.empty())
        return fail(tr("The trace holds no events this app can show (slices, instants or flows)."));

    // A lane shows one state at a time: a slice nested in (or overlapping) another of its lane goes
    // to the first extra lane free at its start, one per level, as many as the deepest overlap.
    std::stable_sort(slices.begin(), slices.end(), [](const Slice &a, const Slice &b) {
        return a.task != b.task ? a.task < b.task : a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::map<std::pair<int, int>, int> levelTask;
    std::vector<qint64> levelEnds; // the end of the last slice on each level of the current task
    int currentTask = -1;
    for (Slice &slice : slices) {
        if (slice.task != currentTask) {
            currentTask = slice.task;
            levelEnds.clear();
        }
        auto free = std::find_if(levelEnds.begin(), levelEnds.end(), [&slice](qint64 end) {
            return end <= slice.start;
        });
        if (free == levelEnds.end() && levelEnds.size() >= MaxLevels) {
            // Deeper than any lane stack a person reads: the level that frees first takes the rest
            // of the slice, so no lane ever holds two states at once.
            free = std::min_element(levelEnds.begin(), levelEnds.end());
            slice.start = std::min(slice.end, *free);
            slice.end = std::max(slice.end, slice.start);
        }
        if (free == levelEnds.end())
            free = levelEnds.insert(levelEnds.end(), slice.end);
        *free = slice.end;
        const int level = int(free - levelEnds.begin());
        if (level == 0)
            continue;
        auto it = levelTask.find({slice.task, level});
        if (it == levelTask.end()) {
            const TaskInfo &base = m_tasks[std::size_t(slice.task)];
            const int task = int(m_tasks.size());
            m_tasks.push_back({TaskId(task), tr("%1 · level %2").arg(base.name).arg(level + 1), base.thread});
            it = levelTask.insert({{slice.task, level}, task}).first;
        }
        slice.task = it->second;
    }
    std::stable_sort(slices.begin(), slices.end(), [](const Slice &a, const Slice &b) {
        return a.start < b.start;
    });

    qint64 first = std::numeric_limits<qint64>::max();
    for (const Slice &slice : slices)
        first = std::min(first, slice.start);
    for (const Instant &instant : m_instants)
        first = std::min(first, instant.time);
    for (const Link &link : m_links)
        first = std::min(first, link.time);
    const qint64 shift = first < 0 || first > ShiftAfterNs ? first : 0;
    m_spans.reserve(slices.size());
    for (Slice &slice : slices)
        m_spans.push_back(
            {TaskId(slice.task), slice.state, slice.start - shift, slice.end - shift, std::move(slice.label)});
    for (Instant &instant : m_instants)
        instant.time -= shift;
    for (Link &link : m_links)
        link.time -= shift;
    std::stable_sort(m_instants.begin(), m_instants.end(), [](const Instant &a, const Instant &b) {
        return a.time < b.time;
    });
    return true;
}

void ChromeTraceImporter::loadInto(TraceRecorder *recorder) const
{
    recorder->clear();
    const qint64 origin = recorder->origin();
    std::vector<TaskId> ids(m_tasks.size(), EventLoopTask);
    for (std::size_t i = 1; i < m_tasks.size(); ++i)
        ids[i] = recorder->addTask(m_tasks[i].name, m_tasks[i].thread);
    for (const Span &span : m_spans)
        recorder->addSpan(ids[span.task], span.state, origin + span.start, origin + span.end, span.label);
    for (const Instant &instant : m_instants)
        recorder->addInstant(ids[instant.task], instant.label, origin + instant.time);
    for (const Link &link : m_links)
        recorder->addLink(ids[link.from], ids[link.to], origin + link.time);
}

} // namespace Lab
