// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/spinnerwidget.h"

#include <QPainter>
#include <QtMath>

namespace Lab {

namespace {
constexpr int Dots = 12;
const QString glyphs = QStringLiteral("|/-\\");
} // namespace

SpinnerWidget::SpinnerWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Spinner"));
    setMinimumSize(200, 200);
}

void SpinnerWidget::setFrame(int index)
{
    m_frame = index;
    setAccessibleDescription(tr("frame %1").arg(index));
    update();
}

void SpinnerWidget::setMessage(const QString &message)
{
    m_message = message;
    update();
}

void SpinnerWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor accent = palette().color(QPalette::Highlight);

    const int textHeight = fontMetrics().height() * 3;
    const qreal side = std::min(width(), height() - textHeight) * 0.8;
    const QPointF centre(width() / 2.0, (height() - textHeight) / 2.0);
    const qreal radius = side / 2.0;
    const qreal dot = std::max(4.0, side / 14.0);
    for (int i = 0; i < Dots; ++i) {
        const qreal angle = 2 * M_PI * i / Dots - M_PI / 2;
        const QPointF at = centre + QPointF(std::cos(angle), std::sin(angle)) * (radius - dot);
        // The bright dot and a fading tail behind it.
        const int behind = (m_frame - i) % Dots < 0 ? (m_frame - i) % Dots + Dots : (m_frame - i) % Dots;
        QColor colour = behind < 4 ? accent : ink;
        colour.setAlphaF(behind < 4 ? 1.0 - behind * 0.22 : 0.15);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(at, dot, dot);
    }

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setFamily(QStringLiteral("monospace"));
    painter.setFont(big);
    painter.setPen(ink);
    const QString line = QString(glyphs[m_frame % glyphs.size()]) + u' ' + m_message;
    painter.drawText(QRectF(0, height() - textHeight, width(), textHeight), Qt::AlignCenter, line);
}

} // namespace Lab
