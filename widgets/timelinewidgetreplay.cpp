// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// TimelineWidget's replay (declared in timelinewidget.h): a cursor over a finished recording that
// plays at a chosen speed, steps from event to event and scrubs, and tells the demo's visual
// where it is through replayTimeChanged().
#include "widgets/timelinewidget.h"

#include <algorithm>
#include <cmath>

namespace Lab {

bool TimelineWidget::canReplay() const
{
    return !m_live && m_lanes.latest() > 0;
}

void TimelineWidget::setReplaySpeed(double speed)
{
    if (!std::isfinite(speed))
        return;
    speed = std::clamp(speed, MinimumReplaySpeed, MaximumReplaySpeed);
    if (speed == m_replaySpeed)
        return;
    m_replaySpeed = speed;
    Q_EMIT replayStateChanged();
}

void TimelineWidget::playReplay()
{
    if (!canReplay())
        return;
    const bool entering = !m_replaying;
    if (entering || m_replayTime >= m_lanes.latest())
        m_replayTime = std::max<qint64>(0, m_lanes.droppedUntil());
    m_replaying = true;
    m_replayPlaying = true;
    m_replayClock.start();
    m_replayTimer.start();
    if (entering)
        Q_EMIT replayStarted();
    emitReplayTime();
    keepCursorInView();
    update();
}

void TimelineWidget::pauseReplay()
{
    if (!m_replayPlaying)
        return;
    m_replayPlaying = false;
    m_replayTimer.stop();
    Q_EMIT replayStateChanged();
    update();
}

void TimelineWidget::toggleReplayPlaying()
{
    if (m_replayPlaying)
        pauseReplay();
    else
        playReplay();
}

void TimelineWidget::setReplayTime(qint64 time)
{
    if (!canReplay())
        return;
    const bool entering = !m_replaying;
    m_replaying = true;
    m_replayTime = std::clamp<qint64>(time, 0, m_lanes.latest());
    if (entering)
        Q_EMIT replayStarted();
    emitReplayTime();
    update();
}

void TimelineWidget::stepToNextEvent()
{
    if (!canReplay())
        return;
    pauseReplay();
    const qint64 from = m_replaying ? m_replayTime : -1;
    if (const auto next = m_lanes.nextEventAfter(from))
        setReplayTime(*next);
    else
        setReplayTime(m_lanes.latest());
    keepCursorInView();
}

void TimelineWidget::stepToPreviousEvent()
{
    if (!canReplay())
        return;
    pauseReplay();
    const qint64 from = m_replaying ? m_replayTime : m_lanes.latest();
    if (const auto previous = m_lanes.previousEventBefore(from))
        setReplayTime(*previous);
    else
        setReplayTime(0);
    keepCursorInView();
}

void TimelineWidget::stopReplay()
{
    if (!m_replaying)
        return;
    m_replaying = false;
    m_replayPlaying = false;
    m_replayTimer.stop();
    Q_EMIT replayFinished();
    Q_EMIT replayStateChanged();
    update();
}

void TimelineWidget::advanceReplay(qint64 wallNs)
{
    if (!m_replayPlaying)
        return;
    const qint64 latest = m_lanes.latest();
    m_replayTime =
        std::min(latest, m_replayTime + qint64(std::llround(double(std::max<qint64>(0, wallNs)) * m_replaySpeed)));
    if (m_replayTime >= latest) {
        // At the end the replay pauses there: the visual shows the end until the user moves on.
        m_replayPlaying = false;
        m_replayTimer.stop();
    }
    emitReplayTime();
    keepCursorInView();
    update();
}

qint64 TimelineWidget::replayClockTime() const
{
    return m_lanes.origin() + m_replayTime;
}

void TimelineWidget::emitReplayTime()
{
    Q_EMIT replayTimeChanged(replayClockTime());
    Q_EMIT replayStateChanged();
}

void TimelineWidget::keepCursorInView()
{
    const double x = m_mapping.mapTimeToX(m_replayTime);
    if (x >= 0 && x <= m_mapping.width())
        return;
    // Turn the page: the cursor starts again a tenth of the way in.
    const qint64 range = m_mapping.range();
    const qint64 start = m_replayTime - range / 10;
    m_mapping.fit(start, start + range);
}

} // namespace Lab
