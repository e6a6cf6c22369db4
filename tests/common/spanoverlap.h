// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracetypes.h"

#include <algorithm>
#include <utility>
#include <vector>

// From a recording alone: the most spans that @p counts accepts open at any one moment. A span
// that ends where another starts does not overlap it.
template<typename Predicate>
int mostAtOnce(const std::vector<Lab::Span> &spans, Predicate counts)
{
    std::vector<std::pair<qint64, int>> edges; // (time, +1 start / -1 end); ends sort first at a tie
    for (const Lab::Span &span : spans) {
        if (!counts(span))
            continue;
        edges.push_back({span.start, +1});
        edges.push_back({span.end, -1});
    }
    std::sort(edges.begin(), edges.end());
    int now = 0;
    int most = 0;
    for (const auto &[time, change] : edges) {
        now += change;
        most = std::max(most, now);
    }
    return most;
}
