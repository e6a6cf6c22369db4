// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/countdown/countdowndemo.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"
#include "models/core/sleep.h"
#include "models/trace/tracerecorder.h"

#include <QPointer>
#include <QThread>

namespace Lab {

CountdownDemo::CountdownDemo(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_specs(defaultSpecs())
{
}

QList<CountdownSpec> CountdownDemo::defaultSpecs()
{
    return {{"A", 0.7, 3}, {"B", 2.0, 3}, {"C", 0.3, 3}, {"D", 1.0, 3}};
}

QString CountdownDemo::formatLine(const CountdownLine &line)
{
    return QStringLiteral("%1s \t%2%3 = %4")
        .arg(numberLocale().toString(double(line.elapsedNs) / 1e9, 'f', 4), 7)
        .arg(QString(line.column, u'\t'), line.label)
        .arg(line.value);
}

void CountdownDemo::start()
{
    if (m_running)
        return;
    m_running = true;
    m_lines.clear();
    m_tasks.clear();
    m_remaining = int(m_specs.size());
    m_start = nowNs();
    const quint64 generation = ++m_generation;
    for (const auto &spec : std::as_const(m_specs))
        m_tasks.push_back(m_recorder->addTask(
            TraceText("Lab::CountdownDemo", QT_TRANSLATE_NOOP("Lab::CountdownDemo", "countdown %1"), {spec.label}),
            TraceText("Lab::CountdownDemo", QT_TRANSLATE_NOOP("Lab::CountdownDemo", "GUI thread"))));
    // Tasks start eagerly: each runs to its first co_await, then the next one starts.
    QPointer self(this);
    for (int column = 0; column < m_specs.size(); ++column) {
        countdown(column, m_specs[column], generation);
        if (!self || generation != m_generation)
            return; // a blocking run was stopped (or the page closed) from a lineReady() handler
    }
}

void CountdownDemo::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    for (TaskId task : m_tasks)
        m_recorder->finishTask(task);
    Q_EMIT stopped();
}

// snippet-begin: countdown
QCoro::Task<> CountdownDemo::countdown(int column, CountdownSpec spec, quint64 generation)
{
    QPointer self(this);
    const TaskId task = m_tasks[column];
    const double delay = spec.delay * m_timeScale;
    for (int n = spec.from; n > 0; --n) {
        if (m_blocking) {
            m_recorder->setState(task, TaskState::Blocked,
                TraceText("Lab::CountdownDemo", QT_TRANSLATE_NOOP("Lab::CountdownDemo", "QThread::usleep(%1 s)"),
                    {numberLocale().toString(delay)}));
            QThread::usleep(quint64(delay * 1e6)); // <---- blocks the event loop: nothing else runs
        } else {
            m_recorder->setState(task, TaskState::Sleeping,
                TraceText("Lab::CountdownDemo", QT_TRANSLATE_NOOP("Lab::CountdownDemo", "co_await sleep(%1 s)"),
                    {numberLocale().toString(delay)}));
            m_recorder->addLink(task, EventLoopTask, nowNs(),
                TraceText("Lab::CountdownDemo", QT_TRANSLATE_NOOP("Lab::CountdownDemo", "sleep started")));
            co_await Lab::sleepForSeconds(delay); // <---- the event loop runs other tasks meanwhile
        }
        if (!self || generation != m_generation)
            co_return; // the page was closed or the run stopped while this task slept
        if (!m_blocking)
            m_recorder->addLink(EventLoopTask, task, nowNs(),
                TraceText("Lab::CountdownDemo", QT_TRANSLATE_NOOP("Lab::CountdownDemo", "timer fired: task resumed")));
        const CountdownLine line{column, spec.label, n, nowNs() - m_start};
        m_lines.append(line);
        m_recorder->addInstant(task, QStringLiteral("%1 = %2").arg(spec.label).arg(n), nowNs());
        Q_EMIT lineReady(line);
        if (!self || generation != m_generation)
            co_return; // a lineReady() handler stopped the run or deleted us: no new open span
    }
    m_recorder->finishTask(task);
    // Blocking, the next countdown only starts now: the block leads straight to its first line.
    if (m_blocking && column + 1 < int(m_tasks.size()))
        m_recorder->addLink(task, m_tasks[column + 1], nowNs(),
            TraceText("Lab::CountdownDemo",
                QT_TRANSLATE_NOOP("Lab::CountdownDemo", "blocked until now: the next countdown starts")));
    taskDone(generation);
}
// snippet-end: countdown

void CountdownDemo::taskDone(quint64 generation)
{
    if (generation != m_generation || --m_remaining > 0)
        return;
    m_running = false;
    Q_EMIT finished(nowNs() - m_start);
}

} // namespace Lab
