// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

namespace Lab {

/**
 * Fusion, with a focus frame that can be seen from the back of a room, and in high contrast an
 * outline on every control: Fusion draws its edges a shade darker than the window, which on a
 * black window is no edge at all.
 */
class ThemeStyle : public QProxyStyle
{
    Q_OBJECT
public:
    ThemeStyle();

    void setHighContrast(bool on) { m_highContrast = on; }
    bool isHighContrast() const { return m_highContrast; }
    /** The width of focus frames and outlines, in pixels. */
    int lineWidth() const { return m_highContrast ? 3 : 2; }

    /** Check boxes, radio buttons and scroll bars grow with the text, so that zoom scales them too. */
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override;
    void drawPrimitive(
        PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override;
    void drawControl(
        ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
        const QWidget *widget) const override;

private:
    void outline(const QRect &rect, const QStyleOption *option, QPainter *painter, bool round = false) const;

    bool m_highContrast = false;
};

} // namespace Lab
