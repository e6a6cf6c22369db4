// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Lab {

/**
 * `concurrency-lab plates [--plates N] [--hands H] [--seconds S] [--block-after S] [--block-for S]
 * [--seed K] [--visit S] [--threads] [--simulated] [--time-scale X]`: runs the plate-spinning show
 * without a window and prints each fall, then "18 plates, 2 hands, 20.0 s: 18 up, 0 fallen, …".
 * @p arguments start with the program name and "plates".
 *
 * Exit status: 0 after a run; 2 for bad arguments.
 */
int runPlatesCommand(const QStringList &arguments);

} // namespace Lab
