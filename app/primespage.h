// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"
#include "models/core/cpuusage.h"
#include "models/primes/primesrun.h"

class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace Lab {

class CpuMeter;
class LoiterExercise;
class PrimesSweep;
class SpeedupChart;

/**
 * Parallelism and the GIL: the book's 20 numbers checked by trial division sequentially, on
 * threads (with or without a simulated GIL), on worker processes, and as coroutines on the event
 * loop; the results in completion or submission order, a CPU meter per core, the speed-up over
 * sequential measured here, a sweep of 1 … 2×cores workers, and the book's executor.map exercise.
 */
class PrimesPage : public DemoPage
{
    Q_OBJECT
public:
    /** The exercises of the mode selector, in its order: the five PrimesMode, then the loiter one. */
    enum Exercise { Sequential, Threads, Processes, Coroutines, ExecutorMap, Loiter };

    explicit PrimesPage(const PageContext &context, QWidget *parent = nullptr);
    ~PrimesPage() override;

    QString title() const override;
    QString lesson() const override;
    bool isRunning() const override;
    void stop() override;
    void reset() override;

    QComboBox *modeSelector() const { return m_mode; }
    QSpinBox *workersBox() const { return m_workers; }
    QCheckBox *gilSwitch() const { return m_gil; }
    QSpinBox *intervalBox() const { return m_interval; }
    QCheckBox *sweepSwitch() const { return m_sweepSwitch; }
    QPlainTextEdit *output() const { return m_output; }
    /** The last run's figures: checks, time, speed-up over sequential, GIL hand-overs, worker pids. */
    QString figures() const { return m_figures; }
    CpuMeter *cpuMeter() const { return m_cpuMeter; }
    SpeedupChart *chart() const { return m_chart; }
    PrimesRun *primesRun() const { return m_run; }
    PrimesSweep *sweep() const { return m_sweep; }
    LoiterExercise *loiter() const { return m_loiter; }
    /** The program started as a worker process (this program unless a test says otherwise). */
    void setWorkerProgram(const QString &program) { m_workerProgram = program; }

    /** The output, figures and speed-up chart of @p previous. */
    void takeResultsFrom(DemoPage &previous) override;

protected:
    void startRun() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createVisual();
    PrimesSettings settings() const;
    void updateControls();
    void fitOutput();
    void appendLine(const QString &line);
    void runFinished(const PrimesSummary &summary);
    void sweepFinished(const QString &error);
    void showFigures(const PrimesSummary *summary);
    static QString figuresText(const PrimesSummary &summary, qint64 sequentialNs, const std::vector<qint64> &pids);
    void sampleCpu();

    PrimesRun *m_run;
    PrimesSweep *m_sweep;
    LoiterExercise *m_loiter;
    QComboBox *m_mode;
    QSpinBox *m_workers;
    QCheckBox *m_gil;
    QSpinBox *m_interval;
    QCheckBox *m_sweepSwitch;
    QPlainTextEdit *m_output;
    QString m_figures;
    CpuMeter *m_cpuMeter;
    SpeedupChart *m_chart;
    QTimer *m_cpuTimer;
    CpuUsage m_cpuUsage;
    QString m_workerProgram;
    qint64 m_sequentialNs = 0;
};

} // namespace Lab
