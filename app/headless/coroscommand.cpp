// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/coroscommand.h"

#include "app/headless/clioptions.h"
#include "app/headless/headlessrun.h"
#include "models/core/clock.h"
#include "models/coros/handexercise.h"
#include "models/coros/semaphoreexercise.h"
#include "models/coros/toyloop.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>
#include <thread>

namespace Lab {

namespace {

// The command's texts, in the user's language.
const auto tr = cliTr;

void runExercise(int number)
{
    HandExercise exercise(number);
    printLine(QStringLiteral("== %1 ==").arg(exercise.title()));
    printLine(tr("state: %1").arg(exercise.stateText()));
    while (!exercise.scriptDone()) {
        const CoroLogEntry &entry = exercise.stepScript();
        const QString chain = entry.state.chainText();
        printLine(entry.text());
        printLine(chain.isEmpty() ? tr("    state: %1").arg(exercise.stateText())
                                  : tr("    state: %1 (%2)").arg(exercise.stateText(), chain));
    }
}

void printHeap(const ToyLoop &loop)
{
    QStringList entries;
    for (const ToyLoopEntry &entry : loop.heap())
        entries.append(
            QStringLiteral("%1 %2 (line %3)").arg(ToyLoop::formatElapsed(entry.deadline), entry.task).arg(entry.line));
    printLine(tr("    heap: %1").arg(entries.isEmpty() ? tr("empty") : entries.join(QLatin1String(", "))));
}

void runToyLoop(bool generator, bool showHeap, bool realTime)
{
    printLine(QStringLiteral("== %1 ==")
                  .arg(generator ? tr("5. async for over an async generator, on the toy loop")
                                 : tr("4. A toy event loop: launchpad's countdowns")));
    ToyLoop loop;
    if (generator)
        loop.addTickerConsumer();
    else
        loop.addLaunchpadCountdowns();
    const qint64 start = nowNs();
    for (;;) {
        // launchpad sleeps until the earliest deadline; the simulated loop jumps there.
        if (const auto deadline = loop.nextDeadline(); realTime && deadline)
            std::this_thread::sleep_for(std::chrono::duration<double>(*deadline - loop.now()));
        if (!loop.step())
            break;
        for (const QString &line : loop.lastLines())
            printLine(generator ? QStringLiteral("[%1] %2").arg(ToyLoop::formatElapsed(loop.now()), line) : line);
        if (generator && !loop.lastTaskChain().isEmpty())
            printLine(tr("    waits: %1").arg(loop.lastTaskChain()));
        if (showHeap)
            printHeap(loop);
    }
    if (realTime)
        printLine(tr("measured: %1 s").arg(double(nowNs() - start) / 1e9, 0, 'f', 2));
}

void runSemaphore()
{
    printLine(QStringLiteral("== %1 ==").arg(tr("6. async with: a semaphore lets 3 of 8 tasks in")));
    HeadlessRun run;
    SemaphoreExercise exercise(&run.recorder(), 1.0);
    QObject::connect(&exercise, &SemaphoreExercise::changed, [](const QString &line) {
        printLine(line);
    });
    QObject::connect(&exercise, &SemaphoreExercise::finished, [&run] {
        run.finish();
    });
    run.exec([&exercise] {
        exercise.start();
    });
}

} // namespace

int runCorosCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Coroutines without an event loop: resume them by hand and see what each step gives.\n"
           "Exercises: 1 (a value passes straight through co_await), 2 (an inner generator hands out\n"
           "1, 2, 3), 3 (send values in: co_await as a two-way channel), loop (a toy event loop of\n"
           "countdowns, after Brett Cannon's launchpad.py, on a simulated clock), generator (async for\n"
           "over an async generator that sleeps between values, on the toy loop) and semaphore (async\n"
           "with: 8 coroutines on the real event loop, at most 3 inside a semaphore at once)."));
    parser.addPositionalArgument(arguments.value(1), tr("The command."));
    parser.addOption({QStringLiteral("exercise"), tr("Run only exercise <n>: 1, 2, 3, loop, generator or semaphore."),
        QStringLiteral("n")});
    parser.addOption({QStringLiteral("show-heap"), tr("Toy loop: print the heap after every step.")});
    parser.addOption(
        {QStringLiteral("real-time"), tr("Toy loop: really wait until each deadline, as launchpad.py does.")});
    if (const int status = parseArguments(parser, arguments); status >= 0)
        return status;
    if (parser.positionalArguments().size() > 1)
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));

    QList<int> exercises{1, 2, 3};
    bool loop = true;
    bool generator = true;
    bool semaphore = true;
    if (parser.isSet(QStringLiteral("exercise"))) {
        const QString choice = parser.value(QStringLiteral("exercise"));
        generator = choice == QLatin1String("generator");
        semaphore = choice == QLatin1String("semaphore");
        loop = choice == QLatin1String("loop");
        if (loop || generator || semaphore) {
            exercises.clear();
        } else {
            bool numeric = false;
            choice.toDouble(&numeric);
            if (!numeric)
                return usageError(tr("--exercise must be 1, 2, 3, loop, generator or semaphore, not '%1'").arg(choice));
            int number = 1;
            if (!readInteger(parser, QStringLiteral("exercise"), 1, HandExercise::Count, &number))
                return UsageError;
            exercises = {number};
            loop = false;
        }
    }
    if (!loop && !generator && (parser.isSet(QStringLiteral("real-time")) || parser.isSet(QStringLiteral("show-heap"))))
        return usageError(tr("--real-time and --show-heap apply to the toy loop only"));

    for (const int number : exercises) {
        runExercise(number);
        printLine({});
    }
    const bool showHeap = parser.isSet(QStringLiteral("show-heap"));
    const bool realTime = parser.isSet(QStringLiteral("real-time"));
    if (loop)
        runToyLoop(false, showHeap, realTime);
    if (generator) {
        if (loop)
            printLine({});
        runToyLoop(true, showHeap, realTime);
    }
    if (semaphore) {
        if (loop || generator)
            printLine({});
        runSemaphore();
    }
    return 0;
}

} // namespace Lab
