// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

class QNetworkReply;

namespace Lab {

/**
 * What one HTTP GET brought back, the same for the blocking client and QNetworkAccessManager,
 * so every download strategy turns it into a flag's state with the same code (decodeFlag()).
 */
struct HttpResponse
{
    /** Why no complete HTTP answer arrived (None: one did, whatever its status). */
    enum class Failure : quint8 {
        None,
        Timeout,
        ConnectionRefused,
        HostNotFound,
        ConnectionClosed, ///< closed or reset by the peer before the answer was complete
        Network, ///< any other socket or protocol error; detail says which
        Stopped, ///< aborted by stop()
    };

    Failure failure = Failure::None;
    int status = 0; ///< HTTP status code, 0 if none arrived
    QString reason; ///< the status line's reason phrase ("I'm a Teapot")
    QByteArray body;
    QString detail; ///< the socket's or Qt's words for Failure::Network

    /** A finished (or aborted) reply; @p timedOut says our timeout aborted it, not stop(). */
    static HttpResponse fromReply(QNetworkReply *reply, bool timedOut);
    /** The failure in words: "connection refused", "timeout after 3.1 s"; empty for None. */
    QString failureText(double timeoutSeconds) const;
};

/** The standard reason phrase for @p status ("Not Found"), for servers that send none. */
QString httpReasonPhrase(int status);

} // namespace Lab
