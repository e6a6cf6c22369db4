// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"

#include <QCommandLineParser>

#include <functional>

namespace Lab {

/**
 * Adds what every headless demo command takes (its name as the positional argument, --trace),
 * parses, and rejects extra arguments. Returns -1 to go on, else the exit status.
 */
int parseDemoCommand(QCommandLineParser &parser, const QStringList &arguments);

/** What every headless demo run shares: the recording, the loop monitor, and how the run ends. */
class HeadlessRun
{
public:
    HeadlessRun();

    TraceRecorder &recorder() { return m_recorder; }
    EventLoopMonitor &monitor() { return m_monitor; }

    /** Runs the event loop with the monitor on; @p start is called from the loop (as asyncio.run does). */
    void exec(const std::function<void()> &start);
    /** Ends exec(); call it when the demo has finished. */
    void finish();
    /** Prints the longest stall, writes the trace if --trace was given; returns the exit status. */
    int report(const QCommandLineParser &parser);

private:
    TraceRecorder m_recorder;
    EventLoopMonitor m_monitor;
};

} // namespace Lab
