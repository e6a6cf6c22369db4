// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/clioptions.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>

namespace Lab {

QString cliTr(const char *text)
{
    return QCoreApplication::translate("Lab::Cli", text);
}

void printLine(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int usageError(const QString &message)
{
    std::fprintf(
        stderr, "concurrency-lab: %s\nTry 'concurrency-lab --help' for more information.\n", qPrintable(message));
    return UsageError;
}

int parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    // An empty value ("--save ''", a variable that was never set) is never meant: say so.
    for (const QString &name : parser.optionNames()) {
        if (parser.values(name).contains(QString()))
            return usageError(QCoreApplication::translate("Lab::Cli", "%1%2 needs a value, not an empty string")
                                  .arg(name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), name));
    }
    if (parser.isSet(help)) {
        // Before the application object exists Qt cannot know the program name: give it.
        std::fputs(qPrintable(parser.helpText().replace(
                       QLatin1String("<executable_name>"), QCoreApplication::applicationName())),
            stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
            qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    return -1;
}

bool readNumber(const QCommandLineParser &parser, const QString &name, double min, double max, double *value)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok || !std::isfinite(number)) {
        usageError(QCoreApplication::translate("Lab::Cli", "--%1 needs a number, not '%2'").arg(name, text));
        return false;
    }
    // A value the code cannot tell from 0 (a denormal, 1e-50) is no value: say so rather than
    // divide by it. Seconds and scales are worked with in nanoseconds at best.
    if (number != 0 && std::abs(number) < SmallestNumber && min <= 0 && max > 0) {
        usageError(QCoreApplication::translate("Lab::Cli", "--%1 must be 0 or at least %2, not %3")
                       .arg(name)
                       .arg(SmallestNumber)
                       .arg(text));
        return false;
    }
    if (number < min || number > max) {
        usageError(QCoreApplication::translate("Lab::Cli", "--%1 must be between %2 and %3, not %4")
                       .arg(name)
                       .arg(min)
                       .arg(max)
                       .arg(text));
        return false;
    }
    *value = number;
    return true;
}

bool readInteger(const QCommandLineParser &parser, const QString &name, int min, int max, int *value)
{
    double number = *value;
    if (!readNumber(parser, name, min, max, &number))
        return false;
    if (number != std::floor(number)) {
        usageError(QCoreApplication::translate("Lab::Cli", "--%1 needs a whole number, not '%2'")
                       .arg(name, parser.value(name)));
        return false;
    }
    *value = int(number);
    return true;
}

} // namespace Lab
