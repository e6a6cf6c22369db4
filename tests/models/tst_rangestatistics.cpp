// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/rangestatistics.h"

#include <QTest>

using namespace Lab;

namespace {
constexpr qint64 Ms = 1'000'000;
} // namespace

Q_DECLARE_METATYPE(std::vector<Lab::Span>)

class TestRangeStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownAnswers_data();
    void knownAnswers();
    void backToBackSpansDoNotStack();
    void emptyRange();
    void theLoopsThreadCountsForTheLoop_data();
    void theLoopsThreadCountsForTheLoop();
    void statesAtATime_data();
    void statesAtATime();
};

void TestRangeStatistics::knownAnswers_data()
{
    QTest::addColumn<std::vector<Span>>("spans");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<double>("avgRunning");
    QTest::addColumn<int>("peakRunning");
    QTest::addColumn<double>("avgWaiting");
    QTest::addColumn<int>("peakWaiting");
    QTest::addColumn<double>("avgQueued");
    QTest::addColumn<int>("peakQueued");
    QTest::addColumn<double>("loopBlocked");
    QTest::addColumn<qint64>("longestStall");
    QTest::addColumn<qint64>("spanEnds");
    QTest::addColumn<double>("throughput");

    // Three tasks over 100 ms: the book's flags, one at a time.
    const std::vector<Span> sequential{
        {1, TaskState::Running, 0, 10 * Ms, {}},
        {1, TaskState::AwaitingIo, 10 * Ms, 40 * Ms, "BR"},
        {2, TaskState::Running, 40 * Ms, 50 * Ms, {}},
        {2, TaskState::AwaitingIo, 50 * Ms, 80 * Ms, "CN"},
        {3, TaskState::Queued, 0, 80 * Ms, {}},
        {3, TaskState::Running, 80 * Ms, 100 * Ms, {}},
    };
    QTest::newRow("sequential, whole range") << sequential << qint64(0) << 100 * Ms << 0.4 << 1 << 0.6 << 1 << 0.8 << 1
                                             << 0.0 << qint64(0) << qint64(5) << 50.0;
    // [20, 60): task 1 waits 20 ms, task 2 runs 10 ms and waits 10 ms, task 3 queued throughout.
    QTest::newRow("sequential, a window") << sequential << 20 * Ms << 60 * Ms << 0.25 << 1 << 0.75 << 1 << 1.0 << 1
                                          << 0.0 << qint64(0) << qint64(2) << 50.0;

    // Ten tasks awaiting at once (the concurrent version), then a 30 ms stall on the loop.
    std::vector<Span> concurrent;
    for (TaskId task = 1; task <= 10; ++task) {
        concurrent.push_back({task, TaskState::Running, 0, 1 * Ms, {}});
        concurrent.push_back({task, TaskState::AwaitingIo, 1 * Ms, 51 * Ms, {}});
    }
    concurrent.push_back({EventLoopTask, TaskState::Blocked, 60 * Ms, 90 * Ms, "UI frozen"});
    concurrent.push_back({EventLoopTask, TaskState::Blocked, 95 * Ms, 100 * Ms, "UI frozen"});
    QTest::newRow("concurrent, stalls") << concurrent << qint64(0) << 100 * Ms << 0.1 << 10 << 5.0 << 10 << 0.0 << 0
                                        << 0.35 << 30 * Ms << qint64(21) << 210.0;
    // A range cutting the long stall: the loop blocked for the part inside, the stall counted whole.
    QTest::newRow("stall cut by the range") << concurrent << 80 * Ms << 100 * Ms << 0.0 << 0 << 0.0 << 0 << 0.0 << 0
                                            << 0.75 << 30 * Ms << qint64(1) << 50.0;
}

void TestRangeStatistics::knownAnswers()
{
    QFETCH(std::vector<Span>, spans);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(double, avgRunning);
    QFETCH(int, peakRunning);
    QFETCH(double, avgWaiting);
    QFETCH(int, peakWaiting);
    QFETCH(double, avgQueued);
    QFETCH(int, peakQueued);
    QFETCH(double, loopBlocked);
    QFETCH(qint64, longestStall);
    QFETCH(qint64, spanEnds);
    QFETCH(double, throughput);

    const RangeStatistics stats = computeRangeStatistics(spans, from, to);
    QCOMPARE(stats.duration(), to - from);
    QCOMPARE(stats.averageOf(Activity::Running), avgRunning);
    QCOMPARE(stats.peakOf(Activity::Running), peakRunning);
    QCOMPARE(stats.averageOf(Activity::Waiting), avgWaiting);
    QCOMPARE(stats.peakOf(Activity::Waiting), peakWaiting);
    QCOMPARE(stats.averageOf(Activity::Queued), avgQueued);
    QCOMPARE(stats.peakOf(Activity::Queued), peakQueued);
    QCOMPARE(stats.loopBlocked, loopBlocked);
    QCOMPARE(stats.longestStall, longestStall);
    QCOMPARE(stats.spanEnds, spanEnds);
    QCOMPARE(stats.throughput, throughput);

    // The order spans arrive in does not matter (the timeline feeds them lane by lane).
    std::vector<Span> reversed(spans.rbegin(), spans.rend());
    const RangeStatistics again = computeRangeStatistics(reversed, to, from);
    QCOMPARE(again.peak, stats.peak);
    QCOMPARE(again.average, stats.average);
    QCOMPARE(again.spanEnds, stats.spanEnds);
}

void TestRangeStatistics::backToBackSpansDoNotStack()
{
    // One task switching state a thousand times is never two tasks at once.
    std::vector<Span> spans;
    for (int i = 0; i < 1000; ++i)
        spans.push_back({1, i % 2 ? TaskState::Running : TaskState::Sleeping, i * Ms, (i + 1) * Ms, {}});
    for (int i = 0; i < 500; ++i)
        spans.push_back({2, TaskState::Running, 2 * i * Ms, (2 * i + 1) * Ms, {}});
    const RangeStatistics stats = computeRangeStatistics(spans, 0, 1000 * Ms);
    QCOMPARE(stats.peakOf(Activity::Waiting), 1);
    QCOMPARE(stats.peakOf(Activity::Running), 1); // task 2 runs exactly while task 1 sleeps
    QCOMPARE(stats.averageOf(Activity::Running), 1.0);
    QCOMPARE(stats.averageOf(Activity::Waiting), 0.5);
}

void TestRangeStatistics::emptyRange()
{
    const std::vector<Span> spans{{1, TaskState::Running, 0, 10 * Ms, {}}};
    const RangeStatistics stats = computeRangeStatistics(spans, 5 * Ms, 5 * Ms);
    QCOMPARE(stats.duration(), qint64(0));
    QCOMPARE(stats.throughput, 0.0);
    QCOMPARE(stats.peakOf(Activity::Running), 0);
}

void TestRangeStatistics::theLoopsThreadCountsForTheLoop_data()
{
    QTest::addColumn<std::vector<Span>>("spans");
    QTest::addColumn<double>("busy");
    QTest::addColumn<double>("blocked");

    // Task 1 runs on the GUI thread (the loop's), task 2 on a worker; the range is [0, 100 ms).
    QTest::newRow("coroutines taking turns on the loop") << std::vector<Span>{{1, TaskState::Running, 0, 10 * Ms, {}},
        {1, TaskState::AwaitingIo, 10 * Ms, 60 * Ms, {}}, {1, TaskState::Running, 60 * Ms, 70 * Ms, {}},
        {2, TaskState::Running, 0, 100 * Ms, {}}} << 0.2 << 0.0;
    // A blocking call on the GUI thread, and the monitor's stall over the same time: counted once.
    QTest::newRow("a blocking call and its stall") << std::vector<Span>{{1, TaskState::Blocked, 20 * Ms, 70 * Ms, {}},
        {EventLoopTask, TaskState::Blocked, 30 * Ms, 80 * Ms, {}}}
                                                   << 0.0 << 0.6;
    // A long computation: the loop is busy, and the monitor sees it blocked.
    QTest::newRow("computing on the loop") << std::vector<Span>{{1, TaskState::Running, 0, 50 * Ms, {}},
        {EventLoopTask, TaskState::Blocked, 0, 50 * Ms, {}}}
                                           << 0.5 << 0.5;
}

void TestRangeStatistics::theLoopsThreadCountsForTheLoop()
{
    QFETCH(std::vector<Span>, spans);
    QFETCH(double, busy);
    QFETCH(double, blocked);
    const std::vector<TaskInfo> tasks{
        {EventLoopTask, "Event loop", "GUI thread"}, {1, "coroutine", "GUI thread"}, {2, "worker", "worker 1"}};
    const RangeStatistics stats = computeRangeStatistics(spans, tasks, 0, 100 * Ms);
    QCOMPARE(stats.loopBusy, busy);
    QCOMPARE(stats.loopBlocked, blocked);
    // Without the threads, only the loop's own lane counts.
    const RangeStatistics laneOnly = computeRangeStatistics(spans, 0, 100 * Ms);
    QCOMPARE(laneOnly.loopBusy, 0.0);
    QVERIFY(laneOnly.loopBlocked <= blocked);
}

void TestRangeStatistics::statesAtATime_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QList<int>>("states"); // of tasks 0, 1, 2; -1 for none

    constexpr int None = -1;
    QTest::newRow("before anything") << qint64(-1) << QList<int>{None, None, None};
    QTest::newRow("start of the run") << qint64(0) << QList<int>{None, int(TaskState::Running), int(TaskState::Queued)};
    QTest::newRow("an end is the next start")
        << 10 * Ms << QList<int>{None, int(TaskState::AwaitingIo), int(TaskState::Queued)};
    QTest::newRow("during the stall") << 50
            * Ms << QList<int>{int(TaskState::Blocked), int(TaskState::AwaitingIo), int(TaskState::Running)};
    QTest::newRow("after the last end") << 100 * Ms << QList<int>{None, None, None};
}

void TestRangeStatistics::statesAtATime()
{
    QFETCH(qint64, time);
    QFETCH(QList<int>, states);
    const std::vector<Span> spans{{1, TaskState::Running, 0, 10 * Ms, {}},
        {1, TaskState::AwaitingIo, 10 * Ms, 90 * Ms, {}}, {2, TaskState::Queued, 0, 40 * Ms, {}},
        {2, TaskState::Running, 40 * Ms, 100 * Ms, {}}, {EventLoopTask, TaskState::Blocked, 45 * Ms, 60 * Ms, {}}};
    QList<int> actual;
    for (const auto &state : taskStatesAt(spans, 3, time))
        actual << (state ? int(*state) : -1);
    QCOMPARE(actual, states);
}

QTEST_GUILESS_MAIN(TestRangeStatistics)
#include "tst_rangestatistics.moc"
