// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/flags/flagresult.h"
#include "models/flags/httpresponse.h"

namespace Lab {

/** The largest flag, in pixels a side, that is decoded at all: a larger one is refused unread. */
constexpr int MaxFlagSide = 1024;
/** A decoded flag is kept no larger than this a side (the grid shows it at 160 × 120 or so). */
constexpr int FlagThumbnailSide = 320;

/**
 * Turns what a GET of flag @p code brought back into the flag's final state, the same way in
 * every strategy: 404 is NotFound; another status is an error ("HTTP 418 - I'm a Teapot"); a 200
 * must decode as an image no larger than MaxFlagSide a side (its size is read from its header
 * first), kept scaled to FlagThumbnailSide at most, and is then saved as `cc.png` in
 * @p saveDirectory if one is given (see saveFlagFile()). Safe to call from any thread (QImage,
 * QFile). Sets every field but requestNs and finishedNs.
 */
FlagResult decodeFlag(
    const QString &code, const HttpResponse &response, double timeoutSeconds, const QString &saveDirectory = {});

/**
 * Writes @p bytes as @p fileName in @p directory without ever writing through a link: into a new
 * temporary file there, renamed over the target at the end. A target that is a symbolic link is
 * refused (whatever it points to is left alone). Returns an empty string, or why it failed.
 */
QString saveFlagFile(const QString &directory, const QString &fileName, const QByteArray &bytes);

} // namespace Lab
