// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/timelinemapping.h"

#include <QPointF>
#include <QRectF>

#include <array>
#include <optional>

namespace Lab {

// An await arrow ("task X resumed task Y at t") as drawn: a line from the middle of the source
// lane to the near edge of the target lane at t's x, and a head at the target. Pure geometry, so
// it is tested without a widget.
struct TimelineArrow
{
    QPointF from;
    QPointF to;
    std::array<QPointF, 3> head;

    // The arrow of a link at @p time (relative ns) between two lane rectangles (widget coordinates),
    // or none if t falls outside the plot [plotLeft, plotLeft + mapping.width()] or both are one lane.
    static std::optional<TimelineArrow> between(const TimelineMapping &mapping, double plotLeft, qint64 time,
        const QRectF &fromLane, const QRectF &toLane, double headSize = 6.0);
};

} // namespace Lab
