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

void FlagServerThread::close()
{
    run([this] {
        m_server->close();
    });
}

bool FlagServerThread::isListening() const
{
    bool listening = false;
    run([&] {
        listening = m_server->isListening();
    });
    return listening;
}

quint16 FlagServerThread::port() const
{
    quint16 port = 0;
    run([&] {
        port = m_server->port();
    });
    return port;
}

QString FlagServerThread::errorString() const
{
    QString error;
    run([&] {
        error = m_server->errorString();
    });
    return error;
}

QUrl FlagServerThread::baseUrl() const
{
    QUrl url;
    run([&] {
        url = m_server->baseUrl();
    });
    return url;
}

FlagServerSettings FlagServerThread::settings() const
{
    FlagServerSettings settings;
    run([&] {
        settings = m_server->settings();
    });
    return settings;
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
    int count = 0;
    run([&] {
        count = m_server->openConnections();
    });
    return count;
}

int FlagServerThread::requestsReceived() const
{
    int count = 0;
    run([&] {
        count = m_server->requestsReceived();
    });
    return count;
}

int FlagServerThread::inFlight() const
{
    int count = 0;
    run([&] {
        count = m_server->inFlight();
    });
    return count;
}

int FlagServerThread::maxInFlight() const
{
    int count = 0;
    run([&] {
        count = m_server->maxInFlight();
    });
    return count;
}

void FlagServerThread::resetCounters()
{
    run([this] {
        m_server->resetCounters();
    });
}

} // namespace Lab
