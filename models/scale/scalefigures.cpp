// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/scale/scalefigures.h"

#include "models/core/numberlocale.h"
#include "models/scale/processmemory.h"

#include <QCoreApplication>
#include <QLocale>

namespace Lab {

namespace {

// A class, not a function, so that lupdate files the strings under the context used to look them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Scale)
};

QString secondsText(double seconds)
{
    return Tr::tr("%1 s").arg(numberLocale().toString(seconds, 'f', seconds < 10 ? 2 : 1));
}

QString sleepersText(const ScaleFigures &f)
{
    return f.kind == SleeperKind::Threads ? Tr::tr("%Ln threads", nullptr, f.target)
                                          : Tr::tr("%Ln coroutines", nullptr, f.target);
}

} // namespace

QString formatCount(int value)
{
    return numberLocale().toString(value);
}

QString sleeperKindName(SleeperKind kind)
{
    return kind == SleeperKind::Threads ? QStringLiteral("threads") : QStringLiteral("coroutines");
}

std::vector<std::pair<QString, QString>> scaleFigureRows(const ScaleFigures &f)
{
    std::vector<std::pair<QString, QString>> rows;
    QString sleepers = Tr::tr("%1, sleeping %2 each").arg(sleepersText(f), secondsText(f.seconds));
    if (f.capped)
        sleepers += Tr::tr(" (%1 asked for: held to the thread cap)").arg(formatCount(f.requested));
    rows.emplace_back(Tr::tr("sleepers"), sleepers);
    rows.emplace_back(Tr::tr("started"), formatCount(f.started));
    rows.emplace_back(Tr::tr("alive"), formatCount(f.alive));
    rows.emplace_back(Tr::tr("finished"), formatCount(f.finished));
    QString elapsed = secondsText(double(f.elapsedNs) / 1e9);
    if (f.launchNs > 0)
        elapsed += Tr::tr(" (starting them took %1)").arg(secondsText(double(f.launchNs) / 1e9));
    rows.emplace_back(Tr::tr("elapsed"), elapsed);
    rows.emplace_back(Tr::tr("process RSS"),
        Tr::tr("%1 (%2 before the run, peak %3)")
            .arg(formatBytes(double(f.rssBytes)), formatBytes(double(f.baselineRssBytes)),
                formatBytes(double(f.peakRssBytes))));
    rows.emplace_back(Tr::tr("memory per sleeper"),
        f.peakAlive > 0
            ? Tr::tr("%1 (RSS growth / %2 alive)").arg(formatBytes(f.bytesPerSleeper), formatCount(f.peakAlive))
            : Tr::tr("—"));
    if (!f.limit.isEmpty())
        rows.emplace_back(Tr::tr("limit"), Tr::tr("stopped creating threads: %1").arg(f.limit));
    rows.emplace_back(Tr::tr("state"),
        f.done ? (f.stopped ? Tr::tr("stopped") : Tr::tr("done"))
               : (f.stopped ? Tr::tr("stopping…") : Tr::tr("running")));
    return rows;
}

QString scaleSummary(const ScaleFigures &f)
{
    const QString kind = f.kind == SleeperKind::Threads ? Tr::tr("%Ln threads", nullptr, f.requested)
                                                        : Tr::tr("%Ln coroutines", nullptr, f.requested);
    QString text =
        f.started == f.requested ? kind : Tr::tr("%1 asked for, %2 started").arg(kind, formatCount(f.started));
    text +=
        Tr::tr(": %1 finished in %2, %3 each, peak RSS %4")
            .arg(formatCount(f.finished), secondsText(double(f.elapsedNs) / 1e9),
                f.peakAlive > 0 ? formatBytes(f.bytesPerSleeper) : Tr::tr("—"), formatBytes(double(f.peakRssBytes)));
    if (f.capped)
        text += Tr::tr(" — held to the thread cap of %1").arg(formatCount(f.target));
    if (!f.limit.isEmpty())
        text += Tr::tr(" — stopped creating threads: %1").arg(f.limit);
    if (f.stopped)
        text += Tr::tr(" — stopped");
    return text;
}

} // namespace Lab
