// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracetypes.h"

#include <QCoroTask>
#include <QList>
#include <QObject>

namespace Lab {

class TraceRecorder;

/** One countdown: LABEL counts from `from` down to 1, waiting `delay` seconds before each line. */
struct CountdownSpec
{
    QString label;
    double delay = 1.0;
    int from = 3;
};

/** One printed line: "1.0015s  D = 3". */
struct CountdownLine
{
    int column = 0; ///< which countdown (0 for A): the log gives each its own column
    QString label;
    int value = 0;
    qint64 elapsedNs = 0;
};

/**
 * The countdown lab: several countdowns run as coroutines on the event loop and their lines
 * interleave by wake-up time. With blocking on, each awaited sleep becomes a blocking sleep:
 * the first countdown runs to its end before the next one starts, and the window freezes.
 */
class CountdownDemo : public QObject
{
    Q_OBJECT
public:
    explicit CountdownDemo(TraceRecorder *recorder, QObject *parent = nullptr);

    /** The lab's four: A 0.7 s, B 2 s, C 0.3 s, D 1 s, each from 3. */
    static QList<CountdownSpec> defaultSpecs();

    void setSpecs(const QList<CountdownSpec> &specs) { m_specs = specs; }
    QList<CountdownSpec> specs() const { return m_specs; }
    void setBlocking(bool blocking) { m_blocking = blocking; }
    bool blocking() const { return m_blocking; }
    /** Every delay is multiplied by this (0.1: ten times faster). */
    void setTimeScale(double scale) { m_timeScale = scale; }
    double timeScale() const { return m_timeScale; }

    bool isRunning() const { return m_running; }
    const QList<CountdownLine> &lines() const { return m_lines; }

    void start();
    void stop();

    /** The lab's line: " 0.3010s \t\t\tC = 3" (elapsed, one tab per column, LABEL = n). */
    static QString formatLine(const CountdownLine &line);

Q_SIGNALS:
    void lineReady(const Lab::CountdownLine &line);
    void finished(qint64 totalNs);
    void stopped();

private:
    QCoro::Task<> countdown(int column, CountdownSpec spec, quint64 generation);
    void taskDone(quint64 generation);

    TraceRecorder *m_recorder;
    QList<CountdownSpec> m_specs;
    QList<CountdownLine> m_lines;
    std::vector<TaskId> m_tasks;
    bool m_blocking = false;
    double m_timeScale = 1.0;
    bool m_running = false;
    int m_remaining = 0;
    qint64 m_start = 0;
    quint64 m_generation = 0;
};

} // namespace Lab
