// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/theme.h"

#include "app/themestyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QToolTip>

#include <cmath>

namespace Lab {

namespace {
// White text on it reaches 5.3 : 1; on the dark window it still stands out as a focus ring.
const QColor AccessibleBlue(0x2a, 0x6d, 0xb8);

void setAll(QPalette &palette, QPalette::ColorRole role, const QColor &colour, const QColor &disabled)
{
    palette.setColor(QPalette::Active, role, colour);
    palette.setColor(QPalette::Inactive, role, colour);
    palette.setColor(QPalette::Disabled, role, disabled);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor dimmed(0x8c, 0x8c, 0x8c);
    setAll(p, QPalette::Window, QColor(0x2b, 0x2b, 0x2b), QColor(0x2b, 0x2b, 0x2b));
    setAll(p, QPalette::WindowText, text, dimmed);
    setAll(p, QPalette::Base, QColor(0x1e, 0x1e, 0x1e), QColor(0x26, 0x26, 0x26));
    setAll(p, QPalette::AlternateBase, QColor(0x33, 0x33, 0x33), QColor(0x33, 0x33, 0x33));
    setAll(p, QPalette::Text, text, dimmed);
    setAll(p, QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0), dimmed);
    setAll(p, QPalette::Button, QColor(0x3a, 0x3a, 0x3a), QColor(0x30, 0x30, 0x30));
    setAll(p, QPalette::ButtonText, text, dimmed);
    setAll(p, QPalette::BrightText, QColor(0xff, 0x7b, 0x72), QColor(0xff, 0x7b, 0x72));
    setAll(p, QPalette::Light, QColor(0x55, 0x55, 0x55), QColor(0x55, 0x55, 0x55));
    setAll(p, QPalette::Midlight, QColor(0x48, 0x48, 0x48), QColor(0x48, 0x48, 0x48));
    setAll(p, QPalette::Mid, QColor(0x80, 0x80, 0x80), QColor(0x60, 0x60, 0x60));
    setAll(p, QPalette::Dark, QColor(0x1a, 0x1a, 0x1a), QColor(0x1a, 0x1a, 0x1a));
    setAll(p, QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a), QColor(0x0a, 0x0a, 0x0a));
    setAll(p, QPalette::Highlight, AccessibleBlue, QColor(0x50, 0x50, 0x50));
    setAll(p, QPalette::HighlightedText, Qt::white, dimmed);
    setAll(p, QPalette::Link, QColor(0x7c, 0xb8, 0xff), QColor(0x7c, 0xb8, 0xff));
    setAll(p, QPalette::LinkVisited, QColor(0xc5, 0x9b, 0xff), QColor(0xc5, 0x9b, 0xff));
    setAll(p, QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c), QColor(0x3c, 0x3c, 0x3c));
    setAll(p, QPalette::ToolTipText, text, text);
    return p;
}

// Black, white and yellow only: what stays legible on a washed-out projector.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    const QColor disabled(0xb0, 0xb0, 0xb0); // still 10:1 on black
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::ToolTipBase, QPalette::Shadow})
        setAll(p, role, black, black);
    setAll(p, QPalette::AlternateBase, QColor(0x1c, 0x1c, 0x1c), QColor(0x1c, 0x1c, 0x1c));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        setAll(p, role, white, disabled);
    setAll(p, QPalette::PlaceholderText, disabled, disabled);
    // Frames and lines are drawn in these: white, so every edge shows.
    for (auto role : {QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark})
        setAll(p, role, white, disabled);
    setAll(p, QPalette::BrightText, yellow, yellow);
    setAll(p, QPalette::Highlight, yellow, disabled);
    setAll(p, QPalette::HighlightedText, black, black);
    setAll(p, QPalette::Link, yellow, yellow);
    setAll(p, QPalette::LinkVisited, yellow, yellow);
    return p;
}

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}
} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::System:
        break;
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("system");
}

Theme themeFromKey(const QString &key)
{
    for (Theme theme : AllThemes) {
        if (themeKey(theme) == key)
            return theme;
    }
    return Theme::System;
}

QString themeTitle(Theme theme)
{
    switch (theme) {
    case Theme::System:
        break;
    case Theme::Light:
        return QCoreApplication::translate("Lab::Theme", "&Light");
    case Theme::Dark:
        return QCoreApplication::translate("Lab::Theme", "&Dark");
    case Theme::HighContrast:
        return QCoreApplication::translate("Lab::Theme", "&High contrast");
    }
    return QCoreApplication::translate("Lab::Theme", "&System");
}

QPalette themePalette(Theme theme)
{
    switch (theme) {
    case Theme::System:
        break;
    case Theme::Light: {
        // Fusion's light palette, with a selection dark enough for its white text (5 : 1).
        ThemeStyle style;
        QPalette light = style.standardPalette();
        setAll(light, QPalette::Highlight, AccessibleBlue, light.color(QPalette::Disabled, QPalette::Highlight));
        return light;
    }
    case Theme::Dark:
        return darkPalette();
    case Theme::HighContrast:
        return highContrastPalette();
    }
    return QPalette();
}

void applyTheme(Theme theme)
{
    auto *style = qobject_cast<ThemeStyle *>(QApplication::style());
    if (!style) {
        style = new ThemeStyle;
        QApplication::setStyle(style);
    }
    style->setHighContrast(theme == Theme::HighContrast);
    const QPalette palette = themePalette(theme);
    QApplication::setPalette(palette);
    QToolTip::setPalette(theme == Theme::System ? QApplication::palette() : palette);
    // The outlines depend on the theme even where the palette did not change: repaint.
    for (QWidget *widget : QApplication::allWidgets())
        widget->update();
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Lab
