// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/chess/chessposition.h"

#include <cstdlib>
#include <cstring>

namespace Lab {

namespace {
bool isWhite(char piece)
{
    return piece >= 'A' && piece <= 'Z';
}
char kind(char piece)
{
    return piece >= 'a' ? char(piece - 'a' + 'A') : piece;
}
} // namespace

ChessPosition::ChessPosition()
{
    const char *start = "RNBQKBNR"
                        "PPPPPPPP"
                        "........"
                        "........"
                        "........"
                        "........"
                        "pppppppp"
                        "rnbqkbnr";
    std::memcpy(m_squares.data(), start, 64);
}

bool ChessPosition::parse(const QString &text, Move *move)
{
    if (text.size() != 4 && text.size() != 5)
        return false;
    const auto square = [&](int at) {
        const char file = text.at(at).toLatin1();
        const char rank = text.at(at + 1).toLatin1();
        if (file < 'a' || file > 'h' || rank < '1' || rank > '8')
            return -1;
        return (rank - '1') * 8 + (file - 'a');
    };
    move->from = square(0);
    move->to = square(2);
    move->promotion = text.size() == 5 ? text.at(4).toLatin1() : 0;
    if (move->promotion && !std::strchr("qrbn", move->promotion))
        return false;
    return move->from >= 0 && move->to >= 0 && move->from != move->to;
}

bool ChessPosition::pathClear(int from, int to) const
{
    const int df = (to % 8) - (from % 8);
    const int dr = (to / 8) - (from / 8);
    const int stepF = (df > 0) - (df < 0);
    const int stepR = (dr > 0) - (dr < 0);
    for (int f = from % 8 + stepF, r = from / 8 + stepR; f != to % 8 || r != to / 8; f += stepF, r += stepR) {
        if (m_squares[std::size_t(r * 8 + f)] != '.')
            return false;
    }
    return true;
}

bool ChessPosition::isPseudoLegal(const QString &text) const
{
    Move move;
    if (!parse(text, &move))
        return false;
    const char piece = m_squares[std::size_t(move.from)];
    const char target = m_squares[std::size_t(move.to)];
    if (piece == '.' || isWhite(piece) != m_whiteToMove)
        return false;
    if (target != '.' && isWhite(target) == m_whiteToMove)
        return false;
    const int df = (move.to % 8) - (move.from % 8);
    const int dr = (move.to / 8) - (move.from / 8);
    const int adf = std::abs(df);
    const int adr = std::abs(dr);
    switch (kind(piece)) {
    case 'N':
        return (adf == 1 && adr == 2) || (adf == 2 && adr == 1);
    case 'B':
        return adf == adr && pathClear(move.from, move.to);
    case 'R':
        return (df == 0 || dr == 0) && pathClear(move.from, move.to);
    case 'Q':
        return (adf == adr || df == 0 || dr == 0) && pathClear(move.from, move.to);
    case 'K':
        if (adf <= 1 && adr <= 1)
            return true;
        // Castling: two squares along the home rank, the rook in its corner, nothing between.
        if (dr == 0 && adf == 2 && move.from == (m_whiteToMove ? 4 : 60)) {
            const int rook = df > 0 ? move.from + 3 : move.from - 4;
            return m_squares[std::size_t(rook)] == (m_whiteToMove ? 'R' : 'r') && pathClear(move.from, rook);
        }
        return false;
    case 'P': {
        const int forward = m_whiteToMove ? 1 : -1;
        const int lastRank = m_whiteToMove ? 7 : 0;
        if ((move.to / 8 == lastRank) != (move.promotion != 0))
            return false;
        if (df == 0 && dr == forward)
            return target == '.';
        if (df == 0 && dr == 2 * forward && move.from / 8 == (m_whiteToMove ? 1 : 6))
            return target == '.' && pathClear(move.from, move.to);
        if (adf == 1 && dr == forward)
            return target != '.' || move.to == m_enPassant;
        return false;
    }
    }
    return false;
}

bool ChessPosition::play(const QString &text)
{
    if (!isPseudoLegal(text))
        return false;
    Move move;
    parse(text, &move);
    const char piece = m_squares[std::size_t(move.from)];
    const int df = (move.to % 8) - (move.from % 8);
    const int dr = (move.to / 8) - (move.from / 8);
    if (kind(piece) == 'P' && move.to == m_enPassant && m_squares[std::size_t(move.to)] == '.')
        m_squares[std::size_t(move.to - (m_whiteToMove ? 8 : -8))] = '.';
    if (kind(piece) == 'K' && std::abs(df) == 2) {
        const int rook = df > 0 ? move.from + 3 : move.from - 4;
        m_squares[std::size_t(move.from + (df > 0 ? 1 : -1))] = m_squares[std::size_t(rook)];
        m_squares[std::size_t(rook)] = '.';
    }
    m_enPassant = kind(piece) == 'P' && std::abs(dr) == 2 ? move.from + dr / 2 * 8 : -1;
    char placed = piece;
    if (move.promotion)
        placed = m_whiteToMove ? char(move.promotion - 'a' + 'A') : move.promotion;
    m_squares[std::size_t(move.to)] = placed;
    m_squares[std::size_t(move.from)] = '.';
    m_whiteToMove = !m_whiteToMove;
    return true;
}

QChar ChessPosition::glyph(QChar piece)
{
    // U+2654 ♔ … U+2659 ♙ are white king, queen, rook, bishop, knight, pawn; black follows at U+265A.
    static const char order[] = "KQRBNP";
    const char letter = piece.toLatin1();
    const char *at = std::strchr(order, kind(letter));
    if (letter == '.' || letter == 0 || !at)
        return QLatin1Char(' ');
    return QChar(char16_t(0x2654 + (at - order) + (isWhite(letter) ? 0 : 6)));
}

} // namespace Lab
