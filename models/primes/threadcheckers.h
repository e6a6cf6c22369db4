// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/primes/primeresult.h"
#include "models/trace/tracetypes.h"

#include <QCoreApplication>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Lab {

class SimulatedGil;
class TraceRecorder;

/** Runs the calling thread at nice 10, so that workers on every core leave the GUI thread its turn. */
void lowerPriority();

/** The book's SimpleQueue of jobs for threads: numbers, then one 0 (a poison pill) per worker. */
class JobQueue
{
public:
    void put(quint64 n);
    /** Blocks until a job is there; 0 (a pill) once the queue is shut down. */
    quint64 get();
    void shutDown();

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<quint64> m_jobs; // guarded by m_mutex
    bool m_shutDown = false; // guarded by m_mutex
};

/**
 * N worker threads that take numbers from one job queue and check them, as the book's threads.py
 * (and, with one worker, sequential.py). With a SimulatedGil each check must hold the lock to run,
 * so the threads take turns. Each worker has a lane; it records its checks as Running spans, its
 * waits for the lock as Queued ones, and its end of work (the sentinel it reports) as an instant.
 */
class ThreadCheckers
{
    Q_DECLARE_TR_FUNCTIONS(Lab::ThreadCheckers)
public:
    /** Called on the worker threads with each result, then with one sentinel per worker. */
    using Report = std::function<void(const PrimeResult &)>;

    /** @p gil may be null (no GIL): C++ threads run in parallel. */
    ThreadCheckers(TraceRecorder *recorder, int workers, std::shared_ptr<SimulatedGil> gil, Report report);
    /** Stops and joins every worker. */
    ~ThreadCheckers();
    ThreadCheckers(const ThreadCheckers &) = delete;
    ThreadCheckers &operator=(const ThreadCheckers &) = delete;

    /** Queues @p numbers and one poison pill per worker, then starts the workers. Call once. */
    void start(const std::vector<quint64> &numbers, const TraceText &laneName);
    /** Every worker gives up within one slice of divisions and is joined. */
    void stop();

private:
    void work(int worker, TaskId lane);
    PrimeResult check(int worker, TaskId lane, quint64 n, qint64 *heldSince);
    bool takeTurn(TaskId lane, const TraceText &label, qint64 *heldSince);

    TraceRecorder *m_recorder;
    int m_workers;
    std::shared_ptr<SimulatedGil> m_gil;
    Report m_report;
    JobQueue m_jobs;
    std::vector<std::thread> m_threads;
    std::atomic<bool> m_stopping{false};
};

} // namespace Lab
