// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/coros/handcoroutine.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace Lab {

/** One row of the toy loop's heap: a coroutine and the time it asked to be woken at. */
struct ToyLoopEntry
{
    double deadline = 0; ///< seconds on the loop's clock
    QString task;
    int line = 0; ///< the line of the task's own co_await (in countdown) it is suspended at
};

/**
 * Brett Cannon's launchpad.py (LABS §1.6) in C++: an event loop in about a hundred lines, with no
 * event-loop library. Coroutines co_await sleep(), which hands a wake-up time out to the loop;
 * the loop keeps a heap of (deadline, coroutine), resumes the earliest and sends it the time.
 *
 * The clock is simulated: where launchpad sleeps until the earliest deadline, step() jumps to it,
 * so a run takes no time and every step can be looked at. Equal deadlines wake in the order they
 * were asked for, as they do in real time, where the one asked first is a few microseconds earlier.
 */
class ToyLoop
{
public:
    ToyLoop() = default;
    // The coroutines keep a pointer to their loop.
    ToyLoop(const ToyLoop &) = delete;
    ToyLoop &operator=(const ToyLoop &) = delete;

    /** Adds a task; it starts on the first step(). */
    void add(const QString &name, HandCoroutine<void> coroutine);
    /** Launchpad's three launches: countdowns A from 5, B from 3 after 2 s, C from 4 after 1 s. */
    void addLaunchpadCountdowns();
    /** One task, "consumer", looping over the async generator ticker() (see asyncgeneratorexercise.h). */
    void addTickerConsumer();

    /**
     * One iteration. The first starts every task up to its first sleep (launchpad's priming loop);
     * each later one wakes the task with the earliest deadline. After the last task ends, the
     * total elapsed time is printed. Returns false when there was nothing left to do.
     */
    bool step();
    /** Steps until every task has finished. */
    void runUntilComplete();

    /** Sleeps @p seconds on the loop's clock; evaluates to the seconds actually slept. */
    HandCoroutine<double> sleep(double seconds);
    /** Prints a line. */
    void print(const QString &line);
    /** Prints @p parts separated by spaces, as Python's print(): print(label, "T-minus", 5). */
    template<typename... Parts>
    requires(sizeof...(Parts) > 1) void print(const Parts &...parts) { print(QStringList{text(parts)...}.join(u' ')); }

    bool started() const { return m_started; }
    bool finished() const { return m_started && m_heap.empty(); }
    /** The loop's clock, in seconds since it started. */
    double now() const { return m_now; }
    /** When the next step wakes a task (nothing before the first step or after the last). */
    std::optional<double> nextDeadline() const;
    int stepCount() const { return m_steps; }

    /** The heap, earliest deadline first. */
    std::vector<ToyLoopEntry> heap() const;
    /** Every line printed so far, and those of the last step. */
    const QStringList &lines() const { return m_lines; }
    const QStringList &lastLines() const { return m_lastLines; }
    /** The task the last step woke ("" for the first step, which starts all). */
    const QString &lastTask() const { return m_lastTask; }
    /** Where the task woken last now waits: its countdown's co_await line, or 0 if it finished. */
    int lastTaskLine() const { return m_lastTaskLine; }
    /** Where each frame of the task woken last waits in its own code, innermost first, the loop's
        sleep() left out ("ticker at line 18, awaited by tickerConsumer at line 31"). */
    const QString &lastTaskChain() const { return m_lastTaskChain; }

    /** Seconds as Python prints a timedelta: 0:00:05, 0:00:01.001089. */
    static QString formatElapsed(double seconds);

private:
    struct Task
    {
        double deadline = 0;
        quint64 order = 0; // equal deadlines: first asked, first woken
        QString name;
        HandCoroutineBase coroutine;
    };
    void schedule(Task task, const CoroStep &step);
    static bool later(const Task &a, const Task &b);
    static QString text(const QString &part) { return part; }
    static QString text(const char *part) { return QString::fromUtf8(part); }
    static QString text(int part) { return QString::number(part); }
    static QString text(double part) { return QString::number(part); }
    static int taskLine(const Task &task);

    std::vector<Task> m_newTasks;
    std::vector<Task> m_heap; // a binary heap, as Python's heapq: std::push_heap/std::pop_heap
    quint64 m_nextOrder = 0;
    double m_now = 0;
    bool m_started = false;
    int m_steps = 0;
    QStringList m_lines;
    QStringList m_lastLines;
    QString m_lastTask;
    int m_lastTaskLine = 0;
    QString m_lastTaskChain;
};

/** A launch of launchpad.py: waits @p delay seconds, then counts down from @p length, a second a step. */
HandCoroutine<void> countdown(ToyLoop *loop, QString label, int length, double delay = 0);

} // namespace Lab
