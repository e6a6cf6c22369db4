// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Lab {

// Each runs one demo without a window, inside an existing QCoreApplication, and prints
// results like the original lab. @p arguments start with the program name and the command.
int runSpinnerCommand(const QStringList &arguments);
int runCountdownCommand(const QStringList &arguments);

} // namespace Lab
