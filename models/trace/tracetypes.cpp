// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/tracetypes.h"

#include <QCoreApplication>

namespace Lab {

QString TraceText::toString() const
{
    if (!m_source)
        return m_plain;
    QString text = QCoreApplication::translate(m_context, m_source);
    for (const QString &arg : m_args)
        text = text.arg(arg);
    return text;
}

TraceText TraceText::arg(const QString &value) const
{
    TraceText text = *this;
    if (m_source)
        text.m_args.append(value);
    else
        text.m_plain = m_plain.arg(value);
    return text;
}

QString taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::Running:
        return QCoreApplication::translate("Lab::TaskState", "running");
    case TaskState::AwaitingIo:
        return QCoreApplication::translate("Lab::TaskState", "awaiting I/O");
    case TaskState::Sleeping:
        return QCoreApplication::translate("Lab::TaskState", "sleeping");
    case TaskState::Queued:
        return QCoreApplication::translate("Lab::TaskState", "queued");
    case TaskState::Blocked:
        return QCoreApplication::translate("Lab::TaskState", "blocked");
    }
    return {};
}

QString taskStateKey(TaskState state)
{
    switch (state) {
    case TaskState::Running:
        return QStringLiteral("running");
    case TaskState::AwaitingIo:
        return QStringLiteral("awaiting_io");
    case TaskState::Sleeping:
        return QStringLiteral("sleeping");
    case TaskState::Queued:
        return QStringLiteral("queued");
    case TaskState::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

bool taskStateFromKey(const QString &key, TaskState *state)
{
    for (int i = 0; i < TaskStateCount; ++i) {
        if (key == taskStateKey(TaskState(i))) {
            *state = TaskState(i);
            return true;
        }
    }
    return false;
}

} // namespace Lab
