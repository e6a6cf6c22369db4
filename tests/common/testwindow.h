// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/mainwindow.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"

#include <QTest>

#include <memory>

namespace Lab {

/**
 * The window as the window tests use it: a MainWindow shown on the offscreen platform with all a
 * page needs — a recording, the event-loop monitor and a flag server on its own thread. Members
 * are declared so that the window goes first and the server it uses last.
 */
struct TestWindow
{
    /** Builds and shows a new window whose demos run at @p timeScale; false if it never showed. */
    bool open(double timeScale, bool monitorRunning = false)
    {
        monitor = std::make_unique<EventLoopMonitor>(&recorder);
        window = std::make_unique<MainWindow>(PageContext{&recorder, monitor.get(), timeScale, &flagServer});
        if (monitorRunning)
            monitor->start();
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void close()
    {
        window.reset();
        monitor.reset();
    }

    TraceRecorder recorder;
    FlagServerThread flagServer;
    std::unique_ptr<EventLoopMonitor> monitor;
    std::unique_ptr<MainWindow> window;
};

} // namespace Lab
