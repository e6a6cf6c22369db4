// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/plates/plateworld.h"
#include "models/trace/tracetypes.h"

#include <QCoroTask>
#include <QObject>
#include <QTimer>

#include <mutex>
#include <thread>
#include <vector>

namespace Lab {

class TraceRecorder;

/**
 * The live plate-spinning show: a PlateWorld driven by the monotonic clock, its hands run
 * either as coroutines on the event loop or as worker threads.
 *
 * "Block" makes the next hand that starts a visit hold its plate with a blocking call. With
 * coroutine hands that stalls the one loop they all share: no other hand moves, and when the
 * loop comes back the world catches up on the lost time at once. With thread hands the block
 * freezes the GUI thread instead, and the hands keep spinning.
 */
class PlateSpinning : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Coroutines, Threads };

    explicit PlateSpinning(TraceRecorder *recorder, QObject *parent = nullptr);
    ~PlateSpinning() override;

    void setParams(const PlateParams &params) { m_params = params; }
    const PlateParams &params() const { return m_params; }
    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    /** Every duration is multiplied by this (0.1: the show runs ten times faster). Must be > 0. */
    void setTimeScale(double scale) { m_timeScale = scale; }
    double timeScale() const { return m_timeScale; }
    /** The "Block the event loop" switch: while on, visits block, each for at most blockSeconds(). The
        loop is free for BlockBreathNs between two of them, so a click on the switch is read at once. */
    void setBlocking(bool blocking) { m_blocking = blocking; }
    bool blocking() const { return m_blocking; }
    /** The next visit blocks once for blockSeconds(), then the show goes on normally. */
    void blockOnce() { m_blockOnce = true; }
    void setBlockSeconds(double seconds) { m_blockSeconds = seconds; }
    double blockSeconds() const { return m_blockSeconds; }

    bool isRunning() const { return m_running; }
    void start();
    void stop();
    /** Stops and puts the plates back as the params and seed start them. */
    void reset();

    /** A copy of the world as it is now, safe to read while thread hands run. */
    struct Snapshot
    {
        std::vector<Plate> plates;
        std::vector<Hand> hands;
        double time = 0.0;
        int up = 0;
        int fallen = 0;
        int visits = 0;
        PlateParams params;
    };
    Snapshot snapshot() const;
    std::vector<PlateVisit> visitLog() const;

    /** "18 up, 0 fallen, 143 visits (7.2 per second); hand 1 busy 71 %, hand 2 busy 70 %". */
    static QString summary(const Snapshot &snapshot);

Q_SIGNALS:
    /** Plate @p index hit the floor (reported from the loop, at most one frame late). */
    void plateFell(int index);
    /** A hand is about to block the loop on @p plate: the last chance to paint it (the window then freezes). */
    void handBlocked(int hand, int plate);
    /** The world moved on one physics step (the show's replay records a frame per step). */
    void ticked();
    void stopped();

private:
    QCoro::Task<> runHand(int hand, quint64 generation);
    void runThreadHand(int hand, std::stop_token stop);
    void blockGuiThread(TaskId task, int hand);
    void syncLocked();
    void tick();

    TraceRecorder *m_recorder;
    PlateParams m_params;
    Mode m_mode = Mode::Coroutines;
    double m_timeScale = 1.0;
    static constexpr qint64 BlockBreathNs = 30'000'000;
    // Short enough that unticking the switch (read between two blocks) ends the freeze within a second.
    double m_blockSeconds = 0.5;
    qint64 m_lastBlockEnd = 0;
    bool m_blocking = false;
    bool m_blockOnce = false;
    bool m_running = false;
    quint64 m_generation = 0;
    qint64 m_start = 0;

    mutable std::mutex m_mutex; // guards m_world (thread hands touch it)
    PlateWorld m_world;
    std::vector<bool> m_reported;
    std::vector<TaskId> m_handTasks;
    TaskId m_guiTask = 0;
    std::vector<std::jthread> m_threads;
    QTimer m_ticker;
};

} // namespace Lab
