// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/timelinepainter.h"

#include "models/core/numberlocale.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace Lab {

namespace {

using Lane = TimelineLanes::Lane;
using LaneInstant = TimelineLanes::LaneInstant;

// A tick label: the unit of the step between ticks and just enough decimals to tell them apart.
QString formatTick(qint64 ns, qint64 step)
{
    double unit = 1.0;
    QString pattern = TimelinePainter::tr("%1 ns");
    if (step >= 100'000'000) {
        unit = 1e9;
        pattern = TimelinePainter::tr("%1 s");
    } else if (step >= 100'000) {
        unit = 1e6;
        pattern = TimelinePainter::tr("%1 ms");
    } else if (step >= 100) {
        unit = 1e3;
        pattern = TimelinePainter::tr("%1 µs");
    }
    const int decimals = std::max(0, int(std::ceil(std::log10(unit / double(step)) - 1e-9)));
    return pattern.arg(numberLocale().toString(double(ns) / unit, 'f', decimals));
}

// 1, 2 or 5 times a power of ten, at least raw.
qint64 niceStep(double raw)
{
    if (!(raw > 1.0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double mantissa = raw / power;
    const double nice = mantissa <= 1.0 ? 1.0 : mantissa <= 2.0 ? 2.0 : mantissa <= 5.0 ? 5.0 : 10.0;
    return qint64(nice * power);
}

// Opaque blends for the tall grid lines and stall bands: translucent fills that tall make the
// raster engine hand every frame to its thread pool, which costs more than the fill.
QColor mix(const QColor &from, const QColor &to, double amount)
{
    const auto channel = [amount](int a, int b) {
        return int(std::lround(a + (b - a) * amount));
    };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

QColor textColorOn(const QColor &background)
{
    const int luminance = (299 * background.red() + 587 * background.green() + 114 * background.blue()) / 1000;
    return luminance > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

TimelinePainter::Layout TimelinePainter::layoutFor(QSize size, const TimelineLanes &lanes, const QFontMetrics &metrics)
{
    const int text = metrics.height();
    Layout layout;
    layout.size = size;
    layout.labelWidth = lanes.labelWidth();
    layout.plotWidth = std::max(1, size.width() - lanes.labelWidth());
    const std::vector<LegendEntry> legend = legendEntries(size.width(), metrics);
    layout.legend = QRect(0, 0, size.width(), legend.back().rect.bottom() + 2);
    layout.axis = QRect(0, layout.legend.bottom() + 1, size.width(), text + 6);
    layout.pinned = QRect(0, layout.axis.bottom() + 1, size.width(), lanes.rowHeight());
    const int rowsTop = layout.pinned.bottom() + 2; // a one-pixel rule under the pinned lane
    layout.rows = QRect(0, rowsTop, size.width(), std::max(0, size.height() - rowsTop));
    return layout;
}

TimelinePainter::TimelinePainter(const TimelineLanes &lanes, const TimelineMapping &mapping, const Layout &layout,
    const QFont &font, const QPalette &palette, bool live)
    : m_lanes(lanes)
    , m_mapping(mapping)
    , m_layout(layout)
    , m_font(font)
    , m_metrics(font)
    , m_palette(palette)
    , m_live(live)
{
    m_mapping.setWidth(layout.plotWidth);
    for (int state = 0; state < TaskStateCount; ++state)
        m_colors[std::size_t(state)] = stateColor(TaskState(state), palette);
}

QColor TimelinePainter::stateColor(TaskState state, const QPalette &palette)
{
    const int base = qGray(palette.color(QPalette::Base).rgb());
    // A high-contrast palette draws its frames (Mid) in the text's colour, far from the base.
    const bool highContrast = std::abs(qGray(palette.color(QPalette::Mid).rgb()) - base) > 200;
    if (highContrast) {
        const bool darkBase = base < 128;
        static constexpr std::array<QRgb, TaskStateCount> onBlack{0x00e040, 0x40a8ff, 0xff70ff, 0xffd700, 0xff4848};
        static constexpr std::array<QRgb, TaskStateCount> onWhite{0x006400, 0x0040c0, 0x7a007a, 0x8a5000, 0xc00000};
        return QColor((darkBase ? onBlack : onWhite)[std::size_t(state)]);
    }
    const QColor color = stateColor(state);
    // On a dark base, a little lighter, so the mid-tones do not sink into it.
    return base < 100 ? color.lighter(118) : color;
}

Qt::BrushStyle TimelinePainter::statePattern(TaskState state)
{
    switch (state) {
    case TaskState::Running:
        return Qt::NoBrush;
    case TaskState::AwaitingIo:
        return Qt::FDiagPattern;
    case TaskState::Sleeping:
        return Qt::HorPattern;
    case TaskState::Queued:
        return Qt::Dense6Pattern;
    case TaskState::Blocked:
        return Qt::DiagCrossPattern;
    }
    return Qt::NoBrush;
}

int TimelinePainter::stripHeight(const TimelineLanes::Row &row)
{
    return std::max(2, (row.height - 6) / std::max(1, int(row.members.size())));
}

QColor TimelinePainter::stateColor(TaskState state)
{
    // Mid-tone, saturated: readable on white and on dark bases; text on them picks black or white.
    switch (state) {
    case TaskState::Running:
        return QColor(0x43, 0xa0, 0x47);
    case TaskState::AwaitingIo:
        return QColor(0x1e, 0x88, 0xe5);
    case TaskState::Sleeping:
        return QColor(0x8e, 0x24, 0xaa);
    case TaskState::Queued:
        return QColor(0xf9, 0xa8, 0x25);
    case TaskState::Blocked:
        return QColor(0xd3, 0x2f, 0x2f);
    }
    return QColor(Qt::gray);
}

QString TimelinePainter::formatDuration(qint64 ns)
{
    const qint64 magnitude = std::abs(ns);
    if (magnitude >= 1'000'000'000)
        return tr("%1 s").arg(numberLocale().toString(double(ns) / 1e9, 'f', 3));
    if (magnitude >= 1'000'000)
        return tr("%1 ms").arg(numberLocale().toString(double(ns) / 1e6, 'f', 3));
    if (magnitude >= 1'000)
        return tr("%1 µs").arg(numberLocale().toString(double(ns) / 1e3, 'f', 3));
    return tr("%1 ns").arg(ns);
}

void TimelinePainter::paint(QPainter &painter, int scrollY) const
{
    const Layout &layout = m_layout;
    const QSize size = layout.size;
    painter.fillRect(QRect(QPoint(0, 0), size), m_palette.base());
    painter.fillRect(QRect(0, 0, layout.labelWidth, size.height()), m_palette.window());
    paintLegend(painter);
    paintStallBands(painter);
    paintAxis(painter);
    if (m_lanes.laneCount() > 0)
        paintLane(painter, m_lanes.lane(0), layout.pinned.top());
    painter.fillRect(0, layout.pinned.bottom() + 1, size.width(), 1, m_palette.color(QPalette::Mid));

    painter.save();
    painter.setClipRect(layout.rows);
    QFont bold = m_font;
    bold.setBold(true);
    const auto &rows = m_lanes.rows();
    auto row = std::partition_point(rows.begin(), rows.end(), [scrollY](const TimelineLanes::Row &row) {
        return row.top + row.height <= scrollY;
    });
    for (; row != rows.end() && row->top < scrollY + layout.rows.height(); ++row) {
        const int top = layout.rows.top() + row->top - scrollY;
        if (row->lane >= 0) {
            paintLane(painter, m_lanes.lane(row->lane), top);
            continue;
        }
        if (!row->members.empty()) {
            paintCollapsed(painter, *row, top);
            continue;
        }
        const QRect header(0, top, size.width(), row->height);
        painter.fillRect(header, m_palette.window());
        painter.setFont(bold);
        painter.setPen(m_palette.color(QPalette::WindowText));
        // ▸ collapsed, ▾ expanded: a click on the header toggles.
        painter.drawText(header.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
            (row->collapsed ? QStringLiteral("▸ ") : QStringLiteral("▾ ")) + row->thread);
        painter.setFont(m_font);
    }
    painter.restore();
    painter.fillRect(
        layout.labelWidth - 1, layout.axis.top(), 1, size.height() - layout.axis.top(), m_palette.color(QPalette::Mid));
}

int TimelinePainter::legendBox(const QFontMetrics &metrics)
{
    return std::max(8, metrics.ascent() - 2);
}

int TimelinePainter::legendRowHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 6;
}

std::vector<TimelinePainter::LegendEntry> TimelinePainter::legendEntries(int width, const QFontMetrics &metrics)
{
    constexpr int margin = 8;
    constexpr int gap = 14;
    QStringList names;
    for (int state = 0; state < TaskStateCount; ++state)
        names.append(taskStateName(TaskState(state)));
    names.append(tr("many short spans (zoom in)"));

    const int rowHeight = legendRowHeight(metrics);
    std::vector<LegendEntry> entries;
    int x = margin;
    int top = 1;
    for (const QString &name : std::as_const(names)) {
        const int entry = legendBox(metrics) + 4 + metrics.horizontalAdvance(name) + 1;
        if (x > margin && x + entry > width - margin) {
            x = margin;
            top += rowHeight;
        }
        entries.push_back({name, QRect(x, top, entry, rowHeight)});
        x += entry + gap;
    }
    return entries;
}

void TimelinePainter::paintLegend(QPainter &painter) const
{
    const QRect legend = m_layout.legend;
    painter.fillRect(legend, m_palette.window());
    const int box = legendBox(m_metrics);
    const std::vector<LegendEntry> entries = legendEntries(legend.width(), m_metrics);
    painter.setPen(m_palette.color(QPalette::WindowText));
    for (int i = 0; i < int(entries.size()); ++i) {
        const QRect rect = entries[std::size_t(i)].rect.translated(legend.topLeft());
        const QRect square(rect.left(), rect.top() + (rect.height() - box) / 2, box, box);
        if (i < TaskStateCount) {
            const QColor color = m_colors[std::size_t(i)];
            painter.fillRect(square, color);
            if (statePattern(TaskState(i)) != Qt::NoBrush)
                painter.fillRect(square, QBrush(textColorOn(color), statePattern(TaskState(i))));
        } else {
            painter.fillRect(square, m_palette.color(QPalette::Mid));
            painter.fillRect(square, QBrush(QColor(255, 255, 255, 150), Qt::BDiagPattern));
        }
        painter.drawText(
            rect.adjusted(box + 4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, entries[std::size_t(i)].name);
    }
    // The keys, on the last row if they fit there.
    const QString hint = tr("Wheel or W/S: zoom · Drag or A/D: pan · Shift+drag: select · F: fit · P: replay");
    const QRect last = entries.back().rect.translated(legend.topLeft());
    const int end = last.right() + 14;
    if (end + m_metrics.horizontalAdvance(hint) + 8 < m_layout.size.width()) {
        painter.setPen(m_palette.color(QPalette::PlaceholderText));
        painter.drawText(
            QRect(end, last.top(), legend.width() - end - 8, last.height()), Qt::AlignVCenter | Qt::AlignRight, hint);
    }
}

void TimelinePainter::paintAxis(QPainter &painter) const
{
    const Layout &layout = m_layout;
    const TimelineMapping &mapping = m_mapping;
    painter.fillRect(layout.axis, m_palette.window());
    const QRect corner(6, layout.axis.top(), layout.labelWidth - 12, layout.axis.height());
    painter.setPen(m_live ? m_colors[std::size_t(TaskState::Blocked)] : m_palette.color(QPalette::WindowText));
    const QString status = m_live ? tr("● Live") : tr("View: %1").arg(formatDuration(mapping.range()));
    painter.drawText(corner, Qt::AlignVCenter | Qt::AlignLeft,
        painter.fontMetrics().elidedText(status, Qt::ElideRight, corner.width()));

    const qint64 step = niceStep(mapping.nsPerPixel() * 110.0);
    qint64 tick = qint64(std::ceil(double(mapping.start()) / double(step))) * step;
    const QColor grid = mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Mid), 0.3);
    const int gridHeight = layout.size.height() - layout.pinned.top();
    painter.setPen(m_palette.color(QPalette::WindowText));
    for (; tick <= mapping.end(); tick += step) {
        const int x = layout.labelWidth + int(std::lround(mapping.mapTimeToX(tick)));
        painter.fillRect(x, layout.axis.bottom() - 3, 1, 4, m_palette.color(QPalette::WindowText));
        painter.drawText(QRect(x + 3, layout.axis.top(), 200, layout.axis.height()), Qt::AlignVCenter | Qt::AlignLeft,
            formatTick(tick, step));
        painter.fillRect(x, layout.pinned.top(), 1, gridHeight, grid);
    }
}

void TimelinePainter::paintStallBands(QPainter &painter) const
{
    if (m_lanes.laneCount() == 0)
        return;
    // Faint red through every lane: while the loop was frozen, nothing else on it moved either.
    const Layout &layout = m_layout;
    const QColor band = mix(m_palette.color(QPalette::Base), m_colors[std::size_t(TaskState::Blocked)], 0.16);
    const Lane &loop = m_lanes.lane(0);
    loop.forEachBlock(m_mapping, [&](const TimelineLanes::Block &block) {
        if (block.count != 1 || loop.states[block.first] != TaskState::Blocked || block.x1 - block.x0 < 2.0)
            return;
        const int x0 = layout.labelWidth + int(std::floor(std::max(block.x0, 0.0)));
        const int x1 = layout.labelWidth + int(std::ceil(std::min(block.x1, double(layout.plotWidth))));
        painter.fillRect(QRect(x0, layout.pinned.top(), x1 - x0, layout.size.height() - layout.pinned.top()), band);
    });
}

void TimelinePainter::paintLane(QPainter &painter, const Lane &lane, int top) const
{
    const Layout &layout = m_layout;
    const QFontMetrics &metrics = m_metrics;
    const int rowHeight = m_lanes.rowHeight();
    const bool isLoop = lane.task.id == EventLoopTask;
    const int indent = isLoop ? 6 : 6 + metrics.averageCharWidth() * 2;
    const QRect labelRect(indent, top, layout.labelWidth - indent - 4, rowHeight);
    if (isLoop) {
        QFont bold = m_font;
        bold.setBold(true);
        painter.setFont(bold);
    }
    painter.setPen(m_palette.color(QPalette::WindowText));
    painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
        painter.fontMetrics().elidedText(lane.task.name, Qt::ElideRight, labelRect.width()));
    painter.setFont(m_font);
    painter.fillRect(layout.labelWidth, top + rowHeight - 1, layout.plotWidth, 1,
        mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Mid), 0.25));

    paintBlocks(painter, lane, top + 3, rowHeight - 6, true);
    paintInstants(painter, lane, top);
}

void TimelinePainter::paintBlocks(QPainter &painter, const Lane &lane, int y, int height, bool withText) const
{
    struct Merged
    {
        int x0;
        int x1;
        std::size_t count;
    };
    struct Pending
    {
        int x0 = 0;
        int x1 = 0;
        TaskState state = TaskState::Running;
        std::size_t count = 0;
    } pending;
    std::vector<Merged> merged;
    const std::array<QColor, TaskStateCount> &colors = m_colors;
    std::array<QString, TaskStateCount> stateNames;
    std::array<QBrush, TaskStateCount> patterns;
    for (int state = 0; state < TaskStateCount; ++state) {
        // Half-strength lines: the pattern tells states apart, the label on top stays legible.
        // Opaque (a blend made here), so filling it costs what a plain fill does.
        const QColor &fill = colors[std::size_t(state)];
        patterns[std::size_t(state)] = QBrush(mix(fill, textColorOn(fill), 0.47), statePattern(TaskState(state)));
    }
    const Layout &layout = m_layout;
    const QFontMetrics &metrics = m_metrics;
    const int left = layout.labelWidth;
    const int plotWidth = layout.plotWidth;
    const int minLabelWidth = metrics.averageCharWidth() * 3 + 6;
    lane.forEachBlock(m_mapping, [&](const TimelineLanes::Block &block) {
        const double x0 = std::max(block.x0, 0.0);
        const double x1 = std::min(block.x1, double(plotWidth));
        if (x0 >= plotWidth)
            return;
        const int ix0 = left + int(std::floor(x0));
        const int ix1 = std::max(ix0 + 1, left + int(std::ceil(x1)));
        const QColor &color = colors[std::size_t(block.state)];
        if (block.count > 1) {
            // Neighbouring blocks of one colour are filled at once.
            if (pending.count > 0 && (pending.state != block.state || ix0 > pending.x1)) {
                painter.fillRect(pending.x0, y, pending.x1 - pending.x0, height, colors[std::size_t(pending.state)]);
                pending.count = 0;
            }
            if (pending.count == 0)
                pending = {ix0, ix1, block.state, 0};
            pending.x1 = std::max(pending.x1, ix1);
            pending.count += block.count;
            if (!merged.empty() && ix0 <= merged.back().x1) {
                merged.back().x1 = std::max(merged.back().x1, ix1);
                merged.back().count += block.count;
            } else {
                merged.push_back({ix0, ix1, block.count});
            }
            return;
        }
        if (pending.count > 0) {
            painter.fillRect(pending.x0, y, pending.x1 - pending.x0, height, colors[std::size_t(pending.state)]);
            pending.count = 0;
        }
        // A one-pixel gap between wide neighbours keeps back-to-back spans of one state apart.
        const int width = ix1 - ix0 >= 3 ? ix1 - ix0 - 1 : ix1 - ix0;
        painter.fillRect(ix0, y, width, height, color);
        if (width >= 4 && height >= 4 && block.state != TaskState::Running)
            painter.fillRect(ix0, y, width, height, patterns[std::size_t(block.state)]);
        if (width < minLabelWidth || !withText)
            return;
        const QString &label = lane.labels[block.first];
        QString &stateName = stateNames[std::size_t(block.state)];
        if (label.isEmpty() && stateName.isEmpty())
            stateName = taskStateName(block.state);
        const QRect textRect(ix0 + 3, y, width - 6, height);
        painter.setPen(textColorOn(color));
        painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(label.isEmpty() ? stateName : label, Qt::ElideRight, textRect.width()));
    });

    if (pending.count > 0)
        painter.fillRect(pending.x0, y, pending.x1 - pending.x0, height, colors[std::size_t(pending.state)]);
    const QBrush hatch(QColor(255, 255, 255, 150), Qt::BDiagPattern);
    for (const Merged &run : merged) {
        const QRect area(run.x0, y, run.x1 - run.x0, height);
        painter.fillRect(area, hatch);
        const QString count =
            tr("%n spans", nullptr, int(std::min<std::size_t>(run.count, std::numeric_limits<int>::max())));
        const int textWidth = metrics.horizontalAdvance(count) + 8;
        if (area.width() < textWidth + 8 || !withText)
            continue;
        const QRect box(area.center().x() - textWidth / 2, y + 1, textWidth, height - 2);
        QColor background = m_palette.color(QPalette::Base);
        background.setAlpha(210);
        painter.fillRect(box, background);
        painter.setPen(m_palette.color(QPalette::Text));
        painter.drawText(box, Qt::AlignCenter, count);
    }
}

void TimelinePainter::paintCollapsed(QPainter &painter, const TimelineLanes::Row &row, int top) const
{
    const Layout &layout = m_layout;
    const int indent = 6 + m_metrics.averageCharWidth() * 2;
    const QRect labelRect(indent, top, layout.labelWidth - indent - 4, row.height);
    painter.setPen(m_palette.color(QPalette::WindowText));
    painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
        m_metrics.elidedText(tr("%n lanes", nullptr, int(row.members.size())), Qt::ElideRight, labelRect.width()));
    painter.fillRect(layout.labelWidth, top + row.height - 1, layout.plotWidth, 1,
        mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Mid), 0.25));
    const int strip = stripHeight(row);
    for (std::size_t i = 0; i < row.members.size(); ++i)
        paintBlocks(
            painter, m_lanes.lane(row.members[i]), top + 3 + int(i) * strip, std::max(1, strip - (strip > 3)), false);
}

void TimelinePainter::paintInstants(QPainter &painter, const Lane &lane, int top) const
{
    const TimelineMapping &mapping = m_mapping;
    const auto &instants = lane.instants;
    const auto before = [](const LaneInstant &item, qint64 t) {
        return item.time < t;
    };
    auto instant = std::lower_bound(instants.begin(), instants.end(), mapping.start(), before);
    std::vector<QLine> ticks;
    while (instant != instants.end() && instant->time <= mapping.end()) {
        const double x = mapping.mapTimeToX(instant->time);
        const int ix = m_layout.labelWidth + int(x);
        ticks.emplace_back(ix, top + 1, ix, top + m_lanes.rowHeight() - 2);
        ticks.emplace_back(ix - 2, top + 1, ix + 2, top + 1);
        // One tick a pixel column, however many instants fall in it.
        const qint64 nextColumn = mapping.mapXToTime(std::floor(x) + 1.0);
        instant = std::lower_bound(instant + 1, instants.end(), nextColumn, before);
    }
    if (ticks.empty())
        return;
    painter.setPen(m_palette.color(QPalette::Text));
    painter.drawLines(ticks.data(), int(ticks.size()));
}

} // namespace Lab
