// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"
#include "models/core/history.h"
#include "models/flags/flagresult.h"

#include <QElapsedTimer>
#include <QTimer>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QSpinBox;
class QTableWidget;

namespace Lab {

class FlagDownloader;
class FlagGridModel;

/**
 * Flags: download country flags from the built-in server (or another one) one after the
 * other, on a pool of threads, or as coroutines, into a live grid; every run is kept in a
 * table so the modes can be compared.
 */
class FlagsPage : public DemoPage
{
    Q_OBJECT
public:
    explicit FlagsPage(const PageContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QString lesson() const override;
    bool isRunning() const override;
    void stop() override;
    void reset() override;

    QComboBox *modeSelector() const { return m_mode; }
    /** Coroutines: 0 each download ends its own flag (gather), 1 one loop takes them as completed. */
    QComboBox *resultsSelector() const { return m_resultsBy; }
    QComboBox *setSelector() const { return m_set; }
    QSpinBox *concurrency() const { return m_concurrency; }
    QCheckBox *perHostSwitch() const { return m_perHost; }
    QDoubleSpinBox *delay() const { return m_delay; }
    QDoubleSpinBox *errorRate() const { return m_errorRate; }
    QLineEdit *baseUrl() const { return m_baseUrl; }
    QLineEdit *saveDirectory() const { return m_saveDirectory; }
    FlagGridModel *grid() const { return m_grid; }
    FlagDownloader *downloader() const { return m_downloader; }
    QTableWidget *results() const { return m_results; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *elapsedLabel() const { return m_elapsed; }

    bool canReplay() const override { return true; }
    /** The grid shows each flag's state at @p time, the progress the flags finished by then. */
    bool showReplayedState(qint64 time) override;
    void showLiveState() override;

protected:
    void startRun() override;

private:
    QWidget *createSettings();
    QWidget *createVisual();
    void applyServerSettings();
    void restartServer();
    void updateModeControls();
    void showProgress();
    void recordRun(const FlagTotals &totals);
    void onFlagChanged(int row, const FlagResult &result);
    void showCells(const std::vector<const FlagResult *> &cells);

    struct FlagChange
    {
        int row = 0;
        FlagResult result;
    };

    FlagDownloader *m_downloader;
    FlagGridModel *m_grid;
    QComboBox *m_set;
    QComboBox *m_mode;
    QComboBox *m_resultsBy;
    QSpinBox *m_concurrency;
    QCheckBox *m_perHost;
    QDoubleSpinBox *m_timeout;
    QDoubleSpinBox *m_delay;
    QDoubleSpinBox *m_jitter;
    QDoubleSpinBox *m_errorRate;
    QLineEdit *m_baseUrl;
    QLineEdit *m_saveDirectory;
    QLabel *m_serverStatus;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QListView *m_view;
    QTableWidget *m_results;
    QTimer m_clock;
    QElapsedTimer m_runTime;
    QString m_runDescription;
    // Replay: every state change of this run, when it reached the page; a run has at most
    // 676 flags of 3 or 4 changes each.
    History<FlagChange> m_history{8192, History<FlagChange>::Overflow::Stop};
    std::vector<FlagResult> m_live; // each flag's latest state, shown again when the replay ends
    qint64 m_runStartNs = 0;
};

} // namespace Lab
