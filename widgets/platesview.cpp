// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/platesview.h"

#include "models/plates/platespinning.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace Lab {

PlatesView::PlatesView(PlateSpinning *show, QWidget *parent)
    : QWidget(parent)
    , m_show(show)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Plates on their poles"));
    m_frameTimer.setInterval(16);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, [this] {
        if (m_show->isRunning())
            update();
    });
    m_frameTimer.start();
    connect(m_show, &PlateSpinning::stopped, this, qOverload<>(&QWidget::update));
    // The frame painted now stays on screen while the loop is blocked: it shows who is stuck.
    connect(m_show, &PlateSpinning::handBlocked, this, qOverload<>(&QWidget::repaint));
}

void PlatesView::showWorld(std::optional<PlateSpinning::Snapshot> world)
{
    m_shown = std::move(world);
    update();
}

void PlatesView::paintEvent(QPaintEvent *)
{
    ++m_frames;
    const PlateSpinning::Snapshot world = m_shown ? *m_shown : m_show->snapshot();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QColor ink = palette().color(QPalette::Text);
    const int count = int(world.plates.size());
    if (count == 0)
        return;

    const int rows = count <= 10 ? 1 : (count <= 24 ? 2 : 3);
    const int columns = (count + rows - 1) / rows;
    const double cellW = double(width()) / columns;
    const double cellH = double(height()) / rows;
    const double plateW = std::min(cellW * 0.8, cellH * 0.7);
    const double plateH = plateW * 0.28;
    const PlateParams &params = world.params;
    // Room for the plate's number below the floor, at the size of the text (large in presenter mode).
    const int numberRow = fontMetrics().height() + 4;

    for (int i = 0; i < count; ++i) {
        const Plate &plate = world.plates[i];
        const double left = (i % columns) * cellW;
        const double top = (i / columns) * cellH;
        const double floorY = top + cellH - numberRow;
        const QPointF poleTop(left + cellW / 2, top + cellH * 0.32);
        painter.setPen(QPen(ink.lighter(160), 3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(poleTop.x(), floorY), poleTop);
        painter.setPen(QPen(ink.lighter(180), 1));
        painter.drawLine(QPointF(left + 4, floorY), QPointF(left + cellW - 4, floorY));

        QColor colour(0x2e, 0x9d, 0x4f); // spinning
        double tilt = 0;
        if (plate.fallen) {
            colour = QColor(0xc6, 0x28, 0x28);
        } else if (plate.speed < params.wobbleSpeed) {
            colour = QColor(0xe0, 0x8a, 0x00);
            // The slower it turns, the wider it swings.
            const double depth = (params.wobbleSpeed - plate.speed) / (params.wobbleSpeed - params.fallSpeed);
            tilt = 28.0 * std::clamp(depth, 0.2, 1.0) * std::sin(2 * std::numbers::pi * (world.time * 2.5 + i * 0.37));
        }

        painter.save();
        if (plate.fallen) {
            painter.translate(poleTop.x() + plateW * 0.08, floorY - plateH / 2);
            painter.rotate(-12 + (i % 3) * 9);
        } else {
            painter.translate(poleTop);
            painter.rotate(tilt);
        }
        const QRectF ellipse(-plateW / 2, -plateH / 2, plateW, plateH);
        painter.setPen(QPen(colour.darker(140), 1.5));
        painter.setBrush(colour);
        painter.drawEllipse(ellipse);
        if (!plate.fallen) {
            // A mark on the rim goes round as the plate turns.
            const double phase = 2 * std::numbers::pi * plate.angle;
            const QPointF mark(std::cos(phase) * plateW * 0.38, std::sin(phase) * plateH * 0.38);
            painter.setBrush(Qt::white);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(mark, plateH * 0.16, plateH * 0.16);
        }
        painter.restore();

        painter.setPen(ink);
        painter.drawText(
            QRectF(left, floorY + 2, cellW, numberRow - 2), Qt::AlignHCenter | Qt::AlignTop, QString::number(i + 1));
    }

    for (int hand = 0; hand < int(world.hands.size()); ++hand) {
        const Hand &h = world.hands[hand];
        if (h.plate < 0 || h.plate >= count)
            continue;
        const double x = (h.plate % columns) * cellW + cellW / 2;
        const double y = (h.plate / columns) * cellH + cellH * 0.32 - plateH - 12;
        const double r = std::max({8.0, plateH * 0.6, fontMetrics().height() * 0.6});
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(h.stuck ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::Highlight));
        painter.drawEllipse(QPointF(x, y), r, r);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(x - r, y - r, 2 * r, 2 * r), Qt::AlignCenter, QString::number(hand + 1));
    }
}

} // namespace Lab
