// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/flags/flagresult.h"
#include "models/flags/httpresponse.h"

namespace Lab {

/**
 * Turns what a GET of flag @p code brought back into the flag's final state, the same way in
 * every strategy: 404 is NotFound; another status is an error ("HTTP 418 - I'm a Teapot"); a 200
 * must decode as an image, and is then saved as `cc.png` in @p saveDirectory if one is given.
 * Safe to call from any thread (QImage, QFile). Sets every field but requestNs and finishedNs.
 */
FlagResult decodeFlag(
    const QString &code, const HttpResponse &response, double timeoutSeconds, const QString &saveDirectory = {});

} // namespace Lab
