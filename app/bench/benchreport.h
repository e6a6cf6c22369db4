// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Lab {

// What a figure should be: at most `high`, at least `low`, or between `low` and `high`.
struct BenchGoal
{
    enum Kind { None, AtMost, Between, AtLeast };
    Kind kind = None;
    double low = 0;
    double high = 0;

    static BenchGoal atMost(double high) { return {AtMost, 0, high}; }
    static BenchGoal between(double low, double high) { return {Between, low, high}; }
    static BenchGoal atLeast(double low) { return {AtLeast, low, 0}; }
    std::optional<bool> met(double value) const;
};

// One line of the report: a measured figure, its goal, and its ratio to the figure it compares with.
struct BenchRow
{
    QString id; // stable key for --json, e.g. "ours_100k_wall"
    QString figure; // what a reader sees, e.g. "ours, 100k sleepers: wall"
    double value = 0;
    QString unit; // "s", "ms", "ns", "µs", "MiB", "%" or empty for a count
    BenchGoal goal;
    QString anchorName; // the ratio is value / anchorValue when there is an anchor
    double anchorValue = 0;
    QString note; // shown after the value, e.g. "+0.13 %"
    std::optional<double> best; // the best of several runs; value is then their median
    int runs = 1; // how many runs value stands for
};

// One benchmark's report.
struct BenchSection
{
    QString name; // "sleep"
    QString title; // one line saying what was measured
    std::vector<BenchRow> rows;
    QStringList notes; // how it was measured, what was skipped
    QStringList errors; // figures that could not be measured

    void add(BenchRow row) { rows.push_back(std::move(row)); }
};

// The machine the run happened on, read from /proc/cpuinfo and QSysInfo.
struct MachineInfo
{
    QString date;
    QString cpuModel;
    int cores = 0; // physical cores, from "cpu cores" (0 if unknown)
    int logicalCpus = 0; // "processor" entries
    int usableThreads = 0; // QThread::idealThreadCount(), i.e. what this process may use
    QString system;
    QString qtVersion;
    QString loadAverage; // from /proc/loadavg when the run started: other work skews every figure
    QString loadAverageAtEnd; // the same when it ended
    int runs = 1; // child runs per figure
};

MachineInfo currentMachine();
// The 1, 5 and 15 minute load averages now, "0.52 0.61 0.70".
QString loadAverageNow();

// A row with a goal whose value is not a finite number is an error, never a pass (nor a silent MISS).
void checkGoalRows(BenchSection &section);

// "0.121 s", "35.2 MiB", "1,000,000": the value with its unit.
QString formatValue(double value, const QString &unit);

void printTable(const MachineInfo &machine, const std::vector<BenchSection> &sections);
QJsonObject toJson(const MachineInfo &machine, const std::vector<BenchSection> &sections);

} // namespace Lab
