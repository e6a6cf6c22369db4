// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/chess/chessposition.h"

#include <QWidget>

class QPainter;

namespace Lab {

/**
 * One small chess board drawn from a position with the Unicode chess glyphs, a caption under it
 * ("Board 3 · move 14 · thinking"), and a highlight when the master stands at it.
 */
class ChessBoardView : public QWidget
{
    Q_OBJECT
public:
    explicit ChessBoardView(QWidget *parent = nullptr);

    void setPosition(const ChessPosition &position);
    const ChessPosition &position() const { return m_position; }
    void setCaption(const QString &caption);
    QString caption() const { return m_caption; }
    /** Highlighted: the master is at this board; waiting draws the highlight in the waiting colour. */
    void setHighlighted(bool highlighted, bool waiting = false);
    bool isHighlighted() const { return m_highlighted; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static void drawPiece(QPainter &painter, const QRect &cell, QChar piece, const QFont &glyphFont);

    ChessPosition m_position;
    QString m_caption;
    bool m_highlighted = false;
    bool m_waiting = false;
};

} // namespace Lab
