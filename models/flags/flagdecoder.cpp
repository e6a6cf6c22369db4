// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Lab {

FlagResult decodeFlag(
    const QString &code, const HttpResponse &response, double timeoutSeconds, const QString &saveDirectory)
{
    FlagResult result;
    result.code = code;
    result.httpStatus = response.status;
    if (response.failure != HttpResponse::Failure::None) {
        result.state = FlagState::Error;
        switch (response.failure) {
        case HttpResponse::Failure::Timeout:
            result.error = FlagError::Timeout;
            break;
        case HttpResponse::Failure::Stopped:
            result.error = FlagError::Stopped;
            break;
        default:
            result.error = FlagError::Connection;
            break;
        }
        result.message = response.failureText(timeoutSeconds);
        return result;
    }
    if (response.status == 404) {
        result.state = FlagState::NotFound;
        result.message = QCoreApplication::translate("Lab::FlagDecoder", "not found");
        return result;
    }
    if (response.status != 200) {
        result.state = FlagState::Error;
        result.error = FlagError::HttpStatus;
        const QString reason = response.reason.isEmpty() ? httpReasonPhrase(response.status) : response.reason;
        result.message = QStringLiteral("HTTP %1 - %2").arg(response.status).arg(reason);
        return result;
    }
    if (!result.image.loadFromData(response.body)) {
        result.state = FlagState::Error;
        result.error = FlagError::Decode;
        result.message = QCoreApplication::translate("Lab::FlagDecoder", "image does not decode");
        return result;
    }
    if (!saveDirectory.isEmpty()) {
        // The bytes as they came, like the book's save_flag; lower case as in the 1st edition.
        QFile file(QDir(saveDirectory).filePath(code.toLower() + QLatin1String(".png")));
        if (!file.open(QIODevice::WriteOnly) || file.write(response.body) != response.body.size()) {
            result.state = FlagState::Error;
            result.error = FlagError::Save;
            result.message = QCoreApplication::translate("Lab::FlagDecoder", "cannot save %1: %2")
                                 .arg(file.fileName(), file.errorString());
            result.image = {};
            return result;
        }
    }
    result.state = FlagState::Done;
    return result;
}

} // namespace Lab
