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
#include <QString>

#include <array>
#include <vector>

class QPainter;

namespace Lab {

// Paints one frame of the timeline: the legend strip, the time axis with its grid, the faint red
// stall bands, the pinned event loop lane, then the scrolled rows (thread headers and lanes, with
// their instants; a collapsed thread's lanes as thin strips in one row). Spans narrower than a
// pixel are painted as TimelineLanes' merged blocks, hatched and counted.
//
// Colours come from the palette (lighter on dark bases, vivid in a high-contrast palette), and
// every state but running also has a pattern (stripes for waiting, dots for queued, a cross for
// blocked), so the states differ without colour too; the legend shows both.
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
        QRect legend; // state colours, top strip (more rows when narrow)
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
    // The colour of a state on @p palette: as above on ordinary palettes, vivid on a high-contrast one.
    static QColor stateColor(TaskState state, const QPalette &palette);
    // The pattern that tells a state apart without colour (Qt::NoBrush for running).
    static Qt::BrushStyle statePattern(TaskState state);
    static QString formatDuration(qint64 ns);
    // The height of each lane's strip in a collapsed thread's row.
    static int stripHeight(const TimelineLanes::Row &row);

    // One entry of the legend strip: a state's swatch and name (or the merged blocks').
    struct LegendEntry
    {
        QString name;
        QRect rect; // swatch and name, in the strip's coordinates
    };
    // The legend of a timeline @p width pixels wide: the entries wrap onto another row rather than
    // be cut at the right edge.
    static std::vector<LegendEntry> legendEntries(int width, const QFontMetrics &metrics);

private:
    static int legendBox(const QFontMetrics &metrics);
    static int legendRowHeight(const QFontMetrics &metrics);
    void paintLegend(QPainter &painter) const;
    void paintAxis(QPainter &painter) const;
    void paintStallBands(QPainter &painter) const;
    void paintLane(QPainter &painter, const TimelineLanes::Lane &lane, int top) const;
    void paintCollapsed(QPainter &painter, const TimelineLanes::Row &row, int top) const;
    void paintBlocks(QPainter &painter, const TimelineLanes::Lane &lane, int y, int height, bool withText) const;
    void paintInstants(QPainter &painter, const TimelineLanes::Lane &lane, int top) const;

    const TimelineLanes &m_lanes;
    TimelineMapping m_mapping;
    Layout m_layout;
    QFont m_font;
    QFontMetrics m_metrics;
    QPalette m_palette;
    bool m_live;
    std::array<QColor, TaskStateCount> m_colors;
};

} // namespace Lab
