// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace Lab {

/**
 * Zoom for every text of a window. A widget that wants a larger or smaller text than its parent
 * says so once, as a factor (setRelativeFontSize), instead of setting a point size computed at
 * construction, which would stay put when the window's size changes. applyFontSize() then gives
 * the window its new size and every such widget its factor of its parent's new size.
 * Widgets that set an explicit size themselves are found on the first pass and keep the ratio
 * they had to their parent then.
 */
void setRelativeFontSize(QWidget *widget, double factor);

/** The factor set or found for @p widget; 0 if it simply inherits its parent's size. */
double relativeFontSize(const QWidget *widget);

/**
 * Gives @p root the font size @p pointSize and each widget below it its relative size, but no
 * text smaller than @p minimumPixels (0: no floor). Child windows (menus, dialogs) are left alone.
 */
void applyFontSize(QWidget *root, double pointSize, double minimumPixels);

} // namespace Lab
