// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <array>

namespace Lab {

/**
 * A chess position that plays moves in coordinate notation ("e2e4", "e1g1" castles, "e7e8q").
 *
 * Squares hold FEN letters (uppercase white, '.' empty). It checks that a move is
 * pseudo-legal — the piece belongs to the side to move, moves the way that piece moves through
 * empty squares and does not capture its own — enough to catch a mistyped game; it does not
 * look for check.
 */
class ChessPosition
{
public:
    /** The starting position, white to move. */
    ChessPosition();

    /** 0 = a1, 7 = h1, 63 = h8. */
    QChar pieceAt(int square) const { return QLatin1Char(m_squares[std::size_t(square)]); }
    QChar pieceAt(int file, int rank) const { return pieceAt(rank * 8 + file); }
    bool whiteToMove() const { return m_whiteToMove; }

    /** Whether @p move may be played here (see the class comment for what is checked). */
    bool isPseudoLegal(const QString &move) const;
    /** Plays @p move if it is pseudo-legal; returns false (and changes nothing) otherwise. */
    bool play(const QString &move);

    /** The Unicode chess glyph for a FEN letter ('K' → ♔), or a space for an empty square. */
    static QChar glyph(QChar piece);

private:
    struct Move
    {
        int from = -1;
        int to = -1;
        char promotion = 0;
    };
    static bool parse(const QString &text, Move *move);
    bool pathClear(int from, int to) const;

    std::array<char, 64> m_squares;
    bool m_whiteToMove = true;
    int m_enPassant = -1; // the square a pawn just skipped, capturable this move
};

} // namespace Lab
