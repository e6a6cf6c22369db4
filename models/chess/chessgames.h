// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Lab {

/** A famous game, move by move in coordinate notation, that the exhibition's boards replay. */
struct ChessGame
{
    QString white;
    QString black;
    QString event; ///< where and when ("Paris 1858")
    QStringList moves; ///< "e2e4", "e7e5", …; white's first
};

/** The bundled games: 18th- and 19th-century master games, public domain. */
const std::vector<ChessGame> &bundledChessGames();

} // namespace Lab
