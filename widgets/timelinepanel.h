// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace Lab {

class TraceRecorder;
class TimelineWidget;
class FollowingSplitter;

// The timeline with its tools: a bar with the replay controls (play/pause, step back and
// forward, stop, speed, the cursor's time), the label search (field, previous/next, hit count)
// and "show all lanes"; beside the timeline, a details pane: the selected span, the statistics of
// the selected range, and the selected task's spans as a list a screen reader can read.
//
// The keys work on the timeline when it has focus (see TimelineWidget); the buttons say theirs in
// their tooltips. Return in the search field jumps to the next hit, Shift+Return to the previous.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(TraceRecorder *recorder, QWidget *parent = nullptr);

    TimelineWidget *timeline() const { return m_timeline; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *spanList() const { return m_spans; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *statisticsLabel() const { return m_statistics; }
    QLabel *searchCountLabel() const { return m_hits; }
    QToolButton *playButton() const { return m_play; }
    QLabel *replayTimeLabel() const { return m_time; }
    QWidget *detailsPane() const { return m_pane; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateReplayControls();
    void updateDetails();
    void updateStatistics();
    void updateSearch();
    void updateIcons();
    void updatePaneWidth();

    TimelineWidget *m_timeline;
    FollowingSplitter *m_splitter;
    QToolButton *m_play;
    QToolButton *m_stepBack;
    QToolButton *m_stepForward;
    QToolButton *m_stop;
    QComboBox *m_speed;
    QLabel *m_time;
    QLineEdit *m_search;
    QToolButton *m_previousHit;
    QToolButton *m_nextHit;
    QLabel *m_hits;
    QToolButton *m_showAll;
    QLabel *m_details;
    QLabel *m_statistics;
    QListWidget *m_spans;
    QWidget *m_pane = nullptr;
    int m_paneWidth = 0; // the width that fits the longest lines of the details unbroken
    bool m_shownPlaying = false;
};

} // namespace Lab
