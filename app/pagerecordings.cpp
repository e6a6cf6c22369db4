// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/pagerecordings.h"

#include "models/trace/tracerecorder.h"

namespace Lab {

PageRecordings::PageRecordings() = default;
PageRecordings::~PageRecordings() = default;

TraceRecorder *PageRecordings::forPage(const QString &id)
{
    std::unique_ptr<TraceRecorder> &recorder = m_recorders[id];
    if (!recorder)
        recorder = std::make_unique<TraceRecorder>();
    return recorder.get();
}

void PageRecordings::retranslate()
{
    for (auto &[id, recorder] : m_recorders)
        recorder->retranslate();
}

} // namespace Lab
