// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/primes/primesrun.h"

#include "models/core/clock.h"
#include "models/primes/processcheckers.h"
#include "models/primes/threadcheckers.h"
#include "models/primes/trialdivision.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QCoroTimer>

#include <algorithm>
#include <chrono>
#include <unistd.h>

namespace Lab {

namespace {
using namespace std::chrono_literals;

constexpr std::pair<PrimesMode, const char *> ModeKeys[] = {
    {PrimesMode::Sequential, "sequential"},
    {PrimesMode::Threads, "threads"},
    {PrimesMode::Processes, "processes"},
    {PrimesMode::Coroutines, "coroutines"},
    {PrimesMode::ExecutorMap, "executor-map"},
};

bool usesProcesses(PrimesMode mode)
{
    return mode == PrimesMode::Processes || mode == PrimesMode::ExecutorMap;
}
} // namespace

QString primesModeKey(PrimesMode mode)
{
    for (const auto &[m, key] : ModeKeys) {
        if (m == mode)
            return QLatin1String(key);
    }
    return {};
}

bool primesModeFromKey(const QString &name, PrimesMode *mode)
{
    for (const auto &[m, key] : ModeKeys) {
        if (name == QLatin1String(key)) {
            *mode = m;
            return true;
        }
    }
    return false;
}

PrimesRun::PrimesRun(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
{
    qRegisterMetaType<PrimeResult>();
    qRegisterMetaType<PrimesSummary>();
}

PrimesRun::~PrimesRun()
{
    ++m_generation;
    m_threads.reset(); // joins
    delete m_processes; // kills and reaps
}

QString PrimesRun::heading(const PrimesSettings &settings)
{
    const int count = int(settings.numbers.size());
    switch (settings.mode) {
    case PrimesMode::Sequential:
        return tr("Checking %n numbers sequentially:", nullptr, count);
    case PrimesMode::Threads:
        return settings.gil
            ? tr("Checking %1 numbers with %n threads and one GIL:", nullptr, settings.workers).arg(count)
            : tr("Checking %1 numbers with %n threads:", nullptr, settings.workers).arg(count);
    case PrimesMode::Processes:
        return tr("Checking %1 numbers with %n processes:", nullptr, settings.workers).arg(count);
    case PrimesMode::Coroutines:
        return tr("Checking %n numbers with one coroutine each on the event loop:", nullptr, count);
    case PrimesMode::ExecutorMap:
        return tr("Checking %1 numbers with %n processes, largest first, results in submission order:", nullptr,
            settings.workers)
            .arg(count);
    }
    return {};
}

void PrimesRun::start(const PrimesSettings &settings)
{
    stop();
    ++m_generation;
    m_settings = settings;
    m_settings.workers = m_settings.mode == PrimesMode::Sequential ? 1 : std::max(1, m_settings.workers);
    if (m_settings.mode == PrimesMode::ExecutorMap) // as proc_pool.py: sorted(NUMBERS, reverse=True)
        std::sort(m_settings.numbers.begin(), m_settings.numbers.end(), std::greater<>());
    m_summary = {};
    m_summary.settings = m_settings;
    m_results.clear();
    m_sentinels.clear();
    m_pids.clear();
    m_submitted = m_settings.numbers;
    m_reported.assign(m_submitted.size(), false);
    m_waiting.clear();
    m_nextToReport = 0;
    m_coroutineLanes.clear();
    m_running = true;
    m_startNs = nowNs();

    const quint64 generation = m_generation;
    if (m_settings.mode == PrimesMode::Coroutines) {
        startCoroutines();
    } else if (usesProcesses(m_settings.mode)) {
        m_processes = new ProcessCheckers(m_recorder, this);
        connect(m_processes, &ProcessCheckers::resultReady, this, &PrimesRun::receive);
        // Queued: a worker that fails to start says so inside start(), before the run is set up.
        connect(
            m_processes, &ProcessCheckers::failed, this,
            [this, generation](const QString &why) {
                if (generation == m_generation)
                    finish(why);
            },
            Qt::QueuedConnection);
        QString program = m_settings.workerProgram;
        if (program.isEmpty())
            program = QCoreApplication::applicationFilePath();
        if (!m_processes->start(program, m_settings.workers, m_settings.gil, m_settings.numbers,
                TraceText("Lab::PrimesRun", QT_TRANSLATE_NOOP("Lab::PrimesRun", "worker %1"))))
            finish(m_processes->errorString());
        else
            m_pids = m_processes->workerPids();
    } else {
        if (m_settings.gil)
            m_gil = std::make_shared<SimulatedGil>(m_settings.switchIntervalNs);
        else
            m_gil.reset();
        // Worker threads report through the event loop: the queued call is dropped if this run is gone.
        m_threads = std::make_unique<ThreadCheckers>(
            m_recorder, m_settings.workers, m_gil, [this, generation](const PrimeResult &result) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, result] {
                        if (generation == m_generation)
                            receive(result);
                    },
                    Qt::QueuedConnection);
            });
        m_threads->start(m_settings.numbers,
            m_settings.mode == PrimesMode::Sequential
                ? TraceText("Lab::PrimesRun", QT_TRANSLATE_NOOP("Lab::PrimesRun", "sequential %1"))
                : TraceText("Lab::PrimesRun", QT_TRANSLATE_NOOP("Lab::PrimesRun", "worker %1")));
    }
}

void PrimesRun::stop()
{
    if (!m_running)
        return;
    m_summary.stopped = true;
    finish();
}

// snippet-begin: report
void PrimesRun::receive(const PrimeResult &result)
{
    if (!m_running)
        return;
    if (result.isSentinel()) { // a worker is done; the run is, once every worker is
        m_sentinels.push_back(result);
        if (++m_summary.sentinels == m_settings.workers)
            finish();
        return;
    }
    report(result);
}

void PrimesRun::report(const PrimeResult &result)
{
    if (m_settings.mode != PrimesMode::ExecutorMap) { // completion order
        m_results.push_back(result);
        ++m_summary.checked;
        Q_EMIT resultReady(result);
        return;
    }
    // executor.map: each result waits until every number submitted before it has its own.
    std::size_t index = 0;
    while (index < m_submitted.size() && (m_submitted[index] != result.n || m_reported[index]))
        ++index;
    if (index == m_submitted.size())
        return;
    m_reported[index] = true;
    m_waiting[int(index)] = result;
    while (!m_waiting.empty() && m_waiting.begin()->first == int(m_nextToReport)) {
        const PrimeResult next = m_waiting.begin()->second;
        m_waiting.erase(m_waiting.begin());
        ++m_nextToReport;
        m_results.push_back(next);
        ++m_summary.checked;
        Q_EMIT resultReady(next);
    }
}
// snippet-end: report

void PrimesRun::finish(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_summary.elapsedNs = nowNs() - m_startNs;
    m_summary.error = error;
    if (m_threads) {
        m_threads->stop(); // after the sentinels they have all ended: this joins them
        m_threads.reset();
    }
    if (m_gil)
        m_summary.gilSwitches = m_gil->switches();
    if (m_processes) {
        m_processes->stop(); // after the sentinels they have exited: this reaps any that has not
        m_processes->deleteLater(); // it may be emitting the signal that ended the run
        m_processes = nullptr;
    }
    for (const TaskId lane : m_coroutineLanes)
        m_recorder->finishTask(lane);
    m_coroutineLanes.clear();
    Q_EMIT finished(m_summary);
}

void PrimesRun::startCoroutines()
{
    m_coroutinesLeft = int(m_settings.numbers.size());
    for (std::size_t i = 0; i < m_settings.numbers.size(); ++i) {
        const quint64 n = m_settings.numbers[i];
        const TaskId lane = m_recorder->addTask(
            TraceText("Lab::PrimesRun", QT_TRANSLATE_NOOP("Lab::PrimesRun", "is_prime(%1)"), {QString::number(n)}),
            TraceText("Lab::PrimesRun", QT_TRANSLATE_NOOP("Lab::PrimesRun", "GUI thread")));
        m_coroutineLanes.push_back(lane);
        m_recorder->setState(lane, TaskState::Queued,
            TraceText("Lab::PrimesRun", QT_TRANSLATE_NOOP("Lab::PrimesRun", "created: waits for the loop")));
        checkOnLoop(this, n, lane, m_generation); // starts now, suspends at once: the loop runs them
    }
}

// snippet-begin: coroutine-check
QCoro::Task<> PrimesRun::checkOnLoop(QPointer<PrimesRun> self, quint64 n, TaskId lane, quint64 generation)
{
    co_await QCoro::sleepFor(0ms); // as asyncio.create_task: it runs when the loop gets to it
    if (!self || self->m_generation != generation)
        co_return;
    const TraceText label("Lab::PrimesRun", QT_TRANSLATE_NOOP("Lab::PrimesRun", "is_prime(%1)"), {QString::number(n)});
    PrimeResult result = beginCheck(n);
    TrialDivision division(n);
    for (;;) {
        self->m_recorder->setState(lane, TaskState::Running, label);
        const qint64 sliceStart = nowNs();
        while (!division.step(1 << 12) && nowNs() - sliceStart < self->m_settings.switchIntervalNs) {}
        if (division.isDone())
            break;
        self->m_recorder->setState(lane, TaskState::Queued,
            TraceText("Lab::PrimesRun", QT_TRANSLATE_NOOP("Lab::PrimesRun", "%1 awaits: the others' turn"),
                {label.toString()}));
        co_await QCoro::sleepFor(0ms); // await asyncio.sleep(0): the loop runs the others and repaints
        if (!self || self->m_generation != generation)
            co_return;
    }
    endCheck(&result, division.isPrime());
    self->m_recorder->finishTask(lane);
    self->report(result);
    if (--self->m_coroutinesLeft == 0)
        self->finish();
}
// snippet-end: coroutine-check

} // namespace Lab
