// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <map>
#include <memory>

namespace Lab {

class TraceRecorder;

/**
 * One recording per demo page, by the page's id: a page's runs write only to its own, so no span
 * of one page's run can land in another's lanes, and each page keeps its last run to show (and
 * replay) when the user comes back. It outlives the window, which a language switch rebuilds.
 */
class PageRecordings
{
public:
    PageRecordings();
    ~PageRecordings();

    /** The recording of the page @p id (made empty on first use). */
    TraceRecorder *forPage(const QString &id);
    /** Every recording's lanes take the current language's names. */
    void retranslate();

private:
    std::map<QString, std::unique_ptr<TraceRecorder>> m_recorders;
};

} // namespace Lab
