// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/chess/chessexhibition.h"

#include "models/chess/chessgames.h"
#include "models/chess/simulatedclock.h"
#include "models/core/clock.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QPointer>

#include <tuple>

namespace Lab {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Lab::Chess", text);
}
} // namespace

ChessExhibition::ChessExhibition(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
{
}

ChessExhibition::~ChessExhibition()
{
    stop();
}

void ChessExhibition::start()
{
    stop();
    const auto &games = bundledChessGames();
    m_boards.assign(std::size_t(m_params.opponents), {});
    for (std::size_t i = 0; i < m_boards.size(); ++i)
        m_boards[i].game = int(i % games.size());
    m_moveLog.clear();
    m_moveLog.reserve(std::size_t(m_params.opponents) * std::size_t(m_params.movePairs) * 2);
    m_masterBoard = -1;
    m_masterWaiting = false;
    m_waitingMs = 0;
    m_masterMoves = 0;
    m_opponentMoves = 0;
    m_gamesOver = 0;
    m_endMs = -1;
    m_clock.restart();
    m_lanes.clear();
    if (m_recorder) {
        // The same name as the recorder's event-loop lane, so the timeline groups them on one thread.
        const TraceText guiThread("Lab::TraceRecorder", QT_TRANSLATE_NOOP("Lab::TraceRecorder", "GUI thread"));
        m_lanes.push_back(m_recorder->addTask(
            TraceText("Lab::ChessExhibition", QT_TRANSLATE_NOOP("Lab::ChessExhibition", "master")), guiThread));
        for (int i = 0; i < std::min(m_params.opponents, MaxOpponentLanes); ++i)
            m_lanes.push_back(m_recorder->addTask(
                TraceText("Lab::ChessExhibition", QT_TRANSLATE_NOOP("Lab::ChessExhibition", "opponent %1"),
                    {QString::number(i + 1)}),
                guiThread));
    }
    m_running = true;
    const quint64 generation = ++m_generation;
    // QCoro tasks start eagerly: each opponent runs to its first co_await (her first move) and
    // suspends; dropping the Task detaches it, and the frame is freed when the coroutine ends.
    for (int board = 0; board < m_params.opponents; ++board)
        std::ignore = playOpponent(board, generation);
    std::ignore = playMaster(generation);
}

void ChessExhibition::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    // Every suspended coroutine is resumed once more; each sees the new generation and returns.
    m_clock.cancelAll();
    for (auto &board : m_boards) {
        board.masterMoved.give();
        board.replied.give();
    }
    m_masterBoard = -1;
    m_masterWaiting = false;
    if (m_recorder) {
        for (const TaskId lane : m_lanes)
            m_recorder->finishTask(lane);
    }
}

qint64 ChessExhibition::masterWaitingMs() const
{
    return m_waitingMs + (m_masterWaiting ? m_clock.now() - m_waitingSince : 0);
}

// snippet-begin: master
QCoro::Task<> ChessExhibition::playMaster(quint64 generation)
{
    QPointer self(this);
    const int opponents = m_params.opponents;
    const int pairs = m_params.movePairs;
    if (m_schedule == ExhibitionSchedule::Simultaneous) {
        // One move at each board, then walk on; back at board 1 for the next round.
        for (int round = 0; round < pairs; ++round) {
            for (int board = 0; board < opponents; ++board) {
                co_await moveAt(board, generation);
                if (!self || m_generation != generation)
                    co_return;
            }
        }
    } else {
        // One game to the end, then the next.
        for (int board = 0; board < opponents; ++board) {
            for (int round = 0; round < pairs; ++round) {
                co_await moveAt(board, generation);
                if (!self || m_generation != generation)
                    co_return;
            }
            co_await awaitReply(board, generation); // the game ends with the opponent's last reply
            if (!self || m_generation != generation)
                co_return;
        }
    }
    m_masterBoard = -1;
    if (m_recorder)
        m_recorder->finishTask(m_lanes.front());
}

QCoro::Task<> ChessExhibition::awaitReply(int board, quint64 generation)
{
    QPointer self(this);
    if (m_boards[std::size_t(board)].opponentThinking) {
        m_masterWaiting = true;
        m_waitingSince = m_clock.now();
        if (m_recorder)
            m_recorder->setState(m_lanes.front(), TaskState::Queued,
                TraceText("Lab::ChessExhibition", QT_TRANSLATE_NOOP("Lab::ChessExhibition", "waits at board %1"),
                    {QString::number(board + 1)}));
    }
    co_await m_boards[std::size_t(board)].replied.wait();
    if (!self || m_generation != generation)
        co_return;
    if (m_masterWaiting) {
        m_waitingMs += m_clock.now() - m_waitingSince;
        m_masterWaiting = false;
    }
}

QCoro::Task<> ChessExhibition::moveAt(int board, quint64 generation)
{
    QPointer self(this);
    m_masterBoard = board;
    if (m_boards[std::size_t(board)].halfMoves > 0) {
        // Her last move here must have been answered: she waits if this opponent is still thinking.
        co_await awaitReply(board, generation);
        if (!self || m_generation != generation)
            co_return;
    }
    if (m_recorder)
        m_recorder->setState(m_lanes.front(), TaskState::Running,
            TraceText("Lab::ChessExhibition", QT_TRANSLATE_NOOP("Lab::ChessExhibition", "moves on board %1"),
                {QString::number(board + 1)}));
    const qint64 start = m_clock.now();
    co_await m_clock.sleepFor(m_params.masterMoveMs());
    if (!self || m_generation != generation)
        co_return;
    advance(board);
    m_moveLog.push_back({board, true, start, m_clock.now()});
    ++m_masterMoves;
    m_boards[std::size_t(board)].turn = ExhibitionBoard::Turn::Opponent;
    if (m_recorder && board + 1 < int(m_lanes.size()))
        m_recorder->addLink(m_lanes.front(), m_lanes[std::size_t(board) + 1], nowNs(),
            TraceText("Lab::ChessExhibition",
                QT_TRANSLATE_NOOP("Lab::ChessExhibition", "moved on board %1: the opponent thinks"),
                {QString::number(board + 1)}));
    m_boards[std::size_t(board)].masterMoved.give(); // the opponent starts thinking right here
}

QCoro::Task<> ChessExhibition::playOpponent(int board, quint64 generation)
{
    QPointer self(this);
    const TaskId lane = board + 1 < int(m_lanes.size()) ? m_lanes[std::size_t(board) + 1] : TaskId(0);
    const bool recorded = m_recorder && board + 1 < int(m_lanes.size());
    const int pairs = m_params.movePairs;
    for (int pair = 0; pair < pairs; ++pair) {
        if (recorded)
            m_recorder->setState(lane, TaskState::Queued,
                TraceText("Lab::ChessExhibition", QT_TRANSLATE_NOOP("Lab::ChessExhibition", "waits for the master")));
        co_await m_boards[std::size_t(board)].masterMoved.wait();
        if (!self || m_generation != generation)
            co_return;
        m_boards[std::size_t(board)].opponentThinking = true;
        if (recorded)
            m_recorder->setState(lane, TaskState::Sleeping,
                TraceText("Lab::ChessExhibition", QT_TRANSLATE_NOOP("Lab::ChessExhibition", "thinks")));
        const qint64 start = m_clock.now();
        co_await m_clock.sleepFor(m_params.opponentMoveMs());
        if (!self || m_generation != generation)
            co_return;
        advance(board);
        m_moveLog.push_back({board, false, start, m_clock.now()});
        ++m_opponentMoves;
        auto &state = m_boards[std::size_t(board)];
        state.opponentThinking = false;
        if (recorded)
            m_recorder->addLink(lane, m_lanes.front(), nowNs(),
                TraceText("Lab::ChessExhibition", QT_TRANSLATE_NOOP("Lab::ChessExhibition", "replied on board %1"),
                    {QString::number(board + 1)}));
        if (pair + 1 < pairs) {
            state.turn = ExhibitionBoard::Turn::Master;
            state.replied.give(); // resumes the master if she stands here waiting
            continue;
        }
        state.turn = ExhibitionBoard::Turn::Over;
        state.finishedAt = m_clock.now();
        if (recorded)
            m_recorder->finishTask(lane);
        state.replied.give(); // in a sequential exhibition she waits for this before the next game
        opponentDone(); // last: a slot of finished() may delete us
    }
}
// snippet-end: master

void ChessExhibition::advance(int board)
{
    // The boards replay the bundled games; an odd-length game (white mates) gets one more
    // half-move in which the opponent sets the pieces up again, so the master always plays white.
    auto &state = m_boards[std::size_t(board)];
    const QStringList &moves = bundledChessGames()[std::size_t(state.game)].moves;
    const int length = int(moves.size());
    const int cycle = (length + 1) / 2 * 2;
    const int index = state.halfMoves % cycle;
    if (index == 0 && state.halfMoves > 0) {
        state.position = ChessPosition();
        ++state.replays;
    }
    if (index < length)
        state.position.play(moves.at(index));
    else
        state.position = ChessPosition();
    ++state.halfMoves;
}

void ChessExhibition::opponentDone()
{
    if (++m_gamesOver < m_params.opponents)
        return;
    m_endMs = m_clock.now();
    m_running = false;
    m_masterBoard = -1;
    Q_EMIT finished(m_endMs);
}

} // namespace Lab
