// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/chunkedring.h"
#include "models/trace/tracetypes.h"

#include <QHash>

#include <cstdint>
#include <deque>
#include <mutex>
#include <vector>

namespace Lab {

/**
 * The recording every demo writes to: tasks (lanes), spans of task states, instants and links.
 *
 * Appending is a short critical section and safe from any thread (thread-pool demos record
 * from their workers). Spans live in chunks that are never moved once recorded and are reused
 * after clear(), so a reader can copy just what is new since it last looked, and a new
 * recording fills memory already mapped instead of faulting in fresh pages.
 *
 * It is a ring buffer: past capacity() spans (or as many instants, or links) the oldest are
 * dropped, so an endless run keeps bounded memory. Counts and the indices of copySpans() run over
 * everything recorded since clear(), dropped or not, so an incremental reader stays correct.
 */
class TraceRecorder
{
public:
    /** Two million spans: about 200 MB with the timeline's copy, minutes of a busy demo. */
    static constexpr std::size_t DefaultCapacity = 2'000'000;

    TraceRecorder();

    /** At most @p capacity spans (and as many instants and links) are kept; at least one. */
    void setCapacity(std::size_t capacity);
    std::size_t capacity() const;

    /** Forget everything and start a new recording at the current time. */
    void clear();

    /** When the current recording started (monotonic ns); the timeline shows times relative to it. */
    qint64 origin() const;
    /** Changes on every clear(), so readers know to drop what they copied; no two recorders share one. */
    quint64 generation() const;

    /** A new lane for a task on @p thread (e.g. "GUI thread", "worker 3"). */
    TaskId addTask(const TraceText &name, const TraceText &thread);
    TaskId addTask(const QString &name, const QString &thread) { return addTask(TraceText(name), TraceText(thread)); }
    /** The names of the lanes and threads again, in the language installed now, and every label
        (of a span, an instant or a link) that was given as a TraceText to translate. */
    void retranslate();

    /** A finished span. */
    void addSpan(TaskId task, TaskState state, qint64 start, qint64 end, const QString &label = {});
    /** With a label that follows the language: retranslate() writes it again. */
    void addSpan(TaskId task, TaskState state, qint64 start, qint64 end, const TraceText &label);
    /** Close the task's open span (if any) now and open one in @p state: live lanes grow from it. */
    void setState(TaskId task, TaskState state, const QString &label = {});
    void setState(TaskId task, TaskState state, const TraceText &label);
    /** Close the task's open span now: the task is over. */
    void finishTask(TaskId task);
    /** As setState() and finishTask(), at @p time (monotonic ns) rather than now: for events
        recorded elsewhere (another process) and read later; a time before the open span's start
        counts as that start. */
    void setStateAt(TaskId task, TaskState state, qint64 time, const QString &label = {});
    void finishTaskAt(TaskId task, qint64 time);
    void addInstant(TaskId task, const QString &label, qint64 time);
    void addInstant(TaskId task, const TraceText &label, qint64 time);
    /** An await arrow from @p from to @p to at @p time; @p label says what passed ("reply arrived"). */
    void addLink(TaskId from, TaskId to, qint64 time, const QString &label = {});
    /** With a label that follows the language; a text given before costs a lookup, not a translation. */
    void addLink(TaskId from, TaskId to, qint64 time, const TraceText &label);
    /** Marks the recording incomplete before @p time (monotonic ns): an imported trace past capacity. */
    void markDropped(qint64 time);

    // Readers: each returns a copy taken under the lock.
    std::vector<TaskInfo> tasks() const;
    /** Spans recorded since clear(), the dropped ones included. */
    std::size_t spanCount() const;
    /** Spans dropped (the oldest) to stay within capacity(). */
    std::size_t droppedSpanCount() const;
    /** The latest end of a dropped span, instant or link (monotonic ns), or 0 if none was dropped:
        before it the recording is incomplete. */
    qint64 droppedUntil() const;
    /** Appends the spans still kept of [from, spanCount()), at most @p limit of them, to @p out;
        returns where the next copy starts (spanCount() once all are copied). */
    std::size_t copySpans(std::size_t from, std::vector<Span> &out, std::size_t limit = SIZE_MAX) const;
    /** The spans still kept, oldest first. */
    std::vector<Span> spans() const;
    /** Spans still open, each ending at @p now. */
    std::vector<Span> openSpans(qint64 now) const;
    std::vector<Instant> instants() const;
    /** As copySpans(): instants [from, total) still kept; returns the total recorded. */
    std::size_t copyInstants(std::size_t from, std::vector<Instant> &out, std::size_t limit = SIZE_MAX) const;
    std::vector<Link> links() const;
    /** As copySpans(): links [from, total) still kept; returns the total recorded. */
    std::size_t copyLinks(std::size_t from, std::vector<Link> &out, std::size_t limit = SIZE_MAX) const;
    /** The time of the newest event recorded (or origin()). */
    qint64 latest() const;

private:
    struct OpenSpan
    {
        bool open = false;
        TaskState state = TaskState::Running;
        qint64 start = 0;
        QString label;
    };
    void closeOpen(TaskId task, qint64 now);
    /** @p text as shown now; a translatable one is remembered, so that retranslate() finds it. */
    QString labelOf(const TraceText &text);
    void pushSpan(Span span);
    void pushLink(Link link);

    mutable std::mutex m_mutex;
    qint64 m_origin = 0;
    quint64 m_generation = 0;
    qint64 m_latest = 0;
    std::vector<TaskInfo> m_tasks;
    std::vector<std::pair<TraceText, TraceText>> m_taskTexts; // each task's name and thread, as given
    QHash<QString, TraceText> m_labelTexts; // the translatable labels, by the text they show now
    QHash<TraceText, QString> m_shownTexts; // and back: what each shows now, translated once per language
    std::vector<OpenSpan> m_open;
    std::size_t m_capacity = DefaultCapacity;
    std::size_t m_droppedSpans = 0;
    std::size_t m_droppedInstants = 0;
    std::size_t m_droppedLinks = 0;
    qint64 m_droppedUntil = 0;
    ChunkedRing<Span> m_spans; // its storage is reused after clear(): recording touches no fresh pages
    std::deque<Instant> m_instants;
    std::deque<Link> m_links;
};

} // namespace Lab
