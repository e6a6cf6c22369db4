// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// The real binary run as a user or a script types it: its status and what it printed.
struct LabRun
{
    int status = -1; // -1: it did not finish or crashed; -2: a sanitizer reported
    QString out;
    QString err;
};

inline LabRun runLab(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(LAB_BINARY), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    LabRun result{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    // Under a sanitizer build a report is a failure whatever the status says.
    static const QRegularExpression report(
        QStringLiteral("ERROR: AddressSanitizer|runtime error:|LeakSanitizer|WARNING: ThreadSanitizer"));
    if (result.err.contains(report)) {
        qWarning("sanitizer report for %s:\n%s", qPrintable(arguments.join(u' ')), qPrintable(result.err));
        result.status = -2;
    }
    return result;
}
