// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/demoregistry.h"

#include "app/chesspage.h"
#include "app/corospage.h"
#include "app/countdownpage.h"
#include "app/flagspage.h"
#include "app/latencypage.h"
#include "app/platespage.h"
#include "app/primespage.h"
#include "app/scalepage.h"
#include "app/spinnerpage.h"
#include "app/tracepage.h"

namespace Lab {

namespace {
template<typename Page>
DemoEntry entry(const char *id)
{
    return {QString::fromLatin1(id), [](const PageContext &context, QWidget *parent) -> DemoPage * {
                return new Page(context, parent);
            }};
}
} // namespace

const std::vector<DemoEntry> &demoRegistry()
{
    static const std::vector<DemoEntry> registry{
        entry<PlatesPage>("plates"),
        entry<LatencyPage>("latency"),
        entry<SpinnerPage>("spinner"),
        entry<CountdownPage>("countdown"),
        entry<CorosPage>("coroutines"),
        entry<FlagsPage>("flags"),
        entry<ChessPage>("chess"),
        entry<ScalePage>("scale"),
        entry<PrimesPage>("primes"),
        entry<TracePage>("trace"),
    };
    return registry;
}

QStringList demoIds()
{
    QStringList ids;
    for (const auto &demo : demoRegistry())
        ids.append(demo.id);
    return ids;
}

} // namespace Lab
