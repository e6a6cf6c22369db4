// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Lab {

/**
 * One HTTP/1.x request head (request line and header fields) as the flag server reads it, strictly
 * as RFC 9112 asks of a server: what it refuses, and the few fields it acts on.
 */
struct HttpRequestHead
{
    /** 0 when the head is acceptable, else the status to refuse it with (400, 411, 501, 505). */
    int refusal = 0;
    /** Why, in a few words, for the body of the refusal. */
    QByteArray reason;

    QByteArray method;
    /** The target's path, percent-decoded, without the query ("/flags/br/br.gif"). */
    QByteArray path;
    int minorVersion = 1; ///< HTTP/1.0 or HTTP/1.1 (a later 1.x counts as 1.1)
    /** Whether the client keeps the connection: HTTP/1.1 unless "close", HTTP/1.0 only with "keep-alive". */
    bool keepAlive = true;
    /** The client sent "Connection: keep-alive" (an HTTP/1.0 client then expects it back). */
    bool askedKeepAlive = false;
    qint64 contentLength = 0;
    QByteArray ifNoneMatch;
    QByteArray ifModifiedSince;

    /** Reads @p head, from the request line up to and including the empty line that ends it. */
    static HttpRequestHead parse(QByteArrayView head);
    /**
     * Where the head that starts @p bytes ends (the index just past its empty line), or -1 if the
     * empty line has not arrived; @p from skips bytes already searched. Bare LF line ends count too.
     */
    static qsizetype findEnd(QByteArrayView bytes, qsizetype from = 0);
};

/** @p method is one HTTP defines (RFC 9110 and PATCH); others are answered 501 Not Implemented. */
bool isKnownHttpMethod(QByteArrayView method);

/** @p seconds since 1970 as an HTTP date (IMF-fixdate): "Sun, 06 Nov 1994 08:49:37 GMT". */
QByteArray httpDate(qint64 seconds);
/** An HTTP date (IMF-fixdate) as seconds since 1970, or -1 if @p text is not one. */
qint64 parseHttpDate(QByteArrayView text);

} // namespace Lab
