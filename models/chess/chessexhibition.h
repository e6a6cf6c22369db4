// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/chess/chessposition.h"
#include "models/chess/exhibitionplan.h"
#include "models/chess/simulatedclock.h"
#include "models/chess/turnsignal.h"
#include "models/trace/tracetypes.h"

#include <QObject>
#include <qcoro/qcorotask.h>

#include <memory>
#include <vector>

namespace Lab {

class TraceRecorder;

/** One board of the exhibition, as the view shows it. */
struct ExhibitionBoard
{
    enum class Turn { Master, Opponent, Over };
    ChessPosition position;
    int game = 0; ///< index into bundledChessGames()
    int halfMoves = 0; ///< moves played on this board in this exhibition (both sides)
    int replays = 0; ///< how often the bundled game ran out and started over
    Turn turn = Turn::Master;
    bool opponentThinking = false;
    qint64 finishedAt = -1; ///< simulated ms, -1 while playing

    TurnSignal masterMoved; // wakes the opponent
    TurnSignal replied; // wakes the master
};

/** One move in the log the tests read: who moved on which board, from when to when (simulated ms). */
struct ExhibitionMove
{
    int board;
    bool master;
    qint64 start;
    qint64 end;
};

/**
 * A simultaneous exhibition played by coroutines on a simulated clock.
 *
 * The master is one coroutine walking from board to board; each opponent is one coroutine that
 * waits for her move, thinks, and answers. They all co_await the same SimulatedClock.
 */
class ChessExhibition : public QObject
{
    Q_OBJECT
public:
    explicit ChessExhibition(TraceRecorder *recorder = nullptr, QObject *parent = nullptr);
    ~ChessExhibition() override;

    /** The simulated clock the games run on. The exhibition owns it, so it outlives every
        coroutine waiting on it: stopping resumes them through it, whoever is destroyed first. */
    SimulatedClock *clock() { return &m_clock; }

    void setParams(const ExhibitionParams &params) { m_params = params; }
    const ExhibitionParams &params() const { return m_params; }
    void setSchedule(ExhibitionSchedule schedule) { m_schedule = schedule; }
    ExhibitionSchedule schedule() const { return m_schedule; }

    /** Starts from move 1 at 0:00:00 (stopping a run in progress). */
    void start();
    /** Abandons the run: every coroutine returns at its next resumption, which happens now. */
    void stop();
    bool isRunning() const { return m_running; }

    const std::vector<ExhibitionBoard> &boards() const { return m_boards; }
    /** The board she stands at (0-based), -1 before and after. */
    int masterBoard() const { return m_masterBoard; }
    bool masterWaiting() const { return m_masterWaiting; }
    /** Simulated ms she has stood waiting for a reply, so far. */
    qint64 masterWaitingMs() const;
    int masterMoves() const { return m_masterMoves; }
    int opponentMoves() const { return m_opponentMoves; }
    /** When the last game ended (simulated ms), -1 until then. */
    qint64 endMs() const { return m_endMs; }
    const std::vector<ExhibitionMove> &moveLog() const { return m_moveLog; }

    /** Opponent lanes recorded on the timeline at most; more would bury the master's lane. */
    static constexpr int MaxOpponentLanes = 48;

Q_SIGNALS:
    void finished(qint64 endMs);

private:
    QCoro::Task<> playMaster(quint64 generation);
    QCoro::Task<> playOpponent(int board, quint64 generation);
    QCoro::Task<> moveAt(int board, quint64 generation);
    QCoro::Task<> awaitReply(int board, quint64 generation);
    void advance(int board);
    void opponentDone();

    SimulatedClock m_clock; // first: destroyed last, after the destructor stopped the games
    TraceRecorder *m_recorder;
    ExhibitionParams m_params;
    ExhibitionSchedule m_schedule = ExhibitionSchedule::Simultaneous;
    std::vector<ExhibitionBoard> m_boards;
    std::vector<ExhibitionMove> m_moveLog;
    std::vector<TaskId> m_lanes; // master first, then the recorded opponents
    quint64 m_generation = 0;
    bool m_running = false;
    int m_masterBoard = -1;
    bool m_masterWaiting = false;
    qint64 m_waitingMs = 0;
    qint64 m_waitingSince = 0;
    int m_masterMoves = 0;
    int m_opponentMoves = 0;
    int m_gamesOver = 0;
    qint64 m_endMs = -1;
};

} // namespace Lab
