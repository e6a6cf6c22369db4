// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/bench/benchreport.h"
#include "app/bench/benchruns.h"

#include <QJsonObject>

#include <functional>
#include <vector>

namespace Lab {

// The benchmarks, one file each, registered in benchcommand.cpp's two tables. run*Benchmark() is
// the parent's side: it measures each figure config.runs times with runFigure() (one child process
// per run) and turns them into rows with statRow(). measure*() is the child's side: it measures one
// figure in this process and returns it as JSON: "error": why when its work did not succeed (a
// flag that did not arrive, a sleeper that did not wake), "skipped": why when it cannot run here.

// What `bench-worker` was asked to measure; each figure reads the fields it needs.
struct WorkerOptions
{
    int count = 0; // sleepers, coroutines or spans
    double seconds = 0; // how long one sleep, run or block lasts
    int lanes = 20; // timeline lanes
    int repeats = 30; // timeline paints; primes: GUI runs
    int limit = 0; // flags: requests at once (0: the mode's default)
    QString server; // flags: an external server's URL (empty: a built-in one)
    QString file; // import: the trace file to open
    std::vector<quint64> numbers; // primes: the numbers to check (empty: the book's 20)
};

BenchSection runSleepBenchmark(const BenchConfig &config);
QJsonObject measureOurSleepers(const WorkerOptions &options);
QJsonObject measureQCoroSleepers(const WorkerOptions &options);

BenchSection runLoopLagBenchmark(const BenchConfig &config);
QJsonObject measureLoopLag(const WorkerOptions &options);

BenchSection runTimelineBenchmark(const BenchConfig &config);
QJsonObject measureRecording(const WorkerOptions &options);
QJsonObject measureTimelinePaint(const WorkerOptions &options);

BenchSection runStallBenchmark(const BenchConfig &config);
QJsonObject measureSleepingStall(const WorkerOptions &options);
QJsonObject measureBusyStall(const WorkerOptions &options);

// flags: options.count flags from a built-in server at a fixed delay of options.seconds.
BenchSection runFlagsBenchmark(const BenchConfig &config);
QJsonObject measureFlagCoroutines(const WorkerOptions &options);
QJsonObject measureFlagOneManager(const WorkerOptions &options);
QJsonObject measureFlagThreads(const WorkerOptions &options);
QJsonObject measureFlagSequential(const WorkerOptions &options);
QJsonObject measureFlagAsyncio(const WorkerOptions &options);
// Runs a resources/bench script with python: runPythonScript, or under the Python tracer.
using PythonRunner = std::function<ChildResult(
    const QString &python, const QString &script, const QStringList &arguments, int timeoutSeconds)>;
// A resources/bench client (@p script: asyncio_flags.py, the bare one, or httpx_flags.py, the book's)
// downloading options.count flags from a built-in server, run by @p run.
QJsonObject measureAsyncioFlags(
    const WorkerOptions &options, const PythonRunner &run, const QString &script = QStringLiteral("asyncio_flags.py"));

// pytrace: the Python tracer's cost on the book's asyncio download and on the bare one (pytracebench.cpp).
BenchSection runPythonTracerBenchmark(const BenchConfig &config);
QJsonObject measureFlagAsyncioTraced(const WorkerOptions &options);
QJsonObject measureFlagHttpx(const WorkerOptions &options);
QJsonObject measureFlagHttpxTraced(const WorkerOptions &options);
QJsonObject measureFlagsGuiCoroutines(const WorkerOptions &options);
QJsonObject measureFlagsGuiThreads(const WorkerOptions &options);
// "3 of 20 flags arrived (…)": why a flags figure did not count.
QString flagsFailed(int ok, int notFound, int errors, int count);
// server: `concurrency-lab serve` under wrk and ab, beside nginx (serverbench.cpp); no worker.
BenchSection runServerBenchmark(const BenchConfig &config);

// import: a Chromium-like trace of 2.2 M events, opened as the window does, beside Qt's JSON reader.
BenchSection runImportBenchmark(const BenchConfig &config);
QJsonObject measureImportFloor(const WorkerOptions &options);
QJsonObject measureImportGui(const WorkerOptions &options);
QJsonObject measureLinkRecording(const WorkerOptions &options);

// The GUI-responsiveness rows of the flags benchmark (flagsguibench.cpp).
void addFlagsGuiRows(BenchSection &section, const BenchConfig &config, int count, double delaySeconds);

// loops: sleep, loop-lag and flags figures on both Qt dispatchers, asyncio and uvloop (loopsbench.cpp).
BenchSection runLoopsBenchmark(const BenchConfig &config);
QJsonObject measureFlagsOnAsyncio(const WorkerOptions &options);
QJsonObject measureFlagsOnUvloop(const WorkerOptions &options);
// primes: options.numbers (the book's 20 if empty); options.limit workers.
BenchSection runPrimesBenchmark(const BenchConfig &config);
QJsonObject measurePrimesFloor(const WorkerOptions &options);
QJsonObject measurePrimesSequential(const WorkerOptions &options);
QJsonObject measurePrimesThreads(const WorkerOptions &options);
QJsonObject measurePrimesThreadsGil(const WorkerOptions &options);
QJsonObject measurePrimesProcesses(const WorkerOptions &options);
QJsonObject measurePrimesPython(const WorkerOptions &options);
QJsonObject measurePrimesGuiThreads(const WorkerOptions &options);
QJsonObject measurePrimesGuiProcesses(const WorkerOptions &options);

} // namespace Lab
