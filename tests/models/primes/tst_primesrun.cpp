// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/primes/primesrun.h"
#include "models/primes/primesworker.h"
#include "models/primes/trialdivision.h"
#include "models/trace/tracerecorder.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <set>
#include <unistd.h>

#include "tests/common/childprocesses.h"
#include "tests/common/guillemettranslator.h"

using namespace Lab;

// What the audience of the primes demo should notice, asserted on the run's reported results and
// on the recorded spans, never on wall-clock speed: results come in completion order or, for
// executor.map, in submission order; every worker ends with one sentinel; processes are other
// processes and none is left behind; a GIL lets one check run at a time; coroutines run on the
// GUI thread, one at a time.
namespace {

constexpr int Deadline = 120'000;

// A slow prime submitted first, then instant composites: whoever finishes first is reported first.
const std::vector<quint64> SlowThenFast = {9999999999999917ULL, 3333333333333333ULL, 4444444444444444ULL,
    5555555555555555ULL, 6666666666666666ULL, 7777777777777777ULL};

PrimesSettings settingsFor(PrimesMode mode, int workers, std::vector<quint64> numbers)
{
    PrimesSettings settings;
    settings.mode = mode;
    settings.workers = workers;
    settings.numbers = std::move(numbers);
    settings.workerProgram = QStringLiteral(LAB_BINARY);
    return settings;
}

// The Running spans of the lanes whose name starts with @p prefix.
std::vector<Span> runningSpans(const TraceRecorder &recorder, const QString &prefix)
{
    std::set<TaskId> lanes;
    for (const TaskInfo &task : recorder.tasks()) {
        if (task.name.startsWith(prefix))
            lanes.insert(task.id);
    }
    std::vector<Span> spans;
    for (const Span &span : recorder.spans()) {
        if (span.state == TaskState::Running && lanes.count(span.task))
            spans.push_back(span);
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start < b.start;
    });
    return spans;
}

// True if two spans of different lanes overlap in time.
bool anyOverlap(const std::vector<Span> &sortedByStart)
{
    for (std::size_t i = 1; i < sortedByStart.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (sortedByStart[j].task != sortedByStart[i].task && sortedByStart[j].end > sortedByStart[i].start)
                return true;
        }
    }
    return false;
}

} // namespace

class TestPrimesRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trialDivision_data();
    void trialDivision();
    void workerLineRoundTrip();
    void completionOrder_data();
    void completionOrder();
    void executorMapKeepsSubmissionOrder();
    void oneSentinelPerWorker_data();
    void oneSentinelPerWorker();
    void processesAreOtherProcesses();
    void stopLeavesNothingBehind_data();
    void stopLeavesNothingBehind();
    void gilSerialisesTheChecks();
    void threadsWithoutGilOverlap();
    void coroutinesTakeTurnsOnTheGuiThread();
    void badWorkerProgramFails();
    void recordingFollowsTheLanguage_data();
    void recordingFollowsTheLanguage();

private:
    TraceRecorder m_recorder;
};

void TestPrimesRun::trialDivision_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<bool>("prime");
    // The book's fixture: its primes, and composites both instant and slow to reject.
    const std::set<quint64> primes = {2ULL, 142702110479723ULL, 299593572317531ULL, 3333333333333301ULL,
        4444444444444423ULL, 5555555555555503ULL, 6666666666666719ULL, 7777777777777753ULL, 9999999999999917ULL};
    for (const quint64 n : bookNumbers())
        QTest::newRow(qPrintable(QString::number(n))) << n << bool(primes.count(n));
    QTest::newRow("0") << quint64(0) << false;
    QTest::newRow("1") << quint64(1) << false;
    QTest::newRow("9") << quint64(9) << false;
    QTest::newRow("25") << quint64(25) << false;
    QTest::newRow("1000000007") << quint64(1000000007) << true;
}

void TestPrimesRun::trialDivision()
{
    QFETCH(quint64, n);
    QFETCH(bool, prime);
    TrialDivision division(n);
    int steps = 0;
    while (!division.step(1000)) // in slices, as the GIL and coroutine modes take it
        ++steps;
    QCOMPARE(division.isPrime(), prime);
}

void TestPrimesRun::workerLineRoundTrip()
{
    PrimeResult result;
    result.n = 9999999999999917ULL;
    result.prime = true;
    result.elapsedNs = 123456;
    result.startNs = 1000;
    result.endNs = 124456;
    result.pid = 42;
    result.tid = 43;
    const std::optional<PrimeResult> back = parseWorkerLine(workerLine(result));
    QVERIFY(back);
    QCOMPARE(back->n, result.n);
    QCOMPARE(back->prime, true);
    QCOMPARE(back->elapsedNs, result.elapsedNs);
    QCOMPARE(back->pid, result.pid);
    QVERIFY(!parseWorkerLine("R 12 nonsense"));
    QCOMPARE(primeLine(result), QStringLiteral("9999999999999917  P  0.000123s"));
}

void TestPrimesRun::completionOrder_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("threads") << int(PrimesMode::Threads);
    QTest::newRow("processes") << int(PrimesMode::Processes);
}

void TestPrimesRun::completionOrder()
{
    QFETCH(int, mode);
    m_recorder.clear();
    PrimesRun run(&m_recorder);
    QSignalSpy finished(&run, &PrimesRun::finished);
    run.start(settingsFor(PrimesMode(mode), 2, SlowThenFast));
    QVERIFY(finished.wait(Deadline));
    const auto &results = run.results();
    QCOMPARE(results.size(), SlowThenFast.size());
    // The check that completed last (by its span) is reported last, whatever its place in the queue.
    const auto last = std::max_element(results.begin(), results.end(), [](const auto &a, const auto &b) {
        return a.endNs < b.endNs;
    });
    QCOMPARE(last->n, results.back().n);
    QCOMPARE(results.back().n, SlowThenFast.front()); // the slow prime, submitted first
    QVERIFY(results.back().prime);
}

void TestPrimesRun::executorMapKeepsSubmissionOrder()
{
    m_recorder.clear();
    PrimesRun run(&m_recorder);
    QSignalSpy finished(&run, &PrimesRun::finished);
    run.start(settingsFor(PrimesMode::ExecutorMap, 2, SlowThenFast));
    QVERIFY(finished.wait(Deadline));
    std::vector<quint64> expected = SlowThenFast;
    std::sort(expected.begin(), expected.end(), std::greater<>()); // proc_pool.py: largest first
    std::vector<quint64> reported;
    for (const PrimeResult &result : run.results())
        reported.push_back(result.n);
    QCOMPARE(reported, expected);
    // The book's point: instant checks submitted after the slow prime were done before it, and waited.
    const auto slow = std::find_if(run.results().begin(), run.results().end(), [](const PrimeResult &r) {
        return r.n == 9999999999999917ULL;
    });
    const bool someWaited = std::any_of(slow + 1, run.results().end(), [&](const PrimeResult &r) {
        return r.endNs < slow->endNs;
    });
    QVERIFY2(someWaited, "no result finished before the slow prime it was reported after");
}

void TestPrimesRun::oneSentinelPerWorker_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("workers");
    QTest::newRow("threads, 3") << int(PrimesMode::Threads) << 3;
    QTest::newRow("processes, 3") << int(PrimesMode::Processes) << 3;
    QTest::newRow("more workers than numbers") << int(PrimesMode::Processes) << 8;
    QTest::newRow("sequential") << int(PrimesMode::Sequential) << 1;
}

void TestPrimesRun::oneSentinelPerWorker()
{
    QFETCH(int, mode);
    QFETCH(int, workers);
    m_recorder.clear();
    PrimesRun run(&m_recorder);
    QSignalSpy finished(&run, &PrimesRun::finished);
    const std::vector<quint64> numbers(SlowThenFast.begin() + 1, SlowThenFast.end());
    run.start(settingsFor(PrimesMode(mode), workers, numbers));
    QVERIFY(finished.wait(Deadline));
    const auto summary = finished.first().first().value<PrimesSummary>();
    QVERIFY(summary.error.isEmpty());
    QCOMPARE(summary.checked, int(numbers.size()));
    QCOMPARE(summary.sentinels, workers);
    std::set<int> workersDone;
    for (const PrimeResult &sentinel : run.sentinels())
        workersDone.insert(sentinel.worker);
    QCOMPARE(int(workersDone.size()), workers); // one from each worker, none twice
    // On each lane the sentinel is the last thing: after it the worker checks nothing.
    const std::vector<Instant> instants = m_recorder.instants();
    QCOMPARE(int(instants.size()), workers);
    for (const Instant &instant : instants) {
        for (const Span &span : m_recorder.spans()) {
            if (span.task == instant.task)
                QVERIFY(span.end <= instant.time);
        }
    }
}

void TestPrimesRun::processesAreOtherProcesses()
{
    m_recorder.clear();
    PrimesRun run(&m_recorder);
    QSignalSpy finished(&run, &PrimesRun::finished);
    run.start(settingsFor(PrimesMode::Processes, 2, SlowThenFast));
    const std::vector<qint64> pids = run.workerPids();
    QCOMPARE(int(pids.size()), 2);
    QVERIFY(pids[0] != pids[1]);
    QVERIFY(finished.wait(Deadline));
    for (const PrimeResult &result : run.results()) {
        QVERIFY(result.pid != ::getpid());
        QVERIFY(std::find(pids.begin(), pids.end(), result.pid) != pids.end());
    }
    // Each worker process has a lane of its own, named after its pid.
    for (const qint64 pid : pids) {
        const auto tasks = m_recorder.tasks();
        QVERIFY(std::any_of(tasks.begin(), tasks.end(), [pid](const TaskInfo &task) {
            return task.thread.contains(QString::number(pid));
        }));
    }
    QTRY_VERIFY_WITH_TIMEOUT(childProcesses().empty(), Deadline);
}

void TestPrimesRun::stopLeavesNothingBehind_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("gil");
    QTest::addColumn<bool>("destroy");
    QTest::newRow("threads, stopped") << int(PrimesMode::Threads) << false << false;
    QTest::newRow("threads with a GIL, destroyed") << int(PrimesMode::Threads) << true << true;
    QTest::newRow("processes, stopped") << int(PrimesMode::Processes) << false << false;
    QTest::newRow("processes, destroyed") << int(PrimesMode::Processes) << false << true;
    QTest::newRow("executor map, destroyed") << int(PrimesMode::ExecutorMap) << false << true;
    QTest::newRow("coroutines, destroyed") << int(PrimesMode::Coroutines) << false << true;
}

void TestPrimesRun::stopLeavesNothingBehind()
{
    QFETCH(int, mode);
    QFETCH(bool, gil);
    QFETCH(bool, destroy);
    m_recorder.clear();
    const int baseline = threadCount();
    // Far more work than the test waits for: the run is cut short for sure.
    std::vector<quint64> numbers;
    for (int i = 0; i < 10; ++i)
        numbers.insert(numbers.end(), {9999999999999917ULL, 7777777777777753ULL});
    auto run = std::make_unique<PrimesRun>(&m_recorder);
    PrimesSettings settings = settingsFor(PrimesMode(mode), 2, numbers);
    settings.gil = gil;
    run->start(settings);
    QTRY_VERIFY_WITH_TIMEOUT(!m_recorder.spans().empty() || !m_recorder.openSpans(0).empty(), Deadline);
    QVERIFY(run->isRunning());
    if (destroy) {
        run.reset();
    } else {
        QSignalSpy finished(run.get(), &PrimesRun::finished);
        run->stop();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<PrimesSummary>().stopped);
        QVERIFY(!run->isRunning());
    }
    // Nothing goes on: no child process, no extra thread.
    QVERIFY2(childProcesses().empty(), "a worker process outlived its run");
    QTRY_VERIFY_WITH_TIMEOUT(threadCount() <= baseline, 10'000);
}

void TestPrimesRun::gilSerialisesTheChecks()
{
    m_recorder.clear();
    PrimesRun run(&m_recorder);
    QSignalSpy finished(&run, &PrimesRun::finished);
    PrimesSettings settings = settingsFor(
        PrimesMode::Threads, 3, {9999999999999917ULL, 7777777777777753ULL, 6666666666666719ULL, 5555555555555503ULL});
    settings.gil = true;
    settings.switchIntervalNs = 2'000'000;
    run.start(settings);
    QVERIFY(finished.wait(Deadline));
    const auto summary = finished.first().first().value<PrimesSummary>();
    QCOMPARE(summary.checked, 4);
    const std::vector<Span> spans = runningSpans(m_recorder, QStringLiteral("worker"));
    QVERIFY(!anyOverlap(spans)); // one check runs at a time
    // ...and the lock changed hands: the checks were sliced and interleaved, not run one by one.
    QVERIFY(summary.gilSwitches > 4);
    std::set<TaskId> lanes;
    for (const Span &span : spans)
        lanes.insert(span.task);
    QCOMPARE(int(lanes.size()), 3);
}

void TestPrimesRun::threadsWithoutGilOverlap()
{
    m_recorder.clear();
    PrimesRun run(&m_recorder);
    QSignalSpy finished(&run, &PrimesRun::finished);
    run.start(settingsFor(PrimesMode::Threads, 2, {9999999999999917ULL, 7777777777777753ULL}));
    QVERIFY(finished.wait(Deadline));
    QVERIFY(anyOverlap(runningSpans(m_recorder, QStringLiteral("worker"))));
}

void TestPrimesRun::coroutinesTakeTurnsOnTheGuiThread()
{
    m_recorder.clear();
    PrimesRun run(&m_recorder);
    QSignalSpy finished(&run, &PrimesRun::finished);
    PrimesSettings settings = settingsFor(PrimesMode::Coroutines, 1, {9999999999999917ULL, 7777777777777753ULL});
    settings.switchIntervalNs = 2'000'000;
    run.start(settings);
    QVERIFY(finished.wait(Deadline));
    QCOMPARE(int(run.results().size()), 2);
    for (const PrimeResult &result : run.results()) {
        QCOMPARE(result.pid, qint64(::getpid()));
        QCOMPARE(result.tid, currentThreadId()); // the test's main thread: the GUI thread
    }
    const std::vector<Span> spans = runningSpans(m_recorder, QStringLiteral("is_prime"));
    QVERIFY(!anyOverlap(spans));
    // Concurrent: the second check ran before the first was done.
    const auto first = std::find_if(spans.begin(), spans.end(), [&](const Span &s) {
        return s.task != spans.front().task;
    });
    QVERIFY(first != spans.end());
    QVERIFY(first->start < spans.back().start);
    const auto lastOfFirst = std::find_if(spans.rbegin(), spans.rend(), [&](const Span &s) {
        return s.task == spans.front().task;
    });
    QVERIFY(first->start < lastOfFirst->start);
}

void TestPrimesRun::badWorkerProgramFails()
{
    m_recorder.clear();
    PrimesRun run(&m_recorder);
    QSignalSpy finished(&run, &PrimesRun::finished);
    PrimesSettings settings = settingsFor(PrimesMode::Processes, 2, SlowThenFast);
    settings.workerProgram = QStringLiteral("/nonexistent/concurrency-lab");
    run.start(settings);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Deadline);
    QVERIFY(!finished.first().first().value<PrimesSummary>().error.isEmpty());
    QVERIFY(childProcesses().empty());
}

void TestPrimesRun::recordingFollowsTheLanguage_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("sequential") << int(PrimesMode::Sequential);
    QTest::newRow("threads") << int(PrimesMode::Threads);
    QTest::newRow("processes") << int(PrimesMode::Processes);
    QTest::newRow("coroutines") << int(PrimesMode::Coroutines);
}

// After a language switch the run's lanes and its is_prime(n) spans read in the new language, as
// the rest of the recording does.
void TestPrimesRun::recordingFollowsTheLanguage()
{
    QFETCH(int, mode);
    m_recorder.clear();
    PrimesRun run(&m_recorder);
    QSignalSpy finished(&run, &PrimesRun::finished);
    const std::vector<quint64> numbers{101, 7777777777777777ULL};
    run.start(settingsFor(PrimesMode(mode), 2, numbers));
    QVERIFY(finished.wait(Deadline));

    GuillemetTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    m_recorder.retranslate();
    QCoreApplication::removeTranslator(&translator);
    const std::vector<TaskInfo> tasks = m_recorder.tasks();
    QVERIFY(tasks.size() >= 2); // the event loop and at least one worker
    for (const TaskInfo &task : tasks) {
        QVERIFY2(task.name.startsWith(u'«') && task.name.endsWith(u'»'), qPrintable(task.name));
        QVERIFY2(task.thread.startsWith(u'«') && task.thread.endsWith(u'»'), qPrintable(task.thread));
    }
    std::set<QString> checked;
    for (const Span &span : m_recorder.spans()) {
        if (span.state == TaskState::Running)
            checked.insert(span.label);
    }
    QCOMPARE(checked,
        (std::set<QString>{QStringLiteral("«is_prime(101)»"), QStringLiteral("«is_prime(7777777777777777)»")}));
}

QTEST_GUILESS_MAIN(TestPrimesRun)
#include "tst_primesrun.moc"
