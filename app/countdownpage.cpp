// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/countdownpage.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"
#include "widgets/countdownlogview.h"

#include <QCheckBox>
#include <QLocale>

namespace Lab {

namespace {
void addLogLine(CountdownLogView *log, const CountdownLine &line)
{
    log->addLine(line.column, line.elapsedNs, QStringLiteral("%1 = %2").arg(line.label).arg(line.value));
}
} // namespace

CountdownPage::CountdownPage(const PageContext &context, QWidget *parent)
    : DemoPage(context, QStringLiteral("countdown"), parent)
    , m_demo(new CountdownDemo(context.recorder, this))
    , m_log(new CountdownLogView(this))
{
    m_demo->setTimeScale(context.timeScale);
    addBlockingSwitch();
    QStringList headers;
    for (const auto &spec : m_demo->specs())
        headers.append(tr("%1 · %2 s").arg(spec.label, numberLocale().toString(spec.delay)));
    m_log->setTaskColumns(headers);

    connect(m_demo, &CountdownDemo::lineReady, this, [this](const CountdownLine &line) {
        m_history.append(nowNs(), line);
        if (!isReplaying()) // a replay shows an earlier moment: the new line waits for leaveReplay()
            addLogLine(m_log, line);
    });
    connect(m_demo, &CountdownDemo::finished, this, [this](qint64 totalNs) {
        finishRun([totalNs, blocking = m_demo->blocking(), stall = longestStallSeconds()] {
            const QLocale locale = numberLocale();
            return tr("total: %1 s (%2), longest event-loop stall %3 s")
                .arg(locale.toString(double(totalNs) / 1e9, 'f', 2),
                    blocking ? tr("blocking sleep: one task after the other")
                             : tr("awaited sleep: the tasks interleave"),
                    locale.toString(stall, 'f', 2));
        });
    });
    setVisual(m_log);
    showCode(SourceSnippet::load(QStringLiteral("models/countdown/countdowndemo.cpp"), QStringLiteral("countdown")));
}

QString CountdownPage::title() const
{
    return tr("Countdown");
}

QString CountdownPage::lesson() const
{
    return tr("Coroutines cooperate: each co_await lets the others run. Replace the awaited sleep with a blocking "
              "one and the lines stop interleaving — and the window freezes.");
}

bool CountdownPage::isRunning() const
{
    return m_demo->isRunning();
}

void CountdownPage::startRun()
{
    forgetReplay();
    m_history.clear();
    m_log->clearLines();
    m_demo->setBlocking(blockingSwitch()->isChecked());
    // Started from the loop so the window repaints "Running…" before a blocking run takes the thread.
    QMetaObject::invokeMethod(m_demo, &CountdownDemo::start, Qt::QueuedConnection);
}

void CountdownPage::stop()
{
    if (!m_demo->isRunning())
        return;
    m_demo->stop();
    finishRun([lines = int(m_demo->lines().size())] {
        return tr("Stopped after %n lines.", nullptr, lines);
    });
}

void CountdownPage::takeResultsFrom(DemoPage &previous)
{
    if (auto *before = qobject_cast<CountdownPage *>(&previous)) {
        m_history = before->m_history;
        showLiveState();
    }
    DemoPage::takeResultsFrom(previous);
}

void CountdownPage::reset()
{
    stop();
    forgetReplay();
    m_history.clear();
    m_log->clearLines();
    setResult({});
}

void CountdownPage::showLines(std::size_t count)
{
    m_log->clearLines();
    for (std::size_t i = 0; i < count; ++i)
        addLogLine(m_log, m_history.at(i).value);
}

bool CountdownPage::showReplayedState(qint64 time)
{
    const std::size_t count = m_history.countAt(time);
    // A playing replay asks about 60 times a second: rebuild the log only when a line comes or goes.
    if (isReplaying() && count == std::size_t(m_log->rowCount()))
        return true;
    showLines(count);
    return true;
}

void CountdownPage::showLiveState()
{
    showLines(m_history.size());
}

} // namespace Lab
