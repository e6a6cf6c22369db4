// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/clock.h"
#include "models/core/sleep.h"
#include "models/spinner/primes.h"
#include "models/spinner/spinnerdemo.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <thread>
#include <vector>

using namespace Lab;

Q_DECLARE_METATYPE(Lab::SpinnerMode)

namespace {
constexpr qint64 Ms = 1'000'000;
constexpr double Seconds = 0.3;

const QList<SpinnerMode> allModes{
    SpinnerMode::Blocking, SpinnerMode::Thread, SpinnerMode::Coroutine, SpinnerMode::CpuBlocking, SpinnerMode::CpuPool};

const TaskInfo *taskNamed(const std::vector<TaskInfo> &tasks, const QString &name)
{
    for (const auto &task : tasks) {
        if (task.name == name)
            return &task;
    }
    return nullptr;
}
} // namespace

class TestSpinnerDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modeNames_data();
    void modeNames();
    void unknownModeNames_data();
    void unknownModeNames();
    void run_data();
    void run();
    void stopEndsTheRun();
    void primes_data();
    void primes();
    void primeCheckersAgree_data();
    void primeCheckersAgree();
    void primeTakingAbout();
    void primeCheckLastsTheChosenTime_data();
    void primeCheckLastsTheChosenTime();
};

void TestSpinnerDemo::modeNames_data()
{
    QTest::addColumn<SpinnerMode>("mode");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("blocks");

    QTest::newRow("blocking") << SpinnerMode::Blocking << "blocking" << true;
    QTest::newRow("thread") << SpinnerMode::Thread << "thread" << false;
    QTest::newRow("coroutine") << SpinnerMode::Coroutine << "coroutine" << false;
    QTest::newRow("cpu-blocking") << SpinnerMode::CpuBlocking << "cpu-blocking" << true;
    QTest::newRow("cpu-pool") << SpinnerMode::CpuPool << "cpu-pool" << false;
}

void TestSpinnerDemo::modeNames()
{
    QFETCH(SpinnerMode, mode);
    QFETCH(QString, name);
    QFETCH(bool, blocks);

    QCOMPARE(spinnerModeName(mode), name);
    SpinnerMode parsed = mode == SpinnerMode::Blocking ? SpinnerMode::CpuPool : SpinnerMode::Blocking;
    QVERIFY(parseSpinnerMode(name, &parsed));
    QCOMPARE(parsed, mode);
    QCOMPARE(spinnerModeBlocks(mode), blocks);
}

void TestSpinnerDemo::unknownModeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << "";
    QTest::newRow("capitalised") << "Blocking";
    QTest::newRow("underscore") << "cpu_pool";
    QTest::newRow("padded") << " thread";
    QTest::newRow("other") << "process";
}

void TestSpinnerDemo::unknownModeNames()
{
    QFETCH(QString, name);
    SpinnerMode mode = SpinnerMode::Thread;
    QVERIFY(!parseSpinnerMode(name, &mode));
    QCOMPARE(mode, SpinnerMode::Thread); // left as it was
}

void TestSpinnerDemo::run_data()
{
    QTest::addColumn<SpinnerMode>("mode");
    QTest::addColumn<QString>("slowTask"); // the lane the slow function gets on the timeline
    QTest::addColumn<QString>("thread");
    QTest::addColumn<TaskState>("state");

    QTest::newRow("blocking") << SpinnerMode::Blocking << "slow()"
                              << "GUI thread" << TaskState::Blocked;
    QTest::newRow("thread") << SpinnerMode::Thread << "slow()"
                            << "worker thread" << TaskState::Sleeping;
    QTest::newRow("coroutine") << SpinnerMode::Coroutine << "slow()"
                               << "GUI thread" << TaskState::Sleeping;
    QTest::newRow("cpu-blocking") << SpinnerMode::CpuBlocking << "is_prime()"
                                  << "GUI thread" << TaskState::Running;
    QTest::newRow("cpu-pool") << SpinnerMode::CpuPool << "is_prime()"
                              << "pool thread" << TaskState::Running;
}

void TestSpinnerDemo::run()
{
    QFETCH(SpinnerMode, mode);
    QFETCH(QString, slowTask);
    QFETCH(QString, thread);
    QFETCH(TaskState, state);
    const bool blocks = spinnerModeBlocks(mode);
    const bool cpu = mode == SpinnerMode::CpuBlocking || mode == SpinnerMode::CpuPool;

    TraceRecorder recorder;
    EventLoopMonitor monitor(&recorder);
    SpinnerDemo demo(&recorder);
    demo.setMode(mode);
    demo.setSeconds(Seconds);
    QSignalSpy frames(&demo, &SpinnerDemo::frame);
    QSignalSpy finished(&demo, &SpinnerDemo::finished);
    QSignalSpy stalls(&monitor, &EventLoopMonitor::stallDetected);
    QSignalSpy ticks(&monitor, &EventLoopMonitor::lagMeasured);
    monitor.start();
    QVERIFY(ticks.wait());

    // Started from the running event loop, as the Run button does.
    QTimer::singleShot(0, &demo, &SpinnerDemo::start);
    QVERIFY(finished.wait(10'000));
    QVERIFY(!demo.isRunning());
    QCOMPARE(finished.at(0).at(0).toInt(), 42);
    const qint64 elapsed = finished.at(0).at(1).toLongLong();
    if (cpu) {
        // The prime is picked to take about that long; the CPU may be shared, so loosely.
        QVERIFY2(elapsed >= 50 * Ms && elapsed < 2'000 * Ms, qPrintable(QString::number(elapsed / 1e9)));
    } else {
        QVERIFY2(elapsed >= scaledNs(Seconds, 1) && elapsed < scaledNs(Seconds, 1.5),
            qPrintable(QString::number(elapsed / 1e9)));
    }

    // What the user sees: a frozen spinner and a stall on the meter, or a spinner that kept going.
    QCOMPARE(demo.frames(), frames.count());
    if (blocks) {
        QVERIFY2(frames.count() <= 2, qPrintable(QString::number(frames.count())));
        QTRY_COMPARE(stalls.count(), 1);
        const qint64 stall = stalls.at(0).at(0).toLongLong();
        QVERIFY2(stall >= (cpu ? 150 : 250) * Ms, qPrintable(QString::number(stall / 1e9)));
        // No longer than the run, plus however late the first tick after it came on a busy machine.
        QVERIFY2(stall <= elapsed + 200 * Ms, qPrintable(QString::number(stall / 1e9)));
    } else {
        // A frame every 0.1 s all along (the first one is drawn at the start; a late tick may merge with the next).
        const int ticksDue = int(elapsed / (SpinnerDemo::FrameIntervalMs * Ms));
        QVERIFY2(frames.count() >= std::max(2, ticksDue), qPrintable(QString::number(frames.count())));
        if (!cpu)
            QVERIFY2(frames.count() >= 3, qPrintable(QString::number(frames.count())));
        QVERIFY(ticks.wait()); // one more heartbeat after the end
        // Never frozen for half the run (a busy machine may delay a tick past the threshold now and then).
        for (const auto &stall : std::as_const(stalls))
            QVERIFY2(stall.at(0).toLongLong() < elapsed / 2, qPrintable(QString::number(stall.at(0).toLongLong())));
    }

    // The timeline: the slow function's lane on the right thread in the right state, and no lane left open.
    QVERIFY(recorder.openSpans(nowNs()).empty());
    const auto tasks = recorder.tasks();
    const TaskInfo *slow = taskNamed(tasks, slowTask);
    QVERIFY(slow);
    QCOMPARE(slow->thread, thread);
    int slowSpans = 0;
    for (const Span &span : recorder.spans()) {
        if (span.task == slow->id) {
            QCOMPARE(span.state, state);
            ++slowSpans;
        }
    }
    QCOMPARE(slowSpans, 1);
    QVERIFY(taskNamed(tasks, "spinner"));
    QCOMPARE(int(recorder.instants().size()), frames.count() - 1); // the first frame is drawn before the ticker
}

void TestSpinnerDemo::stopEndsTheRun()
{
    TraceRecorder recorder;
    SpinnerDemo demo(&recorder);
    demo.setMode(SpinnerMode::Coroutine);
    demo.setSeconds(Seconds);
    QSignalSpy frames(&demo, &SpinnerDemo::frame);
    QSignalSpy finished(&demo, &SpinnerDemo::finished);
    QSignalSpy stopped(&demo, &SpinnerDemo::stopped);
    demo.start();
    QVERIFY(demo.isRunning());
    QVERIFY(frames.wait()); // the first tick of the ticker
    demo.stop();
    QCOMPARE(stopped.count(), 1);
    QVERIFY(!demo.isRunning());
    const int shown = frames.count();

    // Once the slow function is over (its sleep has woken), no answer and no more frames arrive.
    QTRY_COMPARE(SleepScheduler::forCurrentThread()->pending(), std::size_t(0));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(frames.count(), shown);
    QVERIFY(recorder.openSpans(nowNs()).empty());

    // A new run after a stop answers as usual.
    demo.start();
    QVERIFY(finished.wait(5'000));
    QCOMPARE(finished.at(0).at(0).toInt(), 42);
    QCOMPARE(finished.count(), 1);
}

void TestSpinnerDemo::primes_data()
{
    QTest::addColumn<quint64>("number");
    QTest::addColumn<bool>("prime");
    QTest::addColumn<bool>("trialDivisionToo"); // false where isPrime would take seconds

    // Fluent Python's PRIME_FIXTURE (example-code-2e, 19-concurrency/primes/primes.py).
    QTest::newRow("2") << 2ULL << true << true;
    QTest::newRow("142702110479723") << 142702110479723ULL << true << true;
    QTest::newRow("299593572317531") << 299593572317531ULL << true << true;
    QTest::newRow("3333333333333301") << 3333333333333301ULL << true << false;
    QTest::newRow("3333333333333333") << 3333333333333333ULL << false << true;
    QTest::newRow("3333335652092209") << 3333335652092209ULL << false << false;
    QTest::newRow("4444444444444423") << 4444444444444423ULL << true << false;
    QTest::newRow("4444444444444444") << 4444444444444444ULL << false << true;
    QTest::newRow("4444444488888889") << 4444444488888889ULL << false << false;
    QTest::newRow("5555553133149889") << 5555553133149889ULL << false << false;
    QTest::newRow("5555555555555503") << 5555555555555503ULL << true << false;
    QTest::newRow("5555555555555555") << 5555555555555555ULL << false << true;
    QTest::newRow("6666666666666666") << 6666666666666666ULL << false << true;
    QTest::newRow("6666666666666719") << 6666666666666719ULL << true << false;
    QTest::newRow("6666667141414921") << 6666667141414921ULL << false << false;
    QTest::newRow("7777777536340681") << 7777777536340681ULL << false << false;
    QTest::newRow("7777777777777753") << 7777777777777753ULL << true << false;
    QTest::newRow("7777777777777777") << 7777777777777777ULL << false << true;
    QTest::newRow("9999999999999917") << 9999999999999917ULL << true << false;
    QTest::newRow("9999999999999999") << 9999999999999999ULL << false << true;

    // Edges of both checkers.
    QTest::newRow("0") << 0ULL << false << true;
    QTest::newRow("1") << 1ULL << false << true;
    QTest::newRow("3") << 3ULL << true << true;
    QTest::newRow("4") << 4ULL << false << true;
    QTest::newRow("9") << 9ULL << false << true;
    QTest::newRow("37, the last base") << 37ULL << true << true;
    QTest::newRow("41") << 41ULL << true << true;
    QTest::newRow("561, Carmichael") << 561ULL << false << true;
    QTest::newRow("1000000007") << 1000000007ULL << true << true;
    QTest::newRow("square of 65521") << 4293001441ULL << false << true;
    QTest::newRow("strong pseudoprime to 2..7") << 3215031751ULL << false << true;
    QTest::newRow("strong pseudoprime to 2..23") << 3825123056546413051ULL << false << false;
    QTest::newRow("square of 2^32 - 1") << 18446744065119617025ULL << false << true;
    QTest::newRow("square of the largest 32-bit prime") << 18446744030759878681ULL << false << false;
    QTest::newRow("largest 64-bit prime") << 18446744073709551557ULL << true << false;
    QTest::newRow("largest 64-bit number") << 18446744073709551615ULL << false << true;
}

void TestSpinnerDemo::primes()
{
    QFETCH(quint64, number);
    QFETCH(bool, prime);
    QFETCH(bool, trialDivisionToo);
    QCOMPARE(isPrimeFast(number), prime);
    if (trialDivisionToo)
        QCOMPARE(isPrime(number), prime);
}

void TestSpinnerDemo::primeCheckersAgree_data()
{
    QTest::addColumn<quint64>("from");
    QTest::addColumn<quint64>("count");
    QTest::newRow("0 .. 20,000") << 0ULL << 20'000ULL;
    QTest::newRow("around 1e9") << 1'000'000'000ULL << 2'000ULL;
    QTest::newRow("around 2^32") << 4'294'967'000ULL << 1'000ULL;
}

void TestSpinnerDemo::primeCheckersAgree()
{
    QFETCH(quint64, from);
    QFETCH(quint64, count);
    int primesSeen = 0;
    for (quint64 n = from; n < from + count; ++n) {
        const bool prime = isPrime(n);
        if (isPrimeFast(n) != prime)
            QFAIL(qPrintable(QStringLiteral("the checkers disagree on %1").arg(n)));
        primesSeen += prime;
    }
    QVERIFY(primesSeen > 0);
}

void TestSpinnerDemo::primeTakingAbout()
{
    const quint64 number = Lab::primeTakingAbout(0.2);
    QVERIFY(isPrimeFast(number));
    const qint64 start = nowNs();
    QVERIFY(isPrime(number));
    const qint64 took = nowNs() - start;
    QVERIFY2(took >= 50 * Ms && took <= 1'000 * Ms, qPrintable(QString::number(took / 1e9)));

    // Ten times longer, a number about a hundred times bigger (loosely: each calibration times a
    // check, and a busy machine may slow one and not the other); nothing asked, a small prime at once.
    QVERIFY(Lab::primeTakingAbout(2.0) > number * 2);
    QVERIFY(Lab::primeTakingAbout(0) < 100);
    QVERIFY(isPrimeFast(Lab::primeTakingAbout(0)));
}

void TestSpinnerDemo::primeCheckLastsTheChosenTime_data()
{
    QTest::addColumn<int>("busyThreads");
    QTest::newRow("as the machine is") << 0;
    // Other work starts after the rate was measured, as on a machine busy with something else.
    QTest::newRow("busier after the start") << QThread::idealThreadCount() + 1;
}

void TestSpinnerDemo::primeCheckLastsTheChosenTime()
{
    QFETCH(int, busyThreads);
    constexpr double Seconds = 1.2;
    std::atomic<bool> done{false};
    std::vector<std::jthread> busy;
    const qint64 start = nowNs();
    for (int i = 0; i < busyThreads; ++i) {
        busy.emplace_back([&done] {
            QThread::msleep(100);
            volatile quint64 sink = 0;
            // Bounded: at most ten seconds, ends with the check.
            for (const qint64 until = nowNs() + 10'000'000'000; !done.load() && nowNs() < until;)
                sink = sink + 1;
        });
    }
    const quint64 prime = checkPrimeLasting(Seconds);
    const double took = double(nowNs() - start) / 1e9;
    done = true;
    busy.clear();
    QVERIFY(isPrimeFast(prime));
    qInfo("chosen %.2f s, took %.3f s", Seconds, took);
    // The lesson's figure: the chosen time within ±15 %.
    QVERIFY2(took >= Seconds * 0.85 && took <= Seconds * 1.15, qPrintable(QString::number(took)));
}

QTEST_GUILESS_MAIN(TestSpinnerDemo)
#include "tst_spinnerdemo.moc"
