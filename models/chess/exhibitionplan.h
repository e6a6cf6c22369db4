// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Lab {

/** How the master plays her opponents. */
enum class ExhibitionSchedule {
    Sequential, ///< one game to the end, then the next
    Simultaneous, ///< one move per board, walking from board to board
};

QString scheduleName(ExhibitionSchedule schedule);

/** The parameters of an exhibition; the defaults are the talk's (Judit Polgár, 24 opponents). */
struct ExhibitionParams
{
    int opponents = 24;
    double masterMoveSeconds = 5;
    double opponentMoveSeconds = 55;
    int movePairs = 30;

    static constexpr int MaxOpponents = 1000;
    static constexpr int MaxMovePairs = 200;

    qint64 masterMoveMs() const { return qint64(masterMoveSeconds * 1000 + 0.5); }
    qint64 opponentMoveMs() const { return qint64(opponentMoveSeconds * 1000 + 0.5); }
    /** An empty string when valid, else what is wrong ("opponents must be 1 to 1000"). */
    QString validate() const;
};

/**
 * The totals, worked out on paper.
 *
 * The talk's formulas: sequential O·G·(M + P); simultaneous G rounds of O·M. A faithful
 * simultaneous exhibition ends when the last opponent has answered her last move, P later, and
 * when an opponent needs longer than her walk around the other boards (P > (O − 1)·M) she waits
 * at every board each round: a round then lasts M + P, not O·M.
 */
struct ExhibitionFormula
{
    static qint64 talkMs(ExhibitionSchedule schedule, const ExhibitionParams &params);
    /** When the last game ends in the simulation, worked out without running it. */
    static qint64 expectedEndMs(ExhibitionSchedule schedule, const ExhibitionParams &params);
    /** How long the master stands waiting for an opponent in all. */
    static qint64 expectedWaitingMs(ExhibitionSchedule schedule, const ExhibitionParams &params);
    /** Why the simulation and the talk's formula differ, in a sentence (empty when they agree). */
    static QString explainDifference(ExhibitionSchedule schedule, const ExhibitionParams &params);
    /** The talk's formula written out with the numbers: "30 × 24 × 5 s = 1:00:00". */
    static QString talkFormulaText(ExhibitionSchedule schedule, const ExhibitionParams &params);
};

} // namespace Lab
