// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/chess/simulatedclock.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Lab {

namespace {
// How long one pass may wake sleepers before other events (repaints, input) get their turn.
constexpr qint64 WakeBudgetNs = 4'000'000;
// A running clock on screen is refreshed at about 60 Hz even when nobody is due.
constexpr int FrameMs = 16;
} // namespace

bool SimulatedSleep::await_ready() const noexcept
{
    return m_deadline <= m_clock->now();
}

void SimulatedSleep::await_suspend(std::coroutine_handle<> handle) const
{
    m_clock->schedule(m_deadline, handle);
}

SimulatedClock::SimulatedClock(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedClock::tick);
}

void SimulatedClock::setTimeScale(double realSecondsPerSimulatedSecond)
{
    // Below a nanosecond per simulated second no timer can tell the difference: that is as fast
    // as possible. NaN and negative scales mean nothing and run fastest as well.
    const double scale = realSecondsPerSimulatedSecond;
    m_scale = std::isfinite(scale) && scale >= MinTimeScale ? std::min(scale, MaxTimeScale) : 0.0;
    reanchor();
    arm();
}

void SimulatedClock::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_timer.stop();
    Q_EMIT pausedChanged(true);
}

void SimulatedClock::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    reanchor();
    arm();
    Q_EMIT pausedChanged(false);
}

void SimulatedClock::restart()
{
    Q_ASSERT(m_heap.empty());
    m_now = 0;
    reanchor();
}

void SimulatedClock::reanchor()
{
    m_anchorSim = m_now;
    m_real.start();
}

void SimulatedClock::schedule(qint64 deadlineMs, std::coroutine_handle<> handle)
{
    if (m_heap.empty())
        reanchor(); // an idle clock does not run: time starts flowing with the first sleeper
    m_heap.push(deadlineMs, handle);
    if (!m_timer.isActive())
        arm();
}

qint64 SimulatedClock::simulatedTarget() const
{
    // In double, then clamped: a tiny scale makes this huge, and a double past qint64 does not convert.
    const double target = double(m_anchorSim) + double(m_real.nsecsElapsed()) / 1e6 / m_scale;
    return target >= 9.0e18 ? qint64(9'000'000'000'000'000'000) : qint64(target);
}

void SimulatedClock::arm()
{
    if (m_paused || m_heap.empty()) {
        m_timer.stop();
        return;
    }
    if (m_scale <= 0) {
        m_timer.start(0);
        return;
    }
    const double untilDue = std::ceil(double(m_heap.earliest() - simulatedTarget()) * m_scale);
    m_timer.start(int(std::clamp(untilDue, 0.0, double(FrameMs))));
}

void SimulatedClock::tick()
{
    if (m_paused)
        return;
    QElapsedTimer budget;
    budget.start();
    const bool fastest = m_scale <= 0;
    const qint64 target = fastest ? std::numeric_limits<qint64>::max() : simulatedTarget();
    int woken = 0;
    while (!m_heap.empty() && m_heap.earliest() <= target && !m_paused) {
        m_now = std::max(m_now, m_heap.earliest());
        m_heap.pop().resume();
        if (++woken % 64 == 0 && budget.nsecsElapsed() > WakeBudgetNs)
            break;
    }
    // Between deadlines the clock keeps running on screen; once nobody sleeps it stops where the last one woke.
    if (!fastest && !m_heap.empty() && m_heap.earliest() > target)
        m_now = std::max(m_now, target);
    // From here on time flows from now(): a pass that ran out of budget does not make it jump ahead.
    reanchor();
    arm();
}

void SimulatedClock::cancelAll()
{
    auto heap = std::move(m_heap);
    m_heap = {};
    m_timer.stop();
    while (!heap.empty())
        heap.pop().resume();
}

QString SimulatedClock::format(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    QString text = QStringLiteral("%1:%2:%3")
                       .arg(seconds / 3600)
                       .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (const qint64 rest = ms % 1000) {
        QString fraction = QString::number(rest).rightJustified(3, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    return text;
}

} // namespace Lab
