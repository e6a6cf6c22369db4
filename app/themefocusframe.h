// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFocusFrame>

namespace Lab {

/**
 * A solid ring in the highlight colour around whatever has keyboard focus in the window: Fusion's
 * own focus hints are a pale line that a projector loses. Follows the focus by itself.
 */
class ThemeFocusFrame : public QFocusFrame
{
    Q_OBJECT
public:
    /** Follows the focus among @p window's widgets. */
    explicit ThemeFocusFrame(QWidget *window);

    /** The ring's width in pixels (3 in high contrast, else 2). */
    int lineWidth() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void follow(QWidget *focus);

    QWidget *m_window;
};

} // namespace Lab
