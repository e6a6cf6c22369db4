// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagresult.h"

#include <QCoreApplication>

namespace Lab {

QString flagStateName(FlagState state)
{
    switch (state) {
    case FlagState::Queued:
        return QCoreApplication::translate("Lab::FlagState", "queued");
    case FlagState::Downloading:
        return QCoreApplication::translate("Lab::FlagState", "downloading");
    case FlagState::Done:
        return QCoreApplication::translate("Lab::FlagState", "done");
    case FlagState::NotFound:
        return QCoreApplication::translate("Lab::FlagState", "not found");
    case FlagState::Error:
        return QCoreApplication::translate("Lab::FlagState", "error");
    }
    return {};
}

void FlagTotals::add(FlagState state)
{
    switch (state) {
    case FlagState::Done:
        ++ok;
        break;
    case FlagState::NotFound:
        ++notFound;
        break;
    case FlagState::Error:
        ++errors;
        break;
    case FlagState::Queued:
    case FlagState::Downloading:
        break;
    }
}

} // namespace Lab
