// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

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
