// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/primes/primeresult.h"
#include "models/primes/simulatedgil.h"
#include "models/trace/tracetypes.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QPointer>

#include <map>
#include <memory>
#include <vector>

namespace Lab {

class ProcessCheckers;
class ThreadCheckers;
class TraceRecorder;

/** How the numbers are checked: the book's sequential.py, threads.py, procs.py, proc_pool.py, and asyncio. */
enum class PrimesMode {
    Sequential, ///< one worker thread, one number after another (the baseline)
    Threads, ///< N worker threads: parallel in C++, turn by turn with a GIL
    Processes, ///< N worker processes over pipes: parallel, a GIL each
    Coroutines, ///< one coroutine per number on the GUI thread's event loop: concurrent, not parallel
    ExecutorMap, ///< N worker processes, numbers largest first, results in submission order
};

/** The mode's name on the command line ("executor-map"), and back; false if @p name names none. */
QString primesModeKey(PrimesMode mode);
bool primesModeFromKey(const QString &name, PrimesMode *mode);

/** What a run is asked to do. */
struct PrimesSettings
{
    PrimesMode mode = PrimesMode::Threads;
    int workers = 2;
    bool gil = false; ///< threads take turns holding one lock (processes each have their own)
    qint64 switchIntervalNs = SimulatedGil::DefaultSwitchIntervalNs; ///< the GIL's, and the coroutines' slice
    std::vector<quint64> numbers = bookNumbers();
    /** This program, started as `PROGRAM primes-worker` for the process modes. */
    QString workerProgram;
};

/** How a run ended. */
struct PrimesSummary
{
    PrimesSettings settings;
    int checked = 0;
    int sentinels = 0; ///< end-of-work sentinels received: one per worker when the run is complete
    qint64 elapsedNs = 0;
    int gilSwitches = 0;
    bool stopped = false;
    QString error;
};

/**
 * One run of the primes demo: the numbers checked by trial division in a PrimesMode. Results
 * arrive in completion order (submission order for ExecutorMap); the threads and processes
 * report through one queue with one sentinel per worker, and the run ends when every worker's
 * sentinel is in, as the book's fixed procs.py does. Every worker has a lane on the recording.
 */
class PrimesRun : public QObject
{
    Q_OBJECT
public:
    explicit PrimesRun(TraceRecorder *recorder, QObject *parent = nullptr);
    /** Stops: no worker thread or process outlives the run. */
    ~PrimesRun() override;

    void start(const PrimesSettings &settings);
    /** Ends the run now: threads are joined, processes killed and reaped. finished() follows. */
    void stop();
    bool isRunning() const { return m_running; }

    /** The results so far, in the order they were reported (sentinels left out). */
    const std::vector<PrimeResult> &results() const { return m_results; }
    /** Every sentinel received, in order. */
    const std::vector<PrimeResult> &sentinels() const { return m_sentinels; }
    /** The worker processes of the last process run (empty for the other modes). */
    std::vector<qint64> workerPids() const { return m_pids; }
    const PrimesSummary &summary() const { return m_summary; }

    /** "Checking 20 numbers with 2 processes:", as the book's scripts begin. */
    static QString heading(const PrimesSettings &settings);

Q_SIGNALS:
    void resultReady(const Lab::PrimeResult &result);
    void finished(const Lab::PrimesSummary &summary);

private:
    void receive(const PrimeResult &result);
    void report(const PrimeResult &result);
    void finish(const QString &error = {});
    void startCoroutines();
    static QCoro::Task<> checkOnLoop(QPointer<PrimesRun> self, quint64 n, TaskId lane, quint64 generation);

    TraceRecorder *m_recorder;
    PrimesSettings m_settings;
    PrimesSummary m_summary;
    bool m_running = false;
    quint64 m_generation = 0;
    qint64 m_startNs = 0;
    std::unique_ptr<ThreadCheckers> m_threads;
    std::shared_ptr<SimulatedGil> m_gil;
    ProcessCheckers *m_processes = nullptr;
    std::vector<qint64> m_pids;
    std::vector<PrimeResult> m_results;
    std::vector<PrimeResult> m_sentinels;
    // Submission order: where each number was submitted, and the results that wait for earlier ones.
    std::vector<quint64> m_submitted;
    std::vector<bool> m_reported;
    std::map<int, PrimeResult> m_waiting;
    std::size_t m_nextToReport = 0;
    int m_coroutinesLeft = 0;
    std::vector<TaskId> m_coroutineLanes;
};

} // namespace Lab

Q_DECLARE_METATYPE(Lab::PrimesSummary)
