// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/chess/chessgames.h"
#include "models/chess/chessposition.h"

#include <QTest>

using namespace Lab;

// The boards show real games: every bundled move must be one the piece can make.
class TestChessPosition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBundledMoveIsPlayable_data()
    {
        QTest::addColumn<int>("index");
        const auto &games = bundledChessGames();
        for (int i = 0; i < int(games.size()); ++i)
            QTest::newRow(qPrintable(games[std::size_t(i)].event)) << i;
    }
    void everyBundledMoveIsPlayable()
    {
        QFETCH(int, index);
        const ChessGame &game = bundledChessGames()[std::size_t(index)];
        ChessPosition position;
        for (int i = 0; i < game.moves.size(); ++i)
            QVERIFY2(
                position.play(game.moves[i]), qPrintable(QStringLiteral("move %1: %2").arg(i + 1).arg(game.moves[i])));
    }

    void theOperaGameEndsInMorphysMate()
    {
        ChessPosition position;
        for (const QString &move : bundledChessGames().front().moves)
            QVERIFY(position.play(move));
        QCOMPARE(position.pieceAt(3, 7), QLatin1Char('R')); // Rd8#
        QCOMPARE(position.pieceAt(4, 7), QLatin1Char('k'));
        QCOMPARE(position.pieceAt(2, 0), QLatin1Char('K')); // castled long
        QCOMPARE(position.pieceAt(6, 4), QLatin1Char('B')); // Bg5 pins
    }

    void specialMoves()
    {
        ChessPosition position;
        for (const char *move : {"e2e4", "a7a6", "e4e5", "d7d5", "e5d6"}) // en passant
            QVERIFY2(position.play(QString::fromLatin1(move)), move);
        QCOMPARE(position.pieceAt(3, 4), QLatin1Char('.'));
        QCOMPARE(position.pieceAt(3, 5), QLatin1Char('P'));
        QVERIFY(!position.play(QStringLiteral("e2e4"))); // empty square
        QVERIFY(!position.play(QStringLiteral("a8a3"))); // rook through its own pawn
        QVERIFY(!position.play(QStringLiteral("g8g6"))); // a knight does not move so
        QVERIFY(position.play(QStringLiteral("g8f6")));
    }

    void glyphs()
    {
        QCOMPARE(ChessPosition::glyph(QLatin1Char('K')), QChar(0x2654));
        QCOMPARE(ChessPosition::glyph(QLatin1Char('p')), QChar(0x265F));
        QCOMPARE(ChessPosition::glyph(QLatin1Char('.')), QLatin1Char(' '));
    }
};

QTEST_GUILESS_MAIN(TestChessPosition)
#include "tst_chessposition.moc"
