// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracetypes.h"

#include <QCoroTask>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace Lab {

class AsyncSemaphore;
class TraceRecorder;

/**
 * Python's `async with semaphore:` (the book's flags2_asyncio.py) on the real event loop: N
 * coroutines each await a permit at the top of a scope, hold it while they sleep, and the guard
 * gives it back when the scope ends; never more than the limit are inside at once.
 *
 * Each task is a lane on the TraceRecorder ("task 3" on the GUI thread): queued "waiting for the
 * semaphore", then sleeping "inside", then finished. The times come from a fixed pattern scaled by
 * the time scale, so a run always lets them in the same order.
 */
class SemaphoreExercise : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTasks = 8;
    static constexpr int DefaultLimit = 3;

    SemaphoreExercise(TraceRecorder *recorder, double timeScale, QObject *parent = nullptr);
    ~SemaphoreExercise() override;

    /** The file the exercise's source is in, for SourceSnippet::load() (snippet "semaphore"). */
    static QString sourceFile();
    /** Seconds task @p number (1-based) stays inside, before the time scale: 1.0, 0.6, 1.5, 0.8, … */
    static double holdSeconds(int number);

    /** Starts @p tasks coroutines that share a semaphore of @p limit permits; stops a run first. */
    void start(int tasks = DefaultTasks, int limit = DefaultLimit);
    /** Cancels the waiters and ends the run; finished() follows. */
    void stop();

    bool isRunning() const { return m_running; }
    int limit() const { return m_limit; }
    int taskCount() const { return int(m_tasks.size()); }
    /** Tasks inside now, and the most that ever were at once in this run. */
    QList<int> inside() const;
    int waitingCount() const;
    int doneCount() const { return m_done; }
    int maxInside() const { return m_maxInside; }
    /** Task numbers in the order they got in. */
    const QList<int> &entryOrder() const { return m_entryOrder; }
    /** What happened, one line each, in the language installed now: "0.00 s  task 1 is in (1 inside)". */
    QStringList lines() const;
    TaskId laneOf(int number) const { return m_tasks.at(std::size_t(number - 1)).lane; }
    /** The run @p other did, finished or stopped, as if this one had done it: its log, counts and
        lanes (on the same recording), so that a page built again shows it in its language. */
    void takeResultsFrom(const SemaphoreExercise &other);

Q_SIGNALS:
    /** Something happened: a line was added. */
    void changed(const QString &line);
    void finished();

private:
    enum class Where { Waiting, Inside, Done };
    struct Task
    {
        TaskId lane = 0;
        Where where = Where::Waiting;
    };
    // A line of the log as what happened, not as words: it is written in the language of the moment.
    struct LogLine
    {
        enum class Kind { Start, In, Leaves, AllDone, Stopped };
        Kind kind = Kind::Start;
        double seconds = 0; ///< since the start, on the exercise's clock (before the time scale)
        int number = 0; ///< the task (In, Leaves) or how many tasks (Start, AllDone)
        int count = 0; ///< how many are inside (In), the limit (Start), the most inside at once (AllDone)
    };

    QCoro::Task<> visit(int number, quint64 generation, std::shared_ptr<AsyncSemaphore> semaphore);
    void enter(int number);
    void leave(int number);
    void log(LogLine line);
    static QString lineText(const LogLine &line);

    TraceRecorder *m_recorder;
    double m_timeScale;
    std::vector<Task> m_tasks;
    std::shared_ptr<AsyncSemaphore> m_semaphore;
    QList<int> m_entryOrder;
    std::vector<LogLine> m_log;
    int m_limit = DefaultLimit;
    int m_done = 0;
    int m_maxInside = 0;
    bool m_running = false;
    quint64 m_generation = 0;
    qint64 m_startNs = 0;
};

} // namespace Lab
