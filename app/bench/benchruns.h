// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/bench/benchprocess.h"
#include "app/bench/benchreport.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <limits>
#include <vector>

namespace Lab {

// How `bench` was asked to run; every benchmark reads it.
struct BenchConfig
{
    int runs = 3; // child runs per figure: the table shows their median and the best
    bool quick = false; // tiny sizes: checks the machinery in seconds, the figures mean nothing
    QUrl flagServer; // flags: download from this server instead of a built-in one
};

// One figure's value over its runs: the median is judged against the goal, the best is shown beside it.
struct BenchStat
{
    double median = std::numeric_limits<double>::quiet_NaN();
    double best = std::numeric_limits<double>::quiet_NaN();
    int runs = 0;
};

/**
 * One figure measured BenchConfig::runs times, each in a fresh child process. A run counts only
 * when the child exited 0 and its JSON has no "error" and every required key as a finite number;
 * otherwise the figure failed and the section says why (a figure that failed never shows a value,
 * so it cannot pass a goal by reading as 0).
 */
class FigureRuns
{
public:
    bool ok() const { return m_error.isEmpty() && m_skipped.isEmpty() && !m_runs.empty(); }
    bool skipped() const { return !m_skipped.isEmpty(); }
    const QString &error() const { return m_error; }
    std::size_t size() const { return m_runs.size(); }
    const std::vector<QJsonObject> &runs() const { return m_runs; }
    /** The last run's JSON, for text such as a version; use stat() for numbers. */
    QJsonObject last() const { return m_runs.empty() ? QJsonObject() : m_runs.back(); }

    /** @p key of every run times @p factor; the best is the lowest unless @p higherIsBetter. */
    BenchStat stat(const char *key, double factor = 1, bool higherIsBetter = false) const;
    /** A value derived from each run's JSON (e.g. a cost per item). */
    BenchStat stat(const std::function<double(const QJsonObject &)> &value, bool higherIsBetter = false) const;
    /** The median of @p key (NaN if the figure failed): for anchors and notes. */
    double median(const char *key) const { return stat(key).median; }

private:
    friend FigureRuns runRepeated(BenchSection &, const BenchConfig &, const QString &, const QStringList &,
        const std::function<ChildResult()> &);
    std::vector<QJsonObject> m_runs;
    QString m_error;
    QString m_skipped;
};

/**
 * Runs `bench-worker ARGUMENTS` config.runs times (see FigureRuns); reports progress as
 * "SECTION: LABEL", puts a failure into section.errors and a skip ("skipped": why) into its notes.
 */
FigureRuns runFigure(BenchSection &section, const BenchConfig &config, const QString &label,
    const QStringList &arguments, const QStringList &required, int timeoutSeconds);

/** The same for a Python script of resources/bench run by @p python. */
FigureRuns runPythonFigure(BenchSection &section, const BenchConfig &config, const QString &label,
    const QString &python, const QString &script, const QStringList &arguments, const QStringList &required,
    int timeoutSeconds);

/** The same for any child @p once starts; the building block of the two above. */
FigureRuns runRepeated(BenchSection &section, const BenchConfig &config, const QString &label,
    const QStringList &required, const std::function<ChildResult()> &once);

/** A row showing @p stat's median (judged against @p goal) and its best run. */
BenchRow statRow(const QString &id, const QString &figure, const BenchStat &stat, const QString &unit,
    BenchGoal goal = {}, const QString &anchorName = {}, double anchorValue = 0, const QString &note = {});

/** "1k", "100k", "1M": a count as a figure's label shows it. */
QString shortCount(int count);

} // namespace Lab
