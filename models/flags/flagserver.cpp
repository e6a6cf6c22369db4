// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagserver.h"

#include "models/flags/flagservergif.h"
#include "models/flags/flagserverhttp.h"
#include "models/flags/httpresponse.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <sys/resource.h>
#include <vector>

namespace Lab {

namespace {

constexpr int ListenBacklog = 1024;
constexpr qsizetype MaxPathLength = 1024;

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("FlagServer: missing resource %s", qPrintable(path));
    return file.readAll();
}

bool isCode(const QString &cc)
{
    return cc.size() == 2 && cc.at(0) >= u'a' && cc.at(0) <= u'z' && cc.at(1) >= u'a' && cc.at(1) <= u'z';
}

double nonNegative(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0.0;
}

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

FlagServer::FlagServer(QObject *parent)
    : QObject(parent)
    , m_idleTimer(new QTimer(this))
    , m_trimTimer(new QTimer(this))
    , m_random(QRandomGenerator::global()->generate())
    , m_startSeconds(QDateTime::currentSecsSinceEpoch())
{
    m_clock.start();
    m_idleTimer->setInterval(m_idleTimeout / 4);
    connect(m_idleTimer, &QTimer::timeout, this, &FlagServer::closeIdleConnections);
    m_trimTimer->setSingleShot(true);
    m_trimTimer->setInterval(500);
    connect(m_trimTimer, &QTimer::timeout, this, &FlagServer::trimHeapSoon);
    loadFlags();
}

FlagServer::~FlagServer()
{
    close();
}

void FlagServer::loadFlags()
{
    const QJsonObject names = QJsonDocument::fromJson(readResource(QStringLiteral(":/flags/countries.json"))).object();
    for (auto it = names.begin(); it != names.end(); ++it) {
        const QString cc = it.key();
        const QByteArray png = readResource(QStringLiteral(":/flags/%1.png").arg(cc));
        if (!isCode(cc) || png.isEmpty())
            continue;
        m_names.insert(cc, it.value().toString());
        m_pngs.insert(cc, png);
        m_codes.append(cc.toUpper());
    }
    std::sort(m_codes.begin(), m_codes.end());
}

bool FlagServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_maxConnections = std::clamp(raiseOpenFileLimit() - FileReserve, 1, m_wantedConnections);
    auto *tcp = new QTcpServer(this);
    tcp->setListenBacklogSize(ListenBacklog);
    if (!tcp->listen(address, port)) {
        m_errorString = tcp->errorString();
        delete tcp;
        return false;
    }
    m_errorString.clear();
    m_tcp = tcp;
    connect(m_tcp, &QTcpServer::pendingConnectionAvailable, this, &FlagServer::acceptConnections);
    return true;
}

void FlagServer::close()
{
    if (!m_tcp)
        return;
    m_tcp->close();
    m_tcp->deleteLater(); // this may run inside one of its signals
    m_tcp = nullptr;
    // Cut every connection now: answers still due are dropped, and their timers find no connection.
    std::vector<quint64> unanswered;
    for (const Connection &connection : std::as_const(m_connections)) {
        for (const Answer &answer : connection.answers)
            unanswered.push_back(answer.id);
    }
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    m_bufferedBytes = 0;
    m_open = 0;
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_idleTimer->stop();
    for (const quint64 id : unanswered)
        drop(id);
}

bool FlagServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 FlagServer::port() const
{
    return isListening() ? m_tcp->serverPort() : 0;
}

QString FlagServer::errorString() const
{
    return m_errorString;
}

QUrl FlagServer::baseUrl() const
{
    if (!isListening())
        return {};
    QHostAddress host = m_tcp->serverAddress();
    // Bound to every interface: this machine reaches it on loopback.
    if (host == QHostAddress::AnyIPv4 || host == QHostAddress::Any)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_tcp->serverPort());
    url.setPath(QStringLiteral("/flags"));
    return url;
}

int FlagServer::idleTimeout() const
{
    return m_idleTimeout;
}

void FlagServer::setIdleTimeout(int ms)
{
    m_idleTimeout = std::max(ms, 1);
    m_idleTimer->setInterval(std::max(m_idleTimeout / 4, 1));
}

int FlagServer::maxConnections() const
{
    return m_maxConnections;
}

void FlagServer::setMaxConnections(int count)
{
    m_wantedConnections = std::clamp(count, 1, MaxConnections);
    m_maxConnections = std::min(m_maxConnections, m_wantedConnections);
}

int FlagServer::raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? MaxConnections + FileReserve
                                           : int(std::min<rlim_t>(limit.rlim_cur, rlim_t(1) << 30));
}

FlagServerSettings FlagServer::settings() const
{
    return m_settings;
}

void FlagServer::setSettings(const FlagServerSettings &settings)
{
    FlagServerSettings clean;
    clean.delay = nonNegative(settings.delay);
    clean.jitter = nonNegative(settings.jitter);
    clean.errorRate = std::min(nonNegative(settings.errorRate), 1.0);
    if (clean == m_settings)
        return;
    m_settings = clean;
    Q_EMIT settingsChanged(m_settings);
}

QStringList FlagServer::codes() const
{
    return m_codes;
}

QStringList FlagServer::bookCodes()
{
    static const QStringList codes = [] {
        QStringList list = QString::fromLatin1(readResource(QStringLiteral(":/flags/book-codes.txt")))
                               .simplified()
                               .split(u' ', Qt::SkipEmptyParts);
        list.sort();
        return list;
    }();
    return codes;
}

QString FlagServer::countryName(const QString &cc) const
{
    return m_names.value(cc.toLower());
}

QByteArray FlagServer::flagPng(const QString &cc) const
{
    return m_pngs.value(cc.toLower());
}

QByteArray FlagServer::flagGif(const QString &cc)
{
    const QString lower = cc.toLower();
    const Resource *gif = resource(QStringLiteral("/flags/%1/%1.gif").arg(lower).toLatin1());
    return gif ? gif->body : QByteArray();
}

bool FlagServer::isMissingInErrorMode(const QString &cc)
{
    const QString upper = cc.toUpper();
    if (upper.size() != 2 || upper.at(0) < u'A' || upper.at(0) > u'Z' || upper.at(1) < u'A' || upper.at(1) > u'Z')
        return false;
    const int index = (upper.at(0).unicode() - 'A') * 26 + (upper.at(1).unicode() - 'A');
    return index % 17 == 0;
}

int FlagServer::requestsReceived() const
{
    return m_received;
}

int FlagServer::requestsServed() const
{
    return m_served;
}

int FlagServer::requestsDropped() const
{
    return m_dropped;
}

int FlagServer::inFlight() const
{
    return m_inFlight;
}

int FlagServer::maxInFlight() const
{
    return m_maxInFlight;
}

void FlagServer::resetCounters()
{
    m_received = m_served = m_dropped = 0;
    m_maxInFlight = m_inFlight;
}

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
        if (!isCode(cc) || !m_pngs.contains(cc))
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
    bytes += "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status).toLatin1()
        + "\r\nDate: " + m_date + "\r\n" + headers;
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
    QPointer<QTcpSocket> alive(socket);
    Q_EMIT requestReceived(id, QString::fromLatin1(head.path));
    if (!alive)
        return;

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

void FlagServer::drop(quint64 id)
{
    --m_inFlight;
    ++m_dropped;
    Q_EMIT requestDropped(id);
}

} // namespace Lab
