// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/clock.h"
#include "models/flags/blockinghttpget.h"

#include <QFuture>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Lab;
using Failure = HttpResponse::Failure;

Q_DECLARE_METATYPE(Lab::HttpResponse::Failure)

namespace {

// Answers every request with canned bytes, in pieces 30 ms apart, then closes if asked.
class CannedServer : public QObject
{
public:
    CannedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QList<QByteArray> pieces;
    bool closeAfter = false;
    QList<QByteArray> requests; // what arrived, one per connection
    QList<QByteArray> secondAnswer; // answer for a second connection (redirects)

private:
    void serve(QTcpSocket *socket)
    {
        auto received = std::make_shared<QByteArray>();
        const QList<QByteArray> answer = requests.isEmpty() || secondAnswer.isEmpty() ? pieces : secondAnswer;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, received, answer] {
            *received += socket->readAll();
            if (!received->contains("\r\n\r\n"))
                return;
            requests.append(*received);
            for (int i = 0; i < answer.size(); ++i) {
                QTimer::singleShot(30 * i, socket, [socket, piece = answer.at(i)] {
                    socket->write(piece);
                });
            }
            if (closeAfter)
                QTimer::singleShot(30 * answer.size(), socket, [socket] {
                    socket->disconnectFromHost();
                });
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
    QTcpServer m_server;
};

// The blocking GET runs on a worker thread, so that this thread's loop can serve it.
HttpResponse getInWorker(const QUrl &url, double timeout, std::atomic<bool> *stop = nullptr)
{
    QFuture<HttpResponse> future = QtConcurrent::run([url, timeout, stop] {
        return blockingHttpGet(url, timeout, stop);
    });
    while (!future.isFinished())
        QTest::qWait(5); // keeps the canned server answering
    return future.result();
}

} // namespace

class TestBlockingHttpGet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answers_data();
    void answers();
    void sendsAPlainGet();
    void followsNoRedirect();
    void timeout();
    void stopFlag();
    void connectionRefused();
};

void TestBlockingHttpGet::answers_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("content-length") << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"} << false
                                    << Failure::None << 200 << "OK" << QByteArray("hello");
    QTest::newRow("in pieces") << QList<QByteArray>{"HTTP/1.1 200 OK\r\nConte", "nt-Length: 11\r\n\r\nhel", "lo world"}
                               << false << Failure::None << 200 << "OK" << QByteArray("hello world");
    QTest::newRow("chunked") << QList<QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n",
        "6\r\n world\r\n0\r\n\r\n"}
                             << false << Failure::None << 200 << "OK" << QByteArray("hello world");
    QTest::newRow("until close") << QList<QByteArray>{"HTTP/1.0 200 OK\r\n\r\nhel", "lo"} << true << Failure::None
                                 << 200 << "OK" << QByteArray("hello");
    QTest::newRow("teapot") << QList<QByteArray>{"HTTP/1.1 418 I'm a Teapot\r\nContent-Length: 3\r\n\r\n418"} << false
                            << Failure::None << 418 << "I'm a Teapot" << QByteArray("418");
    QTest::newRow("no reason") << QList<QByteArray>{"HTTP/1.1 503\r\nContent-Length: 0\r\n\r\n"} << false
                               << Failure::None << 503 << "" << QByteArray();
    QTest::newRow("closed early") << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort"} << true
                                  << Failure::ConnectionClosed << 0 << "" << QByteArray();
    QTest::newRow("not http") << QList<QByteArray>{"garbage\r\n\r\n"} << false << Failure::ConnectionClosed << 0 << ""
                              << QByteArray();
    QTest::newRow("bad status") << QList<QByteArray>{"HTTP/1.1 abc\r\n\r\n"} << false << Failure::ConnectionClosed << 0
                                << "" << QByteArray();
    QTest::newRow("bad chunk") << QList<QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"}
                               << false << Failure::Malformed << 0 << "" << QByteArray();
    QTest::newRow("head too long") << QList<QByteArray>{"HTTP/1.1 200 "
        + QByteArray(HttpResponse::MaxHeadBytes + 10, 'A')}
                                   << false << Failure::Malformed << 0 << "" << QByteArray();
    QTest::newRow("escape sequences in the reason")
        << QList<QByteArray>{"HTTP/1.1 500 \x1b]0;owned\x07\x1b[2JBad\x9b news" + QByteArray(300, 'x')
               + "\r\nContent-Length: 0\r\n\r\n"}
        << false << Failure::None << 500
        << QStringLiteral("]0;owned[2JBad news") + QString(HttpResponse::MaxReasonChars - 20, u'x') + QChar(0x2026)
        << QByteArray();
}

void TestBlockingHttpGet::answers()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(bool, closeAfter);
    CannedServer server;
    server.pieces = pieces;
    server.closeAfter = closeAfter;
    const HttpResponse response = getInWorker(server.url("/flags/br/br.png"), 3.0);
    QTEST(response.failure, "failure");
    QTEST(response.status, "status");
    QTEST(response.reason, "reason");
    QTEST(response.body, "body");
}

void TestBlockingHttpGet::sendsAPlainGet()
{
    CannedServer server;
    server.pieces = {"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"};
    const QUrl url = server.url("/flags/br/br.png");
    getInWorker(url, 3.0);
    QCOMPARE(server.requests.size(), 1);
    const QByteArray request = server.requests.first();
    QVERIFY2(request.startsWith("GET /flags/br/br.png HTTP/1.1\r\n"), request.constData());
    QVERIFY(request.contains("\r\nHost: 127.0.0.1:" + QByteArray::number(url.port()) + "\r\n"));
    QVERIFY(request.contains("\r\nConnection: close\r\n"));
}

void TestBlockingHttpGet::followsNoRedirect()
{
    // As the QNetworkAccessManager modes: a 3xx is the answer, wherever it points.
    CannedServer server;
    server.pieces = {"HTTP/1.1 302 Found\r\nLocation: /elsewhere/br.png\r\nContent-Length: 0\r\n\r\n"};
    server.secondAnswer = {"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"};
    const HttpResponse response = getInWorker(server.url("/flags/br/br.png"), 3.0);
    QCOMPARE(response.failure, Failure::None);
    QCOMPARE(response.status, 302);
    QCOMPARE(server.requests.size(), 1);
}

void TestBlockingHttpGet::timeout()
{
    CannedServer server; // listens, never answers
    const qint64 start = nowNs();
    const HttpResponse response = getInWorker(server.url("/flags/br/br.png"), 0.3);
    const double took = double(nowNs() - start) / 1e9;
    QCOMPARE(response.failure, Failure::Timeout);
    QCOMPARE(response.failureText(0.3), QStringLiteral("timeout after 0.3 s"));
    QVERIFY2(took > 0.28 && took < 0.5, qPrintable(QString::number(took)));
}

void TestBlockingHttpGet::stopFlag()
{
    CannedServer server;
    std::atomic<bool> stop = false;
    QTimer::singleShot(100, [&stop] {
        stop = true;
    });
    const qint64 start = nowNs();
    const HttpResponse response = getInWorker(server.url("/flags/br/br.png"), 5.0, &stop);
    const double took = double(nowNs() - start) / 1e9;
    QCOMPARE(response.failure, Failure::Stopped);
    QVERIFY2(took < 0.3, qPrintable(QString::number(took))); // gives up within its 50 ms poll
}

void TestBlockingHttpGet::connectionRefused()
{
    QUrl url;
    {
        CannedServer gone;
        url = gone.url("/flags/br/br.png");
    }
    const HttpResponse response = getInWorker(url, 3.0);
    QCOMPARE(response.failure, Failure::ConnectionRefused);
    QCOMPARE(response.failureText(3.1), QStringLiteral("connection refused"));
}

QTEST_GUILESS_MAIN(TestBlockingHttpGet)
#include "tst_blockinghttpget.moc"
