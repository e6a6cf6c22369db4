// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

namespace Lab {

// `bench loops`: the same figures on GLib's and Qt's UNIX dispatcher, beside Python asyncio on its
// default loop and on uvloop. The last run is kept for the About dialog's chart.

/** One column of the comparison: its key in the saved file and its name. */
struct LoopsContender
{
    QString key; // "glib", "unix", "asyncio", "uvloop"
    QString label;
};
std::vector<LoopsContender> loopsContenders();

/** Where `bench loops` keeps its last comparison (JSON), in the app's data folder. */
QString loopsComparisonFile();

} // namespace Lab
