// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <sys/resource.h>

namespace Lab {

namespace {

constexpr int ListenBacklog = 1024;

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
    return start([&](QTcpServer *tcp) {
        tcp->setListenBacklogSize(ListenBacklog);
        return tcp->listen(address, port);
    });
}

bool FlagServer::listenOn(qintptr descriptor)
{
    return start([descriptor](QTcpServer *tcp) {
        return tcp->setSocketDescriptor(descriptor);
    });
}

bool FlagServer::start(const std::function<bool(QTcpServer *)> &open)
{
    close();
    m_maxConnections = std::clamp(raiseOpenFileLimit() - FileReserve, 1, m_wantedConnections);
    auto *tcp = new QTcpServer(this);
    if (!open(tcp)) {
        m_errorString = tcp->errorString();
        delete tcp;
        return false;
    }
    m_errorString.clear();
    m_tcp = tcp;
    connect(m_tcp, &QTcpServer::pendingConnectionAvailable, this, &FlagServer::acceptConnections);
    return true;
}

qintptr FlagServer::socketDescriptor() const
{
    return m_tcp ? m_tcp->socketDescriptor() : -1;
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

void FlagServer::drop(quint64 id)
{
    --m_inFlight;
    ++m_dropped;
    Q_EMIT requestDropped(id);
}

} // namespace Lab
