// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/platescommand.h"

#include "app/headless/clioptions.h"
#include "app/headless/headlessrun.h"
#include "models/plates/platespinning.h"
#include "models/plates/plateworld.h"

#include <QCoreApplication>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace Lab {

namespace {
// The command's texts, in the user's language.
const auto tr = cliTr;

QString headline(const PlateSpinning::Snapshot &snapshot)
{
    const int hands = int(snapshot.hands.size());
    return QStringLiteral("%1 plates, %2 %3, %4 s: %5")
        .arg(int(snapshot.plates.size()))
        .arg(hands)
        .arg(hands == 1 ? QStringLiteral("hand") : QStringLiteral("hands"))
        .arg(snapshot.time, 0, 'f', 1)
        .arg(PlateSpinning::summary(snapshot));
}

void printFall(int index, double time)
{
    std::printf("%s\n", qPrintable(tr("plate %1 fell at %2 s").arg(index + 1).arg(time, 0, 'f', 1)));
    std::fflush(stdout);
}

// The deterministic simulated mode: the same steps the tests take, no clock, no waiting.
int runSimulated(const PlateParams &params, double seconds, double blockAfter, double blockFor)
{
    PlateWorld world(params);
    std::vector<bool> reported(params.plates, false);
    constexpr double Step = 1.0 / 60.0;
    const int steps = int(seconds / Step + 0.5);
    for (int i = 0; i < steps; ++i) {
        const double t = world.time();
        world.step(Step, blockAfter >= 0 && t >= blockAfter && t < blockAfter + blockFor);
        for (int plate = 0; plate < params.plates; ++plate) {
            if (world.plates()[plate].fallen && !reported[plate]) {
                reported[plate] = true;
                printFall(plate, world.plates()[plate].fellAt);
            }
        }
    }
    const PlateSpinning::Snapshot snapshot{world.plates(), world.hands(), world.time(), world.platesUp(),
        world.platesFallen(), world.visits(), world.params()};
    std::printf("%s\n", qPrintable(headline(snapshot)));
    return 0;
}
} // namespace

int runPlatesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Plate spinning: H hands keep N plates spinning; a scheduler on the event "
                                        "loop sends a free hand to the plate closest to falling."));
    parser.addOption({QStringLiteral("plates"), tr("Number of plates (default 18)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("hands"), tr("Number of hands, 1 to N (default 2)."), QStringLiteral("H")});
    parser.addOption({QStringLiteral("seconds"), tr("How long the show runs (default 20)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("block-after"), tr("After S seconds one hand blocks the event loop on its plate."),
        QStringLiteral("S")});
    parser.addOption({QStringLiteral("block-for"), tr("How long that block lasts (default 5)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("seed"), tr("Seed for the plates' speeds (default 1)."), QStringLiteral("K")});
    parser.addOption(
        {QStringLiteral("visit"), tr("Seconds a hand spends on a plate (default 0.5)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("threads"), tr("Run each hand as a worker thread instead of a coroutine.")});
    parser.addOption({QStringLiteral("simulated"), tr("Step a simulated clock instead of waiting: prints at once.")});
    parser.addOption({QStringLiteral("time-scale"), tr("Multiply every duration by <x> (0.1: ten times faster)."),
        QStringLiteral("x")});
    if (const int status = parseDemoCommand(parser, arguments); status >= 0)
        return status;

    PlateParams params;
    double seconds = 20.0;
    double blockAfter = -1.0;
    double blockFor = 5.0;
    double seed = double(params.seed);
    double timeScale = 1.0;
    if (!readInteger(parser, QStringLiteral("plates"), 1, 1000, &params.plates)
        || !readInteger(parser, QStringLiteral("hands"), 1, params.plates, &params.hands)
        || !readNumber(parser, QStringLiteral("seconds"), 0.1, 3600, &seconds)
        || !readNumber(parser, QStringLiteral("block-after"), 0, seconds, &blockAfter)
        || !readNumber(parser, QStringLiteral("block-for"), 0.01, 3600, &blockFor)
        || !readNumber(parser, QStringLiteral("seed"), 0, 4294967295.0, &seed)
        || !readNumber(parser, QStringLiteral("visit"), 0.01, 60, &params.visitSeconds)
        || !readNumber(parser, QStringLiteral("time-scale"), 0.001, 100, &timeScale))
        return UsageError;
    if (seed != std::floor(seed))
        return usageError(tr("--seed: a whole number, please"));
    params.seed = quint64(seed);
    if (parser.isSet(QStringLiteral("simulated")) && parser.isSet(QStringLiteral("threads")))
        return usageError(tr("--simulated and --threads: choose one"));
    if (parser.isSet(QStringLiteral("simulated")))
        return runSimulated(params, seconds, blockAfter, blockFor);

    HeadlessRun run;
    PlateSpinning show(&run.recorder());
    show.setParams(params);
    show.setTimeScale(timeScale);
    show.setBlockSeconds(blockFor);
    show.setMode(
        parser.isSet(QStringLiteral("threads")) ? PlateSpinning::Mode::Threads : PlateSpinning::Mode::Coroutines);
    QObject::connect(&show, &PlateSpinning::plateFell, [&show](int index) {
        printFall(index, show.snapshot().plates[index].fellAt);
    });
    QTimer end;
    end.setSingleShot(true);
    end.setTimerType(Qt::PreciseTimer);
    QObject::connect(&end, &QTimer::timeout, [&] {
        show.stop();
        run.finish();
    });
    QTimer block;
    block.setSingleShot(true);
    block.setTimerType(Qt::PreciseTimer);
    QObject::connect(&block, &QTimer::timeout, [&show] {
        show.blockOnce();
    });
    run.exec([&] {
        show.start();
        end.start(int(seconds * timeScale * 1000));
        if (blockAfter >= 0)
            block.start(int(blockAfter * timeScale * 1000));
    });
    std::printf("%s\n", qPrintable(headline(show.snapshot())));
    return run.report(parser);
}

} // namespace Lab
