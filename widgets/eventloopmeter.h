// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>
#include <QTimer>

namespace Lab {

class EventLoopMonitor;

/**
 * The status-bar health meter: the event loop's current lag, and after a stall
 * "UI frozen for 3.0 s" with the measured length, shown in red for a while.
 */
class EventLoopMeter : public QLabel
{
    Q_OBJECT
public:
    explicit EventLoopMeter(EventLoopMonitor *monitor, QWidget *parent = nullptr);

    /** How long the stall message stays after a stall (ms). */
    static constexpr int StallMessageMs = 8000;

    /** A new run starts: the last run's stall message goes, the lag shows again. */
    void clearStall();

private:
    void showLag(qint64 lagNs);
    void showStall(qint64 stallNs);

    EventLoopMonitor *m_monitor;
    QTimer m_stallMessage;
    qint64 m_peakLagNs = 0;
    qint64 m_lastShown = 0;
};

} // namespace Lab
