// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

#include <vector>

namespace Lab {

class TraceRecorder;

/**
 * A heartbeat on the thread it lives in (the GUI thread): a precise timer ticks every few
 * milliseconds and each tick measures how late it came (the lag). A gap longer than the stall
 * threshold means the loop could not answer: it is recorded as a Blocked span on the event-loop
 * lane and reported with stallDetected().
 */
class EventLoopMonitor : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopMonitor(TraceRecorder *recorder, QObject *parent = nullptr);

    /** Where stalls are recorded from now on (the recording on screen); null records none. */
    void setRecorder(TraceRecorder *recorder) { m_recorder = recorder; }
    TraceRecorder *recorder() const { return m_recorder; }

    void setInterval(int ms);
    int interval() const { return m_intervalMs; }
    void setStallThresholdNs(qint64 ns) { m_thresholdNs = ns; }
    qint64 stallThresholdNs() const { return m_thresholdNs; }

    void start();
    void stop();
    /** Forget the stalls and lag samples measured so far. */
    void reset();
    /** Take a reading now, as a tick would: a caller that just ended a blocking call reports it at once. */
    void sampleNow();

    /** The lag of the newest tick (ns). */
    qint64 currentLagNs() const { return m_currentLagNs; }
    /** The longest stall since reset() (ns; 0 if none). */
    qint64 longestStallNs() const;
    /** Every stall since reset(), in ns. */
    const std::vector<qint64> &stalls() const { return m_stalls; }
    /** Lag samples kept at most (an hour of 5 ms ticks); older ones are dropped. */
    static constexpr std::size_t MaxSamples = 720'000;
    /** The lag samples since reset() (at most MaxSamples, the newest), in ns, for percentiles. */
    const std::vector<qint64> &lagSamples() const { return m_samples; }
    /** The @p percentile (0..100) of the lag samples, in ns. */
    qint64 lagPercentileNs(double percentile) const;

Q_SIGNALS:
    void lagMeasured(qint64 lagNs);
    void stallDetected(qint64 stallNs);

private:
    TraceRecorder *m_recorder;
    QTimer m_timer;
    int m_intervalMs = 5;
    qint64 m_thresholdNs = 50'000'000;
    qint64 m_lastTick = 0;
    qint64 m_currentLagNs = 0;
    std::vector<qint64> m_stalls;
    std::vector<qint64> m_samples;
};

} // namespace Lab
