// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/chrometraceimporter.h"

#include "models/trace/jsonscan.h"
#include "models/trace/traceeventreader.h"
#include "models/trace/tracefilereader.h"
#include "models/trace/tracerecorder.h"

#include <QDir>

namespace Lab {

void ChromeTraceImporter::reset()
{
    m_cancelled = false;
    m_tasks.clear();
    m_spans.clear();
    m_instants.clear();
    m_links.clear();
    m_eventCount = 0;
    m_skipped.clear();
    m_notDrawn.clear();
    m_endedEarly = false;
    m_droppedSpans = m_droppedInstants = m_droppedLinks = 0;
    m_droppedUntil = 0;
    m_processCount = m_threadCount = 0;
    m_endTime = 0;
}

qint64 ChromeTraceImporter::skippedCount() const
{
    qint64 total = 0;
    for (const auto &[reason, count] : m_skipped)
        total += count;
    return total;
}

QString ChromeTraceImporter::skippedSummary() const
{
    const qint64 total = skippedCount();
    if (total == 0)
        return {};
    QStringList reasons;
    for (const auto &[reason, count] : m_skipped)
        reasons << tr("%1 with %2").arg(count).arg(reason);
    return tr("%n events skipped: %1", nullptr, int(std::min<qint64>(total, INT_MAX))).arg(reasons.join(u"; "));
}

QString ChromeTraceImporter::droppedSummary() const
{
    if (m_droppedSpans + m_droppedInstants + m_droppedLinks == 0)
        return {};
    QStringList dropped;
    if (m_droppedSpans > 0)
        dropped << tr("%1 spans").arg(m_droppedSpans);
    if (m_droppedInstants > 0)
        dropped << tr("%1 instants").arg(m_droppedInstants);
    if (m_droppedLinks > 0)
        dropped << tr("%1 links").arg(m_droppedLinks);
    return tr("The trace holds more than the timeline keeps (%1 of each kind): the oldest %2 were dropped, "
              "marked by a hatched band.")
        .arg(m_capacity)
        .arg(dropped.join(QLatin1String(", ")));
}

bool ChromeTraceImporter::readFile(const QString &path, QString *error)
{
    reset();
    TraceFileReader reader;
    // Reading is the first half of the progress, parsing the second.
    if (m_progress)
        reader.setProgress([this](qint64 done, qint64 total) {
            return m_progress(done / 2, total);
        });
    QByteArray bytes;
    if (!reader.read(path, &bytes, error)) {
        m_cancelled = reader.wasCancelled();
        return false;
    }
    QString problem;
    const Progress outer = m_progress;
    if (outer)
        m_progress = [outer](qint64 done, qint64 total) {
            return outer(total / 2 + done / 2, total);
        };
    const bool ok = parse(bytes, &problem);
    m_progress = outer;
    if (ok || m_cancelled)
        return ok;
    if (error)
        *error = tr("Cannot open %1 as a trace. %2").arg(QDir::toNativeSeparators(path), problem);
    return false;
}

bool ChromeTraceImporter::parse(const QByteArray &json, QString *error)
{
    reset();
    TraceEventReader reader(this);
    return reader.read(json, error);
}

void ChromeTraceImporter::loadInto(TraceRecorder *recorder) const
{
    recorder->clear();
    const qint64 origin = recorder->origin();
    std::vector<TaskId> ids(m_tasks.size(), EventLoopTask);
    for (std::size_t i = 1; i < m_tasks.size(); ++i)
        ids[i] = recorder->addTask(m_tasks[i].name, m_tasks[i].thread);
    if (m_droppedUntil > 0)
        recorder->markDropped(origin + m_droppedUntil);
    for (const Span &span : m_spans)
        recorder->addSpan(ids[span.task], span.state, origin + span.start, origin + span.end, span.label);
    for (const Instant &instant : m_instants)
        recorder->addInstant(ids[instant.task], instant.label, origin + instant.time);
    for (const Link &link : m_links)
        recorder->addLink(ids[link.from], ids[link.to], origin + link.time, link.label);
}

} // namespace Lab
