// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>

namespace Lab {

/**
 * True if @p geometry, a blob from QWidget::saveGeometry() read back from the settings, puts the
 * window on one of @p screens (their available geometries) and no larger than that screen; false
 * for a blob that does not parse or holds rectangles off every screen, larger than it, or empty,
 * as a damaged or hand-edited settings file may (±1e9 px once opened a 32,767 px black window).
 */
bool savedGeometryFits(const QByteArray &geometry, const QList<QRect> &screens);

/** The available geometries of the screens there are now. */
QList<QRect> availableScreenGeometries();

} // namespace Lab
