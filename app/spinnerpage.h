// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"
#include "models/core/history.h"

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

    // B switches the mode to its blocking twin and back (sleep: blocking sleep / coroutine; prime
    // check: GUI thread / thread pool).
    bool canBlock() const override { return true; }
    bool isBlocking() const override;
    bool setBlocking(bool on) override;
    QList<std::pair<QString, QString>> pageKeys() const override;

    QComboBox *modeSelector() const { return m_mode; }
    SpinnerDemo *demo() const { return m_demo; }
    SpinnerWidget *spinner() const { return m_spinner; }

    /** The spinner's last frame and message, and the run to replay, of @p previous. */
    void takeResultsFrom(DemoPage &previous) override;

    bool canReplay() const override { return true; }
    /** The spinner shows the frame it had reached at @p time and the message it showed then. */
    bool showReplayedState(qint64 time) override;
    void showLiveState() override;

protected:
    void startRun() override;

private:
    void showModeCode();
    // What the spinner says, kept as what it means: a language switch writes it again.
    enum class Message { Thinking, Answer, Stopped };
    struct SpinnerState
    {
        int frame = 0;
        Message message = Message::Thinking;
        int answer = 0;
    };
    static QString messageText(const SpinnerState &state);
    void setSpinnerState(const SpinnerState &state);
    void showSpinnerState(const SpinnerState &state);

    SpinnerDemo *m_demo;
    SpinnerWidget *m_spinner;
    QComboBox *m_mode;
    QDoubleSpinBox *m_seconds;
    // Replay: the spinner's state at every change of this run (a frame is a whole state, so it thins).
    History<SpinnerState> m_history{4096};
    SpinnerState m_live;
};

} // namespace Lab
