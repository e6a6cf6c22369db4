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

#include <deque>
#include <functional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace Lab {

struct HttpRequestHead;

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
 * or slow_server.py): an HTTP/1.1 server on QTcpServer serving the flag images shipped in the binary.
 *
 * - `GET /flags/` lists the lower-case codes as a JSON array;
 * - `GET /flags/{cc}/{cc}.gif` is the flag as a GIF (image/gif), the book's URL and format;
 *   `GET /flags/{cc}/{cc}.png` the same flag as PNG; `cc` is a lower-case ISO 3166 code;
 * - `GET /flags/{cc}/metadata.json` is `{"country": "Brazil", "iso_cc": "BR", "tld_cc": ".br"}`;
 * - `HEAD` is answered as GET without the body; an unknown code or any other path is 404, a path
 *   longer than 1024 characters 414, POST, PUT and the other methods HTTP defines 405, a method
 *   HTTP does not define 501; every answer has a short body, Date, Content-Type and Content-Length,
 *   and nothing is ever read from the file system.
 * - Every flag, the list and the metadata carry an ETag and a Last-Modified (the server's start:
 *   they never change while it runs); If-None-Match or If-Modified-Since answer 304.
 *
 * HTTP/1.1 connections stay open unless the request says `Connection: close`; HTTP/1.0 ones close
 * after the answer unless the request says `Connection: keep-alive`, which the answer then repeats.
 * Requests pipelined on one connection are answered in order. A WebSocket `Upgrade` is ignored,
 * as RFC 9110 lets a server do: the request gets its one ordinary answer.
 *
 * Requests are read strictly (RFC 9112): a malformed request line or header, an HTTP/1.1 request
 * without exactly one Host, or a Content-Length that is not one number is answered 400; a version
 * other than HTTP/1.x 505; a body in chunks 411; each with a short body, and the connection closed.
 *
 * Every GET is delayed by the settings' delay and jitter without holding a thread: the answer
 * waits in a timer on the server's thread, so thousands of delayed requests cost no threads.
 * After the delay a share @c errorRate of GETs fails with an HTTP error instead. A client that
 * goes away during the delay gets nothing and counts as dropped.
 *
 * Listens with a backlog of 1024, so hundreds of simultaneous connects do not lose SYNs.
 *
 * A client cannot hold the server's memory or connections: a request that grows past
 * MaxRequestBytes before it is complete is answered 431 (headers) or 413 (a body) and its
 * connection closed; past MaxBufferedBytes for all unfinished requests together, or past
 * maxConnections() open connections, a connection is answered 503 and closed; and a connection
 * with no answer due that stays silent, or trickles bytes without completing a request, for
 * idleTimeout() is closed. When a crowd of connections has gone, the freed heap is handed back
 * to the system, so the server's memory returns near where it started.
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
    /**
     * Starts serving on a socket that is already listening, and takes it over (closes it). Given a
     * duplicate of another server's socketDescriptor(), servers on threads of their own share one
     * port: each accepts what it can while the others are busy (`serve --threads`).
     */
    bool listenOn(qintptr descriptor);
    /** The listening socket, or -1. */
    qintptr socketDescriptor() const;
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
    /** The most bytes of unfinished requests held for all connections together. */
    static constexpr qint64 MaxBufferedBytes = 8 * 1024 * 1024;
    /** The most connections open at once, below the limit of open files too (see maxConnections()). */
    static constexpr int MaxConnections = 4096;
    /** Open files kept free beside the connections, to accept and refuse one more and for the rest of the process. */
    static constexpr int FileReserve = 64;
    /**
     * The connections served at once: MaxConnections, or fewer if the process may open fewer files
     * (less FileReserve). listen() first raises the soft limit of open files to the hard one.
     */
    int maxConnections() const;
    /** Lowers the cap on connections (at most what listen() found the open-file limit allows). */
    void setMaxConnections(int count);
    /** Raises this process's soft limit of open files to its hard limit; returns the soft limit now. */
    static int raiseOpenFileLimit();
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
    /** The GIF bytes served for @p cc (either case), encoded from the PNG on first use; or empty. */
    QByteArray flagGif(const QString &cc);
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
    struct Resource
    {
        QByteArray body;
        QByteArray headers; // Content-Type, Content-Length, ETag, Last-Modified: the lines that never change
        QByteArray etag;
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray headers; // header lines after Date, each ending in CRLF
        QByteArray etag;
    };
    struct Answer
    {
        quint64 id = 0;
        QByteArray bytes; // the whole answer, once it is due
        int status = 0;
        bool ready = false;
        bool closeAfter = false;
    };
    struct Connection
    {
        qint64 lastActivity = 0; // m_clock ms of the connect, the last complete request or answer
        QByteArray buffer; // the unfinished request's bytes
        qsizetype searched = 0; // bytes of buffer already searched for the end of the head
        std::deque<Answer> answers; // one per request read, in order, until written
        bool closing = false; // reads nothing more; closes once its answers are written
        bool gone = false; // disconnected; removed when the socket is deleted
    };

    /** Closes, then serves on the QTcpServer that @p open made listen; false with errorString() if it could not. */
    bool start(const std::function<bool(QTcpServer *)> &open);
    void acceptConnections();
    void bytesArrived(QTcpSocket *socket);
    qsizetype readRequest(QTcpSocket *socket, Connection &connection);
    void refuse(QTcpSocket *socket, Connection &connection, int status, const QByteArray &reason);
    void setBuffer(Connection &connection, QByteArray buffer);
    void disconnected(QTcpSocket *socket);
    void closeIdleConnections();
    void trimHeapSoon();

    void receive(QTcpSocket *socket, Connection &connection, const HttpRequestHead &head);
    Reply replyFor(const QByteArray &path);
    const Resource *resource(const QByteArray &path);
    QByteArray response(int status, const QByteArray &headers, const QByteArray &body, bool withBody, bool keepAlive,
        bool http10KeepAlive);
    void complete(QTcpSocket *socket, quint64 id, QByteArray bytes, int status);
    void flush(QTcpSocket *socket);
    void drop(quint64 id);
    void loadFlags();

    QTcpServer *m_tcp = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
    qint64 m_bufferedBytes = 0;
    int m_open = 0; // connections not yet disconnected
    int m_peakConnections = 0; // since the heap was last trimmed
    QTimer *m_idleTimer;
    QTimer *m_trimTimer;
    QElapsedTimer m_clock;
    int m_idleTimeout = 60000;
    int m_maxConnections = MaxConnections;
    int m_wantedConnections = MaxConnections;
    QString m_errorString;
    FlagServerSettings m_settings;
    QRandomGenerator m_random;
    qint64 m_startSeconds = 0; // Last-Modified of everything served
    qint64 m_dateSecond = -1;
    QByteArray m_date; // the Date header's value for m_dateSecond
    QHash<int, QByteArray> m_statusLines; // status -> "HTTP/1.1 200 OK\r\n"

    QStringList m_codes;
    QHash<QString, QString> m_names; // lower-case code -> name
    QHash<QString, QByteArray> m_pngs; // lower-case code -> PNG
    QHash<QByteArray, Resource> m_resources; // path -> what GET answers, made on first use

    quint64 m_lastId = 0;
    int m_received = 0;
    int m_served = 0;
    int m_dropped = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace Lab
