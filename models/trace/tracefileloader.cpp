// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/tracefileloader.h"

#include "models/trace/chrometraceimporter.h"
#include "models/trace/tracerecorder.h"

#include <QDir>

namespace Lab {

TraceFileLoader::Outcome TraceFileLoader::load(const QString &path, TraceRecorder *recorder, const Progress &progress)
{
    Outcome outcome;
    Outcome *out = &outcome;
    {
        ChromeTraceImporter importer;
        importer.setCapacity(recorder->capacity());
        if (progress)
            importer.setProgress(progress);
        if (!importer.readFile(path, &out->error)) {
            out->status = importer.wasCancelled() ? Status::Cancelled : Status::Refused;
            return outcome;
        }
        out->events = importer.eventCount();
        out->spans = qint64(importer.spans().size());
        out->instants = qint64(importer.instants().size());
        out->links = qint64(importer.links().size());
        out->tasks = int(importer.tasks().size());
        out->processes = importer.processCount();
        out->threads = importer.threadCount();
        out->endNs = importer.endTime();
        out->endedEarly = importer.endedEarly();
        out->skipped = importer.skippedSummary();
        out->skippedCount = importer.skippedCount();
        out->dropped = importer.droppedSummary();
        out->notDrawn = importer.notDrawn();
        importer.loadInto(recorder);
    } // the importer's copy goes before anyone copies the recording again
    out->status = Status::Opened;
    return outcome;
}

QString TraceFileLoader::Outcome::message(const QString &path) const
{
    QStringList parts;
    parts << tr("Opened %1: %2 spans, %3 lanes.").arg(QDir::toNativeSeparators(path)).arg(spans).arg(tasks);
    if (endedEarly)
        parts << tr("The file ended without closing its event list (a trace cut short); what it holds is shown.");
    if (!skipped.isEmpty())
        parts << skipped + u'.';
    if (!dropped.isEmpty())
        parts << dropped;
    return parts.join(u' ');
}

} // namespace Lab
