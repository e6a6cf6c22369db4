// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/primes/threadcheckers.h"

#include "models/core/clock.h"
#include "models/primes/simulatedgil.h"
#include "models/primes/trialdivision.h"
#include "models/trace/tracerecorder.h"

#include <sys/resource.h>
#include <unistd.h>

namespace Lab {

namespace {
// Without a GIL a worker looks at the stop flag every 65,536 divisions (about 0.1 ms); with one it
// looks at the clock every 4,096, so it hands the lock on close to the switch interval.
constexpr quint64 FreeSlice = 1 << 16;
constexpr quint64 GilSlice = 1 << 12;
} // namespace

void lowerPriority()
{
    // Workers that keep every core busy must not starve the GUI thread: as a desktop app's
    // background work, they run at nice 10 (for a thread, Linux takes its own id here).
    ::setpriority(PRIO_PROCESS, id_t(currentThreadId()), 10);
}

void JobQueue::put(quint64 n)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(n);
    }
    m_ready.notify_one();
}

quint64 JobQueue::get()
{
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [this] {
        return m_shutDown || !m_jobs.empty();
    });
    if (m_shutDown)
        return 0;
    const quint64 n = m_jobs.front();
    m_jobs.pop_front();
    return n;
}

void JobQueue::shutDown()
{
    {
        std::lock_guard lock(m_mutex);
        m_shutDown = true;
    }
    m_ready.notify_all();
}

ThreadCheckers::ThreadCheckers(TraceRecorder *recorder, int workers, std::shared_ptr<SimulatedGil> gil, Report report)
    : m_recorder(recorder)
    , m_workers(workers)
    , m_gil(std::move(gil))
    , m_report(std::move(report))
{
}

ThreadCheckers::~ThreadCheckers()
{
    stop();
}

void ThreadCheckers::start(const std::vector<quint64> &numbers, const TraceText &laneName)
{
    for (const quint64 n : numbers)
        m_jobs.put(n);
    for (int i = 0; i < m_workers; ++i)
        m_jobs.put(0); // one poison pill per worker
    for (int i = 0; i < m_workers; ++i) {
        const QString number = QString::number(i + 1);
        const TaskId lane = m_recorder->addTask(laneName.arg(number),
            TraceText("Lab::ThreadCheckers", QT_TRANSLATE_NOOP("Lab::ThreadCheckers", "worker thread %1"), {number}));
        m_threads.emplace_back(&ThreadCheckers::work, this, i, lane);
    }
}

void ThreadCheckers::stop()
{
    m_stopping.store(true);
    m_jobs.shutDown();
    if (m_gil)
        m_gil->shutDown();
    for (std::thread &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
}

// snippet-begin: thread-worker
void ThreadCheckers::work(int worker, TaskId lane)
{
    qint64 heldSince = 0; // with a GIL: since when this thread holds it (0: it does not)
    lowerPriority();
    while (const quint64 n = m_jobs.get()) { // 0 is the poison pill
        const PrimeResult result = check(worker, lane, n, &heldSince);
        if (m_stopping.load())
            break;
        m_report(result);
    }
    m_recorder->finishTask(lane); // first: the lane's last span ends before another thread may run
    if (heldSince != 0)
        m_gil->release();
    if (m_stopping.load())
        return;
    m_recorder->addInstant(lane,
        TraceText("Lab::ThreadCheckers", QT_TRANSLATE_NOOP("Lab::ThreadCheckers", "end of work: sentinel sent")),
        nowNs());
    PrimeResult sentinel = beginCheck(0); // PrimeResult(0, False, 0.0): this worker is done
    sentinel.worker = worker;
    m_report(sentinel);
}
// snippet-end: thread-worker

// snippet-begin: gil-check
PrimeResult ThreadCheckers::check(int worker, TaskId lane, quint64 n, qint64 *heldSince)
{
    PrimeResult result = beginCheck(n);
    result.worker = worker;
    const TraceText label(
        "Lab::ThreadCheckers", QT_TRANSLATE_NOOP("Lab::ThreadCheckers", "is_prime(%1)"), {QString::number(n)});
    TrialDivision division(n);
    if (!m_gil) {
        m_recorder->setState(lane, TaskState::Running, label);
        while (!division.step(FreeSlice) && !m_stopping.load(std::memory_order_relaxed)) {}
    } else {
        if (*heldSince == 0) {
            if (!takeTurn(lane, label, heldSince))
                return result;
        } else {
            m_recorder->setState(lane, TaskState::Running, label); // still holding it from the last check
        }
        while (!division.step(GilSlice) && !m_stopping.load(std::memory_order_relaxed)) {
            // The switch interval is up and another thread waits: hand the lock on, queue again.
            if (m_gil->dropRequested(*heldSince) && !takeTurn(lane, label, heldSince))
                return result;
        }
    }
    endCheck(&result, division.isPrime());
    return result;
}

bool ThreadCheckers::takeTurn(TaskId lane, const TraceText &label, qint64 *heldSince)
{
    // The span ends before the lock is given up, so no two threads' running spans ever overlap.
    m_recorder->setState(lane, TaskState::Queued,
        TraceText("Lab::ThreadCheckers", QT_TRANSLATE_NOOP("Lab::ThreadCheckers", "%1 waits for the GIL"),
            {label.toString()}));
    if (*heldSince != 0)
        m_gil->release();
    *heldSince = 0;
    if (!m_gil->acquire())
        return false;
    *heldSince = nowNs();
    m_recorder->setState(lane, TaskState::Running, label);
    return true;
}
// snippet-end: gil-check

} // namespace Lab
