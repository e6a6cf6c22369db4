// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Lab {

class TraceRecorder;

/**
 * Writes a recording as Chrome trace JSON (opens in Perfetto and chrome://tracing).
 *
 * Each task becomes a track of its own (a tid named "task (thread)"), its spans complete (X)
 * slices on it: viewers that read only slices (speedscope) show every task, as Perfetto and
 * chrome://tracing do, and thread_sort_index keeps a thread's tasks together. Links become flow
 * events (s/f) stamped inside the slices they join; where the task has no slice at that moment
 * (the event loop between stalls) a 1 µs "flow-anchor" slice gives the flow something to bind to.
 * Chrome DevTools binds a flow only to an event of the same category, thread and time stamp, so
 * each flow end also has a 1 ns "lab.flow" sliver at its own time stamp, nested in that slice.
 * Tasks still open end with the last event recorded, so the trace covers the run.
 *
 * So that ChromeTraceImporter reads the recording back exactly, each task's track is also
 * described by a "lab_task" metadata event (viewers skip unknown metadata) with the task's id;
 * a slice's category is its state's stable key, "state."-prefixed when the span has no label.
 */
class ChromeTraceExporter
{
public:
    explicit ChromeTraceExporter(const TraceRecorder *recorder)
        : m_recorder(recorder)
    {
    }

    QByteArray toJson() const;
    /** When the exported trace ends (monotonic ns): the last event recorded, open spans' starts included. */
    qint64 endTime() const;
    /** Writes toJson() to @p path; on failure returns false and sets @p error to a readable message. */
    bool writeFile(const QString &path, QString *error) const;

private:
    const TraceRecorder *m_recorder;
};

} // namespace Lab
