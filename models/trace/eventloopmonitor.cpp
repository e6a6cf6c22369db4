// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/eventloopmonitor.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Lab {

EventLoopMonitor::EventLoopMonitor(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopMonitor::sampleNow);
}

void EventLoopMonitor::setInterval(int ms)
{
    m_intervalMs = std::max(1, ms);
    m_timer.setInterval(m_intervalMs);
}

void EventLoopMonitor::start()
{
    m_lastTick = nowNs();
    m_timer.start();
}

void EventLoopMonitor::stop()
{
    m_timer.stop();
}

void EventLoopMonitor::reset()
{
    m_stalls.clear();
    m_samples.clear();
    m_currentLagNs = 0;
    m_lastTick = nowNs();
}

qint64 EventLoopMonitor::longestStallNs() const
{
    return m_stalls.empty() ? 0 : *std::max_element(m_stalls.begin(), m_stalls.end());
}

qint64 EventLoopMonitor::lagPercentileNs(double percentile) const
{
    if (m_samples.empty())
        return 0;
    std::vector<qint64> sorted = m_samples;
    // Nearest rank: the smallest sample with at least percentile % of the samples at or below it.
    const double rank = std::ceil(percentile * double(sorted.size()) / 100.0);
    const auto index = std::min(sorted.size() - 1, std::size_t(std::max(1.0, rank)) - 1);
    std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(index), sorted.end());
    return sorted[index];
}

void EventLoopMonitor::sampleNow()
{
    const qint64 now = nowNs();
    const qint64 expected = m_lastTick + qint64(m_intervalMs) * 1'000'000;
    const qint64 lag = std::max<qint64>(0, now - expected);
    m_currentLagNs = lag;
    // A window left open for days would keep every tick (200 a second): keep the newest hour.
    if (m_samples.size() >= MaxSamples)
        m_samples.erase(m_samples.begin(), m_samples.begin() + std::ptrdiff_t(MaxSamples / 2));
    m_samples.push_back(lag);
    if (lag >= m_thresholdNs) {
        // The loop was last seen alive at m_lastTick; nothing ran on it until now.
        m_stalls.push_back(lag);
        if (m_recorder)
            m_recorder->addSpan(EventLoopTask, TaskState::Blocked, expected, now,
                TraceText("Lab::EventLoopMonitor", QT_TRANSLATE_NOOP("Lab::EventLoopMonitor", "UI frozen for %1 s"),
                    {numberLocale().toString(double(lag) / 1e9, 'f', 1)}));
        Q_EMIT stallDetected(lag);
    }
    m_lastTick = now;
    Q_EMIT lagMeasured(lag);
}

} // namespace Lab
