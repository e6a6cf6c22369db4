// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/tracerecorder.h"

#include "models/core/clock.h"

#include <QCoreApplication>

#include <atomic>

namespace Lab {

namespace {
// Unique across recorders: a reader that switches to another recording sees a new generation too.
quint64 nextGeneration()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}
} // namespace

TraceRecorder::TraceRecorder()
{
    clear();
}

void TraceRecorder::clear()
{
    std::lock_guard lock(m_mutex);
    m_origin = nowNs();
    m_latest = m_origin;
    m_generation = nextGeneration();
    m_tasks.clear();
    m_open.clear();
    m_spans.clear();
    m_instants.clear();
    m_links.clear();
    m_droppedSpans = 0;
    m_droppedInstants = 0;
    m_droppedLinks = 0;
    m_droppedUntil = 0;
    m_taskTexts.clear();
    m_labelTexts.clear();
    m_shownTexts.clear();
    const TraceText loop("Lab::TraceRecorder", QT_TRANSLATE_NOOP("Lab::TraceRecorder", "Event loop"));
    const TraceText gui("Lab::TraceRecorder", QT_TRANSLATE_NOOP("Lab::TraceRecorder", "GUI thread"));
    m_tasks.push_back({EventLoopTask, loop.toString(), gui.toString()});
    m_taskTexts.emplace_back(loop, gui);
    m_open.emplace_back();
}

void TraceRecorder::setCapacity(std::size_t capacity)
{
    std::lock_guard lock(m_mutex);
    m_capacity = std::max<std::size_t>(1, capacity);
    while (m_spans.size() > m_capacity) {
        m_droppedUntil = std::max(m_droppedUntil, m_spans.front().end);
        m_spans.pop_front();
        ++m_droppedSpans;
    }
    while (m_instants.size() > m_capacity) {
        m_droppedUntil = std::max(m_droppedUntil, m_instants.front().time);
        m_instants.pop_front();
        ++m_droppedInstants;
    }
    while (m_links.size() > m_capacity) {
        m_droppedUntil = std::max(m_droppedUntil, m_links.front().time);
        m_links.pop_front();
        ++m_droppedLinks;
    }
}

std::size_t TraceRecorder::capacity() const
{
    std::lock_guard lock(m_mutex);
    return m_capacity;
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

TaskId TraceRecorder::addTask(const TraceText &name, const TraceText &thread)
{
    std::lock_guard lock(m_mutex);
    const auto id = TaskId(m_tasks.size());
    m_tasks.push_back({id, name.toString(), thread.toString()});
    m_taskTexts.emplace_back(name, thread);
    m_open.emplace_back();
    return id;
}

void TraceRecorder::retranslate()
{
    std::lock_guard lock(m_mutex);
    for (std::size_t i = 0; i < m_tasks.size() && i < m_taskTexts.size(); ++i) {
        m_tasks[i].name = m_taskTexts[i].first.toString();
        m_tasks[i].thread = m_taskTexts[i].second.toString();
    }
    if (m_labelTexts.isEmpty())
        return;
    // Each translatable label, from what it said to what it says now; plain labels stay as they are.
    QHash<QString, QString> renamed;
    QHash<QString, TraceText> texts;
    m_shownTexts.clear();
    for (auto it = m_labelTexts.cbegin(); it != m_labelTexts.cend(); ++it) {
        const QString now = it.value().toString();
        renamed.insert(it.key(), now);
        texts.insert(now, it.value());
        m_shownTexts.insert(it.value(), now);
    }
    const auto rename = [&renamed](QString &label) {
        if (const auto found = renamed.constFind(label); found != renamed.cend())
            label = *found;
    };
    for (std::size_t i = 0; i < m_spans.size(); ++i)
        rename(m_spans[i].label);
    for (OpenSpan &open : m_open)
        rename(open.label);
    for (Instant &instant : m_instants)
        rename(instant.label);
    for (Link &link : m_links)
        rename(link.label);
    m_labelTexts = std::move(texts);
}

QString TraceRecorder::labelOf(const TraceText &text)
{
    if (!text.isTranslatable())
        return text.toString();
    // Demos give the same few texts again and again (an arrow per reply): translate each once.
    if (const auto found = m_shownTexts.constFind(text); found != m_shownTexts.cend())
        return *found;
    QString shown = text.toString();
    m_labelTexts.insert(shown, text);
    m_shownTexts.insert(text, shown);
    return shown;
}

void TraceRecorder::addSpan(TaskId task, TaskState state, qint64 start, qint64 end, const TraceText &label)
{
    std::lock_guard lock(m_mutex);
    pushSpan({task, state, start, end, labelOf(label)});
}

void TraceRecorder::setState(TaskId task, TaskState state, const TraceText &label)
{
    const qint64 now = nowNs();
    std::lock_guard lock(m_mutex);
    if (task >= m_open.size())
        return;
    closeOpen(task, now);
    m_open[task] = {true, state, now, labelOf(label)};
}

void TraceRecorder::addInstant(TaskId task, const TraceText &label, qint64 time)
{
    const QString text = [&] {
        std::lock_guard lock(m_mutex);
        return labelOf(label);
    }();
    addInstant(task, text, time);
}

void TraceRecorder::addSpan(TaskId task, TaskState state, qint64 start, qint64 end, const QString &label)
{
    std::lock_guard lock(m_mutex);
    pushSpan({task, state, start, end, label});
}

void TraceRecorder::pushSpan(Span span)
{
    m_latest = std::max(m_latest, span.end);
    if (m_spans.size() >= m_capacity) {
        m_droppedUntil = std::max(m_droppedUntil, m_spans.front().end);
        m_spans.pop_front();
        ++m_droppedSpans;
    }
    m_spans.push_back(std::move(span));
}

void TraceRecorder::closeOpen(TaskId task, qint64 now)
{
    if (task >= m_open.size() || !m_open[task].open)
        return;
    auto &open = m_open[task];
    pushSpan({task, open.state, open.start, now, std::move(open.label)});
    open = {};
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

void TraceRecorder::setStateAt(TaskId task, TaskState state, qint64 time, const QString &label)
{
    std::lock_guard lock(m_mutex);
    if (task >= m_open.size())
        return;
    if (m_open[task].open)
        time = std::max(time, m_open[task].start);
    closeOpen(task, time);
    m_open[task] = {true, state, time, label};
    m_latest = std::max(m_latest, time);
}

void TraceRecorder::finishTaskAt(TaskId task, qint64 time)
{
    std::lock_guard lock(m_mutex);
    if (task < m_open.size() && m_open[task].open)
        closeOpen(task, std::max(time, m_open[task].start));
}

void TraceRecorder::addInstant(TaskId task, const QString &label, qint64 time)
{
    std::lock_guard lock(m_mutex);
    if (m_instants.size() >= m_capacity) {
        m_droppedUntil = std::max(m_droppedUntil, m_instants.front().time);
        m_instants.pop_front();
        ++m_droppedInstants;
    }
    m_instants.push_back({task, time, label});
    m_latest = std::max(m_latest, time);
}

void TraceRecorder::addLink(TaskId from, TaskId to, qint64 time, const QString &label)
{
    std::lock_guard lock(m_mutex);
    pushLink({from, to, time, label});
}

void TraceRecorder::addLink(TaskId from, TaskId to, qint64 time, const TraceText &label)
{
    std::lock_guard lock(m_mutex);
    pushLink({from, to, time, labelOf(label)});
}

void TraceRecorder::pushLink(Link link)
{
    if (m_links.size() >= m_capacity) {
        m_droppedUntil = std::max(m_droppedUntil, m_links.front().time);
        m_links.pop_front();
        ++m_droppedLinks;
    }
    m_latest = std::max(m_latest, link.time);
    m_links.push_back(std::move(link));
}

void TraceRecorder::markDropped(qint64 time)
{
    std::lock_guard lock(m_mutex);
    m_droppedUntil = std::max(m_droppedUntil, time);
}

std::vector<TaskInfo> TraceRecorder::tasks() const
{
    std::lock_guard lock(m_mutex);
    return m_tasks;
}

std::size_t TraceRecorder::spanCount() const
{
    std::lock_guard lock(m_mutex);
    return m_droppedSpans + m_spans.size();
}

std::size_t TraceRecorder::droppedSpanCount() const
{
    std::lock_guard lock(m_mutex);
    return m_droppedSpans;
}

qint64 TraceRecorder::droppedUntil() const
{
    std::lock_guard lock(m_mutex);
    return m_droppedUntil;
}

namespace {
// Items [from, dropped + kept.size()) of a ring that dropped its first @p dropped, at most @p limit;
// returns the index after the last one copied. @p kept is a deque or a ChunkedRing (indexable).
template<typename Ring, typename T>
std::size_t copyFrom(const Ring &kept, std::size_t dropped, std::size_t from, std::vector<T> &out, std::size_t limit)
{
    const std::size_t skip = from > dropped ? from - dropped : 0;
    if (skip >= kept.size())
        return dropped + kept.size();
    const std::size_t count = std::min(limit, kept.size() - skip);
    out.reserve(out.size() + count);
    for (std::size_t i = skip; i < skip + count; ++i)
        out.push_back(kept[i]);
    return dropped + skip + count;
}
} // namespace

std::size_t TraceRecorder::copySpans(std::size_t from, std::vector<Span> &out, std::size_t limit) const
{
    std::lock_guard lock(m_mutex);
    return copyFrom(m_spans, m_droppedSpans, from, out, limit);
}

std::size_t TraceRecorder::copyInstants(std::size_t from, std::vector<Instant> &out, std::size_t limit) const
{
    std::lock_guard lock(m_mutex);
    return copyFrom(m_instants, m_droppedInstants, from, out, limit);
}

std::size_t TraceRecorder::copyLinks(std::size_t from, std::vector<Link> &out, std::size_t limit) const
{
    std::lock_guard lock(m_mutex);
    return copyFrom(m_links, m_droppedLinks, from, out, limit);
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
    return {m_instants.begin(), m_instants.end()};
}

std::vector<Link> TraceRecorder::links() const
{
    std::lock_guard lock(m_mutex);
    return {m_links.begin(), m_links.end()};
}

qint64 TraceRecorder::latest() const
{
    std::lock_guard lock(m_mutex);
    return m_latest;
}

} // namespace Lab
