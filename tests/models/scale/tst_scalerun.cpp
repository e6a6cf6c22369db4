// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/clock.h"
#include "models/core/sleep.h"
#include "models/scale/processmemory.h"
#include "models/scale/pythonreference.h"
#include "models/scale/scalerun.h"

#include <QSignalSpy>
#include <QTest>

#include "tests/common/threadcount.h"

using namespace Lab;

Q_DECLARE_METATYPE(Lab::SleeperKind)

// N sleepers as coroutines or threads: every one starts, every one finishes, and the figures say so.
class TestScaleRun : public QObject
{
    Q_OBJECT

    static ScaleFigures runToTheEnd(ScaleRun &run, int timeoutMs = 30'000)
    {
        QSignalSpy finished(&run, &ScaleRun::finished);
        run.start();
        if (!finished.wait(timeoutMs))
            return {};
        return finished.first().first().value<ScaleFigures>();
    }

private Q_SLOTS:
    void everySleeperStartsAndFinishes_data()
    {
        QTest::addColumn<SleeperKind>("kind");
        QTest::addColumn<int>("count");
        QTest::newRow("coroutines") << SleeperKind::Coroutines << 5'000;
        QTest::newRow("threads") << SleeperKind::Threads << 200;
    }

    void everySleeperStartsAndFinishes()
    {
        QFETCH(SleeperKind, kind);
        QFETCH(int, count);
        ScaleRun run;
        run.setKind(kind);
        run.setCount(count);
        run.setSeconds(0.1);
        QSignalSpy updated(&run, &ScaleRun::updated);
        const ScaleFigures f = runToTheEnd(run);
        QVERIFY(f.done);
        QVERIFY(!run.isRunning());
        QCOMPARE(f.kind, kind);
        QCOMPARE(f.requested, count);
        QCOMPARE(f.target, count);
        QCOMPARE(f.started, count);
        QCOMPARE(f.finished, count);
        QCOMPARE(f.alive, 0);
        QVERIFY(!f.capped);
        QVERIFY(!f.stopped);
        QVERIFY(f.limit.isEmpty());
        // Each slept 0.1 s: the run cannot be shorter, and with this few it is not much longer.
        QVERIFY2(f.elapsedNs >= 100'000'000, qPrintable(QString::number(f.elapsedNs)));
        QVERIFY2(f.elapsedNs < 5'000'000'000, qPrintable(QString::number(f.elapsedNs)));
        QVERIFY(f.launchNs > 0 && f.launchNs <= f.elapsedNs);
        QVERIFY(f.baselineRssBytes > 0);
        QVERIFY(f.peakRssBytes >= f.baselineRssBytes);
        QVERIFY(f.peakAlive > 0);
        QVERIFY(!updated.isEmpty());
        QCOMPARE(scaleFigureRows(f).front().first, QStringLiteral("sleepers"));
        qInfo().noquote() << scaleSummary(f);
    }

    void hundredThousandCoroutinesFinishQuickly()
    {
        ScaleRun run;
        run.setCount(100'000);
        run.setSeconds(0.1);
        const qint64 start = nowNs();
        const ScaleFigures f = runToTheEnd(run);
        const double wall = double(nowNs() - start) / 1e9;
        qInfo().noquote() << scaleSummary(f) << QStringLiteral("(wall %1 s)").arg(wall);
        QVERIFY(f.done);
        QCOMPARE(f.started, 100'000);
        QCOMPARE(f.finished, 100'000);
        QCOMPARE(f.alive, 0);
        // Python needs 2.2 s for the same (PythonReference); a loose bound for a busy machine.
        QVERIFY2(wall < 3.0, qPrintable(QString::number(wall)));
        // Each coroutine costs bytes, not kilobytes: well under Python's 1.6 KiB a task.
        QVERIFY2(
            f.bytesPerSleeper < PythonReference::KibibytesPerTask * 1024, qPrintable(formatBytes(f.bytesPerSleeper)));
    }

    void theThreadCapIsHonoured()
    {
        ScaleRun run;
        run.setKind(SleeperKind::Threads);
        run.setThreadCap(50);
        run.setCount(300);
        run.setSeconds(0.1);
        const ScaleFigures f = runToTheEnd(run);
        QVERIFY(f.done);
        QVERIFY(f.capped);
        QCOMPARE(f.requested, 300);
        QCOMPARE(f.target, 50);
        QCOMPARE(f.started, 50);
        QCOMPARE(f.finished, 50);
        QCOMPARE(f.alive, 0);
        QVERIFY(scaleSummary(f).contains(QStringLiteral("thread cap")));
    }

    void capsAndCountsStayInRange()
    {
        ScaleRun run;
        run.setThreadCap(10'000'000);
        QCOMPARE(run.threadCap(), ScaleRun::MaxThreadCap);
        run.setThreadCap(0);
        QCOMPARE(run.threadCap(), 1);
        run.setCount(5'000'000);
        QCOMPARE(run.count(), ScaleRun::MaxCoroutines);
        QCOMPARE(ScaleRun().threadCap(), ScaleRun::DefaultThreadCap);
    }

    void stoppingThreadsWakesThemAtOnce()
    {
        ScaleRun run;
        run.setKind(SleeperKind::Threads);
        run.setCount(100);
        run.setSeconds(30);
        QSignalSpy finished(&run, &ScaleRun::finished);
        run.start();
        QTRY_COMPARE(run.figures().alive, 100);
        const qint64 start = nowNs();
        run.stop(); // the threads may all be joined before it returns: then finished() came from it
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5'000);
        QVERIFY(nowNs() - start < 2'000'000'000);
        const auto f = finished.first().first().value<ScaleFigures>();
        QVERIFY(f.stopped);
        QCOMPARE(f.started, 100);
        QCOMPARE(f.finished, 100);
        QCOMPARE(f.alive, 0);
    }

    void stoppingCoroutinesStartsNoMore()
    {
        ScaleRun run;
        run.setCount(ScaleRun::MaxCoroutines);
        run.setSeconds(0.2);
        QSignalSpy finished(&run, &ScaleRun::finished);
        run.start();
        run.stop(); // after the first slice of a few milliseconds
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5'000);
        const auto f = finished.first().first().value<ScaleFigures>();
        QVERIFY(f.stopped);
        QVERIFY(f.started > 0);
        QVERIFY(f.started < ScaleRun::MaxCoroutines);
        QCOMPARE(f.finished, f.started);
        QCOMPARE(f.alive, 0);
    }

    void destroyingARunMidwayIsSafe()
    {
        const int threadsBefore = threadCount();
        for (const SleeperKind kind : {SleeperKind::Coroutines, SleeperKind::Threads}) {
            auto run = std::make_unique<ScaleRun>();
            run->setKind(kind);
            run->setCount(1'000);
            run->setSeconds(0.05);
            run->start();
            QVERIFY(run->isRunning());
            run.reset();
        }
        // The orphaned coroutines wake into their shared counters, not into a dead run (AddressSanitizer
        // would see it), and all of them do; the threads were joined.
        QTRY_COMPARE(SleepScheduler::forCurrentThread()->pending(), std::size_t(0));
        QTRY_VERIFY2(threadCount() <= threadsBefore, qPrintable(QString::number(threadCount())));
    }

    void referenceIsLabelledAsMeasuredElsewhere()
    {
        const QString text = PythonReference::text();
        QVERIFY(text.contains(QStringLiteral("measured elsewhere")));
        QVERIFY(text.contains(QStringLiteral("100,000")));
        QVERIFY(text.contains(QStringLiteral("2.2 s")));
        QVERIFY(text.contains(QStringLiteral("185 MiB")));
    }
};

QTEST_GUILESS_MAIN(TestScaleRun)
#include "tst_scalerun.moc"
