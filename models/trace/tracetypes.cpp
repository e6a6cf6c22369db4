// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/tracetypes.h"

#include <QCoreApplication>

namespace Lab {

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

} // namespace Lab
