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
 * It waits with poll() and the sockets' waitFor* calls only: no event loop runs, nested or otherwise.
 *
 * The whole exchange (connect, send, receive, body included) must end within @p timeoutSeconds.
 * Every wait — the host lookup, the connect, the TLS handshake, each wait for data — is short
 * and looks at @p stop in between: once it is set the call returns Failure::Stopped within
 * about 50 ms. Sends "Connection: close"; reads Content-Length, chunked and until-close bodies
 * of up to HttpResponse::MaxBodyBytes (more is Failure::TooLarge, read no further). Follows no
 * redirect: a 3xx comes back as the answer it is, as with the QNetworkAccessManager modes.
 */
HttpResponse blockingHttpGet(const QUrl &url, double timeoutSeconds, const std::atomic<bool> *stop = nullptr);

} // namespace Lab
