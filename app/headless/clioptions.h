// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QString>

namespace Lab {

/** Exit status for a wrong option or value. */
constexpr int UsageError = 2;

/** Prints "concurrency-lab: MESSAGE" and a hint to --help on stderr; returns UsageError. */
int usageError(const QString &message);

/**
 * Parses @p arguments; handles --help and --version. Returns -1 when the caller should go on,
 * otherwise the exit status (0 after --help/--version, UsageError on a bad option).
 */
int parseArguments(QCommandLineParser &parser, const QStringList &arguments);

/**
 * Reads option @p name as a number in [min, max]; on a missing option keeps @p value.
 * Returns false (after printing why) if the text is not a number or is out of range.
 */
bool readNumber(const QCommandLineParser &parser, const QString &name, double min, double max, double *value);
bool readInteger(const QCommandLineParser &parser, const QString &name, int min, int max, int *value);

} // namespace Lab
