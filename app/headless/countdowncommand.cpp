// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/clioptions.h"
#include "app/headless/headlesscommands.h"
#include "app/headless/headlessrun.h"
#include "models/countdown/countdowndemo.h"

#include <QCoreApplication>

#include <cstdio>

namespace Lab {

int runCountdownCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Lab::Cli", "Countdown: A (0.7 s), B (2 s), C (0.3 s) and D (1 s) count 3 to 1 as coroutines."));
    parser.addOption({QStringLiteral("blocking"),
        QCoreApplication::translate("Lab::Cli", "Sleep with a blocking call instead of co_await.")});
    parser.addOption({QStringLiteral("time-scale"),
        QCoreApplication::translate("Lab::Cli", "Multiply every delay by <x> (0.1: ten times faster)."),
        QStringLiteral("x")});
    if (const int status = parseDemoCommand(parser, arguments); status >= 0)
        return status;
    double timeScale = 1.0;
    if (!readNumber(parser, QStringLiteral("time-scale"), 0.0, 100.0, &timeScale))
        return UsageError;

    HeadlessRun run;
    CountdownDemo demo(&run.recorder());
    demo.setBlocking(parser.isSet(QStringLiteral("blocking")));
    demo.setTimeScale(timeScale);
    const QByteArray separator = QString(50, QChar(0x2501)).toUtf8();
    QObject::connect(&demo, &CountdownDemo::lineReady, [&](const CountdownLine &line) {
        std::printf("%s\n%s\n", separator.constData(), qPrintable(CountdownDemo::formatLine(line)));
        std::fflush(stdout);
    });
    qint64 total = 0;
    QObject::connect(&demo, &CountdownDemo::finished, [&](qint64 totalNs) {
        total = totalNs;
        run.finish();
    });
    run.exec([&demo] {
        demo.start();
    });
    std::printf("%s\ntotal: %.2fs\n", separator.constData(), double(total) / 1e9);
    return run.report(parser);
}

} // namespace Lab
