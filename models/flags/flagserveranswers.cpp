// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// What the flag server answers: the flags, their metadata and the list, each made once with its
// validators; the delay and the injected errors; 304s; and the bytes of each answer.
#include "models/flags/flagserver.h"
#include "models/flags/flagservergif.h"
#include "models/flags/flagserverhttp.h"
#include "models/flags/httpresponse.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <array>
#include <cmath>

namespace Lab {

namespace {

constexpr qsizetype MaxPathLength = 1024;

QByteArray plainText(int status, const QByteArray &detail = {})
{
    QByteArray text = QByteArray::number(status) + ' ' + httpReasonPhrase(status).toLatin1();
    if (!detail.isEmpty())
        text += ": " + detail;
    return text + '\n';
}

// If-None-Match: "*" or a list of entity tags, weak ones ("W/…") compared as strong (RFC 9110 13.1.2).
bool matchesEtag(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (const QByteArray &item : ifNoneMatch.split(',')) {
        QByteArray tag = item.trimmed();
        if (tag.startsWith("W/"))
            tag.remove(0, 2);
        if (tag == "*" || tag == etag)
            return true;
    }
    return false;
}

} // namespace

const FlagServer::Resource *FlagServer::resource(const QByteArray &path)
{
    if (const auto it = m_resources.constFind(path); it != m_resources.cend())
        return &*it;
    QByteArray body;
    QByteArray type = "application/json";
    if (path == "/flags/") {
        QJsonArray list;
        for (const QString &cc : std::as_const(m_codes))
            list.append(cc.toLower());
        body = QJsonDocument(list).toJson(QJsonDocument::Compact);
    } else {
        // /flags/cc/cc.gif, /flags/cc/cc.png or /flags/cc/metadata.json
        const QList<QByteArray> parts = path.split('/');
        if (parts.size() != 4 || !parts.at(0).isEmpty() || parts.at(1) != "flags")
            return nullptr;
        const QString cc = QString::fromLatin1(parts.at(2));
        if (!m_pngs.contains(cc)) // only well-formed codes are there
            return nullptr;
        const QByteArray file = parts.at(3);
        if (file == parts.at(2) + ".png") {
            body = m_pngs.value(cc);
            type = "image/png";
        } else if (file == parts.at(2) + ".gif") {
            body = encodeGif(QImage::fromData(m_pngs.value(cc), "PNG"));
            type = "image/gif";
        } else if (file == "metadata.json") {
            const QString upper = cc.toUpper();
            // .uk is the one ccTLD that is not the ISO code.
            const QString tld = upper == QStringLiteral("GB") ? QStringLiteral(".uk") : u'.' + cc;
            const QJsonObject metadata{{QStringLiteral("country"), m_names.value(cc)},
                {QStringLiteral("iso_cc"), upper}, {QStringLiteral("tld_cc"), tld}};
            body = QJsonDocument(metadata).toJson(QJsonDocument::Compact);
        } else {
            return nullptr;
        }
        if (body.isEmpty())
            return nullptr;
    }
    // Strong validators: the bytes' hash, and the start of the server (nothing changes while it runs).
    const QByteArray etag = '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(20) + '"';
    Resource made;
    made.headers = "Content-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nETag: " + etag + "\r\nLast-Modified: " + httpDate(m_startSeconds) + "\r\n";
    made.body = body;
    made.etag = etag;
    return &*m_resources.insert(path, made);
}

FlagServer::Reply FlagServer::replyFor(const QByteArray &path)
{
    // Drawn when the answer is due, as slow_server.py does after its sleep.
    if (m_settings.errorRate > 0 && m_random.generateDouble() < m_settings.errorRate) {
        static constexpr std::array<int, 4> errors{418, 500, 502, 503};
        const int status = errors.at(m_random.bounded(int(errors.size())));
        const QByteArray text = plainText(status);
        return {status, text,
            "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(text.size()) + "\r\n"};
    }
    const Resource *found = resource(path);
    // In ERROR mode some codes are missing: /flags/cc/… with cc one of them.
    if (found && m_settings.errorRate > 0 && path.size() > 9
        && isMissingInErrorMode(QString::fromLatin1(path.mid(7, 2))))
        found = nullptr;
    if (!found) {
        const QByteArray text = plainText(404);
        return {404, text,
            "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(text.size()) + "\r\n"};
    }
    return {200, found->body, found->headers, found->etag};
}

QByteArray FlagServer::response(
    int status, const QByteArray &headers, const QByteArray &body, bool withBody, bool keepAlive, bool http10KeepAlive)
{
    if (const qint64 now = QDateTime::currentSecsSinceEpoch(); now != m_dateSecond) {
        m_dateSecond = now;
        m_date = httpDate(now);
    }
    QByteArray bytes;
    bytes.reserve(160 + headers.size() + (withBody ? body.size() : 0));
    auto line = m_statusLines.constFind(status);
    if (line == m_statusLines.cend())
        line = m_statusLines.insert(
            status, "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status).toLatin1() + "\r\n");
    bytes += *line + "Date: " + m_date + "\r\n" + headers;
    if (!keepAlive)
        bytes += "Connection: close\r\n";
    else if (http10KeepAlive)
        bytes += "Connection: keep-alive\r\n";
    bytes += "\r\n";
    if (withBody)
        bytes += body;
    return bytes;
}

void FlagServer::receive(QTcpSocket *socket, Connection &connection, const HttpRequestHead &head)
{
    const quint64 id = ++m_lastId;
    ++m_received;
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    connection.answers.push_back({id});
    connection.lastActivity = m_clock.elapsed();
    if (!head.keepAlive)
        connection.closing = true; // reads no further request
    const bool keepAlive = head.keepAlive;
    const bool http10KeepAlive = head.minorVersion == 0 && head.keepAlive;
    static const QMetaMethod received = QMetaMethod::fromSignal(&FlagServer::requestReceived);
    if (isSignalConnected(received)) { // the path as text only for someone who listens
        QPointer<QTcpSocket> alive(socket);
        Q_EMIT requestReceived(id, QString::fromLatin1(head.path));
        if (!alive)
            return;
    }

    const bool isHead = head.method == "HEAD";
    const auto now = [&](int status, const QByteArray &extra = {}) {
        const QByteArray text = plainText(status);
        complete(socket, id,
            response(status,
                "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(text.size()) + "\r\n"
                    + extra,
                text, !isHead, keepAlive, http10KeepAlive),
            status);
    };
    if (head.method != "GET" && !isHead) {
        if (isKnownHttpMethod(head.method))
            now(405, "Allow: GET, HEAD\r\n");
        else
            now(501);
        return;
    }
    if (head.path.size() > MaxPathLength) {
        now(414);
        return;
    }

    const auto answer = [this, socket, id, isHead, keepAlive, http10KeepAlive, path = head.path,
                            ifNoneMatch = head.ifNoneMatch, ifModifiedSince = head.ifModifiedSince] {
        Reply reply = replyFor(path);
        if (reply.status == 200) {
            const QByteArray &etag = reply.etag;
            const qint64 since = ifNoneMatch.isEmpty() ? parseHttpDate(ifModifiedSince) : -1;
            if (ifNoneMatch.isEmpty() ? since >= m_startSeconds : matchesEtag(ifNoneMatch, etag)) {
                complete(socket, id,
                    response(304, "ETag: " + etag + "\r\nLast-Modified: " + httpDate(m_startSeconds) + "\r\n", {},
                        false, keepAlive, http10KeepAlive),
                    304);
                return;
            }
        }
        complete(socket, id, response(reply.status, reply.headers, reply.body, !isHead, keepAlive, http10KeepAlive),
            reply.status);
    };
    const double seconds = m_settings.delay + m_settings.jitter * m_random.generateDouble();
    const int ms = int(std::lround(seconds * 1000));
    if (ms <= 0)
        answer();
    else
        QTimer::singleShot(ms, Qt::PreciseTimer, this, answer);
}

} // namespace Lab
