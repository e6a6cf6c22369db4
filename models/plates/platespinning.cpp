// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/plates/platespinning.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"
#include "models/core/sleep.h"
#include "models/trace/tracerecorder.h"

#include <QPointer>
#include <QThread>

#include <chrono>

namespace Lab {

namespace {
constexpr double IdlePollSeconds = 0.05; // how often a free hand looks again (simulated)
constexpr double BlockSliceSeconds = 0.02; // a blocking call sleeps in slices so the switch can end it
} // namespace

PlateSpinning::PlateSpinning(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_world(PlateParams{})
{
    m_ticker.setInterval(16);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &PlateSpinning::tick);
}

PlateSpinning::~PlateSpinning()
{
    // The owner may be half destroyed by now (a page deletes its children last): its slots must
    // not hear the last tick.
    blockSignals(true);
    stop();
}

void PlateSpinning::start()
{
    if (m_running)
        return;
    m_running = true;
    const quint64 generation = ++m_generation;
    {
        std::lock_guard lock(m_mutex);
        m_world = PlateWorld(m_params);
    }
    m_reported.assign(m_params.plates, false);
    m_handTasks.clear();
    const bool threads = m_mode == Mode::Threads;
    for (int hand = 0; hand < m_params.hands; ++hand)
        m_handTasks.push_back(
            m_recorder->addTask(TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "hand %1"),
                                    {QString::number(hand + 1)}),
                threads ? TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "worker thread %1"),
                    {QString::number(hand + 1)})
                        : TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "GUI thread"))));
    m_guiTask = threads
        ? m_recorder->addTask(TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "GUI thread")),
            TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "GUI thread")))
        : 0;
    m_start = nowNs();
    m_ticker.start();
    if (threads) {
        for (int hand = 0; hand < m_params.hands; ++hand)
            m_threads.emplace_back([this, hand](std::stop_token stop) {
                runThreadHand(hand, stop);
            });
        return;
    }
    QPointer self(this);
    for (int hand = 0; hand < m_params.hands; ++hand) {
        runHand(hand, generation);
        if (!self || generation != m_generation)
            return;
    }
}

void PlateSpinning::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_ticker.stop();
    m_threads.clear(); // jthread: asks each to stop and joins it
    {
        std::lock_guard lock(m_mutex);
        syncLocked();
        for (int hand = 0; hand < int(m_world.hands().size()); ++hand)
            m_world.endVisit(hand);
    }
    for (TaskId task : m_handTasks)
        m_recorder->finishTask(task);
    if (m_guiTask)
        m_recorder->finishTask(m_guiTask);
    tick();
    Q_EMIT stopped();
}

void PlateSpinning::reset()
{
    stop();
    std::lock_guard lock(m_mutex);
    m_world = PlateWorld(m_params);
}

void PlateSpinning::syncLocked()
{
    m_world.advanceTo(double(nowNs() - m_start) / 1e9 / m_timeScale);
}

// snippet-begin: hand
QCoro::Task<> PlateSpinning::runHand(int hand, quint64 generation)
{
    QPointer self(this);
    const TaskId task = m_handTasks[hand];
    while (self && generation == m_generation) {
        // Between two blocking visits the loop reads its input: unticking the switch works at once.
        if ((m_blocking || m_blockOnce) && nowNs() < m_lastBlockEnd + BlockBreathNs) {
            m_recorder->setState(task, TaskState::Sleeping,
                TraceText(
                    "Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "lets the loop read its input")));
            co_await Lab::sleepFor(std::chrono::nanoseconds(m_lastBlockEnd + BlockBreathNs - nowNs()));
            continue;
        }
        syncLocked();
        const int plate = m_world.pickPlate();
        if (plate < 0) { // every plate spins well enough: wait a moment and look again
            m_recorder->setState(task, TaskState::Sleeping,
                TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "no plate needs a hand")));
            co_await Lab::sleepForSeconds(IdlePollSeconds * m_timeScale);
            continue;
        }
        m_world.beginVisit(hand, plate);
        if (m_blocking || m_blockOnce) {
            const bool once = !m_blocking;
            m_blockOnce = false;
            m_world.setStuck(hand, true);
            m_recorder->setState(task, TaskState::Blocked,
                TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "plate %1: QThread::usleep"),
                    {QString::number(plate + 1)}));
            Q_EMIT handBlocked(hand, plate);
            if (!self || generation != m_generation)
                co_return;
            const qint64 until = nowNs() + scaledNs(m_blockSeconds, m_timeScale);
            while (nowNs() < until && (once || m_blocking)) // <---- nothing else on the loop runs
                QThread::usleep(quint64(BlockSliceSeconds * m_timeScale * 1e6));
            syncLocked(); // the lost time arrives all at once
            m_world.endVisit(hand);
            m_recorder->addLink(task, EventLoopTask, nowNs(),
                TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "plate %1 saved, late"),
                    {QString::number(plate + 1)}));
            m_lastBlockEnd = nowNs();
            continue;
        }
        m_recorder->setState(task, TaskState::Running,
            TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "plate %1"),
                {QString::number(plate + 1)}));
        co_await Lab::sleepForSeconds(m_params.visitSeconds * m_timeScale); // <---- the other hands move meanwhile
        if (!self || generation != m_generation)
            co_return;
        syncLocked();
        m_world.endVisit(hand);
        m_recorder->addLink(task, EventLoopTask, nowNs(),
            TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "plate %1 saved"),
                {QString::number(plate + 1)}));
    }
}
// snippet-end: hand

void PlateSpinning::runThreadHand(int hand, std::stop_token stop)
{
    const TaskId task = m_handTasks[hand];
    const auto sleepFor = [&stop](double seconds) {
        const qint64 until = nowNs() + qint64(seconds * 1e9);
        while (!stop.stop_requested() && nowNs() < until)
            std::this_thread::sleep_for(std::chrono::nanoseconds(std::min<qint64>(until - nowNs(), 5'000'000)));
    };
    while (!stop.stop_requested()) {
        int plate = -1;
        {
            std::lock_guard lock(m_mutex);
            syncLocked();
            plate = m_world.pickPlate();
            if (plate >= 0)
                m_world.beginVisit(hand, plate);
        }
        if (plate < 0) {
            m_recorder->setState(task, TaskState::Sleeping,
                TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "no plate needs a hand")));
            sleepFor(IdlePollSeconds * m_timeScale);
            continue;
        }
        m_recorder->setState(task, TaskState::Running,
            TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "plate %1"),
                {QString::number(plate + 1)}));
        sleepFor(m_params.visitSeconds * m_timeScale);
        std::lock_guard lock(m_mutex);
        syncLocked();
        m_world.endVisit(hand);
        m_recorder->addLink(task, m_guiTask, nowNs(),
            TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "plate %1 saved"),
                {QString::number(plate + 1)}));
    }
}

void PlateSpinning::blockGuiThread(TaskId task, int hand)
{
    Q_UNUSED(hand)
    m_recorder->setState(task, TaskState::Blocked,
        TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "QThread::usleep on the GUI thread")));
    const qint64 until = nowNs() + scaledNs(m_blockSeconds, m_timeScale);
    while (nowNs() < until)
        QThread::usleep(quint64(BlockSliceSeconds * m_timeScale * 1e6)); // the window freezes; the hands do not
    m_recorder->setState(task, TaskState::Running,
        TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "event loop")));
}

void PlateSpinning::tick()
{
    if (m_mode == Mode::Threads && m_running && (m_blocking || m_blockOnce)) {
        m_blockOnce = false;
        blockGuiThread(m_guiTask, 0);
    }
    std::vector<int> fell;
    {
        std::lock_guard lock(m_mutex);
        if (m_running)
            syncLocked();
        const auto &plates = m_world.plates();
        for (int i = 0; i < int(plates.size()) && i < int(m_reported.size()); ++i) {
            if (plates[i].fallen && !m_reported[i]) {
                m_reported[i] = true;
                fell.push_back(i);
            }
        }
    }
    for (int index : fell)
        Q_EMIT plateFell(index);
    Q_EMIT ticked();
}

PlateSpinning::Snapshot PlateSpinning::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return {m_world.plates(), m_world.hands(), m_world.time(), m_world.platesUp(), m_world.platesFallen(),
        m_world.visits(), m_world.params()};
}

std::vector<PlateVisit> PlateSpinning::visitLog() const
{
    std::lock_guard lock(m_mutex);
    return m_world.visitLog();
}

QString PlateSpinning::summary(const Snapshot &snapshot)
{
    const double seconds = std::max(snapshot.time, 1e-9);
    QString text =
        tr("%1 up, %2 fallen, %3 visits (%4 per second)")
            .arg(numberLocale().toString(snapshot.up), numberLocale().toString(snapshot.fallen),
                numberLocale().toString(snapshot.visits), numberLocale().toString(snapshot.visits / seconds, 'f', 1));
    for (int hand = 0; hand < int(snapshot.hands.size()); ++hand)
        text += (hand == 0 ? QStringLiteral("; ") : QStringLiteral(", "))
            + tr("hand %1 busy %2 %")
                  .arg(numberLocale().toString(hand + 1),
                      numberLocale().toString(qRound(100.0 * snapshot.hands[hand].busySeconds / seconds)));
    return text;
}

} // namespace Lab
