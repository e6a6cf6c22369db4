// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/clock.h"
#include "models/core/sleep.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"

#include <QCoroTask>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cmath>

using namespace Lab;
using namespace std::chrono_literals;

namespace {
constexpr qint64 Ms = 1'000'000;

// What the GUI thread does instead of blocking: a coroutine that sleeps while the loop runs.
QCoro::Task<qint64> sleepAndMeasure(std::chrono::milliseconds duration)
{
    const qint64 start = nowNs();
    co_await Lab::sleepFor(duration);
    co_return nowNs() - start;
}

std::vector<Span> eventLoopSpans(const TraceRecorder &recorder)
{
    std::vector<Span> out;
    for (const Span &span : recorder.spans()) {
        if (span.task == EventLoopTask)
            out.push_back(span);
    }
    return out;
}
} // namespace

class TestEventLoopMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ticksWhileTheLoopRuns();
    void blockIsOneStall_data();
    void blockIsOneStall();
    void sampleNowReportsABlockAtOnce();
    void coroutineSleepIsNoStall();
    void shortHiccupIsNoStall();
    void percentiles_data();
    void percentiles();
    void resetForgets();
};

void TestEventLoopMonitor::ticksWhileTheLoopRuns()
{
    EventLoopMonitor monitor(nullptr);
    QCOMPARE(monitor.interval(), 5);
    QSignalSpy lags(&monitor, &EventLoopMonitor::lagMeasured);
    monitor.start();
    QTRY_VERIFY(lags.count() >= 10);
    monitor.stop();
    QCOMPARE(monitor.lagSamples().size(), std::size_t(lags.count()));
    QVERIFY(monitor.stalls().empty());
    QCOMPARE(monitor.longestStallNs(), qint64(0));

    // A stopped monitor stays quiet for what would be ten ticks.
    QVERIFY(!lags.wait(50));
}

void TestEventLoopMonitor::blockIsOneStall_data()
{
    QTest::addColumn<int>("blockMs");
    QTest::newRow("150 ms") << 150;
    QTest::newRow("300 ms") << 300;
}

void TestEventLoopMonitor::blockIsOneStall()
{
    QFETCH(int, blockMs);
    TraceRecorder recorder;
    EventLoopMonitor monitor(&recorder);
    QSignalSpy lags(&monitor, &EventLoopMonitor::lagMeasured);
    QSignalSpy stalls(&monitor, &EventLoopMonitor::stallDetected);
    monitor.start();
    QVERIFY(lags.wait()); // the loop is alive and just ticked

    QThread::msleep(blockMs); // the GUI thread does not answer
    QVERIFY(stalls.wait());
    const qint64 stall = stalls.at(0).at(0).toLongLong();
    // At least the block (less the tick it straddles), and not three times it however busy the machine.
    QVERIFY2(stall >= blockMs * Ms * 9 / 10 && stall < 3 * blockMs * Ms, qPrintable(QString::number(stall / 1e6)));
    QCOMPARE(monitor.longestStallNs(), stall);
    QCOMPARE(monitor.currentLagNs(), stall);

    // The loop runs again: more ticks, and the freeze is not reported twice (a busy machine may
    // delay a later tick past the threshold, never by half the block).
    const int ticks = lags.count();
    QTRY_VERIFY(lags.count() >= ticks + 10);
    QCOMPARE(monitor.stalls().front(), stall);
    for (std::size_t i = 1; i < monitor.stalls().size(); ++i)
        QVERIFY2(monitor.stalls()[i] < blockMs * Ms / 2, qPrintable(QString::number(monitor.stalls()[i] / 1e6)));

    // On the timeline: a Blocked span on the event loop's lane for each stall, the first as long as
    // the block's, ending just now.
    const auto spans = eventLoopSpans(recorder);
    QCOMPARE(spans.size(), monitor.stalls().size());
    QCOMPARE(spans[0].state, TaskState::Blocked);
    QCOMPARE(spans[0].end - spans[0].start, stall);
    QVERIFY(spans[0].end <= nowNs());
    QVERIFY(spans[0].start >= recorder.origin());
    // Its label says how long, as the meter does.
    QVERIFY2(spans[0].label.contains(QString::number(stall / 1e9, 'f', 1) + " s"), qPrintable(spans[0].label));
}

void TestEventLoopMonitor::sampleNowReportsABlockAtOnce()
{
    TraceRecorder recorder;
    EventLoopMonitor monitor(&recorder);
    QSignalSpy lags(&monitor, &EventLoopMonitor::lagMeasured);
    QSignalSpy stalls(&monitor, &EventLoopMonitor::stallDetected);
    monitor.start();
    QVERIFY(lags.wait());

    QThread::msleep(200);
    monitor.sampleNow(); // a caller that just ended a blocking call
    QCOMPARE(stalls.count(), 1);
    // At least the sleep, less the tick it straddles; a busy machine may add to it, not take away.
    const qint64 stall = stalls.at(0).at(0).toLongLong();
    QVERIFY2(stall >= 180 * Ms && stall < 600 * Ms, qPrintable(QString::number(stall / 1e6)));

    // The next tick does not report the same freeze again (a later delayed tick is short).
    const int ticks = lags.count();
    QTRY_VERIFY(lags.count() >= ticks + 5);
    for (int i = 1; i < stalls.count(); ++i)
        QVERIFY(stalls.at(i).at(0).toLongLong() < 100 * Ms);
    QCOMPARE(eventLoopSpans(recorder).size(), std::size_t(stalls.count()));
}

void TestEventLoopMonitor::coroutineSleepIsNoStall()
{
    TraceRecorder recorder;
    EventLoopMonitor monitor(&recorder);
    monitor.start();
    const qint64 slept = QCoro::waitFor(sleepAndMeasure(300ms));
    monitor.stop();

    QVERIFY(slept >= 300 * Ms);
    // The loop never froze for the sleep: no stall near its 300 ms (a busy machine may delay a tick
    // past the 50 ms threshold now and then), and the heartbeat kept going all along.
    QVERIFY2(monitor.longestStallNs() < 150 * Ms, qPrintable(QString::number(monitor.longestStallNs() / 1e6)));
    QCOMPARE(eventLoopSpans(recorder).size(), monitor.stalls().size());
    QVERIFY2(monitor.lagSamples().size() >= 5, qPrintable(QString::number(monitor.lagSamples().size())));
}

void TestEventLoopMonitor::shortHiccupIsNoStall()
{
    EventLoopMonitor monitor(nullptr);
    monitor.setStallThresholdNs(100 * Ms);
    QCOMPARE(monitor.stallThresholdNs(), 100 * Ms);
    QSignalSpy lags(&monitor, &EventLoopMonitor::lagMeasured);
    monitor.start();
    QVERIFY(lags.wait());
    QThread::msleep(40); // late, but under the threshold
    QVERIFY(lags.wait());
    QVERIFY(monitor.stalls().empty());
    QVERIFY(*std::max_element(monitor.lagSamples().begin(), monitor.lagSamples().end()) >= 30 * Ms);
}

void TestEventLoopMonitor::percentiles_data()
{
    // Samples are made by waiting that long (ms) beyond the 5 ms interval before each reading;
    // -1 is a reading taken at once (lag 0). The answer is the rank-th smallest sample (nearest rank).
    QTest::addColumn<QList<int>>("lagsMs");
    QTest::addColumn<double>("percentile");
    QTest::addColumn<int>("rank");

    const QList<int> four{30, 10, 40, 20};
    QTest::newRow("p0 of four is the smallest") << four << 0.0 << 1;
    QTest::newRow("p25 of four") << four << 25.0 << 1;
    QTest::newRow("median of four is the lower middle") << four << 50.0 << 2;
    QTest::newRow("p75 of four") << four << 75.0 << 3;
    QTest::newRow("p76 of four") << four << 76.0 << 4;
    QTest::newRow("p100 of four is the largest") << four << 100.0 << 4;
    QTest::newRow("median of three is the middle") << QList<int>{20, 10, 30} << 50.0 << 2;
    QTest::newRow("one sample") << QList<int>{10} << 99.0 << 1;

    // A run where 1 tick in 100 was late: 99 % of the ticks were on time.
    QList<int> oneLate(99, -1);
    oneLate.insert(50, 60);
    QTest::newRow("p99 of one late tick in 100") << oneLate << 99.0 << 99;
    QTest::newRow("p100 of one late tick in 100") << oneLate << 100.0 << 100;
    QTest::newRow("p50 of one late tick in 100") << oneLate << 50.0 << 50;
}

void TestEventLoopMonitor::percentiles()
{
    QFETCH(QList<int>, lagsMs);
    QFETCH(double, percentile);
    QFETCH(int, rank);

    EventLoopMonitor monitor(nullptr);
    QCOMPARE(monitor.lagPercentileNs(percentile), qint64(0)); // no samples yet
    monitor.setInterval(5);
    monitor.reset();
    for (int lagMs : std::as_const(lagsMs)) {
        if (lagMs >= 0)
            QThread::msleep(5 + lagMs);
        monitor.sampleNow();
    }
    auto sorted = monitor.lagSamples();
    QCOMPARE(sorted.size(), std::size_t(lagsMs.size()));
    std::sort(sorted.begin(), sorted.end());
    const qint64 answer = monitor.lagPercentileNs(percentile);
    QCOMPARE(answer, sorted[std::size_t(rank - 1)]);

    // And it is the lag that was made (a sleep never ends early).
    auto made = lagsMs;
    std::sort(made.begin(), made.end());
    const int madeMs = std::max(0, made[rank - 1]);
    QVERIFY2(answer >= madeMs * Ms, qPrintable(QString::number(answer / 1e6)));
    if (madeMs == 0)
        QVERIFY2(answer < 5 * Ms, qPrintable(QString::number(answer / 1e6)));
}

void TestEventLoopMonitor::resetForgets()
{
    TraceRecorder recorder;
    EventLoopMonitor monitor(&recorder);
    monitor.reset();
    QThread::msleep(80);
    monitor.sampleNow();
    QCOMPARE(monitor.stalls().size(), std::size_t(1));
    QVERIFY(monitor.currentLagNs() > 0);

    monitor.reset();
    QVERIFY(monitor.stalls().empty());
    QVERIFY(monitor.lagSamples().empty());
    QCOMPARE(monitor.currentLagNs(), qint64(0));
    QCOMPARE(monitor.longestStallNs(), qint64(0));
    // The time before reset() is not counted against the loop.
    monitor.sampleNow();
    QVERIFY(monitor.stalls().empty());
    // The recording keeps the stall: resetting the meter does not rewrite history.
    QCOMPARE(eventLoopSpans(recorder).size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestEventLoopMonitor)
#include "tst_eventloopmonitor.moc"
