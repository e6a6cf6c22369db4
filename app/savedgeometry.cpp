// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/savedgeometry.h"

#include <QDataStream>
#include <QGuiApplication>
#include <QScreen>

namespace Lab {

namespace {

// The frame may reach a little past the available area (shadows, a title bar at the edge).
constexpr int FrameSlack = 64;

bool fitsOn(const QRect &rect, const QList<QRect> &screens)
{
    if (!rect.isValid())
        return false;
    for (const QRect &screen : screens) {
        if (rect.width() <= screen.width() + FrameSlack && rect.height() <= screen.height() + FrameSlack
            && screen.intersects(rect))
            return true;
    }
    return false;
}

} // namespace

bool savedGeometryFits(const QByteArray &geometry, const QList<QRect> &screens)
{
    // QWidget::saveGeometry()'s layout (Qt 6.4): magic, version, frame and normal rectangles, ...
    QDataStream stream(geometry);
    stream.setVersion(QDataStream::Qt_4_0);
    quint32 magic = 0;
    quint16 major = 0;
    quint16 minor = 0;
    QRect frame;
    QRect normal;
    stream >> magic >> major >> minor >> frame >> normal;
    if (stream.status() != QDataStream::Ok || magic != 0x1D9D0CB || major < 1)
        return false;
    return fitsOn(frame, screens) && fitsOn(normal, screens);
}

QList<QRect> availableScreenGeometries()
{
    QList<QRect> geometries;
    for (const QScreen *screen : QGuiApplication::screens())
        geometries.append(screen->availableGeometry());
    return geometries;
}

} // namespace Lab
