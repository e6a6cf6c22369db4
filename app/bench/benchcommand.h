// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Lab {

/**
 * `concurrency-lab bench [NAME ...] [--json]`; @p arguments start with the program name and "bench".
 * Runs inside an existing QApplication (created by the caller with the offscreen platform allowed).
 * Each figure is measured in a fresh child process (`bench-worker`); prints a table, or one JSON
 * object with --json. Returns 0 once every figure was measured (a missed goal is reported, not an
 * error), 1 if a measurement failed, 2 on a usage error.
 */
int runBenchCommand(const QStringList &arguments);

/**
 * Hidden internal command `concurrency-lab bench-worker FIGURE [options]`: measures one figure in
 * this (fresh) process, so peak RSS is that figure's own, and prints one JSON line on stdout.
 */
int runBenchWorkerCommand(const QStringList &arguments);

/** The benchmarks `bench` knows, in the order it runs them: {"sleep", "loop-lag", "timeline", "stall", "flags",
 * "loops", "primes"}. */
QStringList benchmarkNames();

} // namespace Lab
