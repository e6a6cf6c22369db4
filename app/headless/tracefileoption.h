// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>

namespace Lab {

class TraceRecorder;

/** The --trace FILE option every headless demo command takes. */
QCommandLineOption traceFileOption();

/** Writes the recording to @p path if it is not empty; prints where, or why it could not. */
bool writeTraceIfAsked(const TraceRecorder &recorder, const QString &path);

} // namespace Lab
