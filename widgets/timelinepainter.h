// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracetypes.h"
#include "widgets/timelinelanes.h"
#include "widgets/timelinemapping.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QPalette>
#include <QRect>

class QPainter;

namespace Lab {

// Paints one frame of the timeline: the legend strip, the time axis with its grid, the faint red
// stall bands, the pinned event loop lane, then the scrolled rows (thread headers and lanes, with
// their instants). Spans narrower than a pixel are painted as TimelineLanes' merged blocks,
// hatched and counted.
class TimelinePainter
{
    // The strings keep the widget's translation context: they are the widget's words.
    Q_DECLARE_TR_FUNCTIONS(Lab::TimelineWidget)
public:
    // Where each part goes at a given size; x of the plot starts at labelWidth.
    struct Layout
    {
        QSize size;
        int labelWidth = 0;
        int plotWidth = 1;
        QRect legend; // state colours, top strip
        QRect axis; // time ruler
        QRect pinned; // the event loop's lane
        QRect rows; // the scrolling lanes
    };
    static Layout layoutFor(QSize size, const TimelineLanes &lanes, const QFontMetrics &metrics);

    // @p mapping is taken as is but for its width, which becomes the layout's plot width.
    TimelinePainter(const TimelineLanes &lanes, const TimelineMapping &mapping, const Layout &layout, const QFont &font,
        const QPalette &palette, bool live);

    // The whole frame, with the rows scrolled down by @p scrollY pixels.
    void paint(QPainter &painter, int scrollY) const;

    // The colour of a state, readable on light and dark palettes.
    static QColor stateColor(TaskState state);
    static QString formatDuration(qint64 ns);

private:
    void paintLegend(QPainter &painter) const;
    void paintAxis(QPainter &painter) const;
    void paintStallBands(QPainter &painter) const;
    void paintLane(QPainter &painter, const TimelineLanes::Lane &lane, int top) const;
    void paintInstants(QPainter &painter, const TimelineLanes::Lane &lane, int top) const;

    const TimelineLanes &m_lanes;
    TimelineMapping m_mapping;
    Layout m_layout;
    QFont m_font;
    QFontMetrics m_metrics;
    QPalette m_palette;
    bool m_live;
};

} // namespace Lab
