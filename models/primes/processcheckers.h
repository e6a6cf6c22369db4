// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/primes/primeresult.h"
#include "models/trace/tracetypes.h"

#include <QObject>

#include <vector>

class QProcess;

namespace Lab {

class TraceRecorder;

/**
 * N worker processes, as the book's procs.py: copies of this very program started as
 * `PROGRAM primes-worker`, all reading one job pipe (the book's SimpleQueue is a pipe too) that
 * holds the numbers and one poison pill per worker, each writing its results and, last, its
 * end-of-work sentinel to its own stdout pipe. Each worker's spans come back over that pipe and
 * are recorded on its lane with the times the worker measured (the clock is the machine's).
 */
class ProcessCheckers : public QObject
{
    Q_OBJECT
public:
    explicit ProcessCheckers(TraceRecorder *recorder, QObject *parent = nullptr);
    /** Kills and reaps every worker still running. */
    ~ProcessCheckers() override;

    /** Starts the workers; false (with errorString()) if the pipe or a process could not be made. */
    bool start(
        const QString &program, int workers, bool gil, const std::vector<quint64> &numbers, const TraceText &laneName);
    /** Kills every worker and waits until each is gone. */
    void stop();
    QString errorString() const { return m_error; }
    /** The pids of the workers started. */
    std::vector<qint64> workerPids() const;

Q_SIGNALS:
    /** A result or a sentinel, as it arrives, with its worker's index set. */
    void resultReady(const Lab::PrimeResult &result);
    /** A worker ended without its sentinel, or could not run. */
    void failed(const QString &why);

private:
    struct Worker
    {
        QProcess *process = nullptr;
        TaskId lane = 0;
        qint64 pid = 0;
        bool sentinel = false;
    };
    void readResults(int index);
    void workerEnded(int index);

    TraceRecorder *m_recorder;
    std::vector<Worker> m_workers;
    bool m_stopping = false;
    QString m_error;
};

} // namespace Lab
