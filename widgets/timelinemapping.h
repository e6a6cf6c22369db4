// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace Lab {

// The timeline's pixel <-> time math (as hotspot's TimeLineData), kept apart from the widget so it
// is tested on its own: the visible range [start, end] in ns relative to the recording's origin,
// spread over width() pixels, x = 0 at start(). Every change keeps the range between
// MinimumRange and MaximumRange and the width at least one pixel.
struct TimelineMapping
{
    // Below a microsecond over a screen, a pixel is a fraction of a nanosecond: nothing left to see.
    static constexpr qint64 MinimumRange = 1'000;
    // About eleven days: far beyond any recording, and still exact in a double.
    static constexpr qint64 MaximumRange = 1'000'000'000'000'000;

    qint64 start() const { return m_start; }
    qint64 end() const { return m_end; }
    qint64 range() const { return m_end - m_start; }
    double width() const { return m_width; }
    double nsPerPixel() const { return double(range()) / m_width; }

    // Keeps the time range: the same span of time over more or fewer pixels.
    void setWidth(double width);

    double mapTimeToX(qint64 time) const;
    qint64 mapXToTime(double x) const;

    // factor > 1 zooms in, < 1 zooms out; the time under x stays under x.
    void zoomAt(double x, double factor);
    // Moves the content with the mouse: dx > 0 (a drag to the right) shows earlier times.
    void pan(double dx);
    // Shows [start, end] (swapped if reversed), widened around its middle to MinimumRange.
    void fit(qint64 start, qint64 end);

private:
    qint64 m_start = 0;
    qint64 m_end = 1'000'000'000;
    double m_width = 1000.0;
};

} // namespace Lab
