// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/blockinghttpget.h"

#include "models/core/clock.h"
#include "models/flags/socketconnect.h"

#include <QCoreApplication>
#include <QTcpSocket>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#include <algorithm>
#include <limits>
#include <memory>

namespace Lab {

namespace {

using Failure = HttpResponse::Failure;

// How often a wait for data wakes up to look at the stop flag.
constexpr int PollMs = 50;
// The most taken from the socket at a time.
constexpr qint64 ReadChunkBytes = 256 * 1024;

class Deadline
{
public:
    explicit Deadline(double seconds)
        : m_end(nowNs() + qint64(std::clamp(seconds, 0.0, 1e6) * 1e9))
    {
    }
    int remainingMs() const
    {
        return int(std::clamp<qint64>((m_end - nowNs() + 999'999) / 1'000'000, 0, std::numeric_limits<int>::max()));
    }
    bool passed() const { return nowNs() >= m_end; }
    qint64 end() const { return m_end; }

private:
    qint64 m_end;
};

HttpResponse failed(Failure failure, const QString &detail = {})
{
    HttpResponse response;
    response.failure = failure;
    response.detail = detail;
    return response;
}

HttpResponse socketFailure(const QAbstractSocket &socket, const QString &host)
{
    switch (socket.error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return failed(Failure::ConnectionRefused);
    case QAbstractSocket::HostNotFoundError:
        return failed(Failure::HostNotFound, host);
    case QAbstractSocket::RemoteHostClosedError:
        return failed(Failure::ConnectionClosed);
    case QAbstractSocket::SocketTimeoutError:
        return failed(Failure::Timeout);
    default:
        return failed(Failure::Network, socket.errorString());
    }
}

bool stopRequested(const std::atomic<bool> *stop)
{
    return stop && stop->load(std::memory_order_relaxed);
}

// Decodes a chunked body; returns false while the terminating zero-size chunk has not arrived.
bool decodeChunked(const QByteArray &data, QByteArray *body, bool *malformed)
{
    body->clear();
    qsizetype pos = 0;
    for (;;) {
        const qsizetype lineEnd = data.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false;
        QByteArray sizeText = data.mid(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon); // chunk extensions
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            *malformed = true;
            return true;
        }
        pos = lineEnd + 2;
        if (size == 0)
            return data.indexOf("\r\n", pos) >= 0; // (no) trailers, then the final CRLF
        if (data.size() < pos + size + 2)
            return false;
        body->append(data.constData() + pos, size);
        pos += size + 2;
    }
}

struct ParsedHead
{
    int status = 0;
    QString reason;
    qint64 contentLength = -1;
    bool chunked = false;
    qsizetype bodyStart = 0;
};

// Parses the status line and headers once "\r\n\r\n" is in @p data.
bool parseHead(const QByteArray &data, ParsedHead *head, bool *malformed, bool *notHttp)
{
    if (data.size() >= 5 && !data.startsWith("HTTP/")) {
        *notHttp = true;
        return true;
    }
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QByteArray statusLine = lines.first().trimmed(); // "HTTP/1.1 418 I'm a Teapot"
    const qsizetype firstSpace = statusLine.indexOf(' ');
    const qsizetype secondSpace = statusLine.indexOf(' ', firstSpace + 1);
    bool ok = false;
    head->status = statusLine.mid(firstSpace + 1, secondSpace < 0 ? -1 : secondSpace - firstSpace - 1).toInt(&ok);
    if (!statusLine.startsWith("HTTP/") || firstSpace < 0 || !ok || head->status < 100 || head->status > 999) {
        // QNetworkAccessManager drops a connection whose status line it cannot read and reports
        // it closed by the server: so does this client, so that every mode says the same.
        *notHttp = true;
        return true;
    }
    head->reason = secondSpace < 0 ? QString() : printableReason(statusLine.mid(secondSpace + 1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            head->contentLength = value.toLongLong();
        else if (name == "transfer-encoding")
            head->chunked = value.toLower().contains("chunked");
    }
    head->bodyStart = end + 4;
    return true;
}

HttpResponse getOnce(const QUrl &url, const Deadline &deadline, const std::atomic<bool> *stop)
{
    const bool tls = url.scheme() == QLatin1String("https");
    std::unique_ptr<QTcpSocket> socket;
#if QT_CONFIG(ssl)
    if (tls)
        socket = std::make_unique<QSslSocket>();
#else
    if (tls)
        return failed(Failure::Network, QCoreApplication::translate("Lab::HttpGet", "https is not supported"));
#endif
    if (!socket)
        socket = std::make_unique<QTcpSocket>();
    QString detail;
    const Failure connected =
        connectSocket(socket.get(), url.host(), quint16(url.port(tls ? 443 : 80)), deadline.end(), stop, &detail);
    if (connected != Failure::None)
        return failed(connected, detail);
    // The socket would otherwise take in all the kernel has for it at each wait: a flood stays there.
    socket->setReadBufferSize(ReadChunkBytes);
#if QT_CONFIG(ssl)
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket.get());
        ssl->setPeerVerifyName(url.host());
        ssl->startClientEncryption();
        // In short waits, as for data: a handshake the server never answers can be abandoned.
        while (!ssl->isEncrypted()) {
            if (stopRequested(stop))
                return failed(Failure::Stopped);
            if (deadline.passed())
                return failed(Failure::Timeout);
            if (!ssl->waitForEncrypted(std::min(PollMs, deadline.remainingMs()))
                && ssl->state() != QAbstractSocket::ConnectedState)
                return socketFailure(*socket, url.host());
        }
    }
#endif

    const QByteArray path =
        url.path(QUrl::FullyEncoded).isEmpty() ? QByteArray("/") : url.path(QUrl::FullyEncoded).toLatin1();
    const QByteArray query = url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray();
    const QByteArray hostHeader =
        url.port() > 0 ? url.host().toLatin1() + ':' + QByteArray::number(url.port()) : url.host().toLatin1();
    socket->write("GET " + path + query + " HTTP/1.1\r\nHost: " + hostHeader
        + "\r\nUser-Agent: concurrency-lab\r\nAccept: */*\r\nConnection: close\r\n\r\n");
    while (socket->bytesToWrite() > 0) {
        if (stopRequested(stop))
            return failed(Failure::Stopped);
        if (deadline.passed())
            return failed(Failure::Timeout);
        if (!socket->waitForBytesWritten(std::min(PollMs, deadline.remainingMs()))
            && socket->state() != QAbstractSocket::ConnectedState)
            return socketFailure(*socket, url.host());
    }

    QByteArray data;
    ParsedHead head;
    bool haveHead = false;
    bool malformed = false;
    for (;;) {
        if (!haveHead) {
            bool notHttp = false;
            haveHead = parseHead(data, &head, &malformed, &notHttp);
            if (notHttp)
                return failed(Failure::ConnectionClosed);
            if (!haveHead && data.size() > HttpResponse::MaxHeadBytes)
                malformed = true;
        }
        if (malformed)
            return failed(Failure::Malformed);
        if (haveHead) {
            HttpResponse response;
            response.status = head.status;
            response.reason = head.reason;
            const bool noBody = head.status == 204 || head.status == 304 || head.status / 100 == 1;
            if (noBody)
                return response;
            if (head.contentLength > HttpResponse::MaxBodyBytes)
                return failed(Failure::TooLarge);
            if (head.chunked) {
                const bool complete = decodeChunked(data.mid(head.bodyStart), &response.body, &malformed);
                if (malformed)
                    return failed(Failure::Malformed);
                // Chunk headers may be padded: the raw bytes are bounded too, at a few times the body.
                if (response.body.size() > HttpResponse::MaxBodyBytes
                    || data.size() - head.bodyStart > 4 * HttpResponse::MaxBodyBytes)
                    return failed(Failure::TooLarge);
                if (complete)
                    return response;
            } else if (head.contentLength >= 0 && data.size() - head.bodyStart >= head.contentLength) {
                response.body = data.mid(head.bodyStart, head.contentLength);
                return response;
            } else if (head.contentLength < 0) {
                if (data.size() - head.bodyStart > HttpResponse::MaxBodyBytes)
                    return failed(Failure::TooLarge);
                if (socket->state() != QAbstractSocket::ConnectedState) {
                    response.body = data.mid(head.bodyStart); // the body ends where the connection does
                    return response;
                }
            }
        }
        if (socket->state() != QAbstractSocket::ConnectedState)
            return socketFailure(*socket, url.host()); // closed before the answer was complete
        if (stopRequested(stop))
            return failed(Failure::Stopped);
        if (deadline.passed())
            return failed(Failure::Timeout);
        socket->waitForReadyRead(std::min(PollMs, deadline.remainingMs()));
        // No more than the largest answer could still need: a flood is not read into memory.
        data += socket->read(HttpResponse::MaxHeadBytes + 4 * HttpResponse::MaxBodyBytes + 1 - data.size());
    }
}

} // namespace

HttpResponse blockingHttpGet(const QUrl &url, double timeoutSeconds, const std::atomic<bool> *stop)
{
    if (stopRequested(stop))
        return failed(Failure::Stopped);
    if (const QString unsupported = unsupportedUrlText(url); !unsupported.isEmpty())
        return failed(Failure::Network, unsupported);
    // Redirects are not followed, as the book's clients do not: a 3xx is an answer like any other.
    return getOnce(url, Deadline(timeoutSeconds), stop);
}

} // namespace Lab
