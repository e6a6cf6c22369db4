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
class SemaphoreExercise;
class ToyLoop;

/**
 * Coroutines without an event loop: the learner predicts, then resumes a coroutine by hand and
 * sees what each step gives and the line it is suspended at; the fourth exercise is a toy event
 * loop stepped one iteration at a time, the fifth an async generator consumed on that loop. Run
 * steps the chosen exercise to its end on a timer. The sixth runs on the real event loop: tasks
 * that share a semaphore, each on its own lane of the timeline.
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

    /** The exercise chooser: 0 to 2 are the hand-driven exercises, 3 the toy loop, 4 the async
        generator on the toy loop, 5 the semaphore. */
    QComboBox *exerciseBox() const { return m_exerciseBox; }
    CoroutineStepView *view() const { return m_view; }
    /** In presenter mode, Run skips the prediction if this is ticked (a talk has no time to type). */
    QCheckBox *skipWhenPresentingBox() const { return m_skipWhenPresenting; }
    SemaphoreExercise *semaphoreExercise() const { return m_semaphore; }
    static constexpr int ToyLoopIndex = 3;
    static constexpr int GeneratorIndex = 4;
    static constexpr int SemaphoreIndex = 5;

    /** The prediction, the exercise where it stands and its log, from @p previous. */
    void takeResultsFrom(DemoPage &previous) override;

protected:
    void startRun() override;

private:
    bool isToyLoop() const;
    bool isSemaphore() const;
    void showSemaphoreState();
    void chooseExercise();
    void restartExercise();
    bool beginStep();
    void logEntry(const CoroLogEntry &entry);
    void stepLoop();
    void runNextStep();
    bool exerciseOver() const;
    void showState();
    QString summary() const;
    static QString semaphoreSummary(int maxInside, int tasks, int limit);

    QComboBox *m_exerciseBox;
    CoroutineStepView *m_view;
    QCheckBox *m_skipWhenPresenting;
    CodeView *m_code;
    QTimer *m_runTimer;
    SemaphoreExercise *m_semaphore;
    std::unique_ptr<HandExercise> m_exercise;
    std::unique_ptr<ToyLoop> m_loop;
};

} // namespace Lab
