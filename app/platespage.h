// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"
#include "models/core/history.h"
#include "models/plates/platespinning.h"
#include "models/plates/plateworld.h"

#include <QTimer>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace Lab {

class PlateSpinning;
class PlatesView;

/** Plate spinning: two hands keep eighteen plates up, until a blocking call holds one hand. */
class PlatesPage : public DemoPage
{
    Q_OBJECT
public:
    explicit PlatesPage(const PageContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QString lesson() const override;
    bool isRunning() const override;
    void stop() override;
    void reset() override;

    PlateSpinning *spinning() const { return m_show; }
    PlatesView *view() const { return m_view; }
    /** "Up 18 · fallen 0 · 7.2 visits/s · hand 1 busy 71 % …" */
    QString countersText() const;
    QSpinBox *platesKnob() const { return m_plates; }
    QSpinBox *handsKnob() const { return m_hands; }
    QSpinBox *seedKnob() const { return m_seed; }
    QDoubleSpinBox *durationKnob() const { return m_duration; }
    QComboBox *modeKnob() const { return m_mode; }

    /** The plates, hands and counters as @p previous's run left them, and that run to replay. */
    void takeResultsFrom(DemoPage &previous) override;

    bool canReplay() const override { return true; }
    /** The plates and hands as the physics step nearest before @p time left them, with the counters then. */
    bool showReplayedState(qint64 time) override;
    void showLiveState() override;
    /** Physics steps kept for replay (bounded: a long show keeps every second, fourth, … step). */
    std::size_t replayFrames() const { return m_history.size(); }

protected:
    void startRun() override;

private:
    void updateCounters();
    void showCounters(const PlateSpinning::Snapshot &snapshot);
    void recordFrame();

    // One physics step as the view needs it, in floats: 12 bytes a plate.
    struct PlateMark
    {
        float angle = 0;
        float speed = 0;
        bool fallen = false;
    };
    struct HandMark
    {
        qint16 plate = -1;
        bool stuck = false;
        float busySeconds = 0;
    };
    struct PlateFrame
    {
        double time = 0; // the rate shown (visits / time) must read as it did live
        int visits = 0;
        std::vector<PlateMark> plates;
        std::vector<HandMark> hands;
    };
    PlateSpinning::Snapshot worldOf(const PlateFrame &frame) const;
    PlateParams paramsFromKnobs() const;
    void finishShow(bool stopped);

    PlateSpinning *m_show;
    PlatesView *m_view;
    QLabel *m_counters;
    QSpinBox *m_plates;
    QSpinBox *m_hands;
    QDoubleSpinBox *m_visit;
    QSpinBox *m_seed;
    QDoubleSpinBox *m_duration;
    QComboBox *m_mode;
    QTimer m_counterTimer;
    QTimer m_endTimer;
    // About a minute of 60 steps a second before the first thinning; at most ~3 MB with 60 plates.
    History<PlateFrame> m_history{4096};
    PlateParams m_runParams;
    // The world a run in the window before a language switch left: shown until a run or a reset.
    std::optional<PlateSpinning::Snapshot> m_keptWorld;
};

} // namespace Lab
