// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"
#include "models/chess/chessposition.h"
#include "models/chess/exhibitionplan.h"
#include "models/core/history.h"

#include <QTimer>

#include <map>
#include <utility>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QScrollArea;
class QSpinBox;

namespace Lab {

class ChessBoardView;
class ChessExhibition;
class ChessTotalsChart;
class FlowLayout;
class SimulatedClock;

/**
 * Chess exhibition: one master against many opponents, one game after the other or walking
 * from board to board, played by coroutines on a simulated clock, with the totals beside the
 * talk's formulas.
 */
class ChessPage : public DemoPage
{
    Q_OBJECT
public:
    explicit ChessPage(const PageContext &context, QWidget *parent = nullptr);
    /** Stops a run first: the exhibition's sleepers live in the clock, which dies before it. */

    QString title() const override;
    QString lesson() const override;
    bool isRunning() const override;
    void stop() override;
    void reset() override;

    /** At most this many boards are drawn; the rest play on unseen (the status line says so). */
    static constexpr int MaxBoardsShown = 48;

    QSpinBox *opponents() const { return m_opponents; }
    QDoubleSpinBox *masterMove() const { return m_masterMove; }
    QDoubleSpinBox *opponentMove() const { return m_opponentMove; }
    QSpinBox *movePairs() const { return m_movePairs; }
    QComboBox *modeSelector() const { return m_mode; }
    QComboBox *speedSelector() const { return m_speed; }
    QPushButton *pauseButton() const { return m_pause; }
    ChessTotalsChart *chart() const { return m_chart; }
    ChessExhibition *exhibition() const { return m_exhibition; }
    SimulatedClock *clock() const { return m_clock; }
    const std::vector<ChessBoardView *> &boardViews() const { return m_boardViews; }
    /** The totals beside the formulas, as shown under the chart. */
    QString totalsText() const;
    QString clockText() const;
    QString statusText() const;

    /** The totals, boards, clock and status line of @p previous, and its run to replay. */
    void takeResultsFrom(DemoPage &previous) override;

    bool canReplay() const override { return true; }
    /** The boards, the clock and the status line as they were shown at @p time. */
    bool showReplayedState(qint64 time) override;
    void showLiveState() override;

protected:
    void startRun() override;
    void changeEvent(QEvent *event) override;

private:
    struct Result
    {
        qint64 endMs = -1;
        qint64 waitingMs = 0;
    };

    QWidget *createVisual();
    ExhibitionParams currentParams() const;
    void applySpeed();
    void startNext();
    void onFinished(qint64 endMs);
    void setKnobsLocked(bool locked);
    void rebuildBoards();
    void refresh();

    // What the visual shows at one refresh: enough to draw it again during a replay.
    struct BoardMark
    {
        ChessPosition position;
        int halfMoves = 0;
        quint8 turn = 0; // ExhibitionBoard::Turn
        bool thinking = false;
    };
    struct ChessFrame
    {
        qint64 clockMs = 0;
        int master = -1;
        bool masterWaiting = false;
        // What the status line says, as facts: statusLine() writes them in the language on screen.
        bool running = false;
        ExhibitionSchedule schedule = ExhibitionSchedule::Simultaneous;
        bool hasBoards = false;
        int masterMoves = 0;
        int opponentMoves = 0;
        qint64 waitingMs = 0;
        int opponents = 0;
        bool paused = false;
        std::vector<BoardMark> boards; // empty: the boards are as rebuildBoards() left them
    };
    ChessFrame captureFrame() const;
    static QString statusLine(const ChessFrame &frame);
    void showFrame(const ChessFrame &frame);
    void updateTotals();
    static QString summarize(const std::vector<std::pair<ExhibitionSchedule, qint64>> &ends, double stallSeconds);
    /** The boards' area never gets shorter than a board: a small window scrolls the page instead. */
    void keepRoomForABoard();

    ChessExhibition *m_exhibition;
    SimulatedClock *m_clock; // the exhibition's own
    QSpinBox *m_opponents;
    QDoubleSpinBox *m_masterMove;
    QDoubleSpinBox *m_opponentMove;
    QSpinBox *m_movePairs;
    QComboBox *m_mode;
    QComboBox *m_speed;
    QPushButton *m_pause;
    QLabel *m_clockLabel;
    QLabel *m_status;
    QLabel *m_lockNote;
    QScrollArea *m_scroll;
    QWidget *m_boardGrid;
    FlowLayout *m_boardLayout;
    std::vector<ChessBoardView *> m_boardViews;
    ChessTotalsChart *m_chart;
    QLabel *m_totals;
    QTimer m_refresh;
    bool m_running = false;
    std::vector<ExhibitionSchedule> m_pending; // schedules still to play in this run
    std::map<ExhibitionSchedule, Result> m_results; // for the current parameters
    // Replay: one frame per refresh (20 a second) of this run; thins past 2048 (~7 MB with 48 boards).
    History<ChessFrame> m_history{2048};
    ChessFrame m_live;
    std::pair<std::size_t, std::size_t> m_shownFrame; // while replaying: (frames up to it, stride) shown
    bool m_recording = false;
};

} // namespace Lab
