// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracefileloader.h"

class QWidget;

namespace Lab {

/**
 * Opens a trace file into the recorder on a worker thread: the window keeps painting and
 * answering (a 150 MB trace takes seconds), a progress dialog with Cancel shows over @p parent
 * once it takes longer than a moment, and nothing changes if the file is refused or cancelled.
 */
class TraceOpener
{
    Q_DECLARE_TR_FUNCTIONS(Lab::TraceOpener)
public:
    /** Returns when the load is over; waits in a local event loop meanwhile. */
    static TraceFileLoader::Outcome open(const QString &path, TraceRecorder *recorder, QWidget *parent);
};

} // namespace Lab
