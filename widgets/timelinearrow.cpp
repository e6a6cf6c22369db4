// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/timelinearrow.h"

namespace Lab {

std::optional<TimelineArrow> TimelineArrow::between(const TimelineMapping &mapping, double plotLeft, qint64 time,
    const QRectF &fromLane, const QRectF &toLane, double headSize)
{
    if (fromLane.isEmpty() || toLane.isEmpty() || fromLane.top() == toLane.top())
        return std::nullopt;
    const double x = plotLeft + mapping.mapTimeToX(time);
    if (x < plotLeft || x > plotLeft + mapping.width())
        return std::nullopt;
    const bool down = toLane.top() > fromLane.top();
    // The head stops just inside the target lane's near edge, so it points at the lane, not past it.
    const double tipY = down ? toLane.top() + 2.0 : toLane.bottom() - 2.0;
    const double backY = down ? tipY - headSize : tipY + headSize;
    TimelineArrow arrow;
    arrow.from = QPointF(x, fromLane.center().y());
    arrow.to = QPointF(x, tipY);
    arrow.head = {QPointF(x, tipY), QPointF(x - headSize / 2.0, backY), QPointF(x + headSize / 2.0, backY)};
    return arrow;
}

} // namespace Lab
