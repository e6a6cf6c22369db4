// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/benchruns.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace Lab {

namespace {

// Why @p json does not count as a measurement, or an empty string if it does.
QString invalidReason(const QJsonObject &json, const QStringList &required)
{
    if (json.contains(QLatin1String("error")))
        return json.value(QLatin1String("error")).toString();
    QStringList missing;
    for (const QString &key : required) {
        const QJsonValue value = json.value(key);
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            missing << key;
    }
    if (!missing.isEmpty())
        return QStringLiteral("its result has no valid number for %1").arg(missing.join(QLatin1String(", ")));
    return {};
}

BenchStat summarize(std::vector<double> values, bool higherIsBetter)
{
    BenchStat stat;
    values.erase(std::remove_if(values.begin(), values.end(),
                     [](double v) {
                         return !std::isfinite(v);
                     }),
        values.end());
    if (values.empty())
        return stat;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    stat.median = values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    stat.best = higherIsBetter ? values.back() : values.front();
    stat.runs = int(values.size());
    return stat;
}

} // namespace

BenchStat FigureRuns::stat(const char *key, double factor, bool higherIsBetter) const
{
    const QLatin1String name(key);
    return stat(
        [&](const QJsonObject &json) {
            const QJsonValue value = json.value(name);
            return value.isDouble() ? value.toDouble() * factor : std::numeric_limits<double>::quiet_NaN();
        },
        higherIsBetter);
}

BenchStat FigureRuns::stat(const std::function<double(const QJsonObject &)> &value, bool higherIsBetter) const
{
    if (!ok())
        return {};
    std::vector<double> values;
    for (const QJsonObject &run : m_runs)
        values.push_back(value(run));
    return summarize(std::move(values), higherIsBetter);
}

FigureRuns runRepeated(BenchSection &section, const BenchConfig &config, const QString &label,
    const QStringList &required, const std::function<ChildResult()> &once)
{
    FigureRuns figure;
    const int runs = std::max(1, config.runs);
    for (int run = 1; run <= runs; ++run) {
        reportProgress(QStringLiteral("%1: %2 (run %3 of %4)").arg(section.name, label).arg(run).arg(runs));
        const ChildResult result = once();
        if (result.ok() && result.json.contains(QLatin1String("skipped"))) {
            figure.m_skipped = result.json.value(QLatin1String("skipped")).toString();
            section.notes << QStringLiteral("%1: skipped (%2)").arg(label, figure.m_skipped);
            return figure;
        }
        const QString reason = result.ok() ? invalidReason(result.json, required) : result.error;
        if (!reason.isEmpty()) {
            figure.m_error = QStringLiteral("%1, run %2 of %3 failed: %4").arg(label).arg(run).arg(runs).arg(reason);
            section.errors << figure.m_error;
            figure.m_runs.clear();
            return figure;
        }
        figure.m_runs.push_back(result.json);
    }
    return figure;
}

FigureRuns runFigure(BenchSection &section, const BenchConfig &config, const QString &label,
    const QStringList &arguments, const QStringList &required, int timeoutSeconds)
{
    return runRepeated(section, config, label, required, [&] {
        return runBenchWorker(arguments, timeoutSeconds);
    });
}

FigureRuns runPythonFigure(BenchSection &section, const BenchConfig &config, const QString &label,
    const QString &python, const QString &script, const QStringList &arguments, const QStringList &required,
    int timeoutSeconds)
{
    return runRepeated(section, config, label, required, [&] {
        return runPythonScript(python, script, arguments, timeoutSeconds);
    });
}

BenchRow statRow(const QString &id, const QString &figure, const BenchStat &stat, const QString &unit, BenchGoal goal,
    const QString &anchorName, double anchorValue, const QString &note)
{
    BenchRow row{id, figure, stat.median, unit, goal, anchorName, anchorValue, note};
    row.best = stat.best;
    row.runs = stat.runs;
    return row;
}

QString shortCount(int count)
{
    if (count >= 1'000'000 && count % 1'000'000 == 0)
        return QStringLiteral("%1M").arg(count / 1'000'000);
    if (count >= 1000 && count % 1000 == 0)
        return QStringLiteral("%1k").arg(count / 1000);
    return QString::number(count);
}

} // namespace Lab
