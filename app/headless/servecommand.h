// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Lab {

// `concurrency-lab serve`: runs the built-in flag server alone until SIGINT or SIGTERM, inside an
// existing QCoreApplication. @p arguments start with the program name and "serve".
int runServeCommand(const QStringList &arguments);

} // namespace Lab
