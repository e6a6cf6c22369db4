// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Lab {

/** The window's colours: the system's, or one of ours (high contrast is for projectors). */
enum class Theme { System, Light, Dark, HighContrast };

/** Every theme, in the order the View > Theme menu lists them. */
inline constexpr Theme AllThemes[] = {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast};

/** The settings value: "system", "light", "dark", "high-contrast". */
QString themeKey(Theme theme);
/** The theme stored as @p key; System for an unknown or empty key. */
Theme themeFromKey(const QString &key);
/** The menu text, translated ("&High contrast"). */
QString themeTitle(Theme theme);

/**
 * The palette of @p theme. System gives an empty palette: QApplication resolves it against the
 * platform theme, so the window follows the system's light or dark colours (Qt 6.4 has no
 * QStyleHints::colorScheme; the platform palette is how it reports dark mode).
 */
QPalette themePalette(Theme theme);

/**
 * Makes @p theme the application's: the Fusion style (so palettes look the same everywhere),
 * with thick outlines in high contrast, and the palette for every widget and tooltip.
 */
void applyTheme(Theme theme);

/** The WCAG 2 contrast ratio of two colours, from 1 (same luminance) to 21 (black on white). */
double contrastRatio(const QColor &a, const QColor &b);

} // namespace Lab
