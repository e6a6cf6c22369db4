// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/eventloopmeter.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"
#include "models/trace/eventloopmonitor.h"

namespace Lab {

namespace {
// White on red while the loop is frozen. A palette and a weight, not a style sheet: a style sheet
// puts back the font it found when it goes, undoing a zoom made in between.
void showAlarm(QLabel *label, bool alarm)
{
    QFont font = label->font();
    font.setBold(alarm);
    label->setFont(font);
    QPalette palette;
    if (alarm) {
        palette = label->palette();
        palette.setColor(QPalette::Window, QColor(0xb0, 0x00, 0x20));
        palette.setColor(QPalette::WindowText, Qt::white);
    }
    label->setPalette(palette); // an empty palette: the window's again
    label->setAutoFillBackground(alarm);
    label->setContentsMargins(alarm ? 6 : 0, 0, alarm ? 6 : 0, 0);
}
} // namespace

EventLoopMeter::EventLoopMeter(EventLoopMonitor *monitor, QWidget *parent)
    : QLabel(parent)
    , m_monitor(monitor)
{
    setAccessibleName(tr("Event-loop health"));
    setToolTip(tr("A heartbeat timer ticks every %1 ms on the GUI thread; the lag is how late it came. "
                  "A lag over %2 ms is a stall: the window could not answer.")
                   .arg(monitor->interval())
                   .arg(monitor->stallThresholdNs() / 1'000'000));
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Event loop: UI frozen for 000.0 s  ")));
    m_stallMessage.setSingleShot(true);
    m_stallMessage.setInterval(StallMessageMs);
    connect(monitor, &EventLoopMonitor::lagMeasured, this, &EventLoopMeter::showLag);
    connect(monitor, &EventLoopMonitor::stallDetected, this, &EventLoopMeter::showStall);
    showLag(0);
}

void EventLoopMeter::showLag(qint64 lagNs)
{
    if (m_stallMessage.isActive())
        return;
    // Show the worst lag of each 250 ms: a readable number, not a flicker at 200 Hz.
    m_peakLagNs = std::max(m_peakLagNs, lagNs);
    const qint64 now = nowNs();
    if (now - m_lastShown < 250'000'000)
        return;
    m_lastShown = now;
    showAlarm(this, false);
    setText(tr("Event loop: lag %1 ms").arg(numberLocale().toString(double(m_peakLagNs) / 1e6, 'f', 1)));
    m_peakLagNs = 0;
}

void EventLoopMeter::clearStall()
{
    if (!m_stallMessage.isActive())
        return;
    m_stallMessage.stop();
    m_lastShown = 0;
    showLag(0);
}

void EventLoopMeter::showStall(qint64 stallNs)
{
    showAlarm(this, true);
    setText(tr("Event loop: UI frozen for %1 s").arg(numberLocale().toString(double(stallNs) / 1e9, 'f', 1)));
    m_stallMessage.start();
}

} // namespace Lab
