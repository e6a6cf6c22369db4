// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/clioptions.h"
#include "app/headless/headlesscommands.h"
#include "app/headless/headlessrun.h"
#include "models/spinner/spinnerdemo.h"

#include <QCoreApplication>

#include <cstdio>

namespace Lab {

int runSpinnerCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Lab::Cli", "Spinner: a spinner turns every 0.1 s while a slow function (3 s, answers 42) runs."));
    parser.addOption({QStringLiteral("mode"),
        QCoreApplication::translate(
            "Lab::Cli", "How the slow function runs: blocking, thread, coroutine, cpu-blocking, cpu-pool."),
        QStringLiteral("mode"), QStringLiteral("coroutine")});
    parser.addOption({QStringLiteral("seconds"),
        QCoreApplication::translate("Lab::Cli", "How long the slow function takes (default 3)."), QStringLiteral("s")});
    if (const int status = parseDemoCommand(parser, arguments); status >= 0)
        return status;
    SpinnerMode mode;
    if (!parseSpinnerMode(parser.value(QStringLiteral("mode")), &mode))
        return usageError(QCoreApplication::translate(
            "Lab::Cli", "unknown mode '%1': use blocking, thread, coroutine, cpu-blocking or cpu-pool")
                              .arg(parser.value(QStringLiteral("mode"))));
    double seconds = 3.0;
    if (!readNumber(parser, QStringLiteral("seconds"), 0.01, 600, &seconds))
        return UsageError;

    HeadlessRun run;
    SpinnerDemo demo(&run.recorder());
    demo.setMode(mode);
    demo.setSeconds(seconds);
    const QString status = QCoreApplication::translate("Lab::Cli", "thinking!");
    const QString frames = QStringLiteral("|/-\\");
    QObject::connect(&demo, &SpinnerDemo::frame, [&](int index) {
        std::printf("\r%s %s", qPrintable(QString(frames[index % frames.size()])), qPrintable(status));
        std::fflush(stdout);
    });
    int answer = 0;
    QObject::connect(&demo, &SpinnerDemo::finished, [&](int result, qint64) {
        answer = result;
        run.finish();
    });
    std::printf("spinner mode: %s\n", qPrintable(spinnerModeName(mode)));
    run.exec([&demo] {
        demo.start();
    });
    // Erase the spinner line, as the lab does.
    std::printf("\r%s\r", qPrintable(QString(status.size() + 2, u' ')));
    std::printf("Answer: %d\n", answer);
    std::printf("frames drawn: %d\n", demo.frames());
    return run.report(parser);
}

} // namespace Lab
