// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagserver.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QScopedValueRollback>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cmath>

namespace Lab {

namespace {

using Status = QHttpServerResponder::StatusCode;

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

} // namespace

// Our own listening socket: QHttpServer::listen() gives no way to set the backlog, and each
// connection's readyRead must reach the FlagServer before QHttpServer reads (and buffers) the bytes.
class FlagServer::Listener : public QTcpServer
{
public:
    explicit Listener(FlagServer *server)
        : m_server(server)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (m_server)
            m_server->track(socket);
        addPendingConnection(socket);
    }

private:
    QPointer<FlagServer> m_server;
};

struct FlagServer::Reply
{
    Status status = Status::Ok;
    QByteArray body;
    QByteArray contentType = "text/plain; charset=utf-8";
};

FlagServer::FlagServer(QObject *parent)
    : QObject(parent)
    , m_idleTimer(new QTimer(this))
    , m_random(QRandomGenerator::global()->generate())
{
    m_clock.start();
    m_idleTimer->setInterval(m_idleTimeout / 4);
    connect(m_idleTimer, &QTimer::timeout, this, &FlagServer::closeIdleConnections);
    loadFlags();
}

FlagServer::~FlagServer()
{
    // Its sockets report their end to members declared after it: they go first.
    m_http.reset();
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
    QJsonArray list;
    for (const QString &cc : std::as_const(m_codes))
        list.append(cc.toLower());
    m_codeList = QJsonDocument(list).toJson(QJsonDocument::Compact);
}

bool FlagServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    // Our own QTcpServer, because QHttpServer::listen() gives no way to set the backlog first.
    auto tcp = std::make_unique<Listener>(this);
    tcp->setListenBacklogSize(ListenBacklog);
    if (!tcp->listen(address, port)) {
        m_errorString = tcp->errorString();
        return false;
    }
    m_errorString.clear();

    m_http = std::make_unique<QHttpServer>();
    // The routes only say what is asked for; receive() treats every request alike.
    m_http->route(
        QStringLiteral("/flags/"), [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            receive(request, std::move(responder), Target::List, {});
        });
    m_http->route(QStringLiteral("/flags/<arg>/<arg>"),
        [this](QString cc, QString file, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            Target target = Target::Other;
            if (file == QStringLiteral("metadata.json"))
                target = Target::Metadata;
            else if (file == cc + QStringLiteral(".png"))
                target = Target::Png;
            receive(request, std::move(responder), target, cc);
        });
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        receive(request, std::move(responder), Target::Other, {});
    });
    m_tcp = tcp.release();
    m_tcp->setParent(m_http.get());
    m_http->bind(m_tcp);
    return true;
}

void FlagServer::close()
{
    if (!m_http)
        return;
    m_tcp->close();
    // Cut every connection now: delayed answers then find their socket gone and are dropped.
    const QList<QTcpSocket *> sockets = m_http->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->abort();
    m_tcp = nullptr;
    m_connections.clear();
    m_idleTimer->stop();
    if (m_receiving)
        m_http.release()->deleteLater(); // we are inside one of its handlers
    else
        m_http.reset();
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

int FlagServer::openConnections() const
{
    return int(m_connections.size());
}

void FlagServer::track(QTcpSocket *socket)
{
    m_connections.insert(socket, Connection{m_clock.elapsed()});
    // Connected before QHttpServer's own slot: sees every byte before it is buffered there.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        bytesArrived(socket);
    });
    connect(socket, &QObject::destroyed, this, [this, socket] {
        m_connections.remove(socket);
    });
    if (!m_idleTimer->isActive())
        m_idleTimer->start();
}

void FlagServer::bytesArrived(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->closing)
        return;
    // Qt 6.4's QHttpServer keeps a request's bytes until it is complete, without a limit: count them.
    const QByteArray fresh = socket->peek(socket->bytesAvailable());
    if (it->headersEnd < 0) {
        const QByteArray seen = it->tail + fresh;
        if (const qsizetype end = seen.indexOf("\r\n\r\n"); end >= 0)
            it->headersEnd = it->partialBytes - it->tail.size() + end + 4;
        it->tail = seen.right(3);
    }
    it->partialBytes += fresh.size();
    if (it->partialBytes > MaxRequestBytes)
        refuseTooLarge(socket, *it);
}

void FlagServer::refuseTooLarge(QTcpSocket *socket, Connection &connection)
{
    // Written by hand: QHttpServer has no responder for a request it has not finished reading.
    const bool body = connection.headersEnd >= 0 && connection.headersEnd <= MaxRequestBytes;
    const QByteArray text = body ? "413 Content Too Large: a request here is at most 64 KiB\n"
                                 : "431 Request Header Fields Too Large: a request here is at most 64 KiB\n";
    const QByteArray status = body ? "413 Content Too Large" : "431 Request Header Fields Too Large";
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(text.size()) + "\r\nConnection: close\r\n\r\n" + text);
    connection.closing = true;
    connection.lastActivity = m_clock.elapsed();
    socket->disconnectFromHost(); // stops reading; closes once the answer is written
}

void FlagServer::requestEnded(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->answersDue = std::max(it->answersDue - 1, 0);
    it->lastActivity = m_clock.elapsed();
}

void FlagServer::closeIdleConnections()
{
    const qint64 now = m_clock.elapsed();
    QList<QPointer<QTcpSocket>> idle;
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (it->answersDue == 0 && now - it->lastActivity >= m_idleTimeout)
            idle.append(it.key());
    }
    for (const QPointer<QTcpSocket> &socket : std::as_const(idle)) {
        const auto it = socket ? m_connections.find(socket) : m_connections.end();
        if (it == m_connections.end())
            continue;
        if (it->closing) {
            socket->abort(); // a client that does not even read its answer
            continue;
        }
        it->closing = true;
        it->lastActivity = now;
        socket->disconnectFromHost();
    }
    if (m_connections.isEmpty())
        m_idleTimer->stop();
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

void FlagServer::receive(
    const QHttpServerRequest &request, QHttpServerResponder &&responder, Target target, const QString &cc)
{
    const QScopedValueRollback receiving(m_receiving, true);
    if (const auto it = m_connections.find(responder.socket()); it != m_connections.end()) {
        // QHttpServer may finish parsing a request refused as too large, or on a connection
        // being closed: it gets no answer.
        if (it->closing)
            return;
        it->partialBytes = 0;
        it->headersEnd = -1;
        it->tail.clear();
        ++it->answersDue;
        it->lastActivity = m_clock.elapsed();
    }
    const quint64 id = ++m_lastId;
    ++m_received;
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    const QString path = request.url().path();
    Q_EMIT requestReceived(id, path);
    // Qt 6.4 keeps every connection open; a client that reads to the end of the stream needs this.
    const bool closeAfter = request.value("Connection").compare("close", Qt::CaseInsensitive) == 0;

    if (request.method() != QHttpServerRequest::Method::Get) {
        answer(
            id, closeAfter, responder, {Status::MethodNotAllowed, "405 Method Not Allowed: only GET is served here\n"});
        return;
    }
    if (path.size() > MaxPathLength) {
        answer(id, closeAfter, responder, {Status::UriTooLong, "414 URI Too Long\n"});
        return;
    }

    const double seconds = m_settings.delay + m_settings.jitter * m_random.generateDouble();
    const int ms = int(std::lround(seconds * 1000));
    if (ms <= 0) {
        answer(id, closeAfter, responder, replyFor(target, cc));
        return;
    }
    // The responder waits in a timer, not in a thread (a thread per delayed answer would not scale). In Qt 6.4 it keeps
    // a raw socket pointer, and the server deletes the socket when the client disconnects: guard it.
    auto waiting = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = waiting->socket();
    QTimer::singleShot(ms, Qt::PreciseTimer, this, [this, waiting, socket, id, closeAfter, target, cc] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            requestEnded(socket);
            drop(id);
            return;
        }
        answer(id, closeAfter, *waiting, replyFor(target, cc));
    });
}

FlagServer::Reply FlagServer::replyFor(Target target, const QString &cc)
{
    // Drawn when the answer is due, as slow_server.py does after its sleep.
    if (m_settings.errorRate > 0 && m_random.generateDouble() < m_settings.errorRate) {
        static constexpr std::array<std::pair<Status, const char *>, 4> errors{{
            {Status::ImATeapot, "418 I'm a Teapot\n"},
            {Status::InternalServerError, "500 Internal Server Error\n"},
            {Status::BadGateway, "502 Bad Gateway\n"},
            {Status::ServiceUnavailable, "503 Service Unavailable\n"},
        }};
        const auto &[status, text] = errors.at(m_random.bounded(int(errors.size())));
        return {status, text};
    }

    const bool known = isCode(cc) && m_pngs.contains(cc) && !(m_settings.errorRate > 0 && isMissingInErrorMode(cc));
    switch (target) {
    case Target::List:
        return {Status::Ok, m_codeList, "application/json"};
    case Target::Png:
        if (known)
            return {Status::Ok, m_pngs.value(cc), "image/png"};
        break;
    case Target::Metadata:
        if (known) {
            const QString upper = cc.toUpper();
            // .uk is the one ccTLD that is not the ISO code.
            const QString tld = upper == QStringLiteral("GB") ? QStringLiteral(".uk") : u'.' + cc;
            const QJsonObject metadata{{QStringLiteral("country"), m_names.value(cc)},
                {QStringLiteral("iso_cc"), upper}, {QStringLiteral("tld_cc"), tld}};
            return {Status::Ok, QJsonDocument(metadata).toJson(QJsonDocument::Compact), "application/json"};
        }
        break;
    case Target::Other:
        break;
    }
    return {Status::NotFound, "404 Not Found\n"};
}

void FlagServer::answer(quint64 id, bool closeAfter, QHttpServerResponder &responder, const Reply &reply)
{
    responder.writeStatusLine(reply.status);
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    if (reply.status == Status::MethodNotAllowed)
        responder.writeHeader("Allow", "GET");
    if (closeAfter)
        responder.writeHeader("Connection", "close");
    responder.writeBody(reply.body);
    requestEnded(responder.socket());
    if (closeAfter)
        responder.socket()->disconnectFromHost(); // after the answer is written
    --m_inFlight;
    ++m_served;
    Q_EMIT requestAnswered(id, int(reply.status));
}

void FlagServer::drop(quint64 id)
{
    --m_inFlight;
    ++m_dropped;
    Q_EMIT requestDropped(id);
}

} // namespace Lab
