// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Lab {

/**
 * A piece of the project's own source, as compiled into the binary (resource ":/sources/<path>").
 *
 * Demo code marks the part a page shows with "// snippet-begin: NAME" and "// snippet-end: NAME"
 * lines; the marker lines themselves are left out. Because the resource is the very file the
 * compiler built, the code panel cannot drift from what runs.
 */
struct SourceSnippet
{
    QString file; ///< path in the repository, e.g. "models/countdown/countdown.cpp"
    QString name;
    QString text; ///< empty if the file or the markers were not found
    int firstLine = 0; ///< line number of the snippet's first line in the file (1-based)

    bool isValid() const { return !text.isEmpty(); }

    /** Loads snippet @p name from @p file. */
    static SourceSnippet load(const QString &file, const QString &name);
};

} // namespace Lab
