// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/flags/httpresponse.h"

#include <atomic>

class QTcpSocket;

namespace Lab {

/**
 * Connects @p socket (a QTcpSocket or QSslSocket not yet connected) to @p host:@p port without
 * an event loop, like waitForConnected(), but a wait that can be abandoned at once: it looks at
 * @p stop every few milliseconds and gives up with Failure::Stopped when it is set, and at
 * @p deadlineNs (nowNs()) with Failure::Timeout. A host name is looked up on a thread of its
 * own, so a slow resolver cannot hold the caller either. Returns Failure::None once connected.
 */
HttpResponse::Failure connectSocket(QTcpSocket *socket, const QString &host, quint16 port, qint64 deadlineNs,
    const std::atomic<bool> *stop, QString *detail);

} // namespace Lab
