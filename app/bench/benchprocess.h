// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Lab {

// What a child process measured: its JSON line, or why there is none.
struct ChildResult
{
    QJsonObject json;
    QString error;
    bool ok() const { return error.isEmpty(); }
    double number(const char *key) const { return json.value(QLatin1String(key)).toDouble(); }
};

// Runs `<this program> bench-worker ARGUMENTS` in a fresh process and reads its JSON line.
ChildResult runBenchWorker(const QStringList &arguments, int timeoutSeconds);

// The python3 executable on PATH, or an empty string.
QString findPython();

// Writes the resource `:/bench/SCRIPT` to a temporary file, runs it with @p python and
// @p arguments, and reads its JSON line.
ChildResult runPythonScript(
    const QString &python, const QString &script, const QStringList &arguments, int timeoutSeconds);

// "bench: WHAT..." on stderr, so a long run shows where it is while stdout stays the report.
void reportProgress(const QString &what);

// This process's peak resident set so far (getrusage ru_maxrss), in KiB.
qint64 peakRssKiB();
// This process's resident set now (VmRSS in /proc/self/status), in KiB; 0 if unknown.
qint64 currentRssKiB();
// CPU time (user + system) this process has used so far, in seconds.
double cpuSeconds();

} // namespace Lab
