// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"

#include <functional>
#include <vector>

namespace Lab {

/** One demo the window lists: its command-line id and how to build its page. */
struct DemoEntry
{
    QString id;
    std::function<DemoPage *(const PageContext &, QWidget *)> create;
};

/** Every demo that works, in the talk's order: the one place a new page plugs in. */
const std::vector<DemoEntry> &demoRegistry();

/** The ids, for --demo and --help ("spinner", "countdown"). */
QStringList demoIds();

} // namespace Lab
