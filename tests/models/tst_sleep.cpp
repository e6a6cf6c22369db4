// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/clock.h"
#include "models/core/sleep.h"

#include <QCoroTask>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>
#include <vector>

using namespace Lab;
using namespace std::chrono_literals;

namespace {
constexpr qint64 Ms = 1'000'000;

struct Wake
{
    int id = 0;
    qint64 early = 0; // > 0 if it woke before its deadline
};

// Parameters by value and no lambda captures: the frame outlives this call.
QCoro::Task<> sleeper(int id, std::chrono::nanoseconds duration, std::vector<Wake> *wakes)
{
    const qint64 deadline = nowNs() + duration.count();
    co_await Lab::sleepFor(duration);
    wakes->push_back({id, deadline - nowNs()});
}

QCoro::Task<> countingSleeper(std::chrono::nanoseconds duration, int *done)
{
    co_await Lab::sleepFor(duration);
    ++*done;
}

QCoro::Task<qint64> measureSleep(std::chrono::nanoseconds duration)
{
    const qint64 start = nowNs();
    co_await Lab::sleepFor(duration);
    co_return nowNs() - start;
}

// Counts the frames alive: one lives in each coroutine of a chain, so a frame never freed shows.
struct FrameGuard
{
    explicit FrameGuard(std::atomic<int> *alive)
        : m_alive(alive)
    {
        ++*m_alive;
    }
    ~FrameGuard() { --*m_alive; }
    std::atomic<int> *m_alive;
};

QCoro::Task<> innerSleeper(std::atomic<int> *alive)
{
    FrameGuard guard(alive);
    co_await Lab::sleepFor(1h);
}

QCoro::Task<int> middleSleeper(std::atomic<int> *alive)
{
    FrameGuard guard(alive);
    co_await innerSleeper(alive);
    co_return 1;
}

QCoro::Task<> outerSleeper(std::atomic<int> *alive)
{
    FrameGuard guard(alive);
    co_await middleSleeper(alive);
}

// Wakes with the others, notes how often the timer was started by then, then sleeps again: each
// sooner than the one woken before it, so every new deadline is the earliest of all.
QCoro::Task<> sleepAgainSooner(qint64 startNs, int count, int *woken, std::vector<std::size_t> *startsSeen)
{
    co_await SleepAwaiter(startNs, 20 * Ms); // one deadline for all
    const int order = (*woken)++;
    co_await Lab::sleepFor(std::chrono::microseconds(5'000 + 10 * (count - order)));
    startsSeen->push_back(SleepScheduler::forCurrentThread()->timerStarts());
}

QCoro::Task<int> sleepTwiceInSeconds(double seconds)
{
    co_await Lab::sleepForSeconds(seconds);
    co_await Lab::sleepForSeconds(seconds);
    co_return 42;
}
} // namespace

class TestSleep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wakesInDeadlineOrder_data();
    void wakesInDeadlineOrder();
    void neverWakesEarly_data();
    void neverWakesEarly();
    void zeroReturnsAtOnce_data();
    void zeroReturnsAtOnce();
    void sleepForSeconds();
    void manySleepersAllWake();
    void eventLoopRunsWhileCoroutinesSleep();
    void aWakeUpPassArmsTheTimerOnce();
    void chainsAsleepWhenTheThreadEndsAreFreed();
    void cleanup();

private:
    // Members, not locals: a test that fails early leaves sleepers that still write here when they wake.
    std::vector<Wake> m_wakes;
    int m_done = 0;
};

void TestSleep::cleanup()
{
    QTRY_COMPARE_WITH_TIMEOUT(SleepScheduler::forCurrentThread()->pending(), std::size_t(0), 10'000);
    m_wakes.clear();
    m_done = 0;
}

void TestSleep::wakesInDeadlineOrder_data()
{
    // Delays in ms, started in this order; the expected wake order as indexes into the delays.
    QTest::addColumn<QList<int>>("delaysMs");
    QTest::addColumn<QList<int>>("order");

    QTest::newRow("already sorted") << QList<int>{10, 30, 50} << QList<int>{0, 1, 2};
    QTest::newRow("reversed") << QList<int>{90, 60, 30, 0} << QList<int>{3, 2, 1, 0};
    QTest::newRow("interleaved") << QList<int>{70, 20, 100, 40} << QList<int>{1, 3, 0, 2};
    // Equal delays wake in the order they started (their deadlines are a moment apart).
    QTest::newRow("ties keep start order") << QList<int>{50, 20, 50, 20, 50} << QList<int>{1, 3, 0, 2, 4};
    // An earlier sleeper started after a later one re-arms the timer for the sooner deadline.
    QTest::newRow("sooner one last") << QList<int>{120, 110, 100, 5} << QList<int>{3, 2, 1, 0};
}

void TestSleep::wakesInDeadlineOrder()
{
    QFETCH(QList<int>, delaysMs);
    QFETCH(QList<int>, order);

    for (int i = 0; i < delaysMs.size(); ++i)
        sleeper(i, std::chrono::milliseconds(delaysMs[i]), &m_wakes);
    // Timing does not matter here: whenever the loop turns, due sleepers wake in deadline order.
    QTRY_COMPARE(m_wakes.size(), std::size_t(delaysMs.size()));

    QList<int> woke;
    for (const Wake &wake : m_wakes) {
        woke.append(wake.id);
        QVERIFY2(wake.early <= 0, qPrintable(QStringLiteral("%1 woke %2 ns early").arg(wake.id).arg(wake.early)));
    }
    QCOMPARE(woke, order);
    QCOMPARE(SleepScheduler::forCurrentThread()->pending(), std::size_t(0));
}

void TestSleep::neverWakesEarly_data()
{
    QTest::addColumn<qint64>("durationNs");
    QTest::newRow("1 µs") << qint64(1'000);
    QTest::newRow("0.5 ms") << qint64(500'000);
    QTest::newRow("1 ms") << Ms;
    QTest::newRow("1.5 ms") << 1'500'000LL;
    QTest::newRow("16.7 ms") << 16'700'000LL;
    QTest::newRow("100 ms") << 100 * Ms;
}

void TestSleep::neverWakesEarly()
{
    QFETCH(qint64, durationNs);
    // Several rounds: a timer that rounds the wrong way shows up sooner or later.
    for (int round = 0; round < 5; ++round) {
        const qint64 slept = QCoro::waitFor(measureSleep(std::chrono::nanoseconds(durationNs)));
        QVERIFY2(slept >= durationNs, qPrintable(QString::number(slept)));
        // ... and not absurdly late either (generous: the machine may be busy).
        QVERIFY2(slept < durationNs + 50 * Ms, qPrintable(QString::number(slept)));
    }
}

void TestSleep::zeroReturnsAtOnce_data()
{
    QTest::addColumn<qint64>("durationNs");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("negative") << -100 * Ms;
}

void TestSleep::zeroReturnsAtOnce()
{
    QFETCH(qint64, durationNs);
    // No event-loop turn in between: the coroutine never suspended.
    sleeper(7, std::chrono::nanoseconds(durationNs), &m_wakes);
    QCOMPARE(m_wakes.size(), std::size_t(1));
    QCOMPARE(m_wakes[0].id, 7);
    QCOMPARE(SleepScheduler::forCurrentThread()->pending(), std::size_t(0));
}

void TestSleep::sleepForSeconds()
{
    const qint64 start = nowNs();
    QCOMPARE(QCoro::waitFor(sleepTwiceInSeconds(0.05)), 42);
    const qint64 elapsed = nowNs() - start;
    QVERIFY2(elapsed >= 100 * Ms, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 200 * Ms, qPrintable(QString::number(elapsed)));
}

void TestSleep::manySleepersAllWake()
{
    // 100,000 coroutines sleeping 0..199 ms at once: all wake, and together in about the longest sleep.
    constexpr int Count = 100'000;
    const qint64 start = nowNs();
    for (int i = 0; i < Count; ++i)
        countingSleeper(std::chrono::milliseconds((i * 7919) % 200), &m_done);
    // All asleep at once, but for the 0 ms ones (and a few 1 ms ones if this thread was preempted).
    QVERIFY(SleepScheduler::forCurrentThread()->pending() <= std::size_t(Count - Count / 200));
    QVERIFY(SleepScheduler::forCurrentThread()->pending() > std::size_t(Count * 9 / 10));
    QTRY_COMPARE_WITH_TIMEOUT(m_done, Count, 10'000);
    const qint64 elapsed = nowNs() - start;
    QCOMPARE(SleepScheduler::forCurrentThread()->pending(), std::size_t(0));
    QVERIFY2(elapsed < 3'000 * Ms, qPrintable(QString::number(elapsed / 1e9)));
}

void TestSleep::eventLoopRunsWhileCoroutinesSleep()
{
    // A 10 ms ticker keeps ticking while a coroutine sleeps 300 ms on the same thread.
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QSignalSpy ticks(&ticker, &QTimer::timeout);
    ticker.start(10);
    const qint64 slept = QCoro::waitFor(measureSleep(300ms));
    ticker.stop();
    QVERIFY(slept >= 300 * Ms);
    // The loop kept turning: the ticker ticked many times (30 on an idle machine; fewer when busy).
    QVERIFY2(ticks.count() >= 5, qPrintable(QString::number(ticks.count())));
}

void TestSleep::aWakeUpPassArmsTheTimerOnce()
{
    // 200 coroutines wake in one pass and each goes back to sleep for less time than the one before
    // it: every new deadline is the earliest, yet the timer is started once, at the pass's end.
    constexpr int Count = 200;
    int woken = 0;
    std::vector<std::size_t> startsSeen;
    const SleepScheduler *scheduler = SleepScheduler::forCurrentThread();
    const qint64 start = nowNs();
    for (int i = 0; i < Count; ++i)
        sleepAgainSooner(start, Count, &woken, &startsSeen);
    const std::size_t startsAsleep = scheduler->timerStarts();
    QTRY_COMPARE_WITH_TIMEOUT(int(startsSeen.size()), Count, 10'000);
    QCOMPARE(woken, Count);
    // All 200 woke in one pass (a pass yields only after 256 wake-ups): the first to wake again
    // saw the one start that pass made.
    QCOMPARE(startsSeen.front(), startsAsleep + 1);
}

void TestSleep::chainsAsleepWhenTheThreadEndsAreFreed()
{
    // Three coroutines deep, the innermost asleep for an hour, on a thread that ends meanwhile: the
    // thread's scheduler frees every frame of every chain (LeakSanitizer would also see a leak).
    constexpr int Chains = 100;
    std::atomic<int> alive = 0;
    std::atomic<int> asleep = 0;
    std::atomic<std::size_t> pending = 0;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        for (int i = 0; i < Chains; ++i)
            outerSleeper(&alive);
        asleep = alive.load();
        pending = SleepScheduler::forCurrentThread()->pending();
    }));
    worker->start();
    QVERIFY(worker->wait(QDeadlineTimer(60'000)));
    QCOMPARE(asleep.load(), 3 * Chains);
    QCOMPARE(pending.load(), std::size_t(Chains));
    // QThread::wait() returns as run() ends; the thread's thread_local data goes a moment later.
    QTRY_COMPARE_WITH_TIMEOUT(alive.load(), 0, 30'000);
}

QTEST_GUILESS_MAIN(TestSleep)
#include "tst_sleep.moc"
