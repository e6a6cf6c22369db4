// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"

namespace Lab {

class CountdownDemo;
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

    CountdownDemo *demo() const { return m_demo; }
    CountdownLogView *log() const { return m_log; }

protected:
    void startRun() override;

private:
    CountdownDemo *m_demo;
    CountdownLogView *m_log;
};

} // namespace Lab
