// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/latency/latencytable.h"

#include "models/core/numberlocale.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Lab {

namespace {

// A class, not a function, so that lupdate files the strings under the context used to look them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Latency)
};

// In the window's locale ("41,000,000", "41.000.000"); the terminal's is C ("41000000").
QString grouped(double value)
{
    return numberLocale().toString(value, 'f', 0);
}

// One decimal below 10 (without a trailing zero decimal), whole numbers from 10, two significant digits below 1.
QString readableNumber(double value)
{
    const QLocale locale = numberLocale();
    if (value < 1.0 && value > 0.0) {
        const QString text = locale.toString(value, 'g', 2);
        return text.contains(u'e') || text.contains(u'E') ? locale.toString(value, 'f', 3) : text;
    }
    const double tenths = std::round(value * 10.0) / 10.0;
    if (tenths < 10.0)
        return std::round(tenths) == tenths ? locale.toString(tenths, 'f', 0) : locale.toString(tenths, 'f', 1);
    return grouped(std::round(value));
}

} // namespace

QString latencyCategoryName(LatencyCategory category)
{
    switch (category) {
    case LatencyCategory::L1:
        return Tr::tr("L1 cache");
    case LatencyCategory::L2:
        return Tr::tr("L2 cache");
    case LatencyCategory::Ram:
        return Tr::tr("RAM");
    case LatencyCategory::Disk:
        return Tr::tr("disk");
    case LatencyCategory::Network:
        return Tr::tr("network");
    }
    return {};
}

const std::vector<LatencyRow> &talkLatencyTable()
{
    static const std::vector<LatencyRow> table{
        {LatencyCategory::L1, 3},
        {LatencyCategory::L2, 14},
        {LatencyCategory::Ram, 250},
        {LatencyCategory::Disk, 41'000'000},
        {LatencyCategory::Network, 240'000'000},
    };
    return table;
}

QString formatHumanDuration(double seconds)
{
    struct Unit
    {
        double seconds; // length of one unit
        double from; // the unit is used from this many seconds on
        const char *one;
        const char *many;
    };
    static constexpr Unit units[] = {
        {SecondsPerYear, SecondsPerYear, QT_TRANSLATE_NOOP("Lab::Latency", "%1 year"),
            QT_TRANSLATE_NOOP("Lab::Latency", "%1 years")},
        {86400, 86400, QT_TRANSLATE_NOOP("Lab::Latency", "%1 day"), QT_TRANSLATE_NOOP("Lab::Latency", "%1 days")},
        {3600, 3600, QT_TRANSLATE_NOOP("Lab::Latency", "%1 h"), QT_TRANSLATE_NOOP("Lab::Latency", "%1 h")},
        {60, 600, QT_TRANSLATE_NOOP("Lab::Latency", "%1 min"), QT_TRANSLATE_NOOP("Lab::Latency", "%1 min")},
    };
    if (!std::isfinite(seconds) || seconds < 0)
        return Tr::tr("?");
    for (const Unit &unit : units) {
        if (seconds >= unit.from) {
            const QString number = readableNumber(seconds / unit.seconds);
            return Tr::tr(number == QLatin1String("1") ? unit.one : unit.many).arg(number);
        }
    }
    return Tr::tr("%1 s").arg(readableNumber(seconds));
}

QString formatCycles(double cycles)
{
    if (!std::isfinite(cycles) || cycles < 0)
        return Tr::tr("?");
    return cycles >= 100 ? grouped(std::round(cycles)) : readableNumber(cycles);
}

QString formatNanoseconds(double ns)
{
    if (!std::isfinite(ns) || ns < 0)
        return Tr::tr("?");
    // Three significant digits at most: a measurement is not more precise than that.
    const auto digits = [locale = numberLocale()](double value) {
        return value >= 100 ? locale.toString(value, 'f', 0)
            : value >= 10   ? locale.toString(value, 'f', 1)
                            : locale.toString(value, 'f', 2);
    };
    if (ns < 1e3)
        return Tr::tr("%1 ns").arg(digits(ns));
    if (ns < 1e6)
        return Tr::tr("%1 µs").arg(digits(ns / 1e3));
    if (ns < 1e9)
        return Tr::tr("%1 ms").arg(digits(ns / 1e6));
    return Tr::tr("%1 s").arg(digits(ns / 1e9));
}

} // namespace Lab
