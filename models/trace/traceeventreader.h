// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/chrometraceimporter.h"
#include "models/trace/jsonscan.h"

#include <QHash>

#include <string>
#include <unordered_map>

namespace Lab {

// ChromeTraceImporter's parser: walks the trace's event array object by object (no JSON document)
// and fills the importer's lanes, spans, instants, links and counts.
class TraceEventReader
{
    Q_DECLARE_TR_FUNCTIONS(Lab::ChromeTraceImporter)
public:
    explicit TraceEventReader(ChromeTraceImporter *out)
        : m_out(out)
    {
    }
    bool read(const QByteArray &json, QString *error);

private:
    struct Event
    {
        char phase = 0;
        JsonScan::Value name, cat, ts, dur, pid, tid, id, id2, bp, args, bindId;
        bool flowIn = false;
        bool flowOut = false;
    };
    // What an event's args tell (ours carry the task, its state and the label).
    struct Args
    {
        bool hasTask = false;
        qint64 taskId = 0;
        QString task;
        QString kind;
        QString state;
        QString label;
        bool hasLabel = false;
        bool hasAt = false;
        double at = 0;
        QString name;
    };
    enum class LaneKind : quint8 { Ours, Thread, Async };
    struct Lane
    {
        LaneKind kind = LaneKind::Thread;
        std::string pid;
        std::string tid;
        qint64 labId = 0;
        QString name;
    };
    struct Slice
    {
        int lane = 0;
        TaskState state = TaskState::Running;
        qint64 start = 0;
        qint64 end = 0;
        QString label;
        int level = 0;
    };
    struct Open
    {
        int lane = 0;
        TaskState state = TaskState::Running;
        qint64 start = 0;
        QString label;
    };
    struct Mark
    {
        int lane = 0;
        qint64 time = 0;
        QString label;
    };
    struct FlowEnd
    {
        qint64 time = 0;
        int lane = 0;
        bool in = false;
        bool out = false;
        QString label;
    };

    bool readArray(const char *p, const char *end, QString *error);
    // Reads the event object at @p p and records it; returns past it, or nullptr if it is not a valid object.
    const char *handle(const char *p, const char *end);
    void skip(const QString &reason, qint64 count = 1);
    void record(Event &event, const JsonScan::Value &phase);
    Args readArgs(const JsonScan::Value &args) const;
    static std::string idOf(const JsonScan::Value &value);
    QString intern(const JsonScan::Value &value);
    int laneFor(const Event &event, const Args &args, LaneKind kind);
    TaskState stateOf(const Event &event, const Args &args) const;
    QString labelOf(const Event &event, const Args &args);
    void addFlowEnd(const std::string &key, FlowEnd end);
    void trim();
    bool finish(QString *error);

    ChromeTraceImporter *m_out;
    const char *m_begin = nullptr;
    qint64 m_size = 0;
    qint64 m_objects = 0; // entries of the array, events or not
    qint64 m_drawable = 0; // events with a phase

    std::vector<Lane> m_lanes;
    std::unordered_map<std::string, int> m_laneOfKey;
    std::unordered_map<std::string_view, QString> m_strings;
    std::unordered_map<std::string, QString> m_processNames;
    std::unordered_map<std::string, QString> m_threadNames;
    std::map<qint64, std::pair<QString, QString>> m_ourTasks;
    std::unordered_map<std::string, qint64> m_ourTracks; // "t:pid:tid" → our task id
    std::vector<Slice> m_slices;
    std::vector<Mark> m_instants;
    std::unordered_map<std::string, std::vector<Open>> m_open;
    std::unordered_map<std::string, std::vector<FlowEnd>> m_flows;
    qint64 m_lastTime = std::numeric_limits<qint64>::min();
    qint64 m_droppedUntil = std::numeric_limits<qint64>::min();
};

} // namespace Lab
