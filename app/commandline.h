// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

namespace Lab {

/**
 * The program: with no command it opens the window (--demo NAME picks the page); with a
 * command (spinner, countdown, bench) it runs headless and prints results. Wrong options or
 * values print a clear message and exit with status 2.
 */
int runConcurrencyLab(int argc, char **argv);

} // namespace Lab
