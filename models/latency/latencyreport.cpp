// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/latency/latencyreport.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"

#include <QCoreApplication>

namespace Lab {

namespace {

// A class, not a function, so that lupdate files the strings under the context used to look them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Latency)
};

QString bytesText(std::size_t bytes)
{
    return bytes >= 1024 * 1024 ? Tr::tr("%1 MiB").arg(bytes / (1024 * 1024)) : Tr::tr("%1 KiB").arg(bytes / 1024);
}

struct Step
{
    LatencyProbe probe;
    LatencyCategory category;
    TraceText device; // follows the language on the timeline
    QString method;
    std::function<ProbeResult()> measure;
    bool waitsForIo = false;
};

std::vector<Step> stepsFor(const LatencyOptions &options, const std::atomic<bool> *stop)
{
    const auto chase = [stop](std::size_t bytes, std::size_t loads, int repeats) {
        return [=] {
            return measurePointerChase(bytes, loads, repeats, stop);
        };
    };
    const QString chaseMethod = Tr::tr("pointer chasing: dependent loads through a random cycle of 64-byte lines in "
                                       "%1, best of %2 runs of %3 million loads");
    std::vector<Step> steps{
        {LatencyProbe::L1, LatencyCategory::L1,
            TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "L1 cache (%1)"), {bytesText(options.l1Bytes)}),
            chaseMethod.arg(bytesText(options.l1Bytes)).arg(5).arg(4), chase(options.l1Bytes, 4'000'000, 5)},
        {LatencyProbe::L2, LatencyCategory::L2,
            TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "L2 cache (%1)"), {bytesText(options.l2Bytes)}),
            chaseMethod.arg(bytesText(options.l2Bytes)).arg(5).arg(4), chase(options.l2Bytes, 4'000'000, 5)},
        {LatencyProbe::Ram, LatencyCategory::Ram,
            TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "RAM (%1)"), {bytesText(options.ramBytes)}),
            chaseMethod.arg(bytesText(options.ramBytes)).arg(3).arg(1), chase(options.ramBytes, 1'000'000, 3)},
        {LatencyProbe::Fsync, LatencyCategory::Disk,
            TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "disk: write + fsync")),
            Tr::tr("512 bytes written to a temporary file and fsync'd: the median of up to 50"),
            [&options, stop] {
                return measureFsyncWrite(options.fsyncDirectory, options.ioBudgetSeconds, stop);
            },
            true},
        {LatencyProbe::Loopback, LatencyCategory::Network,
            TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "network: loopback TCP round trip")),
            Tr::tr("1 byte to an echo thread over 127.0.0.1 and back: the median of up to 5,000"),
            [&options, stop] {
                return measureLoopbackRoundTrip(options.ioBudgetSeconds, stop);
            },
            true},
    };
    if (options.httpUrl.isValid() && !options.httpUrl.isEmpty()) {
        steps.push_back({LatencyProbe::Http, LatencyCategory::Network,
            TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "network: HTTP GET, local flag server")),
            Tr::tr("GET %1 with a new connection each time: the median of up to 20")
                .arg(options.httpUrl.toDisplayString()),
            [&options, stop] {
                return measureHttpRoundTrip(options.httpUrl, options.ioBudgetSeconds, stop);
            },
            true});
    }
    return steps;
}

} // namespace

QString LatencyMeasurement::humanScaleText() const
{
    return ok() ? humanScale(cycles) : result.error.toString();
}

const LatencyMeasurement *LatencyReport::find(LatencyProbe probe) const
{
    for (const auto &row : rows) {
        if (row.probe == probe)
            return &row;
    }
    return nullptr;
}

LatencyReport measureLatencies(
    const LatencyOptions &options, const std::atomic<bool> *stop, const LatencyCallbacks &callbacks)
{
    const qint64 start = nowNs();
    LatencyReport report;
    const std::vector<Step> steps = stepsFor(options, stop);
    const int total = int(steps.size()) + 1;
    if (callbacks.progress)
        callbacks.progress(0, total, Tr::tr("estimating the clock rate"), false);
    report.clock = estimateClockRate();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (stop && stop->load()) {
            report.stopped = true;
            break;
        }
        const Step &step = steps[i];
        if (callbacks.progress)
            callbacks.progress(int(i) + 1, total, step.device.toString(), step.waitsForIo);
        LatencyMeasurement row;
        row.probe = step.probe;
        row.category = step.category;
        row.device = step.device.toString();
        row.method = step.method;
        row.result = step.measure();
        if (row.probe == LatencyProbe::Http && !options.httpNote.isEmpty())
            row.result.note = options.httpNote;
        row.cycles = row.ok() ? report.clock.cycles(row.result.ns) : 0;
        report.rows.push_back(row);
        if (callbacks.row)
            callbacks.row(row);
    }
    report.stopped = report.stopped || (stop && stop->load());
    if (callbacks.progress && !report.stopped)
        callbacks.progress(total, total, Tr::tr("done"), false);
    report.elapsedNs = nowNs() - start;
    return report;
}

void retranslateMeasurement(LatencyMeasurement &row, const LatencyOptions &options)
{
    for (const Step &step : stepsFor(options, nullptr)) {
        if (step.probe == row.probe) {
            row.device = step.device.toString();
            row.method = step.method;
        }
    }
}

TraceText latencyStepName(int done, int total, const LatencyOptions &options)
{
    if (done <= 0)
        return TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "estimating the clock rate"));
    if (done >= total)
        return TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "done"));
    const std::vector<Step> steps = stepsFor(options, nullptr);
    return done - 1 < int(steps.size()) ? steps[std::size_t(done - 1)].device : TraceText();
}

QString latencyStepText(int done, int total, const LatencyOptions &options)
{
    return latencyStepName(done, total, options).toString();
}

QString formatLatencyTables(const LatencyReport &report)
{
    QString text;
    const auto line = [&text](const QString &device, const QString &time, const QString &cycles, const QString &human) {
        text += QStringLiteral("%1 %2 %3  %4\n").arg(device, -38).arg(time, 10).arg(cycles, 14).arg(human);
    };
    text += Tr::tr("In the talk (Fluent Python, Table 18-1; 1 CPU cycle = 1 second):\n");
    line(Tr::tr("device"), QString(), Tr::tr("CPU cycles"), Tr::tr("human scale"));
    for (const LatencyRow &row : talkLatencyTable())
        line(latencyCategoryName(row.category), QString(), formatCycles(row.cycles), humanScale(row.cycles));

    text += Tr::tr("\nMeasured on this machine (clock %1 GHz: %2):\n")
                .arg(numberLocale().toString(report.clock.hz / 1e9, 'f', 2))
                .arg(report.clock.method);
    line(Tr::tr("device"), Tr::tr("time"), Tr::tr("CPU cycles"), Tr::tr("human scale"));
    for (const LatencyMeasurement &row : report.rows) {
        if (row.ok())
            line(row.device, formatNanoseconds(row.result.ns), formatCycles(row.cycles), row.humanScaleText());
        else
            line(row.device, Tr::tr("—"), Tr::tr("—"), row.result.error.toString());
    }
    for (const LatencyMeasurement &row : report.rows) {
        if (!row.result.note.isEmpty())
            text += QStringLiteral("  %1: %2\n").arg(row.device, row.result.note.toString());
    }
    if (report.stopped)
        text += Tr::tr("(stopped before every row was measured)\n");
    return text;
}

} // namespace Lab
