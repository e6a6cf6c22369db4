// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagserverthread.h"

namespace Lab {

FlagServerThread::FlagServerThread()
    : m_server(new FlagServer)
{
    m_thread.setObjectName(QStringLiteral("flag server"));
    m_server->moveToThread(&m_thread);
    // Deleted on its own thread as that thread ends (QThread runs deferred deletes when it finishes).
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
}

FlagServerThread::~FlagServerThread()
{
    close();
    m_thread.quit();
    m_thread.wait();
}

bool FlagServerThread::listen(const QHostAddress &address, quint16 port)
{
    bool ok = false;
    run([&] {
        ok = m_server->listen(address, port);
    });
    return ok;
}

bool FlagServerThread::listenOn(qintptr descriptor)
{
    bool ok = false;
    run([&] {
        ok = m_server->listenOn(descriptor);
    });
    return ok;
}

qintptr FlagServerThread::socketDescriptor() const
{
    return get(&FlagServer::socketDescriptor);
}

void FlagServerThread::close()
{
    run([this] {
        m_server->close();
    });
}

bool FlagServerThread::isListening() const
{
    return get(&FlagServer::isListening);
}

quint16 FlagServerThread::port() const
{
    return get(&FlagServer::port);
}

QString FlagServerThread::errorString() const
{
    return get(&FlagServer::errorString);
}

QUrl FlagServerThread::baseUrl() const
{
    return get(&FlagServer::baseUrl);
}

FlagServerSettings FlagServerThread::settings() const
{
    return get(&FlagServer::settings);
}

QStringList FlagServerThread::codes() const
{
    return get(&FlagServer::codes);
}

void FlagServerThread::setSettings(const FlagServerSettings &settings)
{
    run([&] {
        m_server->setSettings(settings);
    });
}

void FlagServerThread::setIdleTimeout(int ms)
{
    run([this, ms] {
        m_server->setIdleTimeout(ms);
    });
}

int FlagServerThread::openConnections() const
{
    return get(&FlagServer::openConnections);
}

int FlagServerThread::requestsReceived() const
{
    return get(&FlagServer::requestsReceived);
}

int FlagServerThread::inFlight() const
{
    return get(&FlagServer::inFlight);
}

int FlagServerThread::maxInFlight() const
{
    return get(&FlagServer::maxInFlight);
}

int FlagServerThread::requestsServed() const
{
    return get(&FlagServer::requestsServed);
}

int FlagServerThread::requestsDropped() const
{
    return get(&FlagServer::requestsDropped);
}

void FlagServerThread::resetCounters()
{
    run([this] {
        m_server->resetCounters();
    });
}

} // namespace Lab
