// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/latency/latencymeasurer.h"

#include "models/core/clock.h"
#include "models/trace/tracerecorder.h"

#include <QtConcurrent>

namespace Lab {

LatencyMeasurer::LatencyMeasurer(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
{
    qRegisterMetaType<LatencyMeasurement>();
    qRegisterMetaType<LatencyReport>();
    connect(&m_watcher, &QFutureWatcher<LatencyReport>::finished, this, [this] {
        m_running = false;
        if (m_recorder)
            m_recorder->finishTask(m_task); // a stopped run never reported "done"
        m_report = m_watcher.result();
        Q_EMIT finished(m_report);
    });
}

LatencyMeasurer::~LatencyMeasurer()
{
    if (m_stop)
        m_stop->store(true);
    m_watcher.waitForFinished();
}

void LatencyMeasurer::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    // The worker reports through queued calls, also when the destructor's wait runs a run that had not
    // started yet on this thread (QFuture::waitForFinished() takes it from the pool): a direct call
    // would reach a page that is half destroyed. Calls still queued are dropped with `this`.
    LatencyCallbacks callbacks;
    m_task = m_recorder ? m_recorder->addTask(
                 TraceText("Lab::LatencyMeasurer", QT_TRANSLATE_NOOP("Lab::LatencyMeasurer", "measure latencies")),
                 TraceText("Lab::LatencyMeasurer", QT_TRANSLATE_NOOP("Lab::LatencyMeasurer", "pool thread")))
                        : 0;
    callbacks.progress = [this, task = m_task, options = m_options](
                             int done, int total, const QString &step, bool waitsForIo) {
        // The recorder is safe from any thread: the span starts when the step does, named in words
        // that a language switch writes again.
        if (m_recorder && done < total)
            m_recorder->setState(
                task, waitsForIo ? TaskState::AwaitingIo : TaskState::Running, latencyStepName(done, total, options));
        else if (m_recorder)
            m_recorder->finishTask(task);
        QMetaObject::invokeMethod(
            this,
            [this, done, total, step] {
                Q_EMIT progress(done, total, step);
            },
            Qt::QueuedConnection);
    };
    callbacks.row = [this, task = m_task, stop = m_stop](const LatencyMeasurement &row) {
        // A probe that failed says why on the lane, where its step ends (a stopped one: the run says so).
        if (m_recorder && !row.ok() && !stop->load())
            m_recorder->addInstant(task, row.result.error, nowNs());
        QMetaObject::invokeMethod(
            this,
            [this, row] {
                Q_EMIT rowMeasured(row);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([options = m_options, stop = m_stop, callbacks] {
        return measureLatencies(options, stop.get(), callbacks);
    }));
}

void LatencyMeasurer::stop()
{
    if (m_running && m_stop)
        m_stop->store(true);
}

} // namespace Lab
