// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/primes/loiterexercise.h"

#include "models/core/clock.h"
#include "models/trace/tracerecorder.h"

#include <QTime>

#include <chrono>

namespace Lab {

LoiterExercise::LoiterExercise(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
{
}

LoiterExercise::~LoiterExercise()
{
    joinWorkers();
}

void LoiterExercise::say(const QString &text)
{
    // display(*args): print(strftime('[%H:%M:%S]'), end=' '); print(*args)
    const QString format = m_unit >= 1.0 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm:ss.zzz");
    Q_EMIT line(QStringLiteral("[%1] %2").arg(QTime::currentTime().toString(format), text));
}

void LoiterExercise::start(double secondsPerUnit, int workers, int tasks)
{
    stop();
    joinWorkers();
    m_unit = secondsPerUnit;
    m_tasks = tasks;
    m_results.clear();
    m_starts.clear();
    m_done.clear();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
        m_queue.clear();
        for (int n = tasks - 1; n >= 0; --n)
            m_queue.push_back(n); // taken from the back: 0, 1, 2, …
    }
    m_running = true;
    say(tr("Script starting."));
    // executor = futures.ThreadPoolExecutor(max_workers=3); results = executor.map(loiter, range(5))
    for (int i = 0; i < workers; ++i) {
        const QString number = QString::number(i + 1);
        const TaskId lane = m_recorder->addTask(
            TraceText("Lab::LoiterExercise", QT_TRANSLATE_NOOP("Lab::LoiterExercise", "pool worker %1"), {number}),
            TraceText("Lab::LoiterExercise", QT_TRANSLATE_NOOP("Lab::LoiterExercise", "worker thread %1"), {number}));
        m_threads.emplace_back(&LoiterExercise::work, this, lane);
    }
    say(tr("results: <generator object: %n results to come, in submission order>", nullptr, tasks));
    say(tr("Waiting for individual results:"));
    m_mainLane = m_recorder->addTask(
        TraceText("Lab::LoiterExercise", QT_TRANSLATE_NOOP("Lab::LoiterExercise", "for result in results")),
        TraceText("Lab::LoiterExercise", QT_TRANSLATE_NOOP("Lab::LoiterExercise", "GUI thread")));
    m_recorder->setState(m_mainLane, TaskState::Queued,
        TraceText("Lab::LoiterExercise", QT_TRANSLATE_NOOP("Lab::LoiterExercise", "waits for result %1"),
            {QString::number(0)}));
}

void LoiterExercise::stop()
{
    if (!m_running)
        return;
    m_running = false;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    joinWorkers();
    m_recorder->finishTask(m_mainLane);
    Q_EMIT finished(true);
}

void LoiterExercise::joinWorkers()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
    m_threads.clear();
}

// snippet-begin: loiter
void LoiterExercise::work(TaskId lane)
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping && !m_queue.empty()) {
        const int n = m_queue.back();
        m_queue.pop_back();
        const qint64 startedAt = nowNs();
        QMetaObject::invokeMethod(
            this,
            [this, n, startedAt] {
                started(n, startedAt);
            },
            Qt::QueuedConnection);
        m_recorder->setState(lane, TaskState::Sleeping,
            TraceText("Lab::LoiterExercise", QT_TRANSLATE_NOOP("Lab::LoiterExercise", "loiter(%1): sleep(%1)"),
                {QString::number(n)}));
        // sleep(n): a real blocking sleep of this worker, cut short only by Stop
        const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(n * m_unit);
        m_wake.wait_until(lock, until, [this] {
            return m_stopping;
        });
        m_recorder->finishTask(lane);
        if (m_stopping)
            break;
        QMetaObject::invokeMethod(
            this,
            [this, n] {
                done(n, n * 10);
            },
            Qt::QueuedConnection);
    }
}
// snippet-end: loiter

void LoiterExercise::started(int n, qint64 at)
{
    if (!m_running)
        return;
    m_starts[n] = at;
    say(tr("%1loiter(%2): doing nothing for %2s...").arg(QString(n, QLatin1Char('\t'))).arg(n));
}

void LoiterExercise::done(int n, int value)
{
    if (!m_running)
        return;
    say(tr("%1loiter(%2): done.").arg(QString(n, QLatin1Char('\t'))).arg(n));
    m_done[n] = value;
    // for i, result in enumerate(results): each waits for its own, in submission order
    while (!m_done.empty() && m_done.begin()->first == int(m_results.size())) {
        m_results.push_back(m_done.begin()->second);
        m_done.erase(m_done.begin());
        const int i = int(m_results.size()) - 1;
        m_recorder->addInstant(m_mainLane,
            TraceText("Lab::LoiterExercise", QT_TRANSLATE_NOOP("Lab::LoiterExercise", "result %1: %2"),
                {QString::number(i), QString::number(m_results.back())}),
            nowNs());
        say(tr("result %1: %2").arg(i).arg(m_results.back()));
        if (int(m_results.size()) < m_tasks)
            m_recorder->setState(m_mainLane, TaskState::Queued,
                TraceText("Lab::LoiterExercise", QT_TRANSLATE_NOOP("Lab::LoiterExercise", "waits for result %1"),
                    {QString::number(i + 1)}));
    }
    if (int(m_results.size()) == m_tasks) {
        m_running = false;
        m_recorder->finishTask(m_mainLane);
        joinWorkers();
        Q_EMIT finished(false);
    }
}

} // namespace Lab
