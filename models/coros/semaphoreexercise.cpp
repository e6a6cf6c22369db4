// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/coros/semaphoreexercise.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"
#include "models/core/sleep.h"
#include "models/flags/semaphoreguard.h"
#include "models/trace/tracerecorder.h"

#include <QPointer>

#include <algorithm>
#include <array>

namespace Lab {

SemaphoreExercise::SemaphoreExercise(TraceRecorder *recorder, double timeScale, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_timeScale(timeScale)
{
}

SemaphoreExercise::~SemaphoreExercise()
{
    // Sleeping tasks resume later to a null QPointer; waiters are resumed with no permit.
    ++m_generation;
    if (m_semaphore)
        m_semaphore->cancel();
}

QString SemaphoreExercise::sourceFile()
{
    return QStringLiteral("models/coros/semaphoreexercise.cpp");
}

double SemaphoreExercise::holdSeconds(int number)
{
    static constexpr std::array<double, 8> Pattern{1.0, 0.6, 1.5, 0.8, 1.2, 0.5, 0.9, 0.7};
    return Pattern[std::size_t(number - 1) % Pattern.size()];
}

void SemaphoreExercise::start(int tasks, int limit)
{
    stop();
    const quint64 generation = ++m_generation;
    m_limit = std::max(1, limit);
    m_tasks.assign(std::size_t(std::max(0, tasks)), Task());
    m_semaphore = std::make_shared<AsyncSemaphore>(m_limit);
    m_entryOrder.clear();
    m_log.clear();
    m_done = 0;
    m_maxInside = 0;
    m_running = true;
    m_startNs = nowNs();
    for (int number = 1; number <= int(m_tasks.size()); ++number) {
        Task &task = m_tasks[std::size_t(number - 1)];
        task.lane =
            m_recorder->addTask(TraceText("Lab::SemaphoreExercise",
                                    QT_TRANSLATE_NOOP("Lab::SemaphoreExercise", "task %1"), {QString::number(number)}),
                TraceText("Lab::SemaphoreExercise", QT_TRANSLATE_NOOP("Lab::SemaphoreExercise", "GUI thread")));
        m_recorder->setState(task.lane, TaskState::Queued,
            TraceText(
                "Lab::SemaphoreExercise", QT_TRANSLATE_NOOP("Lab::SemaphoreExercise", "waiting for the semaphore")));
    }
    log({LogLine::Kind::Start, 0, int(m_tasks.size()), m_limit});
    // Eager tasks: each runs to its first co_await right here, in order, so the first ones get in.
    for (int number = 1; number <= int(m_tasks.size()); ++number)
        visit(number, generation, m_semaphore);
    if (m_tasks.empty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

// snippet-begin: semaphore
// Python: async with semaphore:
//             await asyncio.sleep(hold)
QCoro::Task<> SemaphoreExercise::visit(int number, quint64 generation, std::shared_ptr<AsyncSemaphore> semaphore)
{
    QPointer self(this);
    SemaphoreGuard inside = co_await acquireGuard(semaphore); // waits while 3 are inside
    if (!self || generation != m_generation || !inside)
        co_return; // stopped: the guard holds no permit, or gives it back here
    enter(number);
    co_await sleepForSeconds(holdSeconds(number) * m_timeScale); // at most 3 coroutines are here
    if (!self || generation != m_generation)
        co_return;
    leave(number);
} // the guard releases: the first task still waiting gets in
// snippet-end: semaphore

void SemaphoreExercise::enter(int number)
{
    Task &task = m_tasks[std::size_t(number - 1)];
    task.where = Where::Inside;
    m_entryOrder.append(number);
    const int count = int(inside().size());
    m_maxInside = std::max(m_maxInside, count);
    m_recorder->setState(task.lane, TaskState::Sleeping,
        TraceText("Lab::SemaphoreExercise",
            QT_TRANSLATE_NOOP("Lab::SemaphoreExercise", "inside: holds 1 of %1 permits"), {QString::number(m_limit)}));
    log({LogLine::Kind::In, 0, number, count});
}

void SemaphoreExercise::leave(int number)
{
    Task &task = m_tasks[std::size_t(number - 1)];
    task.where = Where::Done;
    m_recorder->finishTask(task.lane);
    ++m_done;
    log({LogLine::Kind::Leaves, 0, number, 0});
    if (m_done == int(m_tasks.size())) {
        m_running = false;
        log({LogLine::Kind::AllDone, 0, m_done, m_maxInside});
        Q_EMIT finished();
    }
}

void SemaphoreExercise::stop()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    if (m_semaphore)
        m_semaphore->cancel();
    m_semaphore.reset();
    const qint64 now = nowNs();
    for (Task &task : m_tasks) {
        if (task.where == Where::Done)
            continue;
        m_recorder->addInstant(task.lane,
            TraceText("Lab::SemaphoreExercise", QT_TRANSLATE_NOOP("Lab::SemaphoreExercise", "stopped")), now);
        m_recorder->finishTask(task.lane);
    }
    log({LogLine::Kind::Stopped, 0, 0, 0});
    Q_EMIT finished();
}

QList<int> SemaphoreExercise::inside() const
{
    QList<int> numbers;
    for (std::size_t i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks[i].where == Where::Inside)
            numbers.append(int(i) + 1);
    }
    return numbers;
}

int SemaphoreExercise::waitingCount() const
{
    return int(std::count_if(m_tasks.begin(), m_tasks.end(), [](const Task &task) {
        return task.where == Where::Waiting;
    }));
}

void SemaphoreExercise::log(LogLine line)
{
    line.seconds = double(nowNs() - m_startNs) / 1e9 / std::max(m_timeScale, 1e-9);
    m_log.push_back(line);
    Q_EMIT changed(lineText(line));
}

QString SemaphoreExercise::lineText(const LogLine &line)
{
    QString text;
    switch (line.kind) {
    case LogLine::Kind::Start:
        text = tr("%n tasks start; the semaphore lets %1 in at a time", nullptr, line.number).arg(line.count);
        break;
    case LogLine::Kind::In:
        text = tr("task %1 is in (%2 inside)").arg(line.number).arg(line.count);
        break;
    case LogLine::Kind::Leaves:
        text = tr("task %1 leaves and releases its permit").arg(line.number);
        break;
    case LogLine::Kind::AllDone:
        text = tr("all %n tasks done; at most %1 were inside at once", nullptr, line.number).arg(line.count);
        break;
    case LogLine::Kind::Stopped:
        text = tr("stopped");
        break;
    }
    return tr("%1 s  %2").arg(numberLocale().toString(line.seconds, 'f', 2)).arg(text);
}

QStringList SemaphoreExercise::lines() const
{
    QStringList lines;
    lines.reserve(qsizetype(m_log.size()));
    for (const LogLine &line : m_log)
        lines.append(lineText(line));
    return lines;
}

void SemaphoreExercise::takeResultsFrom(const SemaphoreExercise &other)
{
    stop();
    m_limit = other.m_limit;
    m_tasks = other.m_tasks;
    m_entryOrder = other.m_entryOrder;
    m_log = other.m_log;
    m_done = other.m_done;
    m_maxInside = other.m_maxInside;
    m_startNs = other.m_startNs;
}

} // namespace Lab
