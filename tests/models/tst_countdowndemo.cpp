// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/clock.h"
#include "models/core/sleep.h"
#include "models/countdown/countdowndemo.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace Lab;

Q_DECLARE_METATYPE(Lab::CountdownLine)

namespace {
// The closest lines (C2/A3, C1/D3, D2/A1) are 0.1 s × scale apart, and each countdown's lateness
// adds up from wake to wake. With two CPU hogs on this 2-core machine, late wake-ups swapped them
// in 2 of 10 runs at 0.05 and 1 of about 25 at 0.1, none at 0.2: the order is checked at 0.5, with
// room to spare (25 ms between the closest lines).
constexpr double OrderTimeScale = 0.5;
// Tests that do not depend on near ties.
constexpr double TimeScale = 0.1;
// A blocking run has no order to keep: it freezes the thread, so keep the freeze short.
constexpr double BlockingTimeScale = 0.05;

// "C3 C2 A3 …": what the log shows, one word per line.
QStringList lineWords(const QList<CountdownLine> &lines)
{
    QStringList words;
    for (const auto &line : lines)
        words.append(line.label + QString::number(line.value));
    return words;
}

std::vector<Span> spansOf(const TraceRecorder &recorder, TaskId task)
{
    std::vector<Span> out;
    for (const Span &span : recorder.spans()) {
        if (span.task == task)
            out.push_back(span);
    }
    return out;
}
} // namespace

class TestCountdownDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaultsAreTheLabs();
    void run_data();
    void run();
    void formatLine_data();
    void formatLine();
    void stopEndsTheRun_data();
    void stopEndsTheRun();
    void restartAfterStop();
};

void TestCountdownDemo::initTestCase()
{
    qRegisterMetaType<Lab::CountdownLine>();
}

void TestCountdownDemo::defaultsAreTheLabs()
{
    TraceRecorder recorder;
    CountdownDemo demo(&recorder);
    const auto specs = demo.specs();
    QCOMPARE(specs.size(), 4);
    QStringList summary;
    for (const auto &spec : specs)
        summary.append(QStringLiteral("%1 %2 %3").arg(spec.label).arg(spec.delay).arg(spec.from));
    QCOMPARE(summary, (QStringList{"A 0.7 3", "B 2 3", "C 0.3 3", "D 1 3"}));
    QVERIFY(!demo.blocking());
    QCOMPARE(demo.timeScale(), 1.0);
    QVERIFY(!demo.isRunning());
}

void TestCountdownDemo::run_data()
{
    QTest::addColumn<bool>("blocking");
    QTest::addColumn<QString>("order");
    QTest::addColumn<double>("labSeconds"); // the total the lab prints, before scaling
    QTest::addColumn<double>("timeScale");

    // The lab's order. B3 and D2 are both due at 2.0 s; ours always puts B3 first, as the lab
    // does: every sleep's deadline counts from when the coroutine actually went to sleep and no
    // sleep wakes early, so D2 is due at (D's start + 1.0 s + D3's lateness) + 1.0 s, strictly
    // after B3 at B's start + 2.0 s (B starts before D). Equal deadlines would wake FIFO anyway.
    QTest::newRow("async") << false << "C3 C2 A3 C1 D3 A2 B3 D2 A1 D1 B2 B1" << 6.0 << OrderTimeScale;
    // Every sleep blocks: each countdown runs to its end before the next one starts.
    QTest::newRow("blocking") << true << "A3 A2 A1 B3 B2 B1 C3 C2 C1 D3 D2 D1" << 12.0 << BlockingTimeScale;
}

void TestCountdownDemo::run()
{
    QFETCH(bool, blocking);
    QFETCH(QString, order);
    QFETCH(double, labSeconds);
    QFETCH(double, timeScale);

    TraceRecorder recorder;
    EventLoopMonitor monitor(&recorder);
    CountdownDemo demo(&recorder);
    demo.setBlocking(blocking);
    demo.setTimeScale(timeScale);
    QSignalSpy lines(&demo, &CountdownDemo::lineReady);
    QSignalSpy finished(&demo, &CountdownDemo::finished);
    QSignalSpy stalls(&monitor, &EventLoopMonitor::stallDetected);
    QSignalSpy ticks(&monitor, &EventLoopMonitor::lagMeasured);
    monitor.start();
    QVERIFY(ticks.wait());

    // Started from the running event loop, as the Run button does.
    QTimer::singleShot(0, &demo, &CountdownDemo::start);
    QVERIFY(finished.wait(5'000));
    QVERIFY(!demo.isRunning());
    QCOMPARE(lineWords(demo.lines()).join(' '), order);
    QCOMPARE(lines.count(), 12);

    const qint64 total = finished.at(0).at(0).toLongLong();
    const qint64 expected = scaledNs(labSeconds, timeScale);
    // Never shorter than its sleeps add up to; not twice that however busy the machine.
    QVERIFY2(total >= expected && total < expected * 2, qPrintable(QString::number(total / 1e9)));

    // Each line sits in its countdown's column, and its time grows line after line.
    const auto specs = demo.specs();
    qint64 previous = 0;
    for (const auto &line : demo.lines()) {
        QCOMPARE(line.column, int(line.label.at(0).unicode() - 'A'));
        QVERIFY(line.elapsedNs >= previous);
        previous = line.elapsedNs;
        // Awaited, a line never comes before its countdown's own delays add up to it.
        const auto &spec = specs[line.column];
        if (!blocking)
            QVERIFY(line.elapsedNs >= scaledNs((spec.from - line.value + 1) * spec.delay, timeScale));
    }
    QVERIFY(previous <= total);

    // The window froze for the whole blocking run in one piece (at least its sleeps, at most the run);
    // the async one never for a quarter of that, even if a busy machine delays a tick.
    if (blocking) {
        QTRY_COMPARE(stalls.count(), 1);
        const qint64 stall = stalls.at(0).at(0).toLongLong();
        QVERIFY2(stall >= expected * 9 / 10 && stall <= total, qPrintable(QString::number(stall / 1e9)));
    } else {
        QVERIFY(ticks.wait()); // one more heartbeat after the end
        for (const auto &stall : std::as_const(stalls))
            QVERIFY2(stall.at(0).toLongLong() < expected / 4, qPrintable(QString::number(stall.at(0).toLongLong())));
    }

    // The timeline: a lane per countdown with three waits each, all closed, and a mark per line.
    const auto tasks = recorder.tasks();
    QCOMPARE(tasks.size(), std::size_t(5));
    QVERIFY(recorder.openSpans(nowNs()).empty());
    for (TaskId task = 1; task < 5; ++task) {
        const auto spans = spansOf(recorder, task);
        QCOMPARE(spans.size(), std::size_t(3));
        for (const Span &span : spans)
            QCOMPARE(span.state, blocking ? TaskState::Blocked : TaskState::Sleeping);
    }
    QCOMPARE(recorder.instants().size(), std::size_t(12));
}

void TestCountdownDemo::formatLine_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("value");
    QTest::addColumn<qint64>("elapsedNs");
    QTest::addColumn<QString>("expected");

    // Python's f'{dt:7.4f}s \t{tabs}{label} = {n}', one tab per column before the label.
    QTest::newRow("the lab's first line") << 2 << "C" << 3 << 301'000'000LL << " 0.3010s \t\t\tC = 3";
    QTest::newRow("first column") << 0 << "A" << 3 << 700'900'000LL << " 0.7009s \tA = 3";
    QTest::newRow("last column") << 3 << "D" << 2 << 2'001'900'000LL << " 2.0019s \t\t\t\tD = 2";
    QTest::newRow("rounds to 4 places") << 1 << "B" << 1 << 6'003'260'000LL << " 6.0033s \t\tB = 1";
    QTest::newRow("ten seconds fill the width") << 1 << "B" << 1 << 12'345'678'901LL << "12.3457s \t\tB = 1";
    QTest::newRow("zero") << 0 << "A" << 3 << 0LL << " 0.0000s \tA = 3";
}

void TestCountdownDemo::formatLine()
{
    QFETCH(int, column);
    QFETCH(QString, label);
    QFETCH(int, value);
    QFETCH(qint64, elapsedNs);
    QFETCH(QString, expected);
    QCOMPARE(CountdownDemo::formatLine({column, label, value, elapsedNs}), expected);
}

void TestCountdownDemo::stopEndsTheRun_data()
{
    QTest::addColumn<bool>("blocking");
    QTest::addColumn<QString>("stopAfter"); // Stop is hit right after this line

    QTest::newRow("after the first line") << false << "C3";
    QTest::newRow("after A3, A still counting") << false << "A3";
    QTest::newRow("after C1, C done") << false << "C1";
    QTest::newRow("after B3, B still counting") << false << "B3";
    QTest::newRow("blocking, after A2") << true << "A2";
    QTest::newRow("blocking, after B3") << true << "B3";
}

void TestCountdownDemo::stopEndsTheRun()
{
    QFETCH(bool, blocking);
    QFETCH(QString, stopAfter);

    TraceRecorder recorder;
    CountdownDemo demo(&recorder);
    demo.setTimeScale(blocking ? BlockingTimeScale : TimeScale);
    demo.setBlocking(blocking);
    QSignalSpy lines(&demo, &CountdownDemo::lineReady);
    QSignalSpy finished(&demo, &CountdownDemo::finished);
    QSignalSpy stopped(&demo, &CountdownDemo::stopped);
    // Stop right after that line, as a user clicking Stop at that moment.
    connect(&demo, &CountdownDemo::lineReady, &demo, [&demo, stopAfter](const CountdownLine &line) {
        if (line.label + QString::number(line.value) == stopAfter)
            demo.stop();
    });
    const qint64 start = nowNs();
    demo.start(); // a blocking run returns only when it is over
    const qint64 frozen = nowNs() - start;
    if (stopped.isEmpty())
        QVERIFY(stopped.wait());
    QVERIFY(!demo.isRunning());

    // Wait until every countdown that was asleep has woken: none prints another line.
    QTRY_COMPARE(SleepScheduler::forCurrentThread()->pending(), std::size_t(0));
    const QStringList shown = lineWords(demo.lines());
    QCOMPARE(lines.count(), shown.size());
    QCOMPARE(shown.last(), stopAfter);
    QCOMPARE(shown.count(stopAfter), 1);
    QCOMPARE(finished.count(), 0);
    // No lane keeps growing on the timeline.
    QVERIFY(recorder.openSpans(nowNs()).empty());
    // A stopped blocking run blocks no further: the freeze ends with the last line shown.
    if (blocking) {
        QCOMPARE(shown.join(' '), (QStringList{"A3", "A2", "A1", "B3"}.mid(0, shown.size()).join(' ')));
        // Had it gone on, the stopped countdown's next sleep would have blocked on at least that long.
        const CountdownLine &last = demo.lines().last();
        const double nextSleep = demo.specs()[last.column].delay;
        QVERIFY2(frozen < last.elapsedNs + scaledNs(nextSleep, BlockingTimeScale),
            qPrintable(QString::number(frozen / 1e9)));
    }

    // Stopping twice is harmless.
    demo.stop();
    QCOMPARE(stopped.count(), 1);
}

void TestCountdownDemo::restartAfterStop()
{
    TraceRecorder recorder;
    CountdownDemo demo(&recorder);
    demo.setTimeScale(TimeScale);
    QSignalSpy lines(&demo, &CountdownDemo::lineReady);
    QSignalSpy finished(&demo, &CountdownDemo::finished);
    demo.start();
    QVERIFY(lines.wait());
    demo.stop();
    // Start again at once, while the first run's countdowns still sleep: only the new run prints.
    lines.clear();
    demo.start();
    QVERIFY(finished.wait(5'000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(lines.count(), 12);
    const QStringList shown = lineWords(demo.lines());
    for (const QString label : {"A", "B", "C", "D"}) {
        const QStringList own = shown.filter(label);
        QCOMPARE(own, (QStringList{label + "3", label + "2", label + "1"}));
    }
}

QTEST_GUILESS_MAIN(TestCountdownDemo)
#include "tst_countdowndemo.moc"
