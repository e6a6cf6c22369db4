// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"

class QComboBox;
class QDoubleSpinBox;

namespace Lab {

class SpinnerDemo;
class SpinnerWidget;

/** Spinner: the same slow function run five ways; the blocking ones freeze the spinner and the window. */
class SpinnerPage : public DemoPage
{
    Q_OBJECT
public:
    explicit SpinnerPage(const PageContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QString lesson() const override;
    bool isRunning() const override;
    void stop() override;
    void reset() override;

    QComboBox *modeSelector() const { return m_mode; }
    SpinnerDemo *demo() const { return m_demo; }
    SpinnerWidget *spinner() const { return m_spinner; }

protected:
    void startRun() override;

private:
    void showModeCode();

    SpinnerDemo *m_demo;
    SpinnerWidget *m_spinner;
    QComboBox *m_mode;
    QDoubleSpinBox *m_seconds;
};

} // namespace Lab
