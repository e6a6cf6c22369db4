// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/pytrace/pythontracedecoder.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <atomic>
#include <memory>
#include <thread>

namespace Lab {

class TraceRecorder;

/**
 * Runs a program (a Python script, unmodified) with the app's Python tracer and records its
 * asyncio tasks, threads and event-loop stalls live into a recording.
 *
 * The tracer files are written to a temporary folder put first on PYTHONPATH; its sitecustomize.py
 * installs the tracer before the program starts. Events come back over a socket pair the program
 * inherits (LAB_TRACE_FD) and are read on a thread of their own, so neither a busy program nor
 * garbage on the socket can stall the caller's event loop.
 */
class PythonTracer : public QObject
{
    Q_OBJECT
public:
    explicit PythonTracer(TraceRecorder *recorder, QObject *parent = nullptr);
    ~PythonTracer() override;

    /** Where the program's output goes: to signals (a console pane) or straight to ours (a terminal). */
    void setForwardOutput(bool forward) { m_forward = forward; }

    /** An environment variable the program gets besides ours (e.g. where a server listens). */
    void setEnvironmentValue(const QString &name, const QString &value) { m_extraEnvironment.insert(name, value); }

    /** Starts @p command (program and arguments) in @p folder; false and @p error if it cannot start. */
    bool start(const QStringList &command, const QString &folder, QString *error);
    /** From start() until finished() is emitted: the program may have ended while its last events are read. */
    bool isRunning() const;
    /** Ends the program and every process it started (SIGTERM, then SIGKILL); what was recorded stays. */
    void stop();

    /** Valid once finished() was emitted. */
    const PythonTraceSummary &summary() const { return m_decoder.summary(); }
    qint64 runTimeNs() const { return m_endNs - m_startNs; }

Q_SIGNALS:
    void output(const QByteArray &text, bool standardError);
    /** The program ended: @p status is its exit status (128 + signal if a signal ended it);
        @p message says how it ended, in words. */
    void finished(int status, const QString &message);

private:
    /** How long the end of a program waits for the rest of its trace. */
    static constexpr int ReaderGraceMs = 2000;

    void readEvents(int fd);
    void processFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void readerEnded();
    void complete();
    void joinReader();

    TraceRecorder *m_recorder;
    PythonTraceDecoder m_decoder;
    QProcess m_process;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::thread m_reader;
    std::atomic_int m_readFd{-1};
    qint64 m_startNs = 0;
    qint64 m_endNs = 0;
    QProcessEnvironment m_extraEnvironment;
    bool m_forward = false;
    bool m_active = false; // started, finished() not yet emitted
    bool m_stopped = false;
    bool m_processEnded = false;
    bool m_readerEnded = false;
    bool m_crashed = false;
    int m_exitCode = 0;
};

} // namespace Lab
