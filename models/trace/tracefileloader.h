// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace Lab {

class TraceRecorder;

/**
 * Opening a trace file as the window and `concurrency-lab inspect` both do: read and parse it
 * (ChromeTraceImporter, within the recorder's capacity), then, only if it is a trace, replace
 * what the recorder holds with it. Safe to run on a worker thread (the recorder is).
 */
class TraceFileLoader
{
    Q_DECLARE_TR_FUNCTIONS(Lab::TraceFileLoader)
public:
    enum class Status { Opened, Refused, Cancelled };
    struct Outcome
    {
        Status status = Status::Refused;
        QString error; ///< why it was refused, naming the file
        qint64 events = 0; ///< events read from the file
        qint64 spans = 0;
        qint64 instants = 0;
        qint64 links = 0;
        int tasks = 0;
        int processes = 0;
        int threads = 0;
        qint64 endNs = 0; ///< the trace's length (it starts at zero)
        bool endedEarly = false;
        QString skipped; ///< "3 events skipped: …", or empty
        qint64 skippedCount = 0;
        QString dropped; ///< what did not fit the capacity, or empty
        std::map<QString, qint64> notDrawn; ///< phases not drawn, with their counts
        /** One line for a status bar: "Opened F: 1,234 spans, 12 lanes. 3 events skipped: …". */
        QString message(const QString &path) const;
    };
    /** @p done of @p total; return false to cancel (before the recorder is touched). */
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Outcome load(const QString &path, TraceRecorder *recorder, const Progress &progress = {});
};

} // namespace Lab
