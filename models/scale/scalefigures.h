// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

#include <utility>
#include <vector>

namespace Lab {

/** How the sleepers of a scale run sleep. */
enum class SleeperKind { Coroutines, Threads };

/** "coroutines" or "threads". */
QString sleeperKindName(SleeperKind kind);

/** A scale run's figures, live while it runs and final when it ends. */
struct ScaleFigures
{
    SleeperKind kind = SleeperKind::Coroutines;
    int requested = 0; ///< how many sleepers were asked for
    int target = 0; ///< how many the run starts: requested, or the thread cap
    double seconds = 1; ///< how long each sleeps
    int started = 0;
    int alive = 0; ///< asleep right now
    int finished = 0;
    qint64 elapsedNs = 0; ///< since the start; at the end, until the last sleeper woke
    qint64 launchNs = 0; ///< how long starting them all took (0 while still starting)
    qint64 rssBytes = 0; ///< the process's resident memory now
    qint64 baselineRssBytes = 0; ///< ... just before the first sleeper started
    qint64 peakRssBytes = 0;
    int peakAlive = 0; ///< the most sleepers asleep at one sample
    /** RSS growth over the baseline divided by the sleepers alive, at the sample with the most alive. */
    double bytesPerSleeper = 0;
    bool capped = false; ///< requested more threads than the cap: target is the cap
    bool stopped = false; ///< stop() ended the run early
    bool done = false; ///< every started sleeper has woken (and every thread is joined)
    QString limit; ///< why a thread run started fewer than target (the system refused a thread)
};

/** A count as the figures print it, in numberLocale(): "1,000,000" on an English screen. */
QString formatCount(int value);

/** The figures as (label, value) rows, the same on the page and in the terminal. */
std::vector<std::pair<QString, QString>> scaleFigureRows(const ScaleFigures &figures);

/** One line for the end of a run: "100,000 coroutines: 100,000 finished in 0.12 s, 169 B each, peak RSS 33 MiB". */
QString scaleSummary(const ScaleFigures &figures);

} // namespace Lab

Q_DECLARE_METATYPE(Lab::ScaleFigures)
