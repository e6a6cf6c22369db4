// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracetypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Lab {

class TraceRecorder;

/**
 * Reads Chrome trace JSON back into a recording: what ChromeTraceExporter writes, exactly (its
 * tasks, states, labels and links), and a reasonable subset of what other tools write.
 *
 * Understood: the array and the {"traceEvents": [...]} containers; complete (X), begin/end (B/E)
 * and nestable async (b/e) slices; instants (i, I); flows (s/f, drawn as links); thread_name
 * metadata. A thread's slices become a lane named after the thread, an async id's a lane of its
 * own; nested slices go to extra lanes ("· level 2") since a lane shows one state at a time.
 * Other events (counters, samples, ...) are skipped. Times are µs; a trace stamped with a system
 * clock (starting after ten minutes) is shifted to start at zero.
 */
class ChromeTraceImporter
{
    Q_DECLARE_TR_FUNCTIONS(Lab::ChromeTraceImporter)
public:
    /** Parses @p json; false with a message naming the problem if it is not a trace we can show. */
    bool parse(const QByteArray &json, QString *error);
    /** Reads and parses the file at @p path; false with a message naming the file and the problem. */
    bool readFile(const QString &path, QString *error);

    /** Task 0 is always the event loop (from our own traces, or empty). Times in ns from zero. */
    const std::vector<TaskInfo> &tasks() const { return m_tasks; }
    const std::vector<Span> &spans() const { return m_spans; }
    const std::vector<Instant> &instants() const { return m_instants; }
    const std::vector<Link> &links() const { return m_links; }

    /** Replaces what @p recorder holds with the parsed trace, its times counted from origin(). */
    void loadInto(TraceRecorder *recorder) const;

private:
    std::vector<TaskInfo> m_tasks;
    std::vector<Span> m_spans;
    std::vector<Instant> m_instants;
    std::vector<Link> m_links;
};

} // namespace Lab
