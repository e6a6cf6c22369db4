// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/primes/processcheckers.h"

#include "models/primes/primesworker.h"
#include "models/trace/tracerecorder.h"

#include <QProcess>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Lab {

namespace {
// Writes the jobs in one go: the pipe's buffer (64 KiB) holds far more than a run's numbers.
bool writeJobs(int fd, const std::vector<quint64> &numbers, int pills)
{
    std::vector<quint64> jobs = numbers;
    jobs.insert(jobs.end(), std::size_t(pills), 0); // one poison pill per worker
    for (const quint64 n : jobs) {
        if (::write(fd, &n, sizeof n) != ssize_t(sizeof n))
            return false;
    }
    return true;
}
} // namespace

ProcessCheckers::ProcessCheckers(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
{
}

ProcessCheckers::~ProcessCheckers()
{
    stop();
}

// snippet-begin: start-processes
bool ProcessCheckers::start(
    const QString &program, int workers, bool gil, const std::vector<quint64> &numbers, const TraceText &laneName)
{
    int jobs[2];
    if (::pipe2(jobs, O_CLOEXEC) != 0 || !writeJobs(jobs[1], numbers, workers)) {
        m_error = tr("cannot make the job pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    ::close(jobs[1]); // all jobs are in: the workers read the pipe to its end
    // The workers inherit the read end by its number. No child-process hook: with one, Qt forks
    // the whole app (page tables and all) instead of a vfork, and the GUI thread stalls for it.
    const int jobsOut = jobs[0];
    ::fcntl(jobsOut, F_SETFD, 0);
    for (int i = 0; i < workers && m_error.isEmpty(); ++i) {
        auto *process = new QProcess(this);
        process->setStandardInputFile(QProcess::nullDevice());
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(process, &QProcess::readyReadStandardOutput, this, [this, i] {
            readResults(i);
        });
        connect(process, &QProcess::finished, this, [this, i] {
            workerEnded(i);
        });
        QStringList arguments{QStringLiteral("primes-worker"), QStringLiteral("--jobs-fd"), QString::number(jobsOut)};
        if (gil)
            arguments << QStringLiteral("--gil");
        connect(process, &QProcess::errorOccurred, this, [this, i, program, process](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart && !m_stopping)
                Q_EMIT failed(tr("cannot start worker %1 (%2): %3").arg(i + 1).arg(program, process->errorString()));
        });
        // Not waiting for it to start: the fork is done when start() returns, the GUI thread goes on.
        process->start(program, arguments);
        if (process->processId() == 0)
            m_error = tr("cannot start a worker process (%1): %2").arg(program, process->errorString());
        Worker worker;
        worker.process = process;
        worker.pid = process->processId();
        worker.lane = m_recorder->addTask(laneName.arg(QString::number(i + 1)),
            TraceText("Lab::ProcessCheckers", QT_TRANSLATE_NOOP("Lab::ProcessCheckers", "process %1"),
                {QString::number(worker.pid)}));
        m_workers.push_back(worker);
    }
    ::close(jobsOut); // the workers hold it now
    if (!m_error.isEmpty()) {
        stop();
        return false;
    }
    return true;
}
// snippet-end: start-processes

void ProcessCheckers::stop()
{
    m_stopping = true;
    for (Worker &worker : m_workers) {
        QProcess *process = worker.process;
        if (!process || process->state() == QProcess::NotRunning)
            continue;
        process->disconnect(this);
        process->kill();
        process->waitForFinished(5000);
    }
}

std::vector<qint64> ProcessCheckers::workerPids() const
{
    std::vector<qint64> pids;
    for (const Worker &worker : m_workers)
        pids.push_back(worker.pid);
    return pids;
}

void ProcessCheckers::readResults(int index)
{
    Worker &worker = m_workers[std::size_t(index)];
    while (!m_stopping && worker.process->canReadLine()) {
        const QByteArray line = worker.process->readLine();
        std::optional<PrimeResult> result = parseWorkerLine(line);
        if (!result) {
            Q_EMIT failed(tr("worker %1 wrote something unexpected: %2").arg(index + 1).arg(QString::fromUtf8(line)));
            return;
        }
        result->worker = index;
        if (result->isSentinel()) {
            worker.sentinel = true;
            m_recorder->addInstant(worker.lane,
                TraceText(
                    "Lab::ProcessCheckers", QT_TRANSLATE_NOOP("Lab::ProcessCheckers", "end of work: sentinel sent")),
                result->endNs);
        } else {
            m_recorder->addSpan(worker.lane, TaskState::Running, result->startNs, result->endNs,
                TraceText("Lab::ProcessCheckers", QT_TRANSLATE_NOOP("Lab::ProcessCheckers", "is_prime(%1)"),
                    {QString::number(result->n)}));
        }
        Q_EMIT resultReady(*result);
    }
}

void ProcessCheckers::workerEnded(int index)
{
    readResults(index); // what it wrote just before it ended
    const Worker &worker = m_workers[std::size_t(index)];
    if (m_stopping || worker.sentinel)
        return;
    Q_EMIT failed(tr("worker %1 (pid %2) ended without its sentinel (exit status %3)")
                      .arg(index + 1)
                      .arg(worker.pid)
                      .arg(worker.process->exitCode()));
}

} // namespace Lab
