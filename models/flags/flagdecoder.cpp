// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagdecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Lab {

namespace {

FlagResult failedWith(FlagResult result, FlagError error, const QString &message)
{
    result.state = FlagState::Error;
    result.error = error;
    result.message = message;
    result.image = {};
    return result;
}

} // namespace

FlagResult decodeFlag(
    const QString &code, const HttpResponse &response, double timeoutSeconds, const QString &saveDirectory)
{
    FlagResult result;
    result.code = code;
    result.httpStatus = response.status;
    if (response.failure != HttpResponse::Failure::None) {
        FlagError error = FlagError::Connection;
        if (response.failure == HttpResponse::Failure::Timeout)
            error = FlagError::Timeout;
        else if (response.failure == HttpResponse::Failure::Stopped)
            error = FlagError::Stopped;
        else if (response.failure == HttpResponse::Failure::TooLarge
            || response.failure == HttpResponse::Failure::Malformed)
            error = FlagError::BadAnswer; // the server was reached: it answered what no flag is
        return failedWith(result, error, response.failureText(timeoutSeconds));
    }
    if (response.status == 404) {
        result.state = FlagState::NotFound;
        result.message = QCoreApplication::translate("Lab::FlagDecoder", "not found");
        return result;
    }
    if (response.status != 200) {
        const QString reason = response.reason.isEmpty() ? httpReasonPhrase(response.status) : response.reason;
        return failedWith(
            result, FlagError::HttpStatus, QStringLiteral("HTTP %1 - %2").arg(response.status).arg(reason));
    }
    QBuffer buffer;
    buffer.setData(response.body);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // The header says how large the picture is: a huge one is refused before a byte is decoded.
    const QSize size = reader.size();
    if (!size.isValid())
        return failedWith(
            result, FlagError::Decode, QCoreApplication::translate("Lab::FlagDecoder", "image does not decode"));
    if (size.width() > MaxFlagSide || size.height() > MaxFlagSide)
        return failedWith(result, FlagError::Decode,
            QCoreApplication::translate("Lab::FlagDecoder", "image too large (%1 × %2 px, at most %3 a side)")
                .arg(size.width())
                .arg(size.height())
                .arg(MaxFlagSide));
    QImage image;
    if (!reader.read(&image))
        return failedWith(
            result, FlagError::Decode, QCoreApplication::translate("Lab::FlagDecoder", "image does not decode"));
    if (image.width() > FlagThumbnailSide || image.height() > FlagThumbnailSide)
        image = image.scaled(FlagThumbnailSide, FlagThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    result.image = image;
    if (!saveDirectory.isEmpty()) {
        // The bytes as they came, like the book's save_flag; lower case as in the 1st edition.
        const QString error = saveFlagFile(saveDirectory, code.toLower() + QLatin1String(".png"), response.body);
        if (!error.isEmpty())
            return failedWith(result, FlagError::Save, error);
    }
    result.state = FlagState::Done;
    return result;
}

QString saveFlagFile(const QString &directory, const QString &fileName, const QByteArray &bytes)
{
    const QString target = QDir(directory).filePath(fileName);
    const auto cannotSave = [&target](const QString &why) {
        return QCoreApplication::translate("Lab::FlagDecoder", "cannot save %1: %2")
            .arg(QDir::toNativeSeparators(target), why);
    };
    QTemporaryFile file(QDir(directory).filePath(QLatin1String(".") + fileName + QLatin1String(".XXXXXX")));
    if (!file.open())
        return cannotSave(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
        | QFileDevice::ReadOther); // as a plain new file would be, not the temporary file's 0600
    if (file.write(bytes) != bytes.size() || !file.flush())
        return cannotSave(file.errorString());
    // A link in the folder is refused, not followed: it could point anywhere on the disk.
    const QFileInfo existing(target);
    if (existing.isSymLink())
        return cannotSave(QCoreApplication::translate("Lab::FlagDecoder", "it is a link to %1; not overwritten")
                              .arg(existing.symLinkTarget()));
    if (existing.exists() && !existing.isFile())
        return cannotSave(QCoreApplication::translate("Lab::FlagDecoder", "not a regular file"));
    // rename() replaces the name itself, even if a link was put there since the look above.
    if (std::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        return cannotSave(QString::fromLocal8Bit(std::strerror(errno)));
    file.setAutoRemove(false); // it is the target now
    return {};
}

} // namespace Lab
