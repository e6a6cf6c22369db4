// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <atomic>

// A flag server that attacks its client, one way per flag code, on its own thread (so that it
// answers while a blocking run holds the test's thread). Loopback only, port 0.
//   EN  200, chunked, an endless stream of chunks       EC  200, no length, endless until close
//   BL  200, Content-Length 10 GiB, then endless bytes  DR  200, chunked, 16 bytes every 50 ms forever
//   HG  a real 5,600 × 5,600 px PNG (a few KB)          HH  a 3 MB status line
//   RF  302 to ftp:// on this very port                 RL  301 to file:///etc/passwd
//   RR  302 to itself, forever                          ES  500 with escape sequences in a 4 KB reason
//   GB  garbage bytes, no HTTP at all                   MB  closes mid-body (1 KB of 100 KB)
// Any other code gets a real 64 × 40 PNG. Only a code's first two letters count: EN01, EN02… all stream.
class HostileServer : public QThread
{
public:
    ~HostileServer() override
    {
        quit();
        wait();
    }
    QUrl baseUrl()
    {
        if (!isRunning()) {
            start();
            m_ready.acquire();
        }
        return QUrl(QStringLiteral("http://127.0.0.1:%1/flags/").arg(m_port));
    }
    /** Connections that asked for something and are still open: a client that let go has none. */
    int openConnections() const { return m_open.load(); }
    /** Bytes the server has written so far. */
    qint64 bytesSent() const { return m_sent.load(); }

    static QByteArray png(int width, int height, QImage::Format format = QImage::Format_RGB32)
    {
        QImage image(width, height, format);
        image.fill(Qt::white);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                serve(socket);
        });
        m_ready.release();
        exec();
    }

private:
    void serve(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
            if (socket->property("answered").toBool())
                --m_open;
            socket->deleteLater();
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray request = socket->property("request").toByteArray() + socket->readAll();
            socket->setProperty("request", request);
            if (socket->property("answered").toBool() || !request.contains("\r\n\r\n"))
                return;
            socket->setProperty("answered", true);
            ++m_open;
            const QByteArray path = request.left(request.indexOf('\r')).split(' ').value(1);
            // "/flags/en07/en07.png": the first two letters say how to attack, so many flags can.
            answer(socket, path, path.mid(path.lastIndexOf('/') + 1).chopped(4).toUpper().left(2));
        });
    }

    void send(QTcpSocket *socket, const QByteArray &bytes) { m_sent += socket->write(bytes); }

    // Keeps about 256 KiB queued for as long as the client reads: a flood, not a memory hog here.
    void flood(QTcpSocket *socket, const QByteArray &piece)
    {
        const auto more = [this, socket, piece] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024)
                send(socket, piece);
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    }

    void answer(QTcpSocket *socket, const QByteArray &path, const QByteArray &code)
    {
        const QByteArray origin = "127.0.0.1:" + QByteArray::number(m_port);
        if (code == "EN") {
            send(socket, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nTransfer-Encoding: chunked\r\n\r\n");
            flood(socket, "10000\r\n" + QByteArray(0x10000, 'x') + "\r\n");
        } else if (code == "EC") {
            send(socket, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n");
            flood(socket, QByteArray(0x10000, 'x'));
        } else if (code == "BL") {
            send(socket, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 10737418240\r\n\r\n");
            flood(socket, QByteArray(0x10000, 'x'));
        } else if (code == "DR") {
            send(socket, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nTransfer-Encoding: chunked\r\n\r\n");
            auto *drip = new QTimer(socket);
            QObject::connect(drip, &QTimer::timeout, socket, [this, socket] {
                send(socket, "10\r\n0123456789abcdef\r\n");
            });
            drip->start(50);
        } else if (code == "HG") {
            static const QByteArray huge = png(5600, 5600, QImage::Format_Mono);
            send(socket, head(200, "OK", huge.size()) + huge);
            socket->disconnectFromHost();
        } else if (code == "HH") {
            send(socket, "HTTP/1.1 200 " + QByteArray(3 * 1024 * 1024, 'A') + "\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        } else if (code == "RF" || code == "RL" || code == "RR") {
            const QByteArray target = code == "RF" ? "ftp://" + origin + path
                : code == "RL"                     ? QByteArray("file:///etc/passwd")
                                                   : "http://" + origin + path;
            send(socket,
                "HTTP/1.1 " + QByteArray(code == "RL" ? "301 Moved Permanently" : "302 Found")
                    + "\r\nLocation: " + target + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        } else if (code == "ES") {
            QByteArray reason = "\x1b]0;owned\x07\x1b[2J\x1b[31mBad\x9b"
                                "1m news ";
            while (reason.size() < 4096)
                reason += "\x1b[5m\x07\x08\x7f";
            send(socket, "HTTP/1.1 500 " + reason + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        } else if (code == "GB") {
            static const char garbage[] = "\x16\x03\x01\x02\x00 garbage, no HTTP here\r\n\r\n\x00\x01\x02";
            send(socket, QByteArray(garbage, sizeof garbage - 1)); // zero bytes included, the final one not
            socket->disconnectFromHost();
        } else if (code == "GS") {
            send(socket, "HTTP/1.1 2x0 Fine\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        } else if (code == "MB") {
            send(socket, head(200, "OK", 100000) + QByteArray(1000, 'x'));
            socket->disconnectFromHost();
        } else {
            static const QByteArray flag = png(64, 40);
            send(socket, head(200, "OK", flag.size()) + flag);
            socket->disconnectFromHost();
        }
    }

    static QByteArray head(int status, const QByteArray &reason, qint64 length)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: image/png\r\nContent-Length: " + QByteArray::number(length)
            + "\r\nConnection: close\r\n\r\n";
    }

    QSemaphore m_ready;
    quint16 m_port = 0;
    std::atomic<int> m_open{0};
    std::atomic<qint64> m_sent{0};
};
