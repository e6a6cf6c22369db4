// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/plates/platespinning.h"
#include "models/plates/plateworld.h"
#include "models/trace/tracerecorder.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace Lab;

namespace {
constexpr double Step = 1.0 / 60.0;

// Runs the simulated mode for @p seconds; blocked between @p blockFrom and @p blockTo.
void simulate(PlateWorld &world, double seconds, double blockFrom = -1, double blockTo = -1)
{
    const int steps = int(seconds / Step + 0.5);
    for (int i = 0; i < steps; ++i) {
        const double t = world.time();
        world.step(Step, t >= blockFrom && t < blockTo);
    }
}

PlateParams params(int plates, int hands, quint64 seed, double visit = 0.5)
{
    PlateParams p;
    p.plates = plates;
    p.hands = hands;
    p.seed = seed;
    p.visitSeconds = visit;
    return p;
}
} // namespace

class TestPlateSpinning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingFallsAtTheDefaults_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<double>("visit");
        for (quint64 seed : {1, 2, 3, 7, 42, 1234})
            QTest::addRow("seed %llu", seed) << seed << 0.5;
        // Margin: the default show survives slower hands too.
        QTest::addRow("seed 1, visits 40 %% longer") << quint64(1) << 0.7;
        QTest::addRow("seed 3, visits 40 %% longer") << quint64(3) << 0.7;
    }
    void nothingFallsAtTheDefaults()
    {
        QFETCH(quint64, seed);
        QFETCH(double, visit);
        PlateWorld world(params(18, 2, seed, visit));
        double closest = std::numeric_limits<double>::infinity();
        for (int i = 0; i < 120 * 60; ++i) {
            world.step(Step);
            for (const Hand &hand : world.hands()) {
                if (hand.plate >= 0 && world.visitLog().back().time == world.time())
                    closest = std::min(closest, world.timeToFall(world.visitLog().back().plate));
            }
        }
        QCOMPARE(world.platesFallen(), 0);
        QCOMPARE(world.platesUp(), 18);
        QVERIFY(world.visits() > 200);
        QVERIFY2(closest > 0.3, qPrintable(QString::number(closest)));
        for (const Hand &hand : world.hands()) {
            const double busy = hand.busySeconds / world.time();
            QVERIFY2(busy > 0.3 && busy < 0.99, qPrintable(QString::number(busy))); // busy, yet not flat out
        }
    }

    void tooFewHandsLetPlatesFall_data()
    {
        QTest::addColumn<int>("hands");
        QTest::addColumn<double>("visit");
        QTest::addColumn<quint64>("seed");
        QTest::addRow("1 hand") << 1 << 0.5 << quint64(1);
        QTest::addRow("1 hand, seed 2") << 1 << 0.5 << quint64(2);
        QTest::addRow("2 hands, slow visits") << 2 << 1.2 << quint64(1);
    }
    void tooFewHandsLetPlatesFall()
    {
        QFETCH(int, hands);
        QFETCH(double, visit);
        QFETCH(quint64, seed);
        PlateWorld world(params(18, hands, seed, visit));
        simulate(world, 30);
        QVERIFY2(world.platesFallen() > 0, "one hand cannot keep 18 plates up");
        QVERIFY(world.platesUp() > 0);
    }

    void blockingMakesPlatesFallAndUnblockingRecovers_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<double>("blockSeconds");
        QTest::addRow("seed 1, 6 s") << quint64(1) << 6.0;
        QTest::addRow("seed 2, 6 s") << quint64(2) << 6.0;
        QTest::addRow("seed 3, 8 s") << quint64(3) << 8.0;
        QTest::addRow("seed 5, 12 s") << quint64(5) << 12.0;
    }
    void blockingMakesPlatesFallAndUnblockingRecovers()
    {
        QFETCH(quint64, seed);
        QFETCH(double, blockSeconds);
        constexpr double BlockAt = 10.0;
        constexpr double RecoveryBound = 4.0; // plates caught dying at unblock may still go in this window
        PlateWorld world(params(18, 2, seed));
        simulate(world, BlockAt);
        QCOMPARE(world.platesFallen(), 0);
        simulate(world, blockSeconds, 0, 1e9);
        QVERIFY(world.hands()[0].stuck);
        const int fallenDuringBlock = world.platesFallen();
        QVERIFY2(fallenDuringBlock > 0, "a blocked loop lets plates fall");
        simulate(world, RecoveryBound);
        const int fallenAfterBound = world.platesFallen();
        QVERIFY(fallenAfterBound < 18);
        simulate(world, 60);
        QCOMPARE(world.platesFallen(), fallenAfterBound); // the hands keep what is still up
        // Fallen plates stay down.
        for (const Plate &plate : world.plates()) {
            if (plate.fallen)
                QVERIFY(plate.fellAt <= BlockAt + blockSeconds + RecoveryBound);
        }
    }

    void sameSeedSameRun_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("hands");
        QTest::addRow("seed 1") << quint64(1) << 2;
        QTest::addRow("seed 99, 3 hands") << quint64(99) << 3;
        QTest::addRow("seed 5, 1 hand") << quint64(5) << 1;
    }
    void sameSeedSameRun()
    {
        QFETCH(quint64, seed);
        QFETCH(int, hands);
        PlateWorld first(params(18, hands, seed));
        PlateWorld second(params(18, hands, seed));
        PlateWorld other(params(18, hands, seed + 1));
        simulate(first, 30, 12, 16);
        simulate(second, 30, 12, 16);
        simulate(other, 30, 12, 16);
        QVERIFY(first.visits() > 20);
        QVERIFY(first.visitLog() == second.visitLog());
        QCOMPARE(first.platesFallen(), second.platesFallen());
        QVERIFY(first.visitLog() != other.visitLog());
    }

    void liveCoroutineHandsKeepPlatesUp()
    {
        TraceRecorder recorder;
        PlateSpinning show(&recorder);
        show.setTimeScale(0.1); // 20 simulated seconds in 2 real ones
        show.start();
        QTRY_VERIFY_WITH_TIMEOUT(show.snapshot().time >= 20.0, 10000);
        show.stop();
        const auto snapshot = show.snapshot();
        QCOMPARE(snapshot.fallen, 0);
        QCOMPARE(snapshot.up, 18);
        QVERIFY(snapshot.visits > 30);
        QCOMPARE(int(recorder.tasks().size()), 1 + 2); // the event loop's lane and one per hand
    }

    void liveBlockingLetsPlatesFall_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("expectFalls");
        QTest::addRow("coroutines: the loop is blocked") << int(PlateSpinning::Mode::Coroutines) << true;
        QTest::addRow("threads: only the GUI thread is blocked") << int(PlateSpinning::Mode::Threads) << false;
    }
    void liveBlockingLetsPlatesFall()
    {
        QFETCH(int, mode);
        QFETCH(bool, expectFalls);
        TraceRecorder recorder;
        PlateSpinning show(&recorder);
        show.setMode(PlateSpinning::Mode(mode));
        show.setTimeScale(0.1);
        show.setBlockSeconds(12.0);
        QSignalSpy fell(&show, &PlateSpinning::plateFell);
        show.start();
        QTRY_VERIFY_WITH_TIMEOUT(show.snapshot().time >= 5.0, 10000);
        show.blockOnce();
        QTRY_VERIFY_WITH_TIMEOUT(show.snapshot().time >= 30.0, 10000);
        const int fallenAfterBlock = show.snapshot().fallen;
        QTRY_VERIFY_WITH_TIMEOUT(show.snapshot().time >= 50.0, 10000);
        show.stop();
        const auto snapshot = show.snapshot();
        if (expectFalls) {
            QVERIFY(snapshot.fallen > 0);
            QCOMPARE(snapshot.fallen, fallenAfterBlock); // recovered: nothing more falls
            QCOMPARE(fell.count(), snapshot.fallen);
        } else {
            QCOMPARE(snapshot.fallen, 0);
        }
        QCOMPARE(snapshot.up + snapshot.fallen, 18);
    }

    void summaryReadsLikeTheCommand()
    {
        PlateWorld world(params(18, 2, 1));
        simulate(world, 20);
        PlateSpinning::Snapshot snapshot{world.plates(), world.hands(), world.time(), world.platesUp(),
            world.platesFallen(), world.visits(), world.params()};
        const QString text = PlateSpinning::summary(snapshot);
        QVERIFY2(text.startsWith(QStringLiteral("18 up, 0 fallen, ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("; hand 1 busy ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(", hand 2 busy ")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestPlateSpinning)
#include "tst_platespinning.moc"
