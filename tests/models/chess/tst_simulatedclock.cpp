// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/chess/simulatedclock.h"

#include <QCoroTask>
#include <QTest>

#include <limits>

using namespace Lab;

Q_DECLARE_METATYPE(double)

// Time scales at the edge of what a double holds: a sleeper must still wake, with the clock at
// its deadline (a scale of 1e-50 once made the simulated time overflow and the clock spin).
namespace {
QCoro::Task<> sleepThenMark(SimulatedClock *clock, qint64 ms, bool *woke)
{
    co_await clock->sleepFor(ms);
    *woke = true;
}
} // namespace

class TestSimulatedClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extremeScales_data();
    void extremeScales();
};

void TestSimulatedClock::extremeScales_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("effective");
    QTest::newRow("1e-50") << 1e-50 << 0.0;
    QTest::newRow("smallest denormal") << std::numeric_limits<double>::denorm_min() << 0.0;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << 0.0;
    QTest::newRow("negative") << -1.0 << 0.0;
    QTest::newRow("smallest taken") << SimulatedClock::MinTimeScale << SimulatedClock::MinTimeScale;
    QTest::newRow("1e-6") << 1e-6 << 1e-6;
    QTest::newRow("largest") << std::numeric_limits<double>::max() << SimulatedClock::MaxTimeScale;
}

void TestSimulatedClock::extremeScales()
{
    QFETCH(double, scale);
    QFETCH(double, effective);
    SimulatedClock clock;
    clock.setTimeScale(scale);
    QCOMPARE(clock.timeScale(), effective);
    if (effective > 1e-3)
        return; // a real-time sleep: nothing extreme to wake
    bool woke = false;
    // A simulated day: at these scales it passes within milliseconds.
    sleepThenMark(&clock, 24 * 3600 * 1000, &woke);
    QTRY_VERIFY_WITH_TIMEOUT(woke, 10000);
    QCOMPARE(clock.now(), qint64(24 * 3600 * 1000));
}

QTEST_GUILESS_MAIN(TestSimulatedClock)
#include "tst_simulatedclock.moc"
