// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QScrollArea>

namespace Lab {

/**
 * A scroll area that scrolls up and down: its widget grows with it, and what is taller than the
 * room scrolls. It tells the width its widget needs (neededWidth(), also its size hint) so that a
 * splitter's rule can give it that width; its minimum stays small, so that a large zoom in a
 * small window makes the visual scroll sideways as a last resort instead of pushing the window
 * past the screen's edge.
 */
class VerticalScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit VerticalScrollArea(QWidget *widget, QWidget *parent = nullptr);

    /** The width the widget needs at least, with room for the vertical scroll bar: given this, nothing scrolls
        sideways. */
    int neededWidth() const;
    QSize sizeHint() const override;

protected:
    bool viewportEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Lab
