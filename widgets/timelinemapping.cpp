// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/timelinemapping.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace Lab {

void TimelineMapping::setWidth(double width)
{
    m_width = std::max(1.0, std::isfinite(width) ? width : 1.0);
}

double TimelineMapping::mapTimeToX(qint64 time) const
{
    return double(time - m_start) * m_width / double(range());
}

qint64 TimelineMapping::mapXToTime(double x) const
{
    return m_start + qint64(std::llround(x * double(range()) / m_width));
}

void TimelineMapping::zoomAt(double x, double factor)
{
    if (!(factor > 0.0) || !std::isfinite(factor))
        return;
    // Work in doubles so the anchor keeps its sub-nanosecond position; round once at the end.
    const double anchor = double(m_start) + x * nsPerPixel();
    const double wanted = std::clamp(double(range()) / factor, double(MinimumRange), double(MaximumRange));
    const auto newRange = qint64(std::llround(wanted));
    m_start = qint64(std::llround(anchor - x * double(newRange) / m_width));
    m_end = m_start + newRange;
}

void TimelineMapping::pan(double dx)
{
    const auto shift = qint64(std::llround(dx * nsPerPixel()));
    m_start -= shift;
    m_end -= shift;
}

void TimelineMapping::fit(qint64 start, qint64 end)
{
    if (end < start)
        std::swap(start, end);
    if (end - start < MinimumRange) {
        start += (end - start) / 2 - MinimumRange / 2;
        end = start + MinimumRange;
    }
    m_start = start;
    m_end = std::min(end, start + MaximumRange);
}

} // namespace Lab
