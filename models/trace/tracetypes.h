// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringList>

namespace Lab {

/** What a task is doing during a span; the timeline colours (and labels) lanes by it. */
enum class TaskState : quint8 {
    Running, ///< executing code (on a CPU)
    AwaitingIo, ///< suspended, waiting for the network or a file
    Sleeping, ///< suspended on a timer
    Queued, ///< ready or submitted, waiting for a thread or a turn
    Blocked, ///< the event loop could not answer (a stall), or a task blocking it
};
constexpr int TaskStateCount = 5;

/** A human name for a state ("awaiting I/O"). */
QString taskStateName(TaskState state);
/** A stable, untranslated name for files ("awaiting_io"), and back; false if @p key names none. */
QString taskStateKey(TaskState state);
bool taskStateFromKey(const QString &key, TaskState *state);

using TaskId = quint32;

/** The event loop's own lane: stalls are recorded here as Blocked spans. */
constexpr TaskId EventLoopTask = 0;

/**
 * A name in the recording that follows the window's language: the source text of a translation
 * (context and source as lupdate extracts them from QT_TRANSLATE_NOOP) with the values of its %1,
 * %2…; or a plain text that no language changes (a country code, a name read from a file).
 */
class TraceText
{
public:
    TraceText() = default;
    TraceText(const QString &plain)
        : m_plain(plain)
    {
    }
    TraceText(const char *context, const char *source, const QStringList &args = {})
        : m_context(context)
        , m_source(source)
        , m_args(args)
    {
    }

    /** The text in the language installed now. */
    QString toString() const;
    /** True if the text follows the language (it has a source to translate). */
    bool isTranslatable() const { return m_source; }
    /** True for a plain text that says nothing. */
    bool isEmpty() const { return !m_source && m_plain.isEmpty(); }
    /** This text with @p value for its next placeholder, as QString::arg(). */
    TraceText arg(const QString &value) const;

    /** The same source and values (a translatable text is known by its source's address, not its words). */
    friend bool operator==(const TraceText &a, const TraceText &b)
    {
        return a.m_context == b.m_context && a.m_source == b.m_source && a.m_args == b.m_args && a.m_plain == b.m_plain;
    }
    friend size_t qHash(const TraceText &text, size_t seed = 0)
    {
        return qHashMulti(seed, text.m_context, text.m_source, text.m_args, text.m_plain);
    }

private:
    const char *m_context = nullptr;
    const char *m_source = nullptr;
    QStringList m_args;
    QString m_plain;
};

/** A lane on the timeline: one task, grouped under the thread it runs on. */
struct TaskInfo
{
    TaskId id = 0;
    QString name;
    QString thread;
};

/** A state a task was in from start to end (monotonic ns). */
struct Span
{
    TaskId task = 0;
    TaskState state = TaskState::Running;
    qint64 start = 0;
    qint64 end = 0;
    QString label;
};

/** Something that happened at one moment on a task's lane. */
struct Instant
{
    TaskId task = 0;
    qint64 time = 0;
    QString label;
};

/** "Task from handed on to task to" at a moment (a reply arrived, a timer fired): drawn as an await arrow. */
struct Link
{
    TaskId from = 0;
    TaskId to = 0;
    qint64 time = 0;
    QString label; ///< what passed ("reply arrived"); the flow's name in an exported trace
};

} // namespace Lab
