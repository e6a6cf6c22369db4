// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/scale/scalerun.h"

#include "models/core/numberlocale.h"
#include "models/core/sleep.h"
#include "models/scale/processmemory.h"
#include "models/scale/threadsleepers.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QCoroTask>

#include <algorithm>

namespace Lab {

namespace {

// snippet-begin: coroutine-sleeper
// One sleeper: a coroutine frame and an entry in the loop's sleep heap — bytes, not kilobytes.
// The counters come by value (a shared_ptr): the run may be gone when it wakes.
QCoro::Task<> sleepOnTheLoop(std::shared_ptr<SleeperCounters> counters, double seconds)
{
    counters->fellAsleep();
    co_await sleepForSeconds(seconds);
    counters->wokeUp();
}
// snippet-end: coroutine-sleeper

} // namespace

ScaleRun::ScaleRun(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
{
    qRegisterMetaType<ScaleFigures>();
    m_sampler.setInterval(SampleIntervalMs);
    connect(&m_sampler, &QTimer::timeout, this, &ScaleRun::sample);
}

ScaleRun::~ScaleRun()
{
    m_stopRequested = true;
    m_threads.reset(); // wakes and joins every thread
}

void ScaleRun::setCount(int count)
{
    m_count = std::clamp(count, 0, MaxCoroutines);
}

void ScaleRun::setThreadCap(int cap)
{
    m_threadCap = std::clamp(cap, 1, MaxThreadCap);
}

void ScaleRun::start()
{
    if (m_running)
        return;
    m_threads.reset();
    m_running = true;
    m_stopRequested = false;
    m_launched = 0;
    m_counters = std::make_shared<SleeperCounters>();
    m_figures = {};
    m_figures.kind = m_kind;
    m_figures.requested = m_count;
    m_figures.target = m_kind == SleeperKind::Threads ? std::min(m_count, m_threadCap) : m_count;
    m_figures.capped = m_figures.target < m_count;
    m_figures.seconds = m_seconds;
    m_figures.baselineRssBytes = m_figures.peakRssBytes = m_figures.rssBytes = residentBytes();
    m_startNs = nowNs();
    m_wokenLinked = 0;
    m_sampler.start();
    if (m_recorder) {
        const TraceText gui("Lab::TraceRecorder", QT_TRANSLATE_NOOP("Lab::TraceRecorder", "GUI thread"));
        const QString target = formatCount(m_figures.target);
        const bool threads = m_kind == SleeperKind::Threads;
        m_launchTask = m_recorder->addTask(threads
                ? TraceText("Lab::ScaleRun", QT_TRANSLATE_NOOP("Lab::ScaleRun", "create %1 threads"), {target})
                : TraceText("Lab::ScaleRun", QT_TRANSLATE_NOOP("Lab::ScaleRun", "start %1 coroutines"), {target}),
            threads ? TraceText("Lab::ScaleRun", QT_TRANSLATE_NOOP("Lab::ScaleRun", "launcher thread")) : gui);
        m_sleepTask =
            m_recorder->addTask(TraceText("Lab::ScaleRun", QT_TRANSLATE_NOOP("Lab::ScaleRun", "%1 sleepers"), {target}),
                threads ? TraceText("Lab::ScaleRun", QT_TRANSLATE_NOOP("Lab::ScaleRun", "%1 threads"), {target}) : gui);
        m_recorder->setState(m_sleepTask, TaskState::Sleeping,
            TraceText("Lab::ScaleRun", QT_TRANSLATE_NOOP("Lab::ScaleRun", "sleeping %1 s each"),
                {numberLocale().toString(m_seconds)}));
        if (threads)
            m_recorder->setState(m_launchTask, TaskState::Running,
                TraceText("Lab::ScaleRun", QT_TRANSLATE_NOOP("Lab::ScaleRun", "std::thread x %1"),
                    {QString::number(m_figures.target)}));
    }
    if (m_kind == SleeperKind::Threads) {
        m_threads = std::make_unique<ThreadSleepers>(m_counters);
        m_threads->start(m_figures.target, m_seconds);
    } else {
        launchCoroutines();
    }
    sample();
}

void ScaleRun::launchCoroutines()
{
    if (!m_running)
        return;
    // A slice of about 5 ms, then back to the loop: the window keeps answering while they start.
    const qint64 sliceStart = nowNs();
    const int launchedBefore = m_launched;
    while (m_launched < m_figures.target && !m_stopRequested && nowNs() < sliceStart + 5'000'000) {
        for (int i = 0; i < 256 && m_launched < m_figures.target; ++i, ++m_launched)
            sleepOnTheLoop(m_counters, m_seconds);
    }
    if (m_recorder && m_launched > launchedBefore) {
        const qint64 now = nowNs();
        const TraceText started("Lab::ScaleRun", QT_TRANSLATE_NOOP("Lab::ScaleRun", "started %1"),
            {formatCount(m_launched - launchedBefore)});
        m_recorder->addSpan(m_launchTask, TaskState::Running, sliceStart, now, started);
        // One arrow per slice of thousands, not one per sleeper.
        m_recorder->addLink(m_launchTask, m_sleepTask, now, started);
    }
    if (m_launched < m_figures.target && !m_stopRequested) {
        QTimer::singleShot(0, this, &ScaleRun::launchCoroutines);
        return;
    }
    m_figures.launchNs = nowNs() - m_startNs;
    sample(); // all started: the moment the most are alive, if they started within one sleep
}

void ScaleRun::stop()
{
    if (!m_running)
        return;
    m_stopRequested = true;
    m_figures.stopped = true;
    if (m_threads)
        m_threads->stop();
    sample();
}

bool ScaleRun::allDone() const
{
    if (m_threads)
        return m_threads->isDone();
    const bool launchOver = m_launched >= m_figures.target || m_stopRequested;
    return launchOver && m_counters->alive.load(std::memory_order_acquire) == 0;
}

void ScaleRun::sample()
{
    if (!m_running)
        return;
    const bool done = allDone(); // read first: the counts read after it are final when it is true
    ScaleFigures &f = m_figures;
    f.started = m_counters->started.load(std::memory_order_relaxed);
    f.alive = m_counters->alive.load(std::memory_order_relaxed);
    f.finished = m_counters->finished.load(std::memory_order_acquire);
    f.elapsedNs = nowNs() - m_startNs;
    f.rssBytes = residentBytes();
    f.peakRssBytes = std::max(f.peakRssBytes, f.rssBytes);
    if (f.alive > 0 && f.alive >= f.peakAlive) {
        f.peakAlive = f.alive;
        f.bytesPerSleeper = double(f.rssBytes - f.baselineRssBytes) / f.alive;
    }
    if (m_threads) {
        if (f.launchNs == 0 && m_threads->isLaunched()) {
            f.launchNs = nowNs() - m_startNs;
            if (m_recorder) {
                m_recorder->finishTask(m_launchTask);
                m_recorder->addLink(m_launchTask, m_sleepTask, nowNs(),
                    TraceText("Lab::ScaleRun", QT_TRANSLATE_NOOP("Lab::ScaleRun", "%1 threads created"),
                        {formatCount(f.started)}));
            }
        }
        f.limit = m_threads->limit();
    }
    if (m_recorder && f.finished > m_wokenLinked) {
        // A sample of the wake-ups: those since the last sample, as one arrow back to the loop.
        m_recorder->addLink(m_sleepTask, EventLoopTask, nowNs(),
            TraceText("Lab::ScaleRun", QT_TRANSLATE_NOOP("Lab::ScaleRun", "%1 more woke"),
                {formatCount(f.finished - m_wokenLinked)}));
        m_wokenLinked = f.finished;
    }
    if (!done) {
        Q_EMIT updated(f);
        return;
    }
    const qint64 lastWake = m_counters->lastWakeNs.load(std::memory_order_relaxed);
    if (lastWake > m_startNs)
        f.elapsedNs = lastWake - m_startNs;
    if (f.launchNs == 0)
        f.launchNs = f.elapsedNs;
    f.done = true;
    m_running = false;
    if (m_recorder) {
        m_recorder->finishTask(m_launchTask);
        m_recorder->finishTask(m_sleepTask);
    }
    m_sampler.stop();
    m_threads.reset();
    Q_EMIT updated(f);
    Q_EMIT finished(f);
    // What this run freed goes back to the system, so the next run starts from a fair baseline;
    // after the run's end was reported, so that this clean-up is not measured as the run's stall.
    QTimer::singleShot(0, this, [] {
        releaseFreeMemory();
    });
}

} // namespace Lab
