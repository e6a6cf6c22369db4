// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/themestyle.h"

#include <QFontInfo>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

#include <algorithm>

namespace Lab {

ThemeStyle::ThemeStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

int ThemeStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
    case PM_ScrollBarExtent: {
        // Fusion's sizes suit a 13 px text; grow them with the widget's text, never shrink them.
        const int text = widget ? QFontInfo(widget->font()).pixelSize() : 0;
        return std::max(base, text * base / 13);
    }
    default:
        return base;
    }
}

void ThemeStyle::outline(const QRect &rect, const QStyleOption *option, QPainter *painter, bool round) const
{
    const bool focus = option->state & State_HasFocus;
    const QColor colour = option->palette.color(focus ? QPalette::Highlight : QPalette::WindowText);
    const int width = focus ? lineWidth() : 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(colour, width));
    // The pen is centred on the path: inset by half its width so the whole line is inside rect.
    const double inset = width / 2.0;
    const QRectF r = QRectF(rect).adjusted(inset, inset, -inset, -inset);
    if (round)
        painter->drawEllipse(r);
    else
        painter->drawRect(r);
    painter->restore();
}

void ThemeStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        // Fusion's dotted focus rectangle is one pixel wide and pale: draw a solid one instead.
        painter->save();
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), lineWidth()));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
    if (!m_highContrast && indicator && option->palette.color(QPalette::Window).lightness() < 128) {
        // On a dark window Fusion's box edge is darker still: give it a visible rim.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option->palette.color(QPalette::Mid), 1));
        painter->setBrush(Qt::NoBrush);
        const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(r);
        else
            painter->drawRect(r);
        painter->restore();
    }
    if (!m_highContrast)
        return;
    switch (element) {
    case PE_PanelButtonCommand:
    case PE_FrameLineEdit:
    case PE_IndicatorCheckBox:
    case PE_Frame:
    case PE_FrameTabWidget:
    case PE_FrameGroupBox:
        outline(option->rect, option, painter);
        break;
    case PE_IndicatorRadioButton:
        outline(option->rect, option, painter, true);
        break;
    default:
        break;
    }
}

void ThemeStyle::drawControl(
    ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (m_highContrast && (element == CE_ProgressBarGroove || element == CE_HeaderSection))
        outline(option->rect, option, painter);
}

void ThemeStyle::drawComplexControl(
    ComplexControl control, const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (!m_highContrast)
        return;
    switch (control) {
    case CC_ComboBox:
    case CC_SpinBox:
        outline(option->rect, option, painter);
        break;
    case CC_ScrollBar:
    case CC_Slider: {
        const SubControl handle = control == CC_ScrollBar ? SC_ScrollBarSlider : SC_SliderHandle;
        QStyleOption plain(*option);
        plain.state &= ~State_HasFocus;
        outline(subControlRect(control, option, handle, widget), &plain, painter);
        break;
    }
    default:
        break;
    }
}

} // namespace Lab
