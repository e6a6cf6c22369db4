// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracetypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <vector>

namespace Lab {

class TraceRecorder;

/**
 * Reads Chrome trace JSON back into a recording: what ChromeTraceExporter writes, exactly (its
 * tasks, states, labels and links), and what other tools write (Chromium, Node, Perfetto exports).
 *
 * Understood: the array and the {"traceEvents": [...]} containers, the array also without its
 * closing bracket (a crashed process's trace); complete (X), begin/end (B/E) and nestable async
 * (b/e) slices; instants (i, I, n); flows (s/f, and bind_id with flow_in/flow_out), drawn as
 * links; process_name and thread_name metadata. Lanes group under process and thread: a thread's
 * slices become a lane, an async id's a lane of its own; nested slices go to extra lanes
 * ("· level 2") since a lane shows one state at a time. Where two processes (or two threads of
 * one) share a name, the pid (tid) is added.
 *
 * It is lenient per event: an event it cannot use (a time stamp that is not a number, a negative
 * duration, ...) is skipped and counted with its reason; only a file that is not a trace at all is
 * refused. Kinds it does not draw (counters, samples, metadata) are counted too. The file is read
 * event by event without building a JSON document, so a 150 MB trace costs little more than its
 * bytes. Past the capacity, the newest spans (instants, links) are kept and the rest counted as
 * dropped, as the recorder does for a live run.
 *
 * Times are µs; a trace stamped with a system clock (starting after ten minutes) is shifted to start at zero.
 */
class ChromeTraceImporter
{
    Q_DECLARE_TR_FUNCTIONS(Lab::ChromeTraceImporter)
public:
    /** @p done of @p total bytes read and parsed; return false to cancel. Called from the importing thread. */
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /** Spans (and as many instants, links) kept at most; the recorder's capacity. */
    void setCapacity(std::size_t capacity) { m_capacity = std::max<std::size_t>(1, capacity); }

    /** Parses @p json; false with a message naming the problem if it is not a trace we can show. */
    bool parse(const QByteArray &json, QString *error);
    /** Reads (gunzips if need be) and parses the file at @p path; false with a message naming it. */
    bool readFile(const QString &path, QString *error);
    /** The last parse() or readFile() stopped because the progress callback said so. */
    bool wasCancelled() const { return m_cancelled; }

    /** Task 0 is always the event loop (from our own traces, or empty). Times in ns from zero. */
    const std::vector<TaskInfo> &tasks() const { return m_tasks; }
    const std::vector<Span> &spans() const { return m_spans; }
    const std::vector<Instant> &instants() const { return m_instants; }
    const std::vector<Link> &links() const { return m_links; }

    /** Events read from the file, whether shown, skipped or not drawn. */
    qint64 eventCount() const { return m_eventCount; }
    /** Events skipped, by reason ("a time stamp that is not a number"). */
    const std::map<QString, qint64> &skipped() const { return m_skipped; }
    qint64 skippedCount() const;
    /** "3 events skipped: 2 with …, 1 with …", or empty. */
    QString skippedSummary() const;
    /** Events of kinds the timeline does not draw, by phase ("C" → 120). */
    const std::map<QString, qint64> &notDrawn() const { return m_notDrawn; }
    /** The array had no closing bracket (the file was cut short). */
    bool endedEarly() const { return m_endedEarly; }
    /** Past capacity: what was dropped (the oldest) and until when (ns, as spans()), 0 if nothing. */
    qint64 droppedSpans() const { return m_droppedSpans; }
    qint64 droppedInstants() const { return m_droppedInstants; }
    qint64 droppedLinks() const { return m_droppedLinks; }
    qint64 droppedUntil() const { return m_droppedUntil; }
    /** "older 1200 spans and 30 instants dropped past the capacity of …", or empty. */
    QString droppedSummary() const;
    /** Processes and threads the lanes come from (a trace of ours: one process). */
    int processCount() const { return m_processCount; }
    int threadCount() const { return m_threadCount; }
    /** The time the last event ends (ns from zero). */
    qint64 endTime() const { return m_endTime; }

    /** Replaces what @p recorder holds with the parsed trace, its times counted from origin(). */
    void loadInto(TraceRecorder *recorder) const;

private:
    friend class TraceEventReader;
    void reset();

    Progress m_progress;
    std::size_t m_capacity = 2'000'000;
    bool m_cancelled = false;
    std::vector<TaskInfo> m_tasks;
    std::vector<Span> m_spans;
    std::vector<Instant> m_instants;
    std::vector<Link> m_links;
    qint64 m_eventCount = 0;
    std::map<QString, qint64> m_skipped;
    std::map<QString, qint64> m_notDrawn;
    bool m_endedEarly = false;
    qint64 m_droppedSpans = 0;
    qint64 m_droppedInstants = 0;
    qint64 m_droppedLinks = 0;
    qint64 m_droppedUntil = 0;
    int m_processCount = 0;
    int m_threadCount = 0;
    qint64 m_endTime = 0;
};

} // namespace Lab
