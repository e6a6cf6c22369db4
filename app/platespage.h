// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"
#include "models/plates/plateworld.h"

#include <QTimer>

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

protected:
    void startRun() override;

private:
    void updateCounters();
    PlateParams paramsFromKnobs() const;
    void finishShow(const QString &how);

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
};

} // namespace Lab
