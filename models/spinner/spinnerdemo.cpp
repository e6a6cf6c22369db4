// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/spinner/spinnerdemo.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"
#include "models/core/sleep.h"
#include "models/spinner/primes.h"
#include "models/trace/tracerecorder.h"

#include <QCoroFuture>
#include <QCoroThread>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

#include <memory>

namespace Lab {

namespace {
const char *const modeNames[] = {"blocking", "thread", "coroutine", "cpu-blocking", "cpu-pool"};

// snippet-begin: blocking
// The slow function sleeps on the GUI thread: no event is handled, nothing repaints.
int slowBlocking(double seconds)
{
    QThread::usleep(quint64(seconds * 1e6));
    return 42;
}
// snippet-end: blocking

// snippet-begin: thread
// The slow function sleeps in a worker thread; the GUI thread awaits the thread's end.
QCoro::Task<int> slowInThread(double seconds)
{
    auto answer = std::make_shared<int>(0);
    std::unique_ptr<QThread> worker(QThread::create([answer, seconds] {
        QThread::usleep(quint64(seconds * 1e6));
        *answer = 42;
    }));
    worker->start();
    co_await qCoro(worker.get()).waitForFinished(); // the event loop runs meanwhile
    co_return *answer;
}
// snippet-end: thread

// snippet-begin: coroutine
// The slow function awaits a timer: one thread, and the event loop runs while it waits.
QCoro::Task<int> slowCoroutine(double seconds)
{
    co_await Lab::sleepForSeconds(seconds);
    co_return 42;
}
// snippet-end: coroutine

// snippet-begin: cpu-blocking
// CPU-bound work on the GUI thread: the loop is busy dividing, so nothing else runs.
int slowPrimeCheck(double seconds)
{
    const quint64 prime = Lab::checkPrimeLasting(seconds); // trial division, sized to last `seconds`
    return prime > 0 ? 42 : 0;
}
// snippet-end: cpu-blocking

// snippet-begin: cpu-pool
// The same work on a pool thread, awaited as a QFuture: the GUI thread stays free.
QCoro::Task<int> slowPrimeCheckInPool(double seconds)
{
    const quint64 prime = co_await QtConcurrent::run([seconds] {
        return Lab::checkPrimeLasting(seconds);
    });
    co_return prime > 0 ? 42 : 0;
}
// snippet-end: cpu-pool
} // namespace

QString spinnerModeName(SpinnerMode mode)
{
    return QString::fromLatin1(modeNames[int(mode)]);
}

bool parseSpinnerMode(const QString &name, SpinnerMode *mode)
{
    for (int i = 0; i < int(std::size(modeNames)); ++i) {
        if (name == QLatin1String(modeNames[i])) {
            *mode = SpinnerMode(i);
            return true;
        }
    }
    return false;
}

bool spinnerModeBlocks(SpinnerMode mode)
{
    return mode == SpinnerMode::Blocking || mode == SpinnerMode::CpuBlocking;
}

SpinnerDemo::SpinnerDemo(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
{
    m_ticker.setInterval(FrameIntervalMs);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        m_recorder->addInstant(m_spinnerTask,
            TraceText(
                "Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "frame %1"), {QString::number(m_frames)}),
            nowNs());
        Q_EMIT frame(m_frames++);
    });
}

void SpinnerDemo::start()
{
    if (m_running)
        return;
    m_running = true;
    m_frames = 0;
    run(m_mode, m_seconds, ++m_generation);
}

void SpinnerDemo::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_ticker.stop();
    m_recorder->finishTask(m_slowTask);
    m_recorder->finishTask(m_spinnerTask);
    Q_EMIT stopped();
}

QCoro::Task<int> SpinnerDemo::slowFunction(SpinnerMode mode, double seconds)
{
    const TraceText gui = TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "GUI thread"));
    switch (mode) {
    case SpinnerMode::Blocking:
        m_slowTask =
            m_recorder->addTask(TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "slow()")), gui);
        m_recorder->setState(m_slowTask, TaskState::Blocked,
            TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "QThread::usleep on the GUI thread")));
        co_return slowBlocking(seconds);
    case SpinnerMode::Thread:
        m_slowTask = m_recorder->addTask(TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "slow()")),
            TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "worker thread")));
        m_recorder->setState(m_slowTask, TaskState::Sleeping,
            TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "QThread::usleep in a worker")));
        co_return co_await slowInThread(seconds);
    case SpinnerMode::Coroutine:
        m_slowTask =
            m_recorder->addTask(TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "slow()")), gui);
        m_recorder->setState(m_slowTask, TaskState::Sleeping,
            TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "co_await sleep")));
        co_return co_await slowCoroutine(seconds);
    case SpinnerMode::CpuBlocking:
        m_slowTask = m_recorder->addTask(
            TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "is_prime()")), gui);
        m_recorder->setState(m_slowTask, TaskState::Running,
            TraceText("Lab::SpinnerDemo",
                QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "is_prime() on the GUI thread for %1 s"),
                {numberLocale().toString(seconds)}));
        co_return slowPrimeCheck(seconds);
    case SpinnerMode::CpuPool:
        m_slowTask =
            m_recorder->addTask(TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "is_prime()")),
                TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "pool thread")));
        m_recorder->setState(m_slowTask, TaskState::Running,
            TraceText("Lab::SpinnerDemo",
                QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "is_prime() in the thread pool for %1 s"),
                {numberLocale().toString(seconds)}));
        co_return co_await slowPrimeCheckInPool(seconds);
    }
    co_return 0;
}

QCoro::Task<> SpinnerDemo::run(SpinnerMode mode, double seconds, quint64 generation)
{
    QPointer self(this);
    const qint64 start = nowNs();
    m_spinnerTask = m_recorder->addTask(TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "spinner")),
        TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "GUI thread")));
    m_recorder->setState(m_spinnerTask, TaskState::Sleeping,
        TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "spinning every 0.1 s")));

    // The spinner is a timer on the event loop: it can only tick while the loop is free.
    m_ticker.start();
    // Let the first frame show before a blocking mode takes the thread away.
    Q_EMIT frame(m_frames++);

    const int answer = co_await slowFunction(mode, seconds);
    if (!self || generation != m_generation)
        co_return;
    m_recorder->addLink(m_slowTask, EventLoopTask, nowNs(),
        spinnerModeBlocks(mode)
            ? TraceText(
                "Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "slow() returned: the GUI thread goes on"))
            : TraceText("Lab::SpinnerDemo", QT_TRANSLATE_NOOP("Lab::SpinnerDemo", "slow() finished: run() resumed")));
    m_ticker.stop();
    m_recorder->finishTask(m_slowTask);
    m_recorder->finishTask(m_spinnerTask);
    m_running = false;
    Q_EMIT finished(answer, nowNs() - start);
}

} // namespace Lab
