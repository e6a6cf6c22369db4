// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracetypes.h"

#include <QObject>

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace Lab {

class TraceRecorder;

/**
 * The book's demo_executor_map.py: a pool of 3 worker threads maps loiter(n) over range(5);
 * loiter(n) sleeps n seconds and returns n * 10. The results come back in submission order, each
 * waiting for its own, and loiter(3) and loiter(4) start only when a worker is free. The sleeps
 * are real blocking sleeps on the workers; the GUI thread only reports.
 */
class LoiterExercise : public QObject
{
    Q_OBJECT
public:
    explicit LoiterExercise(TraceRecorder *recorder, QObject *parent = nullptr);
    /** Wakes and joins every worker. */
    ~LoiterExercise() override;

    /** One loiter "second" lasts @p secondsPerUnit (the demo's time scale). */
    void start(double secondsPerUnit, int workers = 3, int tasks = 5);
    void stop();
    bool isRunning() const { return m_running; }
    /** The results in the order they were printed: the submission order. */
    const std::vector<int> &results() const { return m_results; }
    /** When each loiter(n) started (monotonic ns), by n. */
    const std::map<int, qint64> &startTimes() const { return m_starts; }

Q_SIGNALS:
    /** A line the script prints, with its [HH:MM:SS] stamp. */
    void line(const QString &text);
    void finished(bool stopped);

private:
    void work(TaskId lane);
    void started(int n, qint64 at);
    void done(int n, int value);
    void say(const QString &text);
    void joinWorkers();

    TraceRecorder *m_recorder;
    double m_unit = 1.0;
    int m_tasks = 0;
    bool m_running = false;
    TaskId m_mainLane = 0;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<int> m_queue; // guarded by m_mutex: the tasks not taken yet
    bool m_stopping = false; // guarded by m_mutex
    std::map<int, int> m_done; // results that wait for earlier ones
    std::vector<int> m_results;
    std::map<int, qint64> m_starts;
};

} // namespace Lab
