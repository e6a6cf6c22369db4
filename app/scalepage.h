// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"
#include "models/core/history.h"
#include "models/scale/scalefigures.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTableWidget;

namespace Lab {

class ScaleRun;

/**
 * How many can you run? N sleepers as coroutines on the event loop or as OS threads, with live
 * counts, time and memory per sleeper, beside Python's figures for the same (measured elsewhere).
 */
class ScalePage : public DemoPage
{
    Q_OBJECT
public:
    explicit ScalePage(const PageContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QString lesson() const override;
    bool isRunning() const override;
    void stop() override;
    void reset() override;

    ScaleRun *scaleRun() const { return m_run; }
    QComboBox *kindSelector() const { return m_kind; }
    QSpinBox *countBox() const { return m_count; }
    QSpinBox *threadCapBox() const { return m_threadCap; }
    QDoubleSpinBox *secondsBox() const { return m_seconds; }
    QTableWidget *figuresTable() const { return m_figures; }
    QLabel *referenceLabel() const { return m_reference; }
    /** The value shown for figure @p name ("started", "alive", ...), empty if not shown. */
    QString figure(const QString &name) const;

    /** The live figures of @p previous's last run, and the run to replay. */
    void takeResultsFrom(DemoPage &previous) override;

    bool canReplay() const override { return true; }
    /** The live figures as they were at @p time: how many sleepers were started, alive, finished then. */
    bool showReplayedState(qint64 time) override;
    void showLiveState() override;

protected:
    void startRun() override;

private:
    QWidget *createVisual();
    // One update of the live figures, with the event loop's health read at that moment.
    struct ScaleFrame
    {
        ScaleFigures figures;
        qint64 lagNs = 0;
        qint64 longestStallNs = 0;
    };
    void recordFigures(const ScaleFigures &figures);
    void showFigures(const ScaleFrame &frame);
    void clearFigures();
    void updateKindControls();

    ScaleRun *m_run;
    QComboBox *m_kind;
    QSpinBox *m_count;
    QSpinBox *m_threadCap;
    QDoubleSpinBox *m_seconds;
    QProgressBar *m_started;
    QProgressBar *m_finished;
    QTableWidget *m_figures;
    QLabel *m_reference;
    int m_coroutineCount = 100'000;
    int m_threadCount = 1'000;
    int m_shownKind = -1;
    History<ScaleFrame> m_history{4096};
    ScaleFrame m_live;
};

} // namespace Lab
