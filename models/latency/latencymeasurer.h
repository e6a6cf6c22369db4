// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/latency/latencyreport.h"
#include "models/trace/tracetypes.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Lab {

class TraceRecorder;

/**
 * Runs measureLatencies() on a pool thread (QtConcurrent), so the thread that owns it (the GUI
 * thread) stays free; progress and every row arrive as queued signals on that thread. With a
 * recorder, each step is a span on a lane of the pool thread: computing, or waiting for I/O; a
 * step that failed ends with an instant saying why ("connection refused").
 */
class LatencyMeasurer : public QObject
{
    Q_OBJECT
public:
    explicit LatencyMeasurer(TraceRecorder *recorder = nullptr, QObject *parent = nullptr);
    /** Stops a run and waits for it (each probe checks the stop flag, so this is short). */
    ~LatencyMeasurer() override;

    void setOptions(const LatencyOptions &options) { m_options = options; }
    const LatencyOptions &options() const { return m_options; }
    bool isRunning() const { return m_running; }
    /** The last finished run. */
    const LatencyReport &report() const { return m_report; }

    /** Starts a run with the current options; ignored while one is running. */
    void start();
    /** Asks the run to end early; finished() follows with a report marked stopped. */
    void stop();

Q_SIGNALS:
    void progress(int done, int total, const QString &step);
    void rowMeasured(const Lab::LatencyMeasurement &row);
    void finished(const Lab::LatencyReport &report);

private:
    TraceRecorder *m_recorder;
    LatencyOptions m_options;
    LatencyReport m_report;
    bool m_running = false;
    TaskId m_task = 0;
    std::shared_ptr<std::atomic<bool>> m_stop;
    QFutureWatcher<LatencyReport> m_watcher;
};

} // namespace Lab
