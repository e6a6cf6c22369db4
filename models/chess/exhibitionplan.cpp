// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/chess/exhibitionplan.h"

#include "models/chess/simulatedclock.h"
#include "models/core/numberlocale.h"

#include <QCoreApplication>

namespace Lab {

namespace {
// A class, not a function, so that lupdate files the strings under the context used to look them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Chess)
};
QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(numberLocale().toString(double(ms) / 1000.0));
}
} // namespace

QString scheduleName(ExhibitionSchedule schedule)
{
    //: How the master plays the boards: one game after another, or all of them at once.
    return schedule == ExhibitionSchedule::Sequential ? Tr::tr("sequential") : Tr::tr("simultaneous");
}

QString ExhibitionParams::validate() const
{
    if (opponents < 1 || opponents > MaxOpponents)
        return Tr::tr("opponents must be 1 to %1").arg(MaxOpponents);
    if (movePairs < 1 || movePairs > MaxMovePairs)
        return Tr::tr("move pairs must be 1 to %1").arg(MaxMovePairs);
    if (!(masterMoveSeconds >= 0.001 && masterMoveSeconds <= 3600))
        return Tr::tr("the master's move must take 0.001 to 3600 s");
    if (!(opponentMoveSeconds >= 0 && opponentMoveSeconds <= 3600))
        return Tr::tr("an opponent's move must take 0 to 3600 s");
    return {};
}

qint64 ExhibitionFormula::talkMs(ExhibitionSchedule schedule, const ExhibitionParams &params)
{
    const qint64 m = params.masterMoveMs();
    const qint64 p = params.opponentMoveMs();
    if (schedule == ExhibitionSchedule::Sequential)
        return params.opponents * params.movePairs * (m + p);
    return params.movePairs * params.opponents * m;
}

qint64 ExhibitionFormula::expectedEndMs(ExhibitionSchedule schedule, const ExhibitionParams &params)
{
    const qint64 m = params.masterMoveMs();
    const qint64 p = params.opponentMoveMs();
    if (schedule == ExhibitionSchedule::Sequential)
        return params.opponents * params.movePairs * (m + p);
    // Board 1 sets the pace: back there after O·M, or after M + P if its opponent is slower.
    const qint64 round = std::max(params.opponents * m, m + p);
    return (params.movePairs - 1) * round + params.opponents * m + p;
}

qint64 ExhibitionFormula::expectedWaitingMs(ExhibitionSchedule schedule, const ExhibitionParams &params)
{
    const qint64 m = params.masterMoveMs();
    const qint64 p = params.opponentMoveMs();
    if (schedule == ExhibitionSchedule::Sequential)
        return params.opponents * params.movePairs * p;
    // She waits only at board 1, once a round after the first: later boards are ready as she arrives.
    return (params.movePairs - 1) * std::max<qint64>(0, m + p - params.opponents * m);
}

QString ExhibitionFormula::explainDifference(ExhibitionSchedule schedule, const ExhibitionParams &params)
{
    const qint64 difference = expectedEndMs(schedule, params) - talkMs(schedule, params);
    if (difference == 0)
        return {};
    const qint64 m = params.masterMoveMs();
    const qint64 p = params.opponentMoveMs();
    QString text = Tr::tr("%1 more than the formula: it leaves out the last opponent's final reply (%2)")
                       .arg(SimulatedClock::format(difference), seconds(p));
    const qint64 wait = m + p - params.opponents * m;
    if (wait > 0 && params.movePairs > 1) {
        text +=
            Tr::tr(", and an opponent needs %1 but her walk round the other boards takes only (%2 − 1) × %3 = %4, so "
                   "she waits %5 at board 1 in each of the last %6 rounds")
                .arg(seconds(p))
                .arg(params.opponents)
                .arg(seconds(m), seconds((params.opponents - 1) * m), seconds(wait))
                .arg(params.movePairs - 1);
    }
    return text + QLatin1Char('.');
}

QString ExhibitionFormula::talkFormulaText(ExhibitionSchedule schedule, const ExhibitionParams &params)
{
    const QString total = SimulatedClock::format(talkMs(schedule, params));
    if (schedule == ExhibitionSchedule::Sequential) {
        return QStringLiteral("%1 × %2 × (%3 + %4) = %5")
            .arg(params.opponents)
            .arg(params.movePairs)
            .arg(seconds(params.masterMoveMs()), seconds(params.opponentMoveMs()), total);
    }
    return QStringLiteral("%1 × %2 × %3 = %4")
        .arg(params.movePairs)
        .arg(params.opponents)
        .arg(seconds(params.masterMoveMs()), total);
}

} // namespace Lab
