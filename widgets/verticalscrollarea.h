// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QScrollArea>

namespace Lab {

/**
 * A scroll area that scrolls up and down only: it asks for the width its widget needs at least (so
 * a splitter or layout never makes it narrower), and lets the widget grow with it. What is taller
 * than the room scrolls; nothing scrolls sideways or is cut at the right edge.
 */
class VerticalScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit VerticalScrollArea(QWidget *widget, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool viewportEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int neededWidth() const;
};

} // namespace Lab
