// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"
#include "models/core/history.h"
#include "models/countdown/countdowndemo.h"

namespace Lab {

class CountdownLogView;

/** Countdown: four countdowns interleave as coroutines; one switch makes their sleep blocking. */
class CountdownPage : public DemoPage
{
    Q_OBJECT
public:
    explicit CountdownPage(const PageContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QString lesson() const override;
    bool isRunning() const override;
    void stop() override;
    void reset() override;

    /** The log of @p previous's last run, to show and to replay. */
    void takeResultsFrom(DemoPage &previous) override;

    bool canReplay() const override { return true; }
    /** The log shows the lines printed by @p time, in the order they were printed. */
    bool showReplayedState(qint64 time) override;
    void showLiveState() override;

    CountdownDemo *demo() const { return m_demo; }
    CountdownLogView *log() const { return m_log; }

protected:
    void startRun() override;

private:
    void showLines(std::size_t count);

    CountdownDemo *m_demo;
    CountdownLogView *m_log;
    // Every line printed in this run, when; a run prints a few dozen at most.
    History<CountdownLine> m_history{4096, History<CountdownLine>::Overflow::Stop};
};

} // namespace Lab
