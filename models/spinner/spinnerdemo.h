// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracetypes.h"

#include <QCoroTask>
#include <QObject>
#include <QTimer>

namespace Lab {

class TraceRecorder;

/** The five ways the spinner lab runs its slow function. */
enum class SpinnerMode { Blocking, Thread, Coroutine, CpuBlocking, CpuPool };

/** "blocking", "thread", "coroutine", "cpu-blocking", "cpu-pool". */
QString spinnerModeName(SpinnerMode mode);
/** Parses a mode name; returns false if it is not one. */
bool parseSpinnerMode(const QString &name, SpinnerMode *mode);
/** True for the modes that keep the GUI thread busy and so freeze the window. */
bool spinnerModeBlocks(SpinnerMode mode);

/**
 * The spinner lab: a spinner frame ticks every 0.1 s on the event loop while a slow function
 * that answers 42 runs in the chosen way. In the blocking modes no frame ticks until it is over.
 */
class SpinnerDemo : public QObject
{
    Q_OBJECT
public:
    explicit SpinnerDemo(TraceRecorder *recorder, QObject *parent = nullptr);

    void setMode(SpinnerMode mode) { m_mode = mode; }
    SpinnerMode mode() const { return m_mode; }
    /** How long the slow function takes, in seconds; the CPU modes pick a prime that takes about this long. */
    void setSeconds(double seconds) { m_seconds = seconds; }
    double seconds() const { return m_seconds; }
    bool isRunning() const { return m_running; }
    /** Frames drawn in the current or last run. */
    int frames() const { return m_frames; }

    /** Starts a run; the answer arrives with finished(). */
    void start();
    /** Stops waiting for the answer (a running thread or pool job still ends on its own). */
    void stop();

    static constexpr int FrameIntervalMs = 100;

Q_SIGNALS:
    void frame(int index);
    void finished(int answer, qint64 elapsedNs);
    void stopped();

private:
    QCoro::Task<> run(SpinnerMode mode, double seconds, quint64 generation);
    QCoro::Task<int> slowFunction(SpinnerMode mode, double seconds);

    TraceRecorder *m_recorder;
    SpinnerMode m_mode = SpinnerMode::Coroutine;
    double m_seconds = 3.0;
    bool m_running = false;
    int m_frames = 0;
    quint64 m_generation = 0;
    TaskId m_slowTask = 0;
    TaskId m_spinnerTask = 0;
    QTimer m_ticker;
};

} // namespace Lab
