// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/plates/platespinning.h"

#include <QTimer>
#include <QWidget>

#include <optional>

namespace Lab {

/**
 * Plates on poles: a spinning plate shows a mark going round its rim, a wobbling one tilts
 * back and forth, a fallen one lies on the floor. Hands are numbered markers above the plate
 * they hold (red while stuck in a blocking call). It repaints about 60 times a second while
 * the show runs, drawing only what the model says, so a blocked event loop freezes it.
 */
class PlatesView : public QWidget
{
    Q_OBJECT
public:
    explicit PlatesView(PlateSpinning *show, QWidget *parent = nullptr);

    /** How many frames were painted (tests and the meter use it to see the animation run). */
    int framesPainted() const { return m_frames; }
    /** Draws @p world instead of the live show (a replay), or the live show again for std::nullopt. */
    void showWorld(std::optional<PlateSpinning::Snapshot> world);
    bool isShowingLive() const { return !m_shown.has_value(); }

    QSize sizeHint() const override { return {720, 360}; }
    /** Two rows of plates, each with room for a plate above its number, at the size of the text. */
    QSize minimumSizeHint() const override { return {240, 2 * 5 * fontMetrics().height()}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PlateSpinning *m_show;
    std::optional<PlateSpinning::Snapshot> m_shown;
    QTimer m_frameTimer;
    int m_frames = 0;
};

} // namespace Lab
