// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/benchreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QSysInfo>
#include <QThread>

#include <cmath>
#include <cstdio>

namespace Lab {

std::optional<bool> BenchGoal::met(double value) const
{
    switch (kind) {
    case AtMost:
        return value <= high;
    case Between:
        return value >= low && value <= high;
    case AtLeast:
        return value >= low;
    case None:
        break;
    }
    return std::nullopt;
}

MachineInfo currentMachine()
{
    MachineInfo machine;
    machine.date = QDateTime::currentDateTime().toString(Qt::ISODate);
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        // procfs files report size 0, so atEnd() is true at once: read everything, then split.
        for (const QByteArray &bytes : cpuinfo.readAll().split('\n')) {
            const QString line = QString::fromUtf8(bytes);
            const QString key = line.section(u':', 0, 0).trimmed();
            const QString value = line.section(u':', 1).trimmed();
            if (key == QLatin1String("processor"))
                ++machine.logicalCpus;
            else if (key == QLatin1String("model name") && machine.cpuModel.isEmpty())
                machine.cpuModel = value;
            else if (key == QLatin1String("cpu cores") && machine.cores == 0)
                machine.cores = value.toInt();
        }
    }
    if (machine.cpuModel.isEmpty())
        machine.cpuModel = QSysInfo::currentCpuArchitecture();
    machine.usableThreads = QThread::idealThreadCount();
    machine.system = QStringLiteral("%1, %2 %3")
                         .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion());
    machine.qtVersion = QString::fromLatin1(qVersion());
    machine.loadAverage = loadAverageNow();
    return machine;
}

QString loadAverageNow()
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (!loadavg.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(loadavg.readAll()).section(u' ', 0, 2);
}

void checkGoalRows(BenchSection &section)
{
    for (const BenchRow &row : section.rows) {
        if (row.goal.kind != BenchGoal::None && !std::isfinite(row.value))
            section.errors << QStringLiteral("%1: no valid value to judge against its goal").arg(row.figure);
    }
}

static QString formatNumber(double value)
{
    const double magnitude = std::fabs(value);
    const int decimals = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 10 ? 2 : 3;
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

QString formatValue(double value, const QString &unit)
{
    if (!std::isfinite(value))
        return QStringLiteral("none");
    if (unit.isEmpty())
        return QLocale(QLocale::English).toString(qint64(std::llround(value)));
    return formatNumber(value) + (unit == QLatin1String("%") ? unit : u' ' + unit);
}

// Goals are round numbers: "≤ 0.15 s", "2.85–3.15 s", not padded to the values' precision.
static QString formatGoalNumber(double value, const QString &unit)
{
    const QString number = QString::number(value, 'g', 6);
    return unit.isEmpty() || unit == QLatin1String("%") ? number + unit : number + u' ' + unit;
}

static QString formatGoal(const BenchGoal &goal, const QString &unit)
{
    switch (goal.kind) {
    case BenchGoal::AtMost:
        return QStringLiteral("≤ ") + formatGoalNumber(goal.high, unit);
    case BenchGoal::Between:
        return QString::number(goal.low, 'g', 6) + QStringLiteral("–") + formatGoalNumber(goal.high, unit);
    case BenchGoal::AtLeast:
        return QStringLiteral("≥ ") + formatGoalNumber(goal.low, unit);
    case BenchGoal::None:
        break;
    }
    return QStringLiteral("–");
}

static std::optional<double> ratioOf(const BenchRow &row)
{
    if (row.anchorName.isEmpty() || !(row.anchorValue > 0))
        return std::nullopt;
    return row.value / row.anchorValue;
}

static QString formatRatio(const BenchRow &row)
{
    const auto ratio = ratioOf(row);
    if (!ratio)
        return QStringLiteral("–");
    // Three significant digits: 0.998×, 1.33×, 44.0×, 126×.
    const int decimals = *ratio >= 100 ? 0 : std::max(0, 2 - int(std::floor(std::log10(std::max(*ratio, 1e-9)))));
    return QStringLiteral("%1× %2 (%3)")
        .arg(QLocale(QLocale::English).toString(*ratio, 'f', decimals), row.anchorName,
            formatValue(row.anchorValue, row.unit));
}

static QString formatBest(const BenchRow &row)
{
    return row.best && row.runs > 1 ? formatValue(*row.best, row.unit) : QStringLiteral("–");
}

static QString formatResult(const BenchRow &row)
{
    const auto met = row.goal.met(row.value);
    return !met ? QStringLiteral("–") : *met ? QStringLiteral("pass") : QStringLiteral("MISS");
}

static QString formatCores(const MachineInfo &machine)
{
    QString cores = machine.cores > 0 ? QStringLiteral("%1 cores, ").arg(machine.cores) : QString();
    return cores
        + QStringLiteral("%1 logical CPUs (%2 usable by this process)")
              .arg(machine.logicalCpus)
              .arg(machine.usableThreads);
}

void printTable(const MachineInfo &machine, const std::vector<BenchSection> &sections)
{
    std::printf("Concurrency Lab bench, %s\n", qPrintable(machine.date));
    std::printf("Machine: %s; %s\n", qPrintable(machine.cpuModel), qPrintable(formatCores(machine)));
    std::printf("System: %s; Qt %s; load average %s at the start, %s at the end\n", qPrintable(machine.system),
        qPrintable(machine.qtVersion), qPrintable(machine.loadAverage), qPrintable(machine.loadAverageAtEnd));
    std::printf("Every figure ran %d %s, each in its own child process: value is the median (judged "
                "against the goal), best the best run; peak RSS is that process's own (getrusage).\n",
        machine.runs, machine.runs == 1 ? "time" : "times");

    // One set of column widths for every section, so the tables line up.
    const QStringList headers = {QStringLiteral("figure"), QStringLiteral("value"), QStringLiteral("best"),
        QStringLiteral("goal"), QStringLiteral("ratio vs. anchor"), QStringLiteral("result"), QStringLiteral("note")};
    std::vector<qsizetype> widths;
    for (const QString &header : headers)
        widths.push_back(header.size());
    std::vector<std::vector<QStringList>> cells(sections.size());
    for (std::size_t s = 0; s < sections.size(); ++s) {
        for (const BenchRow &row : sections[s].rows) {
            const QStringList line = {row.figure, formatValue(row.value, row.unit), formatBest(row),
                formatGoal(row.goal, row.unit), formatRatio(row), formatResult(row), row.note};
            for (int c = 0; c < line.size(); ++c)
                widths[c] = std::max(widths[c], line[c].size());
            cells[s].push_back(line);
        }
    }
    const auto printLine = [&](const QStringList &line) {
        QString text = QStringLiteral("  ");
        for (int c = 0; c < line.size(); ++c)
            text += c + 1 < line.size() ? line[c].leftJustified(widths[c] + 2) : line[c];
        std::printf("%s\n", qPrintable(text.trimmed().prepend(QStringLiteral("  "))));
    };
    for (std::size_t s = 0; s < sections.size(); ++s) {
        const BenchSection &section = sections[s];
        std::printf("\n%s: %s\n", qPrintable(section.name), qPrintable(section.title));
        if (!cells[s].empty())
            printLine(headers);
        for (const QStringList &line : cells[s])
            printLine(line);
        for (const QString &note : section.notes)
            std::printf("  * %s\n", qPrintable(note));
        for (const QString &error : section.errors)
            std::printf("  error: %s\n", qPrintable(error));
    }
    int goals = 0;
    int missed = 0;
    int errors = 0;
    for (const BenchSection &section : sections) {
        errors += int(section.errors.size());
        for (const BenchRow &row : section.rows) {
            if (const auto met = row.goal.met(row.value)) {
                ++goals;
                missed += *met ? 0 : 1;
            }
        }
    }
    std::printf("\n%d of %d goals met", goals - missed, goals);
    if (errors > 0)
        std::printf("; FAILED: %d %s not be measured (see error: lines)", errors,
            errors == 1 ? "figure could" : "figures could");
    std::printf("\n");
}

static QJsonValue goalJson(const BenchGoal &goal)
{
    switch (goal.kind) {
    case BenchGoal::AtMost:
        return QJsonObject{{QStringLiteral("max"), goal.high}};
    case BenchGoal::Between:
        return QJsonObject{{QStringLiteral("min"), goal.low}, {QStringLiteral("max"), goal.high}};
    case BenchGoal::AtLeast:
        return QJsonObject{{QStringLiteral("min"), goal.low}};
    case BenchGoal::None:
        break;
    }
    return QJsonValue::Null;
}

QJsonObject toJson(const MachineInfo &machine, const std::vector<BenchSection> &sections)
{
    QJsonObject benchmarks;
    for (const BenchSection &section : sections) {
        QJsonArray rows;
        for (const BenchRow &row : section.rows) {
            QJsonObject json{{QStringLiteral("id"), row.id}, {QStringLiteral("figure"), row.figure},
                {QStringLiteral("value"), std::isfinite(row.value) ? QJsonValue(row.value) : QJsonValue()},
                {QStringLiteral("unit"), row.unit}, {QStringLiteral("goal"), goalJson(row.goal)},
                {QStringLiteral("runs"), row.runs},
                {QStringLiteral("best"), row.best && std::isfinite(*row.best) ? QJsonValue(*row.best) : QJsonValue()}};
            if (!row.note.isEmpty())
                json.insert(QStringLiteral("note"), row.note);
            if (!row.anchorName.isEmpty())
                json.insert(QStringLiteral("anchor"),
                    QJsonObject{{QStringLiteral("name"), row.anchorName}, {QStringLiteral("value"), row.anchorValue}});
            const auto ratio = ratioOf(row);
            json.insert(QStringLiteral("ratio"), ratio ? QJsonValue(*ratio) : QJsonValue(QJsonValue::Null));
            const auto met = row.goal.met(row.value);
            json.insert(QStringLiteral("result"),
                met ? QJsonValue(*met ? QStringLiteral("pass") : QStringLiteral("miss"))
                    : QJsonValue(QJsonValue::Null));
            rows.append(json);
        }
        benchmarks.insert(section.name,
            QJsonObject{{QStringLiteral("title"), section.title}, {QStringLiteral("rows"), rows},
                {QStringLiteral("notes"), QJsonArray::fromStringList(section.notes)},
                {QStringLiteral("errors"), QJsonArray::fromStringList(section.errors)}});
    }
    const QJsonObject machineJson{{QStringLiteral("cpu"), machine.cpuModel}, {QStringLiteral("cores"), machine.cores},
        {QStringLiteral("logicalCpus"), machine.logicalCpus}, {QStringLiteral("usableThreads"), machine.usableThreads},
        {QStringLiteral("system"), machine.system}, {QStringLiteral("qt"), machine.qtVersion},
        {QStringLiteral("loadAverage"), machine.loadAverage},
        {QStringLiteral("loadAverageAtEnd"), machine.loadAverageAtEnd}};
    return {{QStringLiteral("date"), machine.date}, {QStringLiteral("machine"), machineJson},
        {QStringLiteral("runs"), machine.runs}, {QStringLiteral("benchmarks"), benchmarks}};
}

} // namespace Lab
