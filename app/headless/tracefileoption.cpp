// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/headless/tracefileoption.h"

#include "models/trace/chrometraceexporter.h"

#include <QCoreApplication>

#include <cstdio>

namespace Lab {

QCommandLineOption traceFileOption()
{
    return QCommandLineOption(QStringLiteral("trace"),
        QCoreApplication::translate("Lab::Cli", "Write the recording as Chrome trace JSON (Perfetto) to <file>."),
        QStringLiteral("file"));
}

bool writeTraceIfAsked(const TraceRecorder &recorder, const QString &path)
{
    if (path.isEmpty())
        return true;
    QString error;
    if (!ChromeTraceExporter(&recorder).writeFile(path, &error)) {
        std::fprintf(stderr, "concurrency-lab: %s\n", qPrintable(error));
        return false;
    }
    std::printf("trace written to %s\n", qPrintable(path));
    return true;
}

} // namespace Lab
