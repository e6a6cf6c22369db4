// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;
class QTcpSocket;
class QTimer;

namespace Lab {

/** How a FlagServer answers (delay, jitter, error rate, as the book's three servers); changeable while it serves. */
struct FlagServerSettings
{
    /** Seconds every GET waits before it is answered; 0 with no jitter is the book's LOCAL mode. */
    double delay = 0;
    /**
     * Extra seconds drawn uniformly from [0, jitter) for each GET and added to @c delay:
     * delay 0.5 with jitter 0 is the classic DELAY mode, delay 0.5 with jitter 4.5 the 2nd edition's.
     */
    double jitter = 0;
    /**
     * Share in [0, 1] of GETs that fail after their delay with 418, 500, 502 or 503 (ERROR mode).
     * While it is above 0, a fixed set of codes also always answers 404: see isMissingInErrorMode().
     */
    double errorRate = 0;

    bool operator==(const FlagServerSettings &) const = default;
};

/**
 * The lab's own flag server, in the shape of the book's (Fluent Python's flags.zip behind nginx,
 * or slow_server.py): an HTTP server on QHttpServer serving the flag images shipped in the binary.
 *
 * - `GET /flags/` lists the lower-case codes as a JSON array;
 * - `GET /flags/{cc}/{cc}.png` is the flag (image/png), `cc` a lower-case ISO 3166 code;
 * - `GET /flags/{cc}/metadata.json` is `{"country": "Brazil", "iso_cc": "BR", "tld_cc": ".br"}`;
 * - an unknown code or any other path is 404, a path longer than 1024 characters 414, another method
 *   than GET 405 (answered at once, without delay or errors); every answer has a short body, its
 *   Content-Type and Content-Length, and nothing is ever read from the file system.
 *
 * Connections are kept alive (HTTP/1.1) unless the request says `Connection: close`.
 *
 * Every GET is delayed by the settings' delay and jitter without holding a thread: the responder
 * waits in a timer on the server's thread, so thousands of delayed requests cost no threads.
 * After the delay a share @c errorRate of GETs fails with an HTTP error instead. A client that
 * goes away during the delay gets nothing and counts as dropped.
 *
 * Listens with a backlog of 1024, so hundreds of simultaneous connects do not lose SYNs.
 *
 * A client cannot hold the server's memory or connections: a request that grows past
 * MaxRequestBytes before it is complete is answered 431 (headers) or 413 (a body) and its
 * connection closed, and a connection with no answer due that stays silent, or trickles bytes
 * without completing a request, for idleTimeout() is closed. Malformed requests are closed
 * by QHttpServer at once.
 */
class FlagServer : public QObject
{
    Q_OBJECT

public:
    explicit FlagServer(QObject *parent = nullptr);
    ~FlagServer() override;

    /**
     * Starts serving on @p address and @p port (0: a free port, read it back with port()).
     * Listening again first closes. Returns false, with errorString(), if the port cannot be bound.
     */
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /** Stops listening and drops every connection; delayed requests are dropped unanswered. */
    void close();
    bool isListening() const;
    quint16 port() const;
    /** Why the last listen() failed. */
    QString errorString() const;
    /** Where clients find the flags, without a trailing slash: `http://127.0.0.1:PORT/flags`. */
    QUrl baseUrl() const;

    /** The most bytes a request (line, headers and body) may have before it is refused. */
    static constexpr qint64 MaxRequestBytes = 64 * 1024;
    /**
     * How long a connection may go without a complete request while no answer is due, in ms
     * (default 60 s, as web servers keep idle connections); then the server closes it.
     */
    int idleTimeout() const;
    void setIdleTimeout(int ms);
    /** Connections open now. */
    int openConnections() const;

    FlagServerSettings settings() const;
    /** Takes effect for requests that arrive from now on; negative values count as 0. */
    void setSettings(const FlagServerSettings &settings);

    /** Every code with a flag image, upper case and sorted (AD … ZW, 249 codes). */
    QStringList codes() const;
    /** The book's 194 codes (its country_codes.txt, AD … ZW), upper case and sorted. */
    static QStringList bookCodes();
    /** The country's short English name ("Bolivia"), or an empty string; @p cc in either case. */
    QString countryName(const QString &cc) const;
    /** The PNG bytes served for @p cc (either case), or an empty array. */
    QByteArray flagPng(const QString &cc) const;
    /**
     * True for the codes that answer 404 while errorRate is above 0: those whose index in AA … ZZ
     * (AA = 0, AB = 1, …, ZZ = 675) is a multiple of 17. Of the book's 194 codes these are
     * AR, BI, BZ, IN, KM, LU, ML, SI, SZ and UY.
     */
    static bool isMissingInErrorMode(const QString &cc);

    /** Requests received since the last resetCounters(), of any method and path. */
    int requestsReceived() const;
    /** Requests answered (any status) since the last resetCounters(). */
    int requestsServed() const;
    /** Requests whose client went away before the answer was due. */
    int requestsDropped() const;
    /** Requests received and not yet answered or dropped. */
    int inFlight() const;
    /** The largest inFlight() seen since the last resetCounters(). */
    int maxInFlight() const;
    void resetCounters();

Q_SIGNALS:
    /** A request arrived; @p id numbers requests from 1 on. */
    void requestReceived(quint64 id, const QString &path);
    /** The answer to request @p id was written, with HTTP @p status. */
    void requestAnswered(quint64 id, int status);
    /** The client of request @p id went away before its delayed answer. */
    void requestDropped(quint64 id);
    void settingsChanged(const Lab::FlagServerSettings &settings);

private:
    struct Reply;
    class Listener;
    struct Connection
    {
        qint64 lastActivity = 0; // m_clock ms of the connect, the last complete request or answer
        int answersDue = 0;
        qint64 partialBytes = 0; // received since the last complete request
        QByteArray tail; // the last bytes received, to find the end of the headers across reads
        qint64 headersEnd = -1; // where in partialBytes the headers ended, -1 before
        bool closing = false;
    };
    enum class Target { List, Png, Metadata, Other };

    void track(QTcpSocket *socket);
    void bytesArrived(QTcpSocket *socket);
    void refuseTooLarge(QTcpSocket *socket, Connection &connection);
    void requestEnded(QTcpSocket *socket);
    void closeIdleConnections();

    void receive(const QHttpServerRequest &request, QHttpServerResponder &&responder, Target target, const QString &cc);
    Reply replyFor(Target target, const QString &cc);
    void answer(quint64 id, bool closeAfter, QHttpServerResponder &responder, const Reply &reply);
    void drop(quint64 id);
    void loadFlags();

    std::unique_ptr<QHttpServer> m_http;
    QTcpServer *m_tcp = nullptr; // owned by m_http
    QHash<QTcpSocket *, Connection> m_connections;
    QTimer *m_idleTimer;
    QElapsedTimer m_clock;
    int m_idleTimeout = 60000;
    QString m_errorString;
    FlagServerSettings m_settings;
    QRandomGenerator m_random;

    QStringList m_codes;
    QHash<QString, QString> m_names; // lower-case code -> name
    QHash<QString, QByteArray> m_pngs; // lower-case code -> PNG
    QByteArray m_codeList; // the JSON of GET /flags/

    bool m_receiving = false; // inside receive(), called by m_http
    quint64 m_lastId = 0;
    int m_received = 0;
    int m_served = 0;
    int m_dropped = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace Lab
