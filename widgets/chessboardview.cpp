// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/chessboardview.h"

#include <QFontInfo>
#include <QPainter>

namespace Lab {

ChessBoardView::ChessBoardView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ChessBoardView::setPosition(const ChessPosition &position)
{
    m_position = position;
    update();
}

void ChessBoardView::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    setAccessibleName(caption); // "Board 7", "7 · move 3 · she moves": what the picture says
    update();
}

void ChessBoardView::setHighlighted(bool highlighted, bool waiting)
{
    if (highlighted == m_highlighted && waiting == m_waiting)
        return;
    m_highlighted = highlighted;
    m_waiting = waiting;
    update();
}

QSize ChessBoardView::sizeHint() const
{
    // The board grows with the text, so that a presenter's large type brings large pieces:
    // 15 text heights a side (a square is about two), 360 px with presenter mode's 24 px text.
    const int side = std::max(128, 15 * QFontInfo(font()).pixelSize()) + 8;
    return {side, side + fontMetrics().height() + 4};
}

QSize ChessBoardView::minimumSizeHint() const
{
    return sizeHint();
}

void ChessBoardView::drawPiece(QPainter &painter, const QRect &cell, QChar piece, const QFont &glyphFont)
{
    // The solid glyph in the piece's colour over a halo of it in the other colour: a white piece is
    // white ringed in black, a black one black ringed in white, on either square (the outline-only
    // white glyphs all but vanish on light squares).
    const bool white = piece.isUpper();
    const QString solid(ChessPosition::glyph(piece.toLower()));
    const int ring = std::max(1, cell.height() / 30);
    painter.setFont(glyphFont);
    painter.setPen(white ? Qt::black : Qt::white);
    for (int dx = -ring; dx <= ring; dx += ring) {
        for (int dy = -ring; dy <= ring; dy += ring) {
            if (dx != 0 || dy != 0)
                painter.drawText(cell.translated(dx, dy), Qt::AlignCenter, solid);
        }
    }
    painter.setPen(white ? Qt::white : Qt::black);
    painter.drawText(cell, Qt::AlignCenter, solid);
}

void ChessBoardView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int frame = 4;
    const int side = std::min(width(), height() - fontMetrics().height() - 4) - 2 * frame;
    const int square = std::max(1, side / 8);
    const QRect board((width() - square * 8) / 2, frame, square * 8, square * 8);
    if (m_highlighted) {
        // Orange: she is moving here; red: she stands here waiting for the reply.
        painter.fillRect(board.adjusted(-frame, -frame, frame, frame),
            m_waiting ? QColor(0xd0, 0x30, 0x30) : QColor(0xf0, 0x90, 0x20));
    }
    QFont glyphFont = font();
    glyphFont.setPixelSize(std::max(6, square * 4 / 5));
    painter.setFont(glyphFont);
    for (int rank = 0; rank < 8; ++rank) {
        for (int file = 0; file < 8; ++file) {
            // White at the bottom: rank 8 is drawn first.
            const QRect cell(board.left() + file * square, board.top() + (7 - rank) * square, square, square);
            const bool light = (file + rank) % 2 == 1;
            painter.fillRect(cell, light ? QColor(0xee, 0xee, 0xd2) : QColor(0x76, 0x96, 0x56));
            const QChar piece = m_position.pieceAt(file, rank);
            if (piece != QLatin1Char('.'))
                drawPiece(painter, cell, piece, glyphFont);
        }
    }
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect captionRect(0, board.bottom() + frame + 2, width(), fontMetrics().height());
    painter.drawText(
        captionRect, Qt::AlignHCenter | Qt::AlignTop, fontMetrics().elidedText(m_caption, Qt::ElideRight, width()));
}

} // namespace Lab
