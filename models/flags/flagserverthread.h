// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/flags/flagserver.h"

#include <QThread>

namespace Lab {

/**
 * A FlagServer on a thread of its own. A server on the GUI thread cannot answer while the GUI
 * thread is blocked, so the sequential mode's blocking GETs would all time out against it; on
 * its own thread it answers them, and the lesson (the window freezes, then the grid fills) holds.
 *
 * Every function waits for the server thread to run it (a blocking queued call): call them from
 * any thread but the server's own. server() is for queued signal connections only.
 */
class FlagServerThread
{
public:
    FlagServerThread();
    /** Closes the server and ends its thread. */
    ~FlagServerThread();
    FlagServerThread(const FlagServerThread &) = delete;
    FlagServerThread &operator=(const FlagServerThread &) = delete;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /** See FlagServer::listenOn(): the server takes @p descriptor over. */
    bool listenOn(qintptr descriptor);
    qintptr socketDescriptor() const;
    void close();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const;
    QUrl baseUrl() const;
    FlagServerSettings settings() const;
    void setSettings(const FlagServerSettings &settings);
    QStringList codes() const;
    /** The country's name; safe to call at any time (the names never change after construction). */
    QString countryName(const QString &cc) const { return m_server->countryName(cc); }
    /** See FlagServer::setIdleTimeout(). */
    void setIdleTimeout(int ms);
    int openConnections() const;
    int requestsReceived() const;
    int requestsServed() const;
    int requestsDropped() const;
    int inFlight() const;
    int maxInFlight() const;
    void resetCounters();

    /** The server, living on the other thread. */
    FlagServer *server() const { return m_server; }

private:
    template<typename Function>
    void run(Function function) const
    {
        QMetaObject::invokeMethod(m_server, function, Qt::BlockingQueuedConnection);
    }

    /** A getter of the server, called on its thread. */
    template<typename Result>
    Result get(Result (FlagServer::*getter)() const) const
    {
        Result result{};
        run([&] {
            result = (m_server->*getter)();
        });
        return result;
    }

    QThread m_thread;
    FlagServer *m_server;
};

} // namespace Lab
