// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/traceeventreader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <set>

namespace Lab {

namespace {

using JsonScan::Value;

// Traces stamped with a system clock start hours or days after zero; ours start at zero.
constexpr qint64 ShiftAfterNs = 600'000'000'000;
// Lanes one thread's or async id's overlapping slices may spread over.
constexpr int MaxLevels = 32;
// |ts| and dur in µs beyond this do not fit in qint64 ns with room to spare.
constexpr double MaxMicros = 4e15;
// An event this far (ns, about 115 days) from the middle of the trace is a broken stamp, not a moment to show.
constexpr qint64 MaxSpreadNs = 10'000'000'000'000'000;
// Progress is reported (and cancelling checked) every so many events.
constexpr qint64 ProgressEvery = 1 << 15;

bool is(std::string_view key, const char *name)
{
    return key == name;
}

} // namespace

void TraceEventReader::skip(const QString &reason, qint64 count)
{
    m_out->m_skipped[reason] += count;
}

std::string TraceEventReader::idOf(const Value &value)
{
    if (value.type == Value::None)
        return {};
    return std::string(value.raw);
}

QString TraceEventReader::intern(const Value &value)
{
    if (!value.isString())
        return {};
    auto it = m_strings.find(value.raw);
    if (it == m_strings.end())
        it = m_strings.emplace(value.raw, value.text()).first;
    return it->second;
}

TraceEventReader::Args TraceEventReader::readArgs(const Value &value) const
{
    Args args;
    JsonScan::forEachMember(value.raw, [&args](std::string_view key, const Value &v) {
        if (is(key, "taskId") && v.isNumber()) {
            args.hasTask = true;
            args.taskId = qint64(v.number);
        } else if (is(key, "task")) {
            args.task = v.text();
        } else if (is(key, "kind")) {
            args.kind = v.text();
        } else if (is(key, "state")) {
            args.state = v.text();
        } else if (is(key, "label")) {
            args.hasLabel = true;
            args.label = v.text();
        } else if (is(key, "at") && v.isNumber()) {
            args.hasAt = true;
            args.at = v.number;
        } else if (is(key, "name")) {
            args.name = v.text();
        }
        return true;
    });
    return args;
}

namespace {

// A Perfetto trace is a protobuf Trace message: its packets are field 1, so its first byte is the
// tag 0x0A (a newline to a text reader), and control bytes follow that no JSON file holds.
bool looksLikePerfettoProtobuf(const char *begin, const char *end)
{
    if (begin == end || *begin != '\n')
        return false;
    return std::any_of(begin + 1, std::min(end, begin + 64), [](char c) {
        return uchar(c) < 0x09 || (uchar(c) > 0x0d && uchar(c) < 0x20);
    });
}

} // namespace

bool TraceEventReader::read(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    m_begin = json.constData();
    m_size = json.size();
    const char *end = m_begin + json.size();
    if (looksLikePerfettoProtobuf(m_begin, end))
        return fail(tr("It is a Perfetto protobuf trace (what Chromium and Perfetto record by default), and this "
                       "timeline reads Chrome trace JSON. Record with Chromium's --trace-startup-format=json, or "
                       "convert the file with Perfetto's tool: traceconv json FILE OUT.json."));
    const char *p = JsonScan::skipSpace(m_begin, end);
    if (end - p >= 3 && uchar(p[0]) == 0xef && uchar(p[1]) == 0xbb && uchar(p[2]) == 0xbf)
        p = JsonScan::skipSpace(p + 3, end); // a UTF-8 byte order mark
    if (p == end)
        return fail(tr("The file is empty."));
    m_lanes.push_back({LaneKind::Ours, {}, {}, 0, {}});
    m_laneOfKey.emplace("lab:0", 0);

    if (*p == '[') {
        if (!readArray(p, end, error))
            return false;
    } else if (*p == '{') {
        // The object form: find "traceEvents" among the members, skipping the others whole.
        p = JsonScan::skipSpace(p + 1, end);
        bool found = false;
        while (p != end && *p != '}') {
            Value key;
            const char *after = JsonScan::readValue(p, end, &key);
            if (!after || !key.isString())
                break;
            after = JsonScan::skipSpace(after, end);
            if (after == end || *after != ':')
                break;
            after = JsonScan::skipSpace(after + 1, end);
            if (key.raw == "traceEvents" && after != end && *after == '[') {
                if (!readArray(after, end, error))
                    return false;
                found = true;
                break;
            }
            Value skipped;
            after = JsonScan::readValue(after, end, &skipped);
            if (!after)
                break;
            p = JsonScan::skipSpace(after, end);
            if (p != end && *p == ',')
                p = JsonScan::skipSpace(p + 1, end);
        }
        if (!found)
            return fail(tr("It is not a Chrome trace: it has no list of trace events "
                           "(an array, or an object with \"traceEvents\")."));
    } else {
        return fail(
            tr("It is not a Chrome trace: that is JSON starting with [ or {, and this file is not valid JSON."));
    }
    if (m_out->m_cancelled)
        return false;
    return finish(error);
}

bool TraceEventReader::readArray(const char *p, const char *end, QString *error)
{
    ++p;
    while (true) {
        p = JsonScan::skipSpace(p, end);
        if (p != end && *p == ',')
            p = JsonScan::skipSpace(p + 1, end);
        if (p == end) {
            m_out->m_endedEarly = true; // the format allows it: a crashed process's trace
            return true;
        }
        if (*p == ']')
            return true;
        // An event is read in one pass; only one that fails to read is looked at again.
        const char *after = *p == '{' ? handle(p, end) : nullptr;
        Value value;
        if (!after)
            after = JsonScan::readValue(p, end, &value);
        if (!after) {
            // The rest cannot be read: cut short inside an event, or not JSON from here on.
            if (m_objects == 0) {
                if (error)
                    *error = tr("It is not a Chrome trace: it is not valid JSON (at character %1).").arg(p - m_begin);
                return false;
            }
            ++m_out->m_eventCount;
            // Brackets and strings fail to read only when the file ends inside them.
            if (*p == '{' || *p == '[' || *p == '"') {
                m_out->m_endedEarly = true;
                skip(tr("the last event cut short at the end of the file"));
            } else {
                skip(tr("the rest of the file unreadable (from character %1)").arg(p - m_begin));
            }
            return true;
        }
        ++m_objects;
        ++m_out->m_eventCount;
        if (value.isObject())
            skip(tr("an event that is not valid JSON"));
        else if (value.type != Value::None)
            skip(tr("an entry that is not an object"));
        p = after;
        if (m_out->m_progress && m_out->m_eventCount % ProgressEvery == 0) {
            if (!m_out->m_progress(p - m_begin, m_size)) {
                m_out->m_cancelled = true;
                return false;
            }
        }
        if ((m_slices.size() > 2 * m_out->m_capacity + 1024) || (m_instants.size() > 2 * m_out->m_capacity + 1024))
            trim();
    }
}

const char *TraceEventReader::handle(const char *p, const char *end)
{
    Event event;
    Value phase;
    const char *after = JsonScan::readMembers(p, end, [&](std::string_view key, const Value &value) {
        if (key.empty())
            return true;
        switch (key[0]) {
        case 'p':
            if (is(key, "ph"))
                phase = value;
            else if (is(key, "pid"))
                event.pid = value;
            break;
        case 't':
            if (is(key, "ts"))
                event.ts = value;
            else if (is(key, "tid"))
                event.tid = value;
            break;
        case 'n':
            if (is(key, "name"))
                event.name = value;
            break;
        case 'c':
            if (is(key, "cat"))
                event.cat = value;
            break;
        case 'd':
            if (is(key, "dur"))
                event.dur = value;
            break;
        case 'i':
            if (is(key, "id"))
                event.id = value;
            else if (is(key, "id2"))
                event.id2 = value;
            break;
        case 'a':
            if (is(key, "args"))
                event.args = value;
            break;
        case 'b':
            if (is(key, "bp"))
                event.bp = value;
            else if (is(key, "bind_id"))
                event.bindId = value;
            break;
        case 'f':
            if (is(key, "flow_in"))
                event.flowIn = value.raw == "true";
            else if (is(key, "flow_out"))
                event.flowOut = value.raw == "true";
            break;
        default:
            break;
        }
        return true;
    });
    if (!after)
        return nullptr;
    record(event, phase);
    return after;
}

void TraceEventReader::record(Event &event, const Value &phase)
{
    if (!phase.isString() || phase.raw.size() != 1)
        return skip(tr("no phase (\"ph\")"));
    event.phase = phase.raw[0];
    ++m_drawable;
    // Our own events say which task they belong to; only they (and metadata) need their args read.
    const auto argsHold = [&event](std::string_view key) {
        return event.args.raw.find(key) != std::string_view::npos;
    };
    const bool argsNeeded = event.phase == 'M'
        || (event.args.isObject() && (argsHold("\"taskId\"") || argsHold("\"state\"") || argsHold("\"kind\"")));
    const Args args = argsNeeded ? readArgs(event.args) : Args{};

    if (event.phase == 'M') {
        const std::string pid = idOf(event.pid);
        if (is(std::string_view(event.name.raw), "process_name"))
            m_processNames[pid] = args.name;
        else if (is(std::string_view(event.name.raw), "thread_name"))
            m_threadNames[pid + ':' + idOf(event.tid)] = args.name;
        else if (is(std::string_view(event.name.raw), "lab_task") && args.hasTask) {
            // Our export: this track is that task's, whatever its events' args say.
            m_ourTracks["t:" + pid + ':' + idOf(event.tid)] = args.taskId;
            QString thread;
            JsonScan::forEachMember(event.args.raw, [&thread](std::string_view key, const Value &v) {
                if (key == "thread")
                    thread = v.text();
                return true;
            });
            m_ourTasks[args.taskId] = {args.name, thread};
        }
        return;
    }
    static constexpr std::string_view Timed = "XBEbeniIRsft";
    if (Timed.find(event.phase) == std::string_view::npos) {
        ++m_out->m_notDrawn[QString(QLatin1Char(event.phase))];
        return;
    }
    if (is(std::string_view(event.cat.raw), "flow-anchor")
        || (event.phase == 'X' && is(std::string_view(event.cat.raw), "lab.flow")))
        return; // ours: slivers a flow binds to in other viewers; the link itself carries it here
    if (!event.ts.isNumber())
        return skip(tr("no time stamp, or one that is not a number (\"ts\")"));
    if (std::abs(event.ts.number) > MaxMicros)
        return skip(tr("a time stamp out of range (\"ts\")"));
    const qint64 time = std::llround(event.ts.number * 1000.0);
    const char ph = event.phase;

    if (ph == 'X') {
        if (!event.dur.isNumber())
            return skip(tr("a complete event without a duration (\"dur\")"));
        if (event.dur.number < 0)
            return skip(tr("a negative duration (\"dur\")"));
        if (event.dur.number > MaxMicros)
            return skip(tr("a duration out of range (\"dur\")"));
        const qint64 end = time + std::llround(event.dur.number * 1000.0);
        const int lane = laneFor(event, args, LaneKind::Thread);
        m_slices.push_back({lane, stateOf(event, args), time, end, labelOf(event, args), 0});
        m_lastTime = std::max(m_lastTime, end);
        if (event.bindId.type != Value::None && (event.flowIn || event.flowOut))
            addFlowEnd("v2:" + idOf(event.bindId), {time, lane, event.flowIn, event.flowOut, intern(event.name)});
        return;
    }
    m_lastTime = std::max(m_lastTime, time);
    const std::string threadKey = "t:" + idOf(event.pid) + ':' + idOf(event.tid);
    const std::string asyncKey = "a:" + idOf(event.pid) + '\x1f' + std::string(event.cat.raw) + '\x1f'
        + idOf(event.id2.type != Value::None ? event.id2 : event.id);
    switch (ph) {
    case 'B':
    case 'b': {
        const int lane = laneFor(event, args, ph == 'B' ? LaneKind::Thread : LaneKind::Async);
        m_open[ph == 'B' ? threadKey : asyncKey].push_back({lane, stateOf(event, args), time, labelOf(event, args)});
        if (event.bindId.type != Value::None && (event.flowIn || event.flowOut))
            addFlowEnd("v2:" + idOf(event.bindId), {time, lane, event.flowIn, event.flowOut, intern(event.name)});
        return;
    }
    case 'E':
    case 'e': {
        auto found = m_open.find(ph == 'E' ? threadKey : asyncKey);
        if (found == m_open.end() || found->second.empty())
            return skip(
                ph == 'E' ? tr("an end (\"E\") without its begin") : tr("an async end (\"e\") without its begin"));
        Open open = std::move(found->second.back());
        found->second.pop_back();
        m_slices.push_back({open.lane, open.state, open.start, std::max(open.start, time), std::move(open.label), 0});
        return;
    }
    case 'i':
    case 'I':
    case 'R':
    case 'n': {
        const int lane = laneFor(event, args, ph == 'n' ? LaneKind::Async : LaneKind::Thread);
        m_instants.push_back({lane, time, intern(event.name)});
        return;
    }
    default: { // s, t, f: flows of the first version, keyed as Perfetto keys them
        const int lane = laneFor(event, args, LaneKind::Thread);
        const qint64 at = args.hasAt ? std::llround(args.at * 1000.0) : time;
        const std::string key = "v1:" + std::string(event.cat.raw) + '\x1f' + std::string(event.name.raw) + '\x1f'
            + idOf(event.id2.type != Value::None ? event.id2 : event.id);
        addFlowEnd(key, {at, lane, ph != 's', ph != 'f', intern(event.name)});
        return;
    }
    }
}

void TraceEventReader::addFlowEnd(const std::string &key, FlowEnd end)
{
    m_flows[key].push_back(end);
}

int TraceEventReader::laneFor(const Event &event, const Args &args, LaneKind kind)
{
    std::string key;
    qint64 ours = args.taskId;
    bool isOurs = args.hasTask;
    if (!isOurs && kind == LaneKind::Thread && !m_ourTracks.empty()) {
        const auto track = m_ourTracks.find("t:" + idOf(event.pid) + ':' + idOf(event.tid));
        isOurs = track != m_ourTracks.end();
        if (isOurs)
            ours = track->second;
    }
    if (isOurs) {
        kind = LaneKind::Ours;
        key = "lab:" + std::to_string(ours);
    } else if (kind == LaneKind::Thread) {
        key = "t:" + idOf(event.pid) + ':' + idOf(event.tid);
    } else {
        key = "a:" + idOf(event.pid) + '\x1f' + std::string(event.cat.raw) + '\x1f'
            + idOf(event.id2.type != Value::None ? event.id2 : event.id);
    }
    const auto found = m_laneOfKey.find(key);
    if (found != m_laneOfKey.end())
        return found->second;
    Lane lane{kind, idOf(event.pid), idOf(event.tid), ours, {}};
    if (kind == LaneKind::Ours)
        lane.name = args.task;
    else if (kind == LaneKind::Async)
        lane.name = intern(event.name);
    const int index = int(m_lanes.size());
    m_lanes.push_back(std::move(lane));
    m_laneOfKey.emplace(std::move(key), index);
    return index;
}

TaskState TraceEventReader::stateOf(const Event &event, const Args &args) const
{
    TaskState state = TaskState::Running;
    if (!args.kind.isEmpty() && taskStateFromKey(args.kind, &state))
        return state;
    for (int i = 0; i < TaskStateCount && !args.state.isEmpty(); ++i) {
        if (args.state == taskStateName(TaskState(i)) || args.state == taskStateKey(TaskState(i)))
            return TaskState(i);
    }
    if (event.cat.raw == "event-loop")
        return TaskState::Blocked;
    // Ours: the category is the state's key ("state."-prefixed when the name is the state's).
    std::string_view category = event.cat.raw;
    if (category.substr(0, 6) == "state.")
        category.remove_prefix(6);
    static const auto keys = [] {
        std::array<QByteArray, TaskStateCount> out;
        for (int i = 0; i < TaskStateCount; ++i)
            out[std::size_t(i)] = taskStateKey(TaskState(i)).toLatin1();
        return out;
    }();
    for (int i = 0; i < TaskStateCount; ++i) {
        if (category == std::string_view(keys[std::size_t(i)].constData(), std::size_t(keys[std::size_t(i)].size())))
            return TaskState(i);
    }
    return TaskState::Running;
}

QString TraceEventReader::labelOf(const Event &event, const Args &args)
{
    if (args.hasLabel)
        return args.label;
    if (!args.kind.isEmpty() || event.cat.raw.substr(0, 6) == "state.") // ours: no label, the name is the state's
        return {};
    return intern(event.name);
}

void TraceEventReader::trim()
{
    const std::size_t capacity = m_out->m_capacity;
    if (m_slices.size() > capacity) {
        // Keep the newest, as the recorder's ring does for a live run.
        const auto cut = m_slices.begin() + std::ptrdiff_t(m_slices.size() - capacity);
        std::nth_element(m_slices.begin(), cut, m_slices.end(), [](const Slice &a, const Slice &b) {
            return a.end < b.end;
        });
        for (auto it = m_slices.begin(); it != cut; ++it)
            m_droppedUntil = std::max(m_droppedUntil, it->end);
        m_out->m_droppedSpans += cut - m_slices.begin();
        m_slices.erase(m_slices.begin(), cut);
    }
    if (m_instants.size() > capacity) {
        const auto cut = m_instants.begin() + std::ptrdiff_t(m_instants.size() - capacity);
        std::nth_element(m_instants.begin(), cut, m_instants.end(), [](const Mark &a, const Mark &b) {
            return a.time < b.time;
        });
        for (auto it = m_instants.begin(); it != cut; ++it)
            m_droppedUntil = std::max(m_droppedUntil, it->time);
        m_out->m_droppedInstants += cut - m_instants.begin();
        m_instants.erase(m_instants.begin(), cut);
    }
}

bool TraceEventReader::finish(QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Slices still open at the end ran until the trace did.
    for (auto &[key, stack] : m_open) {
        for (Open &open : stack)
            m_slices.push_back(
                {open.lane, open.state, open.start, std::max(open.start, m_lastTime), std::move(open.label), 0});
    }
    m_open.clear();

    // Flows: each arriving end links from the latest departing end before it.
    std::vector<Link> links;
    for (auto &[key, ends] : m_flows) {
        std::stable_sort(ends.begin(), ends.end(), [](const FlowEnd &a, const FlowEnd &b) {
            return a.time != b.time ? a.time < b.time : a.in < b.in;
        });
        int from = -1;
        bool consumed = true; // the latest start has arrived somewhere
        for (const FlowEnd &end : ends) {
            if (end.in) {
                if (from >= 0) {
                    links.push_back({TaskId(from), TaskId(end.lane), end.time, end.label});
                    consumed = true;
                } else {
                    skip(tr("a flow's arriving end without its start"));
                }
            }
            if (end.out) {
                if (!consumed)
                    skip(tr("a flow's start without its arriving end"));
                from = end.lane;
                consumed = false;
            }
        }
        if (!consumed)
            skip(tr("a flow's start without its arriving end"));
    }
    m_flows.clear();

    if (m_drawable == 0)
        return fail(m_objects == 0 ? tr("The trace holds no events.")
                                   : tr("It is JSON, but not a Chrome trace: none of its %n entries is a trace event.",
                                       nullptr, int(std::min<qint64>(m_objects, INT_MAX))));
    if (m_slices.empty() && m_instants.empty())
        return fail(tr("The trace holds no events this app can show (slices, instants or flows)."));

    // A broken stamp far from the rest would stretch the timeline to years: skip it, counted.
    std::vector<qint64> starts;
    starts.reserve(m_slices.size() + m_instants.size());
    for (const Slice &slice : m_slices)
        starts.push_back(slice.start);
    for (const Mark &mark : m_instants)
        starts.push_back(mark.time);
    std::nth_element(starts.begin(), starts.begin() + std::ptrdiff_t(starts.size() / 2), starts.end());
    const qint64 middle = starts[starts.size() / 2];
    std::vector<qint64>().swap(starts);
    const auto far = [middle](qint64 t) {
        return t < middle - MaxSpreadNs || t > middle + MaxSpreadNs;
    };
    const QString farReason = tr("a time stamp months away from the rest of the trace");
    const auto farSlices = std::remove_if(m_slices.begin(), m_slices.end(), [&](const Slice &slice) {
        return far(slice.start) || far(slice.end);
    });
    if (farSlices != m_slices.end())
        skip(farReason, m_slices.end() - farSlices);
    m_slices.erase(farSlices, m_slices.end());
    const auto farMarks = std::remove_if(m_instants.begin(), m_instants.end(), [&](const Mark &mark) {
        return far(mark.time);
    });
    if (farMarks != m_instants.end())
        skip(farReason, m_instants.end() - farMarks);
    m_instants.erase(farMarks, m_instants.end());
    const auto farLinks = std::remove_if(links.begin(), links.end(), [&](const Link &link) {
        return far(link.time);
    });
    if (farLinks != links.end())
        skip(farReason, links.end() - farLinks);
    links.erase(farLinks, links.end());
    trim();
    if (links.size() > m_out->m_capacity) {
        std::sort(links.begin(), links.end(), [](const Link &a, const Link &b) {
            return a.time < b.time;
        });
        const auto cut = links.begin() + std::ptrdiff_t(links.size() - m_out->m_capacity);
        m_droppedUntil = std::max(m_droppedUntil, std::prev(cut)->time);
        m_out->m_droppedLinks += cut - links.begin();
        links.erase(links.begin(), cut);
    }

    // A lane shows one state at a time: a slice nested in (or overlapping) another of its lane goes
    // to the first extra lane free at its start, one per level, as many as the deepest overlap.
    std::sort(m_slices.begin(), m_slices.end(), [](const Slice &a, const Slice &b) {
        return a.lane != b.lane ? a.lane < b.lane : a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<int> levelsOf(m_lanes.size(), 1);
    std::vector<qint64> levelEnds; // the end of the last slice on each level of the current lane
    int currentLane = -1;
    for (Slice &slice : m_slices) {
        if (slice.lane != currentLane) {
            currentLane = slice.lane;
            levelEnds.clear();
        }
        auto free = std::find_if(levelEnds.begin(), levelEnds.end(), [&slice](qint64 end) {
            return end <= slice.start;
        });
        if (free == levelEnds.end() && int(levelEnds.size()) >= MaxLevels) {
            // Deeper than any lane stack a person reads: the level that frees first takes the rest
            // of the slice, so no lane ever holds two states at once.
            free = std::min_element(levelEnds.begin(), levelEnds.end());
            slice.start = std::min(slice.end, *free);
        }
        if (free == levelEnds.end())
            free = levelEnds.insert(levelEnds.end(), slice.end);
        *free = slice.end;
        slice.level = int(free - levelEnds.begin());
        levelsOf[std::size_t(slice.lane)] = std::max(levelsOf[std::size_t(slice.lane)], slice.level + 1);
    }

    // Our tasks that never ran still have their lane.
    for (const auto &[id, info] : m_ourTasks) {
        const std::string key = "lab:" + std::to_string(id);
        if (m_laneOfKey.count(key) == 0) {
            m_laneOfKey.emplace(key, int(m_lanes.size()));
            m_lanes.push_back({LaneKind::Ours, {}, {}, id, info.first});
            levelsOf.push_back(1);
        }
    }

    // Names: processes and threads from metadata, with the pid (tid) where names repeat.
    std::vector<std::string> pidOrder;
    std::map<std::string, std::vector<std::string>> tidsOf;
    for (const Lane &lane : m_lanes) {
        if (lane.kind == LaneKind::Ours && lane.pid.empty())
            continue;
        if (std::find(pidOrder.begin(), pidOrder.end(), lane.pid) == pidOrder.end())
            pidOrder.push_back(lane.pid);
        auto &tids = tidsOf[lane.pid];
        if (lane.kind == LaneKind::Thread && std::find(tids.begin(), tids.end(), lane.tid) == tids.end())
            tids.push_back(lane.tid);
    }
    const auto unquoted = [](const std::string &id) {
        const QString text = QString::fromStdString(id);
        return text.size() >= 2 && text.startsWith(u'"') ? text.mid(1, text.size() - 2) : text;
    };
    std::map<std::string, QString> processName;
    std::map<QString, int> processNameUses;
    for (const std::string &pid : pidOrder) {
        const auto named = m_processNames.find(pid);
        processName[pid] = named != m_processNames.end() && !named->second.isEmpty()
            ? named->second
            : tr("process %1").arg(unquoted(pid));
        ++processNameUses[processName[pid]];
    }
    for (auto &[pid, name] : processName) {
        if (processNameUses[name] > 1)
            name = tr("%1 (pid %2)").arg(name, unquoted(pid));
    }
    // Processes (and threads) by number where they are numbers, as Perfetto lists them.
    const auto byNumber = [](const std::string &a, const std::string &b) {
        char *endA = nullptr;
        char *endB = nullptr;
        const double x = std::strtod(a.c_str(), &endA);
        const double y = std::strtod(b.c_str(), &endB);
        const bool numbers = !a.empty() && !b.empty() && *endA == 0 && *endB == 0;
        return numbers ? x < y : a < b;
    };
    std::stable_sort(pidOrder.begin(), pidOrder.end(), byNumber);
    const bool showProcess = pidOrder.size() > 1 || !m_processNames.empty();
    std::map<std::string, QString> threadName; // by "pid:tid"
    for (const auto &[pid, tids] : tidsOf) {
        std::map<QString, int> uses;
        std::vector<QString> names;
        for (const std::string &tid : tids) {
            const auto named = m_threadNames.find(pid + ':' + tid);
            names.push_back(named != m_threadNames.end() && !named->second.isEmpty()
                    ? named->second
                    : tr("thread %1").arg(unquoted(tid)));
            ++uses[names.back()];
        }
        for (std::size_t i = 0; i < tids.size(); ++i)
            threadName[pid + ':' + tids[i]] =
                uses[names[i]] > 1 ? tr("%1 (tid %2)").arg(names[i], unquoted(tids[i])) : names[i];
    }
    m_out->m_processCount = int(pidOrder.size());

    // Lanes in order: ours by id, then process by process, each thread's lanes before the async ones.
    std::vector<int> order(m_lanes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    const auto rankOf = [&](const Lane &lane) {
        if (lane.kind == LaneKind::Ours)
            return std::tuple<int, int, qint64>(-1, 0, lane.labId);
        const int process = int(std::find(pidOrder.begin(), pidOrder.end(), lane.pid) - pidOrder.begin());
        return std::tuple<int, int, qint64>(process, lane.kind == LaneKind::Async ? 1 : 0, 0);
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Lane &x = m_lanes[std::size_t(a)];
        const Lane &y = m_lanes[std::size_t(b)];
        const auto rankX = rankOf(x);
        const auto rankY = rankOf(y);
        if (rankX != rankY)
            return rankX < rankY;
        return x.kind == LaneKind::Thread && byNumber(x.tid, y.tid);
    });
    std::vector<std::vector<TaskId>> taskOf(m_lanes.size());
    std::set<QString> threads;
    auto &tasks = m_out->m_tasks;
    for (int index : order) {
        const Lane &lane = m_lanes[std::size_t(index)];
        TaskInfo info;
        if (lane.kind == LaneKind::Ours) {
            const auto ours = m_ourTasks.find(lane.labId);
            info.name = ours != m_ourTasks.end() && !ours->second.first.isEmpty() ? ours->second.first : lane.name;
            if (info.name.isEmpty())
                info.name = tr("task %1").arg(lane.labId);
            info.thread = ours != m_ourTasks.end() ? ours->second.second : QString();
            if (info.thread.isEmpty() && !lane.pid.empty())
                info.thread = threadName[lane.pid + ':' + lane.tid];
            if (lane.labId == 0) {
                info.name = QCoreApplication::translate("Lab::TraceRecorder", "Event loop");
                info.thread = QCoreApplication::translate("Lab::TraceRecorder", "GUI thread");
            }
        } else if (lane.kind == LaneKind::Thread) {
            const QString thread = threadName[lane.pid + ':' + lane.tid];
            info.name = thread;
            info.thread = showProcess ? tr("%1 › %2").arg(processName[lane.pid], thread) : thread;
        } else {
            info.name = lane.name;
            info.thread = showProcess || tidsOf[lane.pid].empty()
                ? processName[lane.pid]
                : threadName[lane.pid + ':' + tidsOf[lane.pid].front()];
        }
        threads.insert(info.thread);
        for (int level = 0; level < levelsOf[std::size_t(index)]; ++level) {
            TaskInfo levelInfo = info;
            levelInfo.id = TaskId(tasks.size());
            if (level > 0)
                levelInfo.name = tr("%1 · level %2").arg(info.name).arg(level + 1);
            taskOf[std::size_t(index)].push_back(levelInfo.id);
            tasks.push_back(std::move(levelInfo));
        }
    }
    m_out->m_threadCount = int(threads.size());

    // Times from zero (a system clock's stamps shifted), as the recorder keeps them.
    qint64 first = std::numeric_limits<qint64>::max();
    for (const Slice &slice : m_slices)
        first = std::min(first, slice.start);
    for (const Mark &mark : m_instants)
        first = std::min(first, mark.time);
    for (const Link &link : links)
        first = std::min(first, link.time);
    const qint64 shift = first < 0 || first > ShiftAfterNs ? first : 0;
    // Lane by lane, each lane's spans by start (as sorted for the levels): the order the timeline reads.
    auto &spans = m_out->m_spans;
    spans.reserve(m_slices.size());
    qint64 endTime = 0;
    for (Slice &slice : m_slices) {
        spans.push_back({taskOf[std::size_t(slice.lane)][std::size_t(slice.level)], slice.state, slice.start - shift,
            slice.end - shift, std::move(slice.label)});
        endTime = std::max(endTime, slice.end - shift);
    }
    std::vector<Slice>().swap(m_slices);
    std::stable_sort(m_instants.begin(), m_instants.end(), [](const Mark &a, const Mark &b) {
        return a.time < b.time;
    });
    auto &instants = m_out->m_instants;
    instants.reserve(m_instants.size());
    for (Mark &mark : m_instants) {
        instants.push_back({taskOf[std::size_t(mark.lane)].front(), mark.time - shift, std::move(mark.label)});
        endTime = std::max(endTime, mark.time - shift);
    }
    std::stable_sort(links.begin(), links.end(), [](const Link &a, const Link &b) {
        return a.time < b.time;
    });
    for (Link &link : links) {
        link = {taskOf[link.from].front(), taskOf[link.to].front(), link.time - shift, std::move(link.label)};
        endTime = std::max(endTime, link.time);
    }
    m_out->m_links = std::move(links);
    m_out->m_endTime = endTime;
    if (m_droppedUntil != std::numeric_limits<qint64>::min())
        m_out->m_droppedUntil = std::max<qint64>(1, m_droppedUntil - shift);
    if (m_out->m_progress)
        m_out->m_progress(m_size, m_size);
    return true;
}

} // namespace Lab
