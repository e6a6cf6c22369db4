// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The flag server's connections: reading requests, answering them in order, and the limits that
// keep a crowd of clients, or a hostile one, from holding the server's memory or its files.
#include "models/flags/flagserver.h"
#include "models/flags/flagserverhttp.h"
#include "models/flags/httpresponse.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Lab {

namespace {

// Kept in the socket (beyond what is read into a request) before the kernel's buffers, and so
// the client, are made to wait.
constexpr qint64 SocketBufferBytes = 64 * 1024;
// Answers queued on one connection (pipelined requests) before it is read no further for a while.
constexpr size_t MaxQueuedAnswers = 64;
// A crowd this large, gone again, is worth handing the freed heap back to the system.
constexpr int TrimAfterConnections = 64;

// The body of a refusal and the header lines that go before it.
QPair<QByteArray, QByteArray> refusalText(int status, const QByteArray &reason)
{
    const QByteArray text =
        QByteArray::number(status) + ' ' + httpReasonPhrase(status).toLatin1() + ": " + reason + '\n';
    QByteArray headers =
        "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(text.size()) + "\r\n";
    if (status == 503)
        headers += "Retry-After: 1\r\n";
    return {headers, text};
}

} // namespace

int FlagServer::openConnections() const
{
    return m_open;
}

void FlagServer::acceptConnections()
{
    while (m_tcp && m_tcp->hasPendingConnections()) {
        QTcpSocket *socket = m_tcp->nextPendingConnection();
        socket->setParent(this);
        if (m_open >= m_maxConnections) {
            // Past the cap, a polite refusal rather than a connection left waiting in the backlog.
            const auto [headers, text] = refusalText(503, "too many connections, try again in a moment");
            socket->write(response(503, headers, text, true, false, false));
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(5000, socket, &QTcpSocket::abort); // a client that does not read
            socket->disconnectFromHost();
            continue;
        }
        socket->setReadBufferSize(SocketBufferBytes);
        // Answers of pipelined requests go out as they are due, each whole: no waiting for the
        // client's delayed acknowledgement of the one before (Nagle's algorithm), as web servers do.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.insert(socket, Connection{m_clock.elapsed()});
        m_peakConnections = std::max(m_peakConnections, ++m_open);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            bytesArrived(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            disconnected(socket);
        });
        connect(socket, &QObject::destroyed, this, [this, socket] {
            if (const auto it = m_connections.find(socket); it != m_connections.end()) {
                m_bufferedBytes -= it->buffer.size();
                m_connections.erase(it);
            }
            if (m_open <= m_peakConnections / 4 && m_peakConnections >= TrimAfterConnections)
                m_trimTimer->start();
        });
        if (!m_idleTimer->isActive())
            m_idleTimer->start();
    }
}

void FlagServer::setBuffer(Connection &connection, QByteArray buffer)
{
    m_bufferedBytes += buffer.size() - connection.buffer.size();
    connection.buffer = std::move(buffer);
}

void FlagServer::bytesArrived(QTcpSocket *socket)
{
    QPointer<QTcpSocket> alive(socket);
    while (alive) {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        Connection &connection = *it;
        if (connection.closing) {
            socket->skip(socket->bytesAvailable()); // nothing more is read from it
            return;
        }
        if (connection.answers.size() >= MaxQueuedAnswers)
            return; // resumed by flush()
        // Read no more than one request may be.
        const qint64 room = MaxRequestBytes + 1 - connection.buffer.size();
        const qint64 fresh = std::min(socket->bytesAvailable(), room);
        if (fresh > 0)
            setBuffer(connection,
                connection.buffer.isEmpty() ? socket->read(fresh) : connection.buffer + socket->read(fresh));
        if (readRequest(socket, connection) > 0)
            continue;
        // An unfinished request stays. Past the cap for all connections together, the one that
        // went over it is refused; complete requests, never held, are still served meanwhile.
        const auto again = m_connections.find(socket);
        if (again != m_connections.end() && !again->closing && !again->buffer.isEmpty()
            && m_bufferedBytes > MaxBufferedBytes) {
            refuse(socket, *again, 503, "the server is holding too many unfinished requests");
            return;
        }
        if (fresh <= 0 || socket->bytesAvailable() == 0)
            return; // waits for more bytes
    }
}

qsizetype FlagServer::readRequest(QTcpSocket *socket, Connection &connection)
{
    // Empty lines before a request are allowed (RFC 9112 2.2).
    qsizetype skip = 0;
    while (skip < connection.buffer.size() && (connection.buffer[skip] == '\r' || connection.buffer[skip] == '\n'))
        ++skip;
    if (skip > 0) {
        setBuffer(connection, connection.buffer.mid(skip));
        connection.searched = 0;
    }
    if (connection.buffer.isEmpty())
        return skip;
    const qsizetype end = HttpRequestHead::findEnd(connection.buffer, connection.searched - 2);
    if (end < 0 || end > MaxRequestBytes) {
        connection.searched = connection.buffer.size();
        if (connection.buffer.size() > MaxRequestBytes)
            refuse(socket, connection, 431, "a request here is at most 64 KiB");
        return skip;
    }
    const HttpRequestHead head = HttpRequestHead::parse(QByteArrayView(connection.buffer).first(end));
    if (head.refusal != 0) {
        refuse(socket, connection, head.refusal, head.reason);
        return skip;
    }
    if (end + head.contentLength > MaxRequestBytes) {
        refuse(socket, connection, 413, "a request here is at most 64 KiB");
        return skip;
    }
    if (connection.buffer.size() < end + head.contentLength)
        return skip; // the body is still coming
    const qsizetype used = end + head.contentLength;
    setBuffer(connection, used == connection.buffer.size() ? QByteArray() : connection.buffer.mid(used));
    connection.searched = 0;
    receive(socket, connection, head);
    return skip + used;
}

void FlagServer::refuse(QTcpSocket *socket, Connection &connection, int status, const QByteArray &reason)
{
    // Answered at once, after the answers already due on this connection, and the connection closed.
    setBuffer(connection, {});
    connection.closing = true;
    connection.lastActivity = m_clock.elapsed();
    const quint64 id = ++m_lastId;
    ++m_received;
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    connection.answers.push_back({id});
    QPointer<QTcpSocket> alive(socket);
    Q_EMIT requestReceived(id, QStringLiteral("(refused: %1)").arg(QString::fromLatin1(reason)));
    const auto [headers, text] = refusalText(status, reason);
    if (alive)
        complete(socket, id, response(status, headers, text, true, false, false), status);
}

void FlagServer::complete(QTcpSocket *socket, quint64 id, QByteArray bytes, int status)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return; // gone: its answers were counted as dropped then
    for (Answer &answer : it->answers) {
        if (answer.id == id) {
            answer.bytes = std::move(bytes);
            answer.status = status;
            answer.ready = true;
            answer.closeAfter = it->closing && &answer == &it->answers.back();
            break;
        }
    }
    flush(socket);
}

void FlagServer::flush(QTcpSocket *socket)
{
    QPointer<QTcpSocket> alive(socket);
    bool wasFull = false;
    bool wrote = false;
    while (alive) {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->gone || it->answers.empty() || !it->answers.front().ready)
            break;
        wasFull = wasFull || it->answers.size() >= MaxQueuedAnswers;
        const Answer answer = std::move(it->answers.front());
        it->answers.pop_front();
        it->lastActivity = m_clock.elapsed();
        socket->write(answer.bytes);
        wrote = true;
        if (answer.closeAfter)
            socket->disconnectFromHost(); // once the answer is written
        --m_inFlight;
        ++m_served;
        Q_EMIT requestAnswered(answer.id, answer.status);
    }
    // Into the kernel now rather than on the next turn of the event loop: one wake-up less per answer.
    if (alive && wrote && socket->state() != QAbstractSocket::UnconnectedState)
        socket->flush();
    if (alive && wasFull)
        QMetaObject::invokeMethod(
            this,
            [this, alive] {
                if (alive)
                    bytesArrived(alive);
            },
            Qt::QueuedConnection);
}

void FlagServer::disconnected(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->gone)
        return;
    it->gone = true;
    --m_open;
    setBuffer(*it, {});
    std::vector<quint64> unanswered;
    for (const Answer &answer : it->answers)
        unanswered.push_back(answer.id);
    it->answers.clear();
    socket->deleteLater();
    for (const quint64 id : unanswered)
        drop(id);
}

void FlagServer::closeIdleConnections()
{
    const qint64 now = m_clock.elapsed();
    QList<QPointer<QTcpSocket>> idle;
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (!it->gone && it->answers.empty() && now - it->lastActivity >= m_idleTimeout)
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
        setBuffer(*it, {});
        socket->disconnectFromHost();
    }
    if (m_connections.isEmpty())
        m_idleTimer->stop();
}

void FlagServer::trimHeapSoon()
{
    // glibc keeps freed memory for reuse; after a crowd of connections that is many megabytes
    // the system would not get back until the process ends.
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    m_peakConnections = m_open;
}

} // namespace Lab
