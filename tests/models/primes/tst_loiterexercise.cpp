// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/cpuusage.h"
#include "models/primes/loiterexercise.h"
#include "models/primes/primessweep.h"
#include "models/trace/tracerecorder.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Lab;

// The book's executor.map exercise as its audience reads it: five results in submission order,
// loiter(4) waits for a free worker; the CPU meter's arithmetic; a sweep's points.
class TestLoiterExercise : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resultsInSubmissionOrder();
    void stopWakesTheSleepers();
    void cpuUsageFromProcStat();
    void sweepMeasuresEveryWorkerCount();

private:
    TraceRecorder m_recorder;
};

void TestLoiterExercise::resultsInSubmissionOrder()
{
    m_recorder.clear();
    LoiterExercise loiter(&m_recorder);
    QSignalSpy lines(&loiter, &LoiterExercise::line);
    QSignalSpy finished(&loiter, &LoiterExercise::finished);
    loiter.start(0.05); // one loiter "second" is 50 ms
    QVERIFY(finished.wait(60'000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(loiter.results(), (std::vector<int>{0, 10, 20, 30, 40}));
    QStringList printed;
    for (const auto &line : lines)
        printed << line.first().toString();
    // "result i: v" lines come in order, each after its loiter(i) was done.
    int lastResult = -1;
    for (int i = 0; i < 5; ++i) {
        const int result =
            int(printed.indexOf(QRegularExpression(QStringLiteral(".*result %1: %2").arg(i).arg(i * 10))));
        const int done = int(printed.indexOf(QRegularExpression(QStringLiteral(".*loiter\\(%1\\): done\\.").arg(i))));
        QVERIFY2(result > lastResult, qPrintable(printed.join(u'\n')));
        QVERIFY(done >= 0 && done < result);
        lastResult = result;
    }
    QVERIFY(printed.first().endsWith(QLatin1String("Script starting.")));
    // Three workers: loiter(4) starts only once loiter(1) is done (its sleep span ended).
    qint64 loiter1End = 0;
    qint64 loiter4Start = 0;
    int mostAtOnce = 0;
    const std::vector<Span> spans = m_recorder.spans();
    for (const Span &span : spans) {
        if (span.label.startsWith(QLatin1String("loiter(1)")))
            loiter1End = span.end;
        if (span.label.startsWith(QLatin1String("loiter(4)")))
            loiter4Start = span.start;
        int atOnce = 0;
        for (const Span &other : spans)
            atOnce += other.state == TaskState::Sleeping && other.start <= span.start && other.end > span.start;
        mostAtOnce = std::max(mostAtOnce, atOnce);
    }
    QVERIFY(loiter1End > 0 && loiter4Start >= loiter1End);
    QCOMPARE(mostAtOnce, 3);
}

void TestLoiterExercise::stopWakesTheSleepers()
{
    m_recorder.clear();
    LoiterExercise loiter(&m_recorder);
    QSignalSpy finished(&loiter, &LoiterExercise::finished);
    loiter.start(100.0); // loiter(4) would sleep 400 s
    QTRY_VERIFY(!m_recorder.openSpans(0).empty());
    loiter.stop(); // joins the workers: returns only once they woke
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!loiter.isRunning());
}

void TestLoiterExercise::cpuUsageFromProcStat()
{
    CpuUsage usage;
    const QByteArray before = "cpu  300 0 100 600 0 0 0 0 0 0\n"
                              "cpu0 100 0 0 100 0 0 0 0 0 0\n"
                              "cpu1 200 0 100 500 0 0 0 0 0 0\n"
                              "intr 1 2 3\n";
    const QByteArray after = "cpu  600 0 100 700 0 0 0 0 0 0\n"
                             "cpu0 200 0 0 100 0 0 0 0 0 0\n" // 100 of 100 ticks busy
                             "cpu1 400 0 100 600 0 0 0 0 0 0\n"; // 200 of 300 ticks busy
    QCOMPARE(usage.sample(before), (std::vector<double>{0.0, 0.0})); // the first look only starts counting
    const std::vector<double> busy = usage.sample(after);
    QCOMPARE(int(busy.size()), 2);
    QCOMPARE(busy[0], 1.0);
    QVERIFY(qFuzzyCompare(busy[1], 2.0 / 3.0));
    QVERIFY(!CpuUsage().sample().empty()); // this machine's /proc/stat
}

void TestLoiterExercise::sweepMeasuresEveryWorkerCount()
{
    m_recorder.clear();
    PrimesSweep sweep(&m_recorder);
    QSignalSpy finished(&sweep, &PrimesSweep::finished);
    PrimesSettings settings;
    settings.mode = PrimesMode::Threads;
    settings.numbers = {7777777777777753ULL, 142702110479723ULL, 299593572317531ULL};
    sweep.start(settings, 3);
    QVERIFY(finished.wait(120'000));
    QCOMPARE(finished.first().first().toString(), QString());
    QVERIFY(sweep.sequentialNs() > 0);
    QCOMPARE(int(sweep.points().size()), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(sweep.points()[std::size_t(i)].workers, i + 1);
        QVERIFY(sweep.points()[std::size_t(i)].speedup > 0);
    }
}

QTEST_GUILESS_MAIN(TestLoiterExercise)
#include "tst_loiterexercise.moc"
