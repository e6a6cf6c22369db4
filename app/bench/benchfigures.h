// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/bench/benchreport.h"

#include <QJsonObject>

namespace Lab {

// The benchmarks, one file each. run*Benchmark() is the parent's side: it starts one child
// process per figure and turns their JSON into rows. measure*() is the child's side: it measures
// one figure in this process and returns it as JSON (with "skipped": reason if it cannot).

// What `bench-worker` was asked to measure; each figure reads the fields it needs.
struct WorkerOptions
{
    int count = 0; // sleepers, coroutines or spans
    double seconds = 0; // how long one sleep, run or block lasts
    int lanes = 20; // timeline lanes
    int repeats = 30; // timeline paints
    int limit = 0; // flags: requests at once (0: the mode's default)
};

BenchSection runSleepBenchmark();
QJsonObject measureOurSleepers(const WorkerOptions &options);
QJsonObject measureQCoroSleepers(const WorkerOptions &options);

BenchSection runLoopLagBenchmark();
QJsonObject measureLoopLag(const WorkerOptions &options);

BenchSection runTimelineBenchmark();
QJsonObject measureRecording(const WorkerOptions &options);
QJsonObject measureTimelinePaint(const WorkerOptions &options);

BenchSection runStallBenchmark();
QJsonObject measureSleepingStall(const WorkerOptions &options);
QJsonObject measureBusyStall(const WorkerOptions &options);

// flags: options.count flags from a built-in server at a fixed delay of options.seconds.
BenchSection runFlagsBenchmark();
QJsonObject measureFlagCoroutines(const WorkerOptions &options);
QJsonObject measureFlagOneManager(const WorkerOptions &options);
QJsonObject measureFlagThreads(const WorkerOptions &options);
QJsonObject measureFlagSequential(const WorkerOptions &options);
QJsonObject measureFlagAsyncio(const WorkerOptions &options);
QJsonObject measureFlagsGuiCoroutines(const WorkerOptions &options);
QJsonObject measureFlagsGuiThreads(const WorkerOptions &options);
// server: `concurrency-lab serve` under wrk and ab, beside nginx (serverbench.cpp); no worker.
BenchSection runServerBenchmark();

// The GUI-responsiveness rows of the flags benchmark (flagsguibench.cpp).
void addFlagsGuiRows(BenchSection &section, double delaySeconds);

// loops: sleep, loop-lag and flags figures on both Qt dispatchers, asyncio and uvloop (loopsbench.cpp).
BenchSection runLoopsBenchmark();
QJsonObject measureFlagsOnAsyncio(const WorkerOptions &options);
QJsonObject measureFlagsOnUvloop(const WorkerOptions &options);
// primes: the book's 20 numbers; options.limit workers.
BenchSection runPrimesBenchmark();
QJsonObject measurePrimesFloor(const WorkerOptions &options);
QJsonObject measurePrimesSequential(const WorkerOptions &options);
QJsonObject measurePrimesThreads(const WorkerOptions &options);
QJsonObject measurePrimesThreadsGil(const WorkerOptions &options);
QJsonObject measurePrimesProcesses(const WorkerOptions &options);
QJsonObject measurePrimesPython(const WorkerOptions &options);
QJsonObject measurePrimesGuiThreads(const WorkerOptions &options);
QJsonObject measurePrimesGuiProcesses(const WorkerOptions &options);

} // namespace Lab
