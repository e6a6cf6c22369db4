// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracetypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Lab {

class TraceRecorder;

/** What a traced Python program sent, in figures for a summary line. */
struct PythonTraceSummary
{
    QString pythonVersion;
    qint64 pid = 0;
    int tasks = 0;
    int threads = 0;
    int loops = 0;
    qint64 events = 0;
    /** Lines that were not events (damaged, unknown, too long); none is applied. */
    qint64 malformedLines = 0;
    QString firstMalformed;
    /** Lanes refused past MaxLanes; their events are counted as malformed. */
    qint64 droppedLanes = 0;
    qint64 longestBlockNs = 0;
    QString longestBlockLabel;
};

/**
 * Turns the lines the Python tracer (resources/pytrace/_labtrace.py) streams into lanes, states,
 * stalls and links of a recording. Bytes can arrive in any chunks; a damaged line is counted and
 * skipped, never applied, so a program printing garbage on the pipe cannot hurt the recording.
 */
class PythonTraceDecoder
{
public:
    /** Lanes one traced program may open: beyond it, new lanes are refused (and counted). */
    static constexpr int MaxLanes = 100'000;
    /** A line longer than this is damage, not an event. */
    static constexpr int MaxLineBytes = 4096;

    explicit PythonTraceDecoder(TraceRecorder *recorder);

    void feed(const QByteArray &bytes);
    /** Applies a last line without its newline and closes every lane still open at @p endNs. */
    void finish(qint64 endNs);

    const PythonTraceSummary &summary() const { return m_summary; }

private:
    void applyLine(const QByteArray &line);
    bool applyFields(const QList<QByteArray> &fields);
    bool lane(const QByteArray &field, TaskId *task) const;
    void malformed(const QByteArray &line);

    TraceRecorder *m_recorder;
    QByteArray m_partial;
    bool m_skipping = false;
    QHash<qint64, TaskId> m_lanes;
    PythonTraceSummary m_summary;
};

} // namespace Lab
