// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/headlessrun.h"

#include "app/headless/clioptions.h"
#include "app/headless/tracefileoption.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace Lab {

int parseDemoCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(arguments.value(1), QCoreApplication::translate("Lab::Cli", "The command."));
    parser.addOption(traceFileOption());
    if (const int status = parseArguments(parser, arguments); status >= 0)
        return status;
    if (parser.positionalArguments().size() > 1)
        return usageError(QCoreApplication::translate("Lab::Cli", "unexpected argument '%1'")
                              .arg(parser.positionalArguments().at(1)));
    return -1;
}

HeadlessRun::HeadlessRun()
    : m_monitor(&m_recorder)
{
}

void HeadlessRun::exec(const std::function<void()> &start)
{
    m_monitor.start();
    // Started from the loop, so that finish() from a run that ends at once still ends exec().
    QTimer::singleShot(0, start);
    QCoreApplication::exec();
    m_monitor.stop();
}

void HeadlessRun::finish()
{
    m_monitor.sampleNow(); // a blocking run just returned: report its stall before leaving
    QCoreApplication::quit();
}

int HeadlessRun::report(const QCommandLineParser &parser)
{
    std::printf("longest event-loop stall: %.2f s\n", double(m_monitor.longestStallNs()) / 1e9);
    return writeTraceIfAsked(m_recorder, parser.value(QStringLiteral("trace"))) ? 0 : 1;
}

} // namespace Lab
