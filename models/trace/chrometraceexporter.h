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
 * Each thread becomes a tid with a thread_name metadata event; each task becomes a nestable
 * async track (b/e pairs, one per span, id = task) so overlapping task lifetimes are allowed;
 * event-loop stalls are complete (X) slices on the GUI thread, so they show in every viewer.
 * Links become flow events (s/f) between the two tasks' tracks.
 *
 * So that ChromeTraceImporter reads the recording back exactly, each task is also described by a
 * "lab_task" metadata event (viewers skip unknown metadata), and events carry the task's id,
 * the state's stable key and the label in their args.
 */
class ChromeTraceExporter
{
public:
    explicit ChromeTraceExporter(const TraceRecorder *recorder)
        : m_recorder(recorder)
    {
    }

    QByteArray toJson() const;
    /** Writes toJson() to @p path; on failure returns false and sets @p error to a readable message. */
    bool writeFile(const QString &path, QString *error) const;

private:
    const TraceRecorder *m_recorder;
};

} // namespace Lab
