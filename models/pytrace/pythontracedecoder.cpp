// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/pytrace/pythontracedecoder.h"

#include "models/trace/tracerecorder.h"

#include <QCoreApplication>

namespace Lab {

namespace {
bool toTime(const QByteArray &field, qint64 *time)
{
    bool ok = false;
    *time = field.toLongLong(&ok);
    return ok && *time >= 0;
}

QString labelOf(const QList<QByteArray> &fields, int index)
{
    return index < fields.size() ? QString::fromUtf8(fields[index]) : QString();
}
} // namespace

PythonTraceDecoder::PythonTraceDecoder(TraceRecorder *recorder)
    : m_recorder(recorder)
{
}

void PythonTraceDecoder::feed(const QByteArray &bytes)
{
    qsizetype from = 0;
    while (from < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', from);
        const qsizetype end = newline < 0 ? bytes.size() : newline;
        if (!m_skipping)
            m_partial.append(bytes.constData() + from, end - from);
        if (m_partial.size() > MaxLineBytes) {
            if (!m_skipping)
                malformed(m_partial.left(80));
            m_partial.clear();
            m_skipping = true;
        }
        if (newline < 0)
            break;
        if (!m_skipping)
            applyLine(m_partial);
        m_partial.clear();
        m_skipping = false;
        from = newline + 1;
    }
}

void PythonTraceDecoder::finish(qint64 endNs)
{
    if (!m_partial.isEmpty() && !m_skipping)
        applyLine(m_partial);
    m_partial.clear();
    for (const TaskId task : std::as_const(m_lanes))
        m_recorder->finishTaskAt(task, endNs);
}

void PythonTraceDecoder::applyLine(const QByteArray &line)
{
    if (line.isEmpty())
        return;
    if (applyFields(line.split('\t')))
        ++m_summary.events;
    else
        malformed(line);
}

bool PythonTraceDecoder::lane(const QByteArray &field, TaskId *task) const
{
    bool ok = false;
    const auto it = m_lanes.constFind(field.toLongLong(&ok));
    if (!ok || it == m_lanes.cend())
        return false;
    *task = *it;
    return true;
}

bool PythonTraceDecoder::applyFields(const QList<QByteArray> &fields)
{
    const QByteArray &kind = fields.first();
    TaskId task = 0;
    qint64 start = 0;
    qint64 end = 0;
    TaskState state = TaskState::Running;
    if (kind == "H" && fields.size() >= 4) {
        m_summary.pid = fields[2].toLongLong();
        m_summary.pythonVersion = QString::fromUtf8(fields[3]);
        return true;
    }
    if (kind == "K" && fields.size() >= 5) {
        bool ok = false;
        const qint64 id = fields[1].toLongLong(&ok);
        if (!ok || m_lanes.contains(id))
            return false;
        if (m_lanes.size() >= MaxLanes) {
            ++m_summary.droppedLanes;
            return true;
        }
        const QString thread =
            QCoreApplication::translate("Lab::PythonTracer", "Python %1").arg(QString::fromUtf8(fields[3]));
        if (fields[2] == "task")
            ++m_summary.tasks;
        else if (fields[2] == "loop")
            ++m_summary.loops;
        else if (fields[2] == "thread")
            ++m_summary.threads;
        else
            return false;
        m_lanes.insert(id, m_recorder->addTask(QString::fromUtf8(fields[4]), thread));
        return true;
    }
    if (kind == "S" && fields.size() >= 4 && lane(fields[1], &task)
        && taskStateFromKey(QString::fromLatin1(fields[2]), &state) && toTime(fields[3], &start)) {
        m_recorder->setStateAt(task, state, start, labelOf(fields, 4));
        return true;
    }
    if (kind == "P" && fields.size() >= 5 && lane(fields[1], &task) && toTime(fields[2], &start)
        && toTime(fields[3], &end) && end >= start && taskStateFromKey(QString::fromLatin1(fields[4]), &state)) {
        // A task's step: running from start to end, then in state (what it awaits) from end on.
        m_recorder->setStateAt(task, TaskState::Running, start, QStringLiteral("step"));
        m_recorder->setStateAt(task, state, end, labelOf(fields, 5));
        return true;
    }
    if (kind == "E" && fields.size() >= 3 && lane(fields[1], &task) && toTime(fields[2], &end)) {
        m_recorder->finishTaskAt(task, end);
        return true;
    }
    if (kind == "X" && fields.size() >= 5 && lane(fields[1], &task)
        && taskStateFromKey(QString::fromLatin1(fields[2]), &state) && toTime(fields[3], &start)
        && toTime(fields[4], &end) && end >= start) {
        const QString label = labelOf(fields, 5);
        m_recorder->addSpan(task, state, start, end, label);
        if (state == TaskState::Blocked && end - start > m_summary.longestBlockNs) {
            m_summary.longestBlockNs = end - start;
            m_summary.longestBlockLabel = label;
        }
        return true;
    }
    TaskId to = 0;
    if (kind == "L" && fields.size() >= 4 && lane(fields[1], &task) && lane(fields[2], &to)
        && toTime(fields[3], &start)) {
        m_recorder->addLink(task, to, start);
        return true;
    }
    return false;
}

void PythonTraceDecoder::malformed(const QByteArray &line)
{
    if (m_summary.malformedLines++ == 0) {
        QString shown;
        for (const QChar c : QString::fromUtf8(line.left(80)))
            shown.append(c.isPrint() ? c : QChar(u'?'));
        m_summary.firstMalformed = shown;
    }
}

} // namespace Lab
