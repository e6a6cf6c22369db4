// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Lab {

/**
 * `concurrency-lab chess [--opponents N] [--master-move S] [--opponent-move S] [--moves N]
 * [--mode sequential|simultaneous|both] [--time-scale X]`: plays the exhibition on the simulated
 * clock and prints when the last game ended beside the talk's formula, inside an existing
 * QCoreApplication; @p arguments start with the program name and "chess". Exit status 2 for bad arguments.
 */
int runChessCommand(const QStringList &arguments);

} // namespace Lab
