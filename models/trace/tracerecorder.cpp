// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/tracerecorder.h"

#include "models/core/clock.h"

#include <QCoreApplication>

namespace Lab {

TraceRecorder::TraceRecorder()
{
    clear();
}

void TraceRecorder::clear()
{
    std::lock_guard lock(m_mutex);
    m_origin = nowNs();
    m_latest = m_origin;
    ++m_generation;
    m_tasks.clear();
    m_open.clear();
    m_spans.clear();
    m_instants.clear();
    m_links.clear();
    m_tasks.push_back({EventLoopTask, QCoreApplication::translate("Lab::TraceRecorder", "Event loop"),
        QCoreApplication::translate("Lab::TraceRecorder", "GUI thread")});
    m_open.emplace_back();
}

qint64 TraceRecorder::origin() const
{
    std::lock_guard lock(m_mutex);
    return m_origin;
}

quint64 TraceRecorder::generation() const
{
    std::lock_guard lock(m_mutex);
    return m_generation;
}

TaskId TraceRecorder::addTask(const QString &name, const QString &thread)
{
    std::lock_guard lock(m_mutex);
    const auto id = TaskId(m_tasks.size());
    m_tasks.push_back({id, name, thread});
    m_open.emplace_back();
    return id;
}

void TraceRecorder::addSpan(TaskId task, TaskState state, qint64 start, qint64 end, const QString &label)
{
    std::lock_guard lock(m_mutex);
    m_spans.push_back({task, state, start, end, label});
    m_latest = std::max(m_latest, end);
}

void TraceRecorder::closeOpen(TaskId task, qint64 now)
{
    if (task >= m_open.size() || !m_open[task].open)
        return;
    auto &open = m_open[task];
    m_spans.push_back({task, open.state, open.start, now, std::move(open.label)});
    open = {};
    m_latest = std::max(m_latest, now);
}

void TraceRecorder::setState(TaskId task, TaskState state, const QString &label)
{
    const qint64 now = nowNs();
    std::lock_guard lock(m_mutex);
    if (task >= m_open.size())
        return;
    closeOpen(task, now);
    m_open[task] = {true, state, now, label};
}

void TraceRecorder::finishTask(TaskId task)
{
    const qint64 now = nowNs();
    std::lock_guard lock(m_mutex);
    closeOpen(task, now);
}

void TraceRecorder::addInstant(TaskId task, const QString &label, qint64 time)
{
    std::lock_guard lock(m_mutex);
    m_instants.push_back({task, time, label});
    m_latest = std::max(m_latest, time);
}

void TraceRecorder::addLink(TaskId from, TaskId to, qint64 time)
{
    std::lock_guard lock(m_mutex);
    m_links.push_back({from, to, time});
}

std::vector<TaskInfo> TraceRecorder::tasks() const
{
    std::lock_guard lock(m_mutex);
    return m_tasks;
}

std::size_t TraceRecorder::spanCount() const
{
    std::lock_guard lock(m_mutex);
    return m_spans.size();
}

std::size_t TraceRecorder::copySpans(std::size_t from, std::vector<Span> &out) const
{
    std::lock_guard lock(m_mutex);
    if (from < m_spans.size())
        out.insert(out.end(), m_spans.begin() + std::ptrdiff_t(from), m_spans.end());
    return m_spans.size();
}

std::vector<Span> TraceRecorder::spans() const
{
    std::vector<Span> out;
    copySpans(0, out);
    return out;
}

std::vector<Span> TraceRecorder::openSpans(qint64 now) const
{
    std::lock_guard lock(m_mutex);
    std::vector<Span> out;
    for (TaskId task = 0; task < m_open.size(); ++task) {
        const auto &open = m_open[task];
        if (open.open)
            out.push_back({task, open.state, open.start, std::max(now, open.start), open.label});
    }
    return out;
}

std::vector<Instant> TraceRecorder::instants() const
{
    std::lock_guard lock(m_mutex);
    return m_instants;
}

std::vector<Link> TraceRecorder::links() const
{
    std::lock_guard lock(m_mutex);
    return m_links;
}

qint64 TraceRecorder::latest() const
{
    std::lock_guard lock(m_mutex);
    return m_latest;
}

} // namespace Lab
