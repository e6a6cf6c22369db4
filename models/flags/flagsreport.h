// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/flags/flagresult.h"

#include <QStringList>
#include <QUrl>

namespace Lab {

/** The text of the book's flags2 reports (flags2_common.py), for the headless `flags` command. */
class FlagsReport
{
public:
    /**
     * The book's server label: for our own server its mode from its settings, "LOCAL", "DELAY" (a
     * delay or jitter) or "ERROR" (an error rate); for another server on this machine none (its mode
     * is not known: its URL names it), else "REMOTE".
     */
    static QString serverLabel(const QUrl &url, bool builtIn, double delay, double jitter, double errorRate);

    /**
     * initial_report, three lines:
     * "LOCAL site: http://127.0.0.1:8001/flags" ("Site: …" without a label), "Searching for 20 flags: from BD to VN"
     * (a comma list for up to 10 codes), "20 concurrent connections will be used.".
     */
    static QString initial(const QString &label, const QUrl &url, const QStringList &codes, int concurrency);

    /** The verbose line for one flag: "BR OK", "XX not found", "CB error: HTTP 418 - I'm a Teapot". */
    static QString flagLine(const FlagResult &result);

    /**
     * final_report: 20 dashes, "20 flags downloaded.", "3 not found." and "1 error." (only when
     * not 0), "Elapsed time: 0.53s"; a stopped run says so before the time.
     */
    static QString final(const FlagTotals &totals);

    /** A tqdm-like progress line: " 60%|############        | 12/20 [0.31s]". */
    static QString progress(int done, int total, qint64 elapsedNs);
};

} // namespace Lab
