// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/scale/scalefigures.h"

#include "models/scale/processmemory.h"

#include <QCoreApplication>
#include <QLocale>

namespace Lab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lab::Scale", text);
}

QString secondsText(double seconds)
{
    return tr("%1 s").arg(seconds, 0, 'f', seconds < 10 ? 2 : 1);
}

QString sleepersText(const ScaleFigures &f)
{
    return f.kind == SleeperKind::Threads ? tr("%1 threads").arg(formatCount(f.target))
                                          : tr("%1 coroutines").arg(formatCount(f.target));
}

} // namespace

QString formatCount(int value)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(value);
}

QString sleeperKindName(SleeperKind kind)
{
    return kind == SleeperKind::Threads ? QStringLiteral("threads") : QStringLiteral("coroutines");
}

std::vector<std::pair<QString, QString>> scaleFigureRows(const ScaleFigures &f)
{
    std::vector<std::pair<QString, QString>> rows;
    QString sleepers = tr("%1, sleeping %2 each").arg(sleepersText(f), secondsText(f.seconds));
    if (f.capped)
        sleepers += tr(" (%1 asked for: held to the thread cap)").arg(formatCount(f.requested));
    rows.emplace_back(tr("sleepers"), sleepers);
    rows.emplace_back(tr("started"), formatCount(f.started));
    rows.emplace_back(tr("alive"), formatCount(f.alive));
    rows.emplace_back(tr("finished"), formatCount(f.finished));
    QString elapsed = secondsText(double(f.elapsedNs) / 1e9);
    if (f.launchNs > 0)
        elapsed += tr(" (starting them took %1)").arg(secondsText(double(f.launchNs) / 1e9));
    rows.emplace_back(tr("elapsed"), elapsed);
    rows.emplace_back(tr("process RSS"),
        tr("%1 (%2 before the run, peak %3)")
            .arg(formatBytes(double(f.rssBytes)), formatBytes(double(f.baselineRssBytes)),
                formatBytes(double(f.peakRssBytes))));
    rows.emplace_back(tr("memory per sleeper"),
        f.peakAlive > 0 ? tr("%1 (RSS growth / %2 alive)").arg(formatBytes(f.bytesPerSleeper), formatCount(f.peakAlive))
                        : tr("—"));
    if (!f.limit.isEmpty())
        rows.emplace_back(tr("limit"), tr("stopped creating threads: %1").arg(f.limit));
    rows.emplace_back(
        tr("state"), f.done ? (f.stopped ? tr("stopped") : tr("done")) : (f.stopped ? tr("stopping…") : tr("running")));
    return rows;
}

QString scaleSummary(const ScaleFigures &f)
{
    const QString kind = f.kind == SleeperKind::Threads ? tr("%1 threads").arg(formatCount(f.requested))
                                                        : tr("%1 coroutines").arg(formatCount(f.requested));
    QString text = f.started == f.requested ? kind : tr("%1 asked for, %2 started").arg(kind, formatCount(f.started));
    text += tr(": %1 finished in %2, %3 each, peak RSS %4")
                .arg(formatCount(f.finished), secondsText(double(f.elapsedNs) / 1e9),
                    f.peakAlive > 0 ? formatBytes(f.bytesPerSleeper) : tr("—"), formatBytes(double(f.peakRssBytes)));
    if (f.capped)
        text += tr(" — held to the thread cap of %1").arg(formatCount(f.target));
    if (!f.limit.isEmpty())
        text += tr(" — stopped creating threads: %1").arg(f.limit);
    if (f.stopped)
        text += tr(" — stopped");
    return text;
}

} // namespace Lab
