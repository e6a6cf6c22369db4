// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/latency/clockestimate.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace Lab {

namespace {

constexpr int AddsPerBlock = 100;
constexpr std::int64_t Blocks = 100'000; // 10 million adds: a few milliseconds
constexpr std::int64_t TimedAdds = Blocks * AddsPerBlock;

// Runs @p blocks x 100 adds, each depending on the one before; returns the nanoseconds it took.
// Inline assembly, because a compiler would fold a loop of adds into one multiplication.
qint64 timeDependentAdds(std::int64_t blocks)
{
    std::uint64_t sum = 0;
    const std::uint64_t one = 1;
    const qint64 start = nowNs();
    for (std::int64_t i = 0; i < blocks; ++i) {
#if defined(__x86_64__)
        asm volatile(".rept 100\n\tadd %1, %0\n\t.endr" : "+r"(sum) : "r"(one));
#elif defined(__aarch64__)
        asm volatile(".rept 100\n\tadd %0, %0, %1\n\t.endr" : "+r"(sum) : "r"(one));
#endif
    }
    return nowNs() - start;
}

} // namespace

double cpuinfoClockHz()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    // /proc files report size 0: readAll() reads on to the end all the same.
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("cpu MHz"))
            continue;
        bool ok = false;
        const double mhz = line.mid(line.indexOf(':') + 1).trimmed().toDouble(&ok);
        return ok && mhz > 0 ? mhz * 1e6 : 0;
    }
    return 0;
}

QString ClockEstimate::describeMethod() const
{
    if (timed)
        return QCoreApplication::translate(
            "Lab::Latency", "timed %1 million dependent adds (one cycle each), best of 5; /proc/cpuinfo says %2")
            .arg(numberLocale().toString(qint64(TimedAdds / 1'000'000)))
            .arg(cpuinfoHz > 0 ? QCoreApplication::translate("Lab::Latency", "%1 GHz")
                                     .arg(numberLocale().toString(cpuinfoHz / 1e9, 'f', 2))
                               : QCoreApplication::translate("Lab::Latency", "nothing"));
    if (cpuinfoHz > 0)
        return QCoreApplication::translate("Lab::Latency", "the \"cpu MHz\" of /proc/cpuinfo (no timing on this CPU)");
    return QCoreApplication::translate("Lab::Latency", "unknown on this CPU: 3 GHz assumed");
}

ClockEstimate estimateClockRate()
{
    ClockEstimate estimate;
    estimate.cpuinfoHz = cpuinfoClockHz();
#if defined(__x86_64__) || defined(__aarch64__)
    // Warm-up: a clock that idles low ramps up within a few tens of milliseconds of work.
    const qint64 warmUpEnd = nowNs() + 30'000'000;
    while (nowNs() < warmUpEnd)
        timeDependentAdds(Blocks / 10);
    qint64 best = std::numeric_limits<qint64>::max();
    for (int repeat = 0; repeat < 5; ++repeat)
        best = std::min(best, timeDependentAdds(Blocks));
    estimate.hz = double(TimedAdds) / (double(best) / 1e9);
    estimate.timed = true;
#else
    estimate.hz = estimate.cpuinfoHz > 0 ? estimate.cpuinfoHz : 3e9;
#endif
    estimate.method = estimate.describeMethod();
    return estimate;
}

} // namespace Lab
