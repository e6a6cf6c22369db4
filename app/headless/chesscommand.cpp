// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/chesscommand.h"

#include "app/headless/clioptions.h"
#include "app/headless/headlessrun.h"
#include "models/chess/chessexhibition.h"
#include "models/chess/simulatedclock.h"

#include <QCoreApplication>

#include <cstdio>

namespace Lab {

namespace {
// The command's texts, in the user's language.
const auto tr = cliTr;
} // namespace

int runChessCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Chess exhibition: a master plays N opponents one game after the other (sequential) or walking from\n"
           "board to board (simultaneous), as coroutines on a simulated clock; prints when the last game ended\n"
           "beside the talk's formula."));
    const ExhibitionParams defaults;
    parser.addOption({QStringLiteral("opponents"),
        tr("N opponents, 1 to %1 (default %2).").arg(ExhibitionParams::MaxOpponents).arg(defaults.opponents),
        QStringLiteral("N")});
    parser.addOption({QStringLiteral("master-move"),
        tr("Seconds the master takes per move (default %1).").arg(defaults.masterMoveSeconds), QStringLiteral("S")});
    parser.addOption({QStringLiteral("opponent-move"),
        tr("Seconds an opponent takes per move (default %1).").arg(defaults.opponentMoveSeconds), QStringLiteral("S")});
    parser.addOption({QStringLiteral("moves"),
        tr("Move pairs per game, 1 to %1 (default %2).").arg(ExhibitionParams::MaxMovePairs).arg(defaults.movePairs),
        QStringLiteral("N")});
    parser.addOption({QStringLiteral("mode"), tr("sequential, simultaneous or both (default both)."),
        QStringLiteral("mode"), QStringLiteral("both")});
    parser.addOption({QStringLiteral("time-scale"),
        tr("Real seconds per simulated second: 0 runs as fast as possible (the default), 0.0167 a simulated "
           "minute per second."),
        QStringLiteral("x")});
    if (const int status = parseDemoCommand(parser, arguments); status >= 0)
        return status;

    ExhibitionParams params;
    double timeScale = 0;
    if (!readInteger(parser, QStringLiteral("opponents"), 1, ExhibitionParams::MaxOpponents, &params.opponents)
        || !readNumber(parser, QStringLiteral("master-move"), 0.001, 3600, &params.masterMoveSeconds)
        || !readNumber(parser, QStringLiteral("opponent-move"), 0, 3600, &params.opponentMoveSeconds)
        || !readInteger(parser, QStringLiteral("moves"), 1, ExhibitionParams::MaxMovePairs, &params.movePairs)
        || !readNumber(parser, QStringLiteral("time-scale"), 0, 100, &timeScale))
        return UsageError;
    std::vector<ExhibitionSchedule> schedules;
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("simultaneous") || mode == QLatin1String("both"))
        schedules.push_back(ExhibitionSchedule::Simultaneous);
    if (mode == QLatin1String("sequential") || mode == QLatin1String("both"))
        schedules.push_back(ExhibitionSchedule::Sequential);
    if (schedules.empty())
        return usageError(tr("--mode must be sequential, simultaneous or both, not '%1'").arg(mode));
    if (const QString problem = params.validate(); !problem.isEmpty())
        return usageError(problem);

    HeadlessRun run;
    ChessExhibition exhibition(&run.recorder());
    exhibition.clock()->setTimeScale(timeScale);
    exhibition.setParams(params);
    std::size_t next = 0;
    const auto startNext = [&] {
        exhibition.setSchedule(schedules[next]);
        exhibition.start();
    };
    QObject::connect(&exhibition, &ChessExhibition::finished, [&](qint64 endMs) {
        const ExhibitionSchedule schedule = schedules[next];
        std::printf("%s: %d %s of %d move pairs finished at %s (talk's formula: %s)\n",
            qPrintable(scheduleName(schedule)), params.opponents, params.opponents == 1 ? "game" : "games",
            params.movePairs, qPrintable(SimulatedClock::format(endMs)),
            qPrintable(SimulatedClock::format(ExhibitionFormula::talkMs(schedule, params))));
        std::printf("  the master waited %s for replies in all\n",
            qPrintable(SimulatedClock::format(exhibition.masterWaitingMs())));
        if (const QString why = ExhibitionFormula::explainDifference(schedule, params); !why.isEmpty())
            std::printf("  %s\n", qPrintable(why));
        std::fflush(stdout);
        // Next schedule from the loop, not from inside the last opponent's coroutine.
        if (++next < schedules.size())
            QMetaObject::invokeMethod(&exhibition, startNext, Qt::QueuedConnection);
        else
            run.finish();
    });
    run.exec(startNext);
    return run.report(parser);
}

} // namespace Lab
