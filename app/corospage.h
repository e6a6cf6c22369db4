// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"

#include <memory>

class QCheckBox;
class QTimer;

namespace Lab {

class CodeView;
class CoroutineStepView;
struct CoroLogEntry;
class HandExercise;
class ToyLoop;

/**
 * Coroutines without an event loop: the learner predicts, then resumes a coroutine by hand and
 * sees what each step gives and the line it is suspended at; the fourth exercise is a toy event
 * loop stepped one iteration at a time. Run steps the chosen exercise to its end on a timer.
 */
class CorosPage : public DemoPage
{
    Q_OBJECT
public:
    explicit CorosPage(const PageContext &context, QWidget *parent = nullptr);
    ~CorosPage() override;

    QString title() const override;
    QString lesson() const override;
    bool isRunning() const override;
    void stop() override;
    void reset() override;
    QList<std::pair<QString, QString>> pageKeys() const override;

    /** The exercise chooser: 0 to 2 are the hand-driven exercises, 3 the toy loop. */
    QComboBox *exerciseBox() const { return m_exerciseBox; }
    CoroutineStepView *view() const { return m_view; }
    /** In presenter mode, Run skips the prediction if this is ticked (a talk has no time to type). */
    QCheckBox *skipWhenPresentingBox() const { return m_skipWhenPresenting; }
    static constexpr int ToyLoopIndex = 3;

protected:
    void startRun() override;

private:
    bool isToyLoop() const;
    void chooseExercise();
    void restartExercise();
    bool beginStep();
    void logEntry(const CoroLogEntry &entry);
    void stepLoop();
    void runNextStep();
    bool exerciseOver() const;
    void showState();
    QString summary() const;

    QComboBox *m_exerciseBox;
    CoroutineStepView *m_view;
    QCheckBox *m_skipWhenPresenting;
    CodeView *m_code;
    QTimer *m_runTimer;
    std::unique_ptr<HandExercise> m_exercise;
    std::unique_ptr<ToyLoop> m_loop;
};

} // namespace Lab
