// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"
#include "models/core/history.h"
#include "models/latency/latencyreport.h"

#include <variant>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace Lab {

class LatencyChart;
class LatencyMeasurer;

/**
 * Latency in human scale: the talk's table (1 CPU cycle = 1 second) beside the same rows
 * measured on this machine, off the GUI thread, and both as bars on one log scale.
 */
class LatencyPage : public DemoPage
{
    Q_OBJECT
public:
    explicit LatencyPage(const PageContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QString lesson() const override;
    bool isRunning() const override;
    void stop() override;
    void reset() override;

    LatencyMeasurer *measurer() const { return m_measurer; }
    QTableWidget *talkTable() const { return m_talkTable; }
    QTableWidget *measuredTable() const { return m_measuredTable; }
    LatencyChart *chart() const { return m_chart; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *clockLabel() const { return m_clock; }
    QLabel *statusLabel() const { return m_status; }

    /** The measured rows, the clock and the progress of @p previous, in this window's language. */
    void takeResultsFrom(DemoPage &previous) override;

    bool canReplay() const override { return true; }
    /** The rows measured by @p time, and the step the measuring was at then. */
    bool showReplayedState(qint64 time) override;
    void showLiveState() override;

protected:
    void startRun() override;

private:
    QWidget *createVisual();
    void fillTalkTable();
    QString deviceLabel(const LatencyMeasurement &row) const;
    void showRow(const LatencyMeasurement &row);
    void showReport(const LatencyReport &report);
    void updateChart();
    void clearMeasured();
    void showSelectedCode();

    struct ProgressStep
    {
        int done = 0;
        int total = 0;
        QString step;
    };
    // What changed the visual during a run, in order: replaying them onto the run's first state
    // rebuilds the visual at any moment.
    using LatencyEvent = std::variant<ProgressStep, LatencyMeasurement, LatencyReport>;
    void showProgressStep(const ProgressStep &progress);
    void showRunStart();
    void record(LatencyEvent event);
    void apply(const LatencyEvent &event);
    void showEvents(std::size_t count);

    LatencyMeasurer *m_measurer;
    QTableWidget *m_talkTable;
    QTableWidget *m_measuredTable;
    LatencyChart *m_chart;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_clock;
    QComboBox *m_code;
    std::vector<LatencyMeasurement> m_rows;
    double m_serverDelay = 0; ///< the built-in server's delay (+ jitter) when the run started
    LatencyOptions m_options; ///< what the last run measured
    History<LatencyEvent> m_history{1024, History<LatencyEvent>::Overflow::Stop}; // a run has a few dozen
    std::size_t m_shownEvents = 0; // while replaying: how many of the events the visual shows
};

} // namespace Lab
