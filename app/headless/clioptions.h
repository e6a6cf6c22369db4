// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QString>

namespace Lab {

/** A command's text in the user's language (translation context Lab::Cli). */
QString cliTr(const char *text);

/** Prints @p line and a newline on stdout at once, so that a pipe reads each line as it comes. */
void printLine(const QString &line);

/** Exit status for a wrong option or value. */
constexpr int UsageError = 2;

/** Prints "concurrency-lab: MESSAGE" and a hint to --help on stderr; returns UsageError. */
int usageError(const QString &message);

/**
 * Parses @p arguments; handles --help and --version. Returns -1 when the caller should go on,
 * otherwise the exit status (0 after --help/--version, UsageError on a bad option).
 */
int parseArguments(QCommandLineParser &parser, const QStringList &arguments);

/** The smallest non-zero number an option takes: seconds and scales below it cannot be told from 0. */
constexpr double SmallestNumber = 1e-6;

/**
 * Reads option @p name as a finite number in [min, max], and either 0 or at least
 * SmallestNumber in size (no denormals, no 1e-50 time scale); on a missing option keeps @p value.
 * Returns false (after printing why) if the text is not such a number.
 */
bool readNumber(const QCommandLineParser &parser, const QString &name, double min, double max, double *value);
bool readInteger(const QCommandLineParser &parser, const QString &name, int min, int max, int *value);

} // namespace Lab
