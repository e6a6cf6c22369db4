// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/blockinghttpget.h"

#include "models/core/clock.h"

#include <QCoreApplication>
#include <QTcpSocket>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#include <algorithm>
#include <memory>

namespace Lab {

namespace {

using Failure = HttpResponse::Failure;

// How often a wait for data wakes up to look at the stop flag.
constexpr int PollMs = 50;

class Deadline
{
public:
    explicit Deadline(double seconds)
        : m_end(nowNs() + qint64(seconds * 1e9))
    {
    }
    int remainingMs() const { return int(std::max<qint64>(0, (m_end - nowNs() + 999'999) / 1'000'000)); }
    bool passed() const { return nowNs() >= m_end; }

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
    QByteArray location;
    qsizetype bodyStart = 0;
};

// Parses the status line and headers once "\r\n\r\n" is in @p data.
bool parseHead(const QByteArray &data, ParsedHead *head, bool *malformed)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QByteArray statusLine = lines.first().trimmed(); // "HTTP/1.1 418 I'm a Teapot"
    const qsizetype firstSpace = statusLine.indexOf(' ');
    const qsizetype secondSpace = statusLine.indexOf(' ', firstSpace + 1);
    bool ok = false;
    head->status = statusLine.mid(firstSpace + 1, secondSpace < 0 ? -1 : secondSpace - firstSpace - 1).toInt(&ok);
    if (!statusLine.startsWith("HTTP/") || firstSpace < 0 || !ok) {
        *malformed = true;
        return true;
    }
    head->reason = secondSpace < 0 ? QString() : QString::fromLatin1(statusLine.mid(secondSpace + 1));
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
        else if (name == "location")
            head->location = value;
    }
    head->bodyStart = end + 4;
    return true;
}

HttpResponse getOnce(const QUrl &url, const Deadline &deadline, const std::atomic<bool> *stop, QByteArray *location)
{
    const bool tls = url.scheme() == QLatin1String("https");
    std::unique_ptr<QTcpSocket> socket;
    if (tls) {
#if QT_CONFIG(ssl)
        auto ssl = std::make_unique<QSslSocket>();
        ssl->connectToHostEncrypted(url.host(), quint16(url.port(443)));
        socket = std::move(ssl);
#else
        return failed(Failure::Network, QCoreApplication::translate("Lab::HttpGet", "https is not supported"));
#endif
    } else {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(url.host(), quint16(url.port(80)));
    }
    if (!socket->waitForConnected(deadline.remainingMs()))
        return stopRequested(stop) ? failed(Failure::Stopped) : socketFailure(*socket, url.host());
#if QT_CONFIG(ssl)
    if (tls && !static_cast<QSslSocket *>(socket.get())->waitForEncrypted(deadline.remainingMs()))
        return socketFailure(*socket, url.host());
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
        if (!haveHead)
            haveHead = parseHead(data, &head, &malformed);
        if (malformed)
            return failed(Failure::Network, QCoreApplication::translate("Lab::HttpGet", "malformed HTTP answer"));
        if (haveHead) {
            HttpResponse response;
            response.status = head.status;
            response.reason = head.reason;
            *location = head.location;
            const bool noBody = head.status == 204 || head.status == 304 || head.status / 100 == 1;
            if (noBody)
                return response;
            if (head.chunked) {
                if (decodeChunked(data.mid(head.bodyStart), &response.body, &malformed)) {
                    if (malformed)
                        return failed(
                            Failure::Network, QCoreApplication::translate("Lab::HttpGet", "malformed chunked body"));
                    return response;
                }
            } else if (head.contentLength >= 0 && data.size() - head.bodyStart >= head.contentLength) {
                response.body = data.mid(head.bodyStart, head.contentLength);
                return response;
            } else if (head.contentLength < 0 && socket->state() != QAbstractSocket::ConnectedState) {
                response.body = data.mid(head.bodyStart); // the body ends where the connection does
                return response;
            }
        }
        if (socket->state() != QAbstractSocket::ConnectedState)
            return socketFailure(*socket, url.host()); // closed before the answer was complete
        if (stopRequested(stop))
            return failed(Failure::Stopped);
        if (deadline.passed())
            return failed(Failure::Timeout);
        socket->waitForReadyRead(std::min(PollMs, deadline.remainingMs()));
        data += socket->readAll();
    }
}

} // namespace

HttpResponse blockingHttpGet(const QUrl &url, double timeoutSeconds, const std::atomic<bool> *stop)
{
    const Deadline deadline(timeoutSeconds);
    QUrl current = url;
    for (int redirects = 0;; ++redirects) {
        if (stopRequested(stop))
            return failed(Failure::Stopped);
        QByteArray location;
        HttpResponse response = getOnce(current, deadline, stop, &location);
        const bool redirect = response.status == 301 || response.status == 302 || response.status == 303
            || response.status == 307 || response.status == 308;
        if (response.failure != Failure::None || !redirect || location.isEmpty() || redirects == 5)
            return response;
        current = current.resolved(QUrl::fromEncoded(location));
    }
}

} // namespace Lab
