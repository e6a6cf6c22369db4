// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracetypes.h"

#include <QByteArray>
#include <QString>

class QNetworkReply;
class QUrl;

namespace Lab {

/**
 * What one HTTP GET brought back, the same for the blocking client and QNetworkAccessManager,
 * so every download strategy turns it into a flag's state with the same code (decodeFlag()).
 */
struct HttpResponse
{
    /** The largest body a flag can have: a longer answer is cut off as Failure::TooLarge. */
    static constexpr qint64 MaxBodyBytes = 2 * 1024 * 1024;
    /** The longest status line and headers taken; a longer head is a Failure::Malformed answer. */
    static constexpr qint64 MaxHeadBytes = 64 * 1024;
    /** Characters of a server's reason phrase kept for display. */
    static constexpr int MaxReasonChars = 80;

    /** Why no complete HTTP answer arrived (None: one did, whatever its status). */
    enum class Failure : quint8 {
        None,
        Timeout,
        ConnectionRefused,
        HostNotFound,
        ConnectionClosed, ///< closed or reset by the peer before the answer was complete
        Network, ///< any other socket error; detail says which
        Stopped, ///< aborted by stop()
        Malformed, ///< the bytes that came back are no HTTP answer
        TooLarge, ///< the body is longer than MaxBodyBytes
    };

    Failure failure = Failure::None;
    int status = 0; ///< HTTP status code, 0 if none arrived
    QString reason; ///< the status line's reason phrase ("I'm a Teapot"), printable and short (printableReason())
    QByteArray body;
    QString detail; ///< the socket's or Qt's words for Failure::Network

    /**
     * A finished (or aborted) reply. @p abortedFor says why the client aborted it: Timeout
     * (its timer) or TooLarge (its body grew past MaxBodyBytes); None: if aborted, by stop().
     * @p readSoFar is the body already read out of the reply as it came.
     */
    static HttpResponse fromReply(
        QNetworkReply *reply, Failure abortedFor = Failure::None, const QByteArray &readSoFar = {});
    /** The failure in words: "connection refused", "timeout after 3.1 s"; empty for None. */
    QString failureText(double timeoutSeconds) const;
    /** The same words, as a text that can be written again in another language. */
    TraceText failureMessage(double timeoutSeconds) const;
};

/**
 * A server's reason phrase made safe to print in a terminal or a window: only printable
 * characters (escape sequences and other controls become nothing), at most
 * HttpResponse::MaxReasonChars of them, "…" where it was cut.
 */
QString printableReason(const QByteArray &raw);
/** @p text with only its printable characters, at most @p maxChars of them ("…" where it was cut). */
QString printableText(const QString &text, int maxChars);

/** Empty for an http:// or https:// URL; else why the flag clients will not fetch it ("ftp:// …"). */
QString unsupportedUrlText(const QUrl &url);

/** The standard reason phrase for @p status ("Not Found"), for servers that send none. */
QString httpReasonPhrase(int status);

} // namespace Lab
