// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/coros/handcoroutine.h"

#include <vector>

namespace Lab {

/** One thing the driver did to a coroutine, and what came of it. */
struct CoroLogEntry
{
    QString action; ///< "resume()" or "send(5)"
    CoroStep step;
    bool wasFinished = false; ///< the coroutine had finished before this action
    CoroState state; ///< where the coroutine stands afterwards

    /** As the lab prints it: "resume() -> 42", "send(8) -> finished, returned 80",
        "resume() on a finished coroutine: error: cannot resume a finished coroutine". */
    QString text() const;
};

/**
 * One of the three hand-driven exercises of the "native coros" lab (LABS §1.5): builds its
 * coroutine, lets a driver resume it or send into it, and keeps a log of every step with the
 * coroutine's state after it. script() is what the lab's own driver does.
 */
class HandExercise
{
public:
    /** @p number is 1, 2 or 3. */
    explicit HandExercise(int number);

    static constexpr int Count = 3;
    /** The file the exercises' source is in, for SourceSnippet::load(). */
    static QString sourceFile();

    int number() const { return m_number; }
    /** The snippet in sourceFile(): "exercise1". */
    QString snippetName() const;
    QString title() const;

    /** The lab driver's steps, in order: invalid for resume(), a number for send(number). */
    QList<CoroValue> script() const;
    /** True once every step of script() has been taken. */
    bool scriptDone() const { return m_log.size() >= size_t(script().size()); }
    /** Takes the step of script() that comes next (by the number of steps taken so far). */
    const CoroLogEntry &stepScript();

    /** A fresh coroutine, not started; the log is cleared. */
    void reset();
    const CoroLogEntry &resume();
    const CoroLogEntry &send(CoroValue value);

    bool started() const { return m_coroutine.started(); }
    bool done() const { return m_coroutine.done(); }
    CoroState state() const { return m_coroutine.state(); }
    CoroValue returnedValue() const { return m_coroutine.returnedValue(); }
    /** "not started", "suspended at line 40", "finished", "finished, returned 80". */
    QString stateText() const;
    const std::vector<CoroLogEntry> &log() const { return m_log; }

private:
    const CoroLogEntry &record(const QString &action, CoroValue value);

    int m_number;
    HandCoroutineBase m_coroutine;
    std::vector<CoroLogEntry> m_log;
};

} // namespace Lab
