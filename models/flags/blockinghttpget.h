// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/flags/httpresponse.h"

#include <QUrl>

#include <atomic>

namespace Lab {

/**
 * A minimal HTTP/1.1 GET over a QTcpSocket (QSslSocket for https) that blocks the calling
 * thread: the requests of the flags lab that are *meant* to block — the sequential mode's
 * "Block the event loop" on the GUI thread and every worker of the thread-pool mode — share it.
 * It uses the sockets' waitFor* calls only: no event loop runs, nested or otherwise.
 *
 * The whole exchange (connect, send, receive) must end within @p timeoutSeconds. While it waits
 * for data it looks at @p stop every 50 ms and gives up with Failure::Stopped when it is set;
 * connecting is a single wait (immediate on a local server). Follows up to 5 redirects, sends
 * "Connection: close", and reads Content-Length, chunked and until-close bodies.
 */
HttpResponse blockingHttpGet(const QUrl &url, double timeoutSeconds, const std::atomic<bool> *stop = nullptr);

} // namespace Lab
