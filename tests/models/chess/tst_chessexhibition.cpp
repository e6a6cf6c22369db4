// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/chess/chessexhibition.h"
#include "models/chess/simulatedclock.h"
#include "models/trace/tracerecorder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Lab;

Q_DECLARE_METATYPE(Lab::ExhibitionSchedule)

// The exhibition as a spectator would time it: when the last game ends, how long she waited,
// and that she never moves on a board whose opponent is still thinking.
class TestChessExhibition : public QObject
{
    Q_OBJECT

    static ExhibitionParams params(int opponents, double master, double opponent, int pairs)
    {
        ExhibitionParams p;
        p.opponents = opponents;
        p.masterMoveSeconds = master;
        p.opponentMoveSeconds = opponent;
        p.movePairs = pairs;
        return p;
    }

    // What the exhibition got to, for a failure message.
    static QByteArray progress(const ChessExhibition &exhibition, const SimulatedClock &clock)
    {
        return QStringLiteral("at %1: %2 master and %3 opponent moves, %4 sleeping")
            .arg(SimulatedClock::format(clock.now()))
            .arg(exhibition.masterMoves())
            .arg(exhibition.opponentMoves())
            .arg(clock.pending())
            .toUtf8();
    }

    static void addRows()
    {
        QTest::addColumn<ExhibitionSchedule>("schedule");
        QTest::addColumn<int>("opponents");
        QTest::addColumn<double>("master");
        QTest::addColumn<double>("opponent");
        QTest::addColumn<int>("pairs");
        QTest::addColumn<QString>("expectedEnd");
        QTest::addColumn<QString>("talk");
        QTest::addColumn<qint64>("waitingMs");
        const auto sim = ExhibitionSchedule::Simultaneous;
        const auto seq = ExhibitionSchedule::Sequential;
        QTest::newRow("talk simultaneous") << sim << 24 << 5.0 << 55.0 << 30 << "1:00:55"
                                           << "1:00:00" << qint64(0);
        QTest::newRow("talk sequential") << seq << 24 << 5.0 << 55.0 << 30 << "12:00:00"
                                         << "12:00:00" << qint64(24 * 30 * 55'000);
        // One opponent: she must wait for every reply, so both schedules take G·(M + P).
        QTest::newRow("1 opponent simultaneous") << sim << 1 << 5.0 << 55.0 << 30 << "0:30:00"
                                                 << "0:02:30" << qint64(29 * 55'000);
        QTest::newRow("1 opponent sequential") << seq << 1 << 5.0 << 55.0 << 30 << "0:30:00"
                                               << "0:30:00" << qint64(30 * 55'000);
        // An opponent slower than her round (P > (O − 1)·M): she waits 60 − 20 = 40 s at board 1 each round.
        QTest::newRow("waiting") << sim << 4 << 5.0 << 55.0 << 10 << "0:10:15"
                                 << "0:03:20" << qint64(9 * 40'000);
        // Exactly as slow as her walk: no waiting, the formula plus one reply.
        QTest::newRow("just in time") << sim << 12 << 5.0 << 55.0 << 3 << "0:03:55"
                                      << "0:03:00" << qint64(0);
        QTest::newRow("one move pair") << sim << 24 << 5.0 << 55.0 << 1 << "0:02:55"
                                       << "0:02:00" << qint64(0);
        QTest::newRow("fractions") << sim << 3 << 0.5 << 0.75 << 4 << "0:00:06.75"
                                   << "0:00:06" << qint64(0);
        QTest::newRow("fractions, waiting") << sim << 3 << 0.5 << 1.5 << 4 << "0:00:09"
                                            << "0:00:06" << qint64(3 * 500);
    }

private Q_SLOTS:
    void totalsMatchTheFormulas_data() { addRows(); }
    void totalsMatchTheFormulas()
    {
        QFETCH(ExhibitionSchedule, schedule);
        QFETCH(int, opponents);
        QFETCH(double, master);
        QFETCH(double, opponent);
        QFETCH(int, pairs);
        QFETCH(QString, expectedEnd);
        QFETCH(QString, talk);
        QFETCH(qint64, waitingMs);

        const ExhibitionParams p = params(opponents, master, opponent, pairs);
        QCOMPARE(p.validate(), QString());
        QCOMPARE(SimulatedClock::format(ExhibitionFormula::expectedEndMs(schedule, p)), expectedEnd);
        QCOMPARE(SimulatedClock::format(ExhibitionFormula::talkMs(schedule, p)), talk);
        QCOMPARE(ExhibitionFormula::expectedWaitingMs(schedule, p), waitingMs);
        QCOMPARE(ExhibitionFormula::explainDifference(schedule, p).isEmpty(), expectedEnd == talk);

        TraceRecorder recorder;
        ChessExhibition exhibition(&recorder);
        SimulatedClock &clock = *exhibition.clock();
        clock.setTimeScale(0);
        const std::size_t lanesBefore = recorder.tasks().size();
        exhibition.setParams(p);
        exhibition.setSchedule(schedule);
        QSignalSpy finished(&exhibition, &ChessExhibition::finished);
        exhibition.start();
        QVERIFY(exhibition.isRunning());
        QVERIFY2(finished.wait(10'000), progress(exhibition, clock));
        QCOMPARE(SimulatedClock::format(exhibition.endMs()), expectedEnd);
        QCOMPARE(clock.now(), exhibition.endMs());
        QCOMPARE(exhibition.masterWaitingMs(), waitingMs);
        QCOMPARE(exhibition.masterMoves(), opponents * pairs);
        QCOMPARE(exhibition.opponentMoves(), opponents * pairs);
        for (const auto &board : exhibition.boards()) {
            QCOMPARE(board.halfMoves, 2 * pairs);
            QCOMPARE(board.turn, ExhibitionBoard::Turn::Over);
        }
        QCOMPARE(int(recorder.tasks().size() - lanesBefore),
            1 + std::min(opponents, int(ChessExhibition::MaxOpponentLanes)));
        QCOMPARE(clock.pending(), std::size_t(0));
    }

    void theScheduleIsKept_data() { addRows(); }
    void theScheduleIsKept()
    {
        QFETCH(ExhibitionSchedule, schedule);
        QFETCH(int, opponents);
        QFETCH(double, master);
        QFETCH(double, opponent);
        QFETCH(int, pairs);

        ChessExhibition exhibition;
        SimulatedClock &clock = *exhibition.clock();
        clock.setTimeScale(0);
        exhibition.setParams(params(opponents, master, opponent, pairs));
        exhibition.setSchedule(schedule);
        QSignalSpy finished(&exhibition, &ChessExhibition::finished);
        exhibition.start();
        QVERIFY2(finished.wait(10'000), progress(exhibition, clock));

        // Her moves: one after the other, visiting the boards in order.
        std::vector<ExhibitionMove> masterMoves;
        std::vector<std::vector<ExhibitionMove>> perBoard{std::size_t(opponents)};
        for (const auto &move : exhibition.moveLog()) {
            if (move.master)
                masterMoves.push_back(move);
            perBoard[std::size_t(move.board)].push_back(move);
        }
        QCOMPARE(int(masterMoves.size()), opponents * pairs);
        for (std::size_t i = 0; i < masterMoves.size(); ++i) {
            const int expected = schedule == ExhibitionSchedule::Simultaneous ? int(i) % opponents : int(i) / pairs;
            QCOMPARE(masterMoves[i].board, expected);
            QCOMPARE(masterMoves[i].end - masterMoves[i].start, qint64(master * 1000));
            if (i > 0)
                QVERIFY(masterMoves[i].start >= masterMoves[i - 1].end);
        }
        // On each board: she, the opponent, she, … and never a move while the other side is at it.
        for (const auto &moves : perBoard) {
            QCOMPARE(int(moves.size()), 2 * pairs);
            std::vector<ExhibitionMove> sorted = moves;
            std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
                return a.start != b.start ? a.start < b.start : a.master;
            });
            for (std::size_t i = 0; i < sorted.size(); ++i) {
                QCOMPARE(sorted[i].master, i % 2 == 0);
                if (i > 0)
                    QVERIFY2(sorted[i].start >= sorted[i - 1].end, "a move began before the other side had moved");
            }
        }
    }

    void aThousandOpponentsFinishQuickly()
    {
        ChessExhibition exhibition;
        SimulatedClock &clock = *exhibition.clock();
        clock.setTimeScale(0);
        const ExhibitionParams p = params(1000, 5, 55, 30);
        exhibition.setParams(p);
        QSignalSpy finished(&exhibition, &ChessExhibition::finished);
        QElapsedTimer timer;
        timer.start();
        exhibition.start();
        QVERIFY2(finished.wait(10'000), progress(exhibition, clock));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        QCOMPARE(exhibition.endMs(), ExhibitionFormula::expectedEndMs(ExhibitionSchedule::Simultaneous, p));
        QCOMPARE(SimulatedClock::format(exhibition.endMs()), QStringLiteral("41:40:55"));
    }

    void stopAbandonsTheRunAndStartsAgain()
    {
        ChessExhibition exhibition;
        SimulatedClock &clock = *exhibition.clock();
        clock.setTimeScale(1.0 / 3600); // a simulated hour per real second
        QSignalSpy finished(&exhibition, &ChessExhibition::finished);
        exhibition.start();
        QTRY_VERIFY(exhibition.masterMoves() >= 2);
        QVERIFY(clock.now() > 0);
        exhibition.stop();
        QVERIFY(!exhibition.isRunning());
        QCOMPARE(clock.pending(), std::size_t(0));
        QCOMPARE(finished.count(), 0);

        clock.setTimeScale(0);
        exhibition.start();
        QVERIFY2(finished.wait(10'000), progress(exhibition, clock));
        QCOMPARE(SimulatedClock::format(exhibition.endMs()), QStringLiteral("1:00:55"));
    }

    void theClockRunsAtItsSpeedAndPauses()
    {
        ChessExhibition exhibition;
        SimulatedClock &clock = *exhibition.clock();
        clock.setTimeScale(1.0 / 60); // a simulated minute per real second
        exhibition.start();
        QTRY_VERIFY(clock.now() >= 5'000); // her first move (5 s) takes about 83 ms
        clock.pause();
        QVERIFY(clock.isPaused());
        const qint64 pausedAt = clock.now();
        QTest::qWait(100); // nothing is meant to happen: the check is that time stood still
        QCOMPARE(clock.now(), pausedAt);
        clock.resume();
        QTRY_VERIFY(clock.now() > pausedAt + 1000);
        QVERIFY(exhibition.isRunning());
        exhibition.stop();
    }

    void formatReadsLikeAClock()
    {
        QCOMPARE(SimulatedClock::format(0), QStringLiteral("0:00:00"));
        QCOMPARE(SimulatedClock::format(3'655'000), QStringLiteral("1:00:55"));
        QCOMPARE(SimulatedClock::format(43'200'000), QStringLiteral("12:00:00"));
        QCOMPARE(SimulatedClock::format(2'500), QStringLiteral("0:00:02.5"));
    }

    void invalidParametersAreRejected()
    {
        QVERIFY(!params(0, 5, 55, 30).validate().isEmpty());
        QVERIFY(!params(1001, 5, 55, 30).validate().isEmpty());
        QVERIFY(!params(24, 0, 55, 30).validate().isEmpty());
        QVERIFY(!params(24, 5, -1, 30).validate().isEmpty());
        QVERIFY(!params(24, 5, 55, 0).validate().isEmpty());
        QVERIFY(params(24, 5, 55, 30).validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChessExhibition)
#include "tst_chessexhibition.moc"
