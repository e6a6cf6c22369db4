// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagserver.h"

#include <QCoroNetworkReply>
#include <QCoroTask>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <cmath>
#include <memory>
#include <vector>

using namespace Lab;

namespace {

struct Response
{
    int status = 0; // 0: no HTTP answer (aborted, connection refused …)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray contentLength;
    QByteArray allow;
    double seconds = 0;
};

QCoro::Task<Response> fetch(QNetworkAccessManager *manager, QUrl url, QByteArray verb = "GET")
{
    QElapsedTimer clock;
    clock.start();
    QNetworkRequest request(url);
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
        manager->sendCustomRequest(request, verb), [](QNetworkReply *r) {
            r->deleteLater();
        });
    co_await reply.get();
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.body = reply->readAll();
    response.contentType = reply->rawHeader("Content-Type");
    response.contentLength = reply->rawHeader("Content-Length");
    response.allow = reply->rawHeader("Allow");
    response.seconds = clock.nsecsElapsed() / 1e9;
    co_return response;
}

// Started all at once over @p managers (one QNetworkAccessManager opens at most 6 connections
// per host), then awaited in order.
QCoro::Task<std::vector<Response>> fetchAll(std::vector<QNetworkAccessManager *> managers, QUrl url, int count)
{
    std::vector<QCoro::Task<Response>> tasks;
    for (int i = 0; i < count; ++i)
        tasks.push_back(fetch(managers.at(i % managers.size()), url));
    std::vector<Response> responses;
    for (auto &task : tasks)
        responses.push_back(co_await task);
    co_return responses;
}

// One request written by hand, for paths a URL class would normalize; returns the status line
// and body. The server runs on this thread, so wait with the event loop, never blocking.
QPair<QByteArray, QByteArray> rawGet(quint16 port, const QByteArray &target)
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] {
        received += socket.readAll();
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const auto complete = [&] {
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = received.left(end).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        return received.size() >= end + 4 + length;
    };
    const auto done = [&] {
        return complete() || socket.state() == QAbstractSocket::UnconnectedState;
    };
    if (!QTest::qWaitFor(done, 5000))
        return {"(no complete answer within 5 s)", received};
    const qsizetype end = received.indexOf("\r\n\r\n");
    return {received.left(received.indexOf("\r\n")), end < 0 ? QByteArray() : received.mid(end + 4)};
}

} // namespace

class TestFlagServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void shippedFlags();
    void baseUrl();
    void routes_data();
    void routes();
    void metadataAndList();
    void unsafePaths_data();
    void unsafePaths();
    void connectionCloseIsHonoured();
    void delay();
    void concurrentDelaysTakeOneDelay();
    void jitterStaysInRange();
    void errorShare();
    void missingInErrorMode();
    void abortedClientDoesNotCrash();
    void settingsChangeLive();
    void closeDropsPendingAndRestarts();
    void closeFromItsOwnSignal();
    void busyPortFails();
    void burstOfConnects();

private:
    Response get(const QString &path, const QByteArray &verb = "GET");
    QUrl url(const QString &path) const;

    FlagServer m_server;
    QNetworkAccessManager m_manager;
};

QUrl TestFlagServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port()).arg(path));
}

Response TestFlagServer::get(const QString &path, const QByteArray &verb)
{
    return QCoro::waitFor(fetch(&m_manager, url(path), verb));
}

void TestFlagServer::initTestCase()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_server.isListening());
    QVERIFY(m_server.port() > 0);
}

void TestFlagServer::init()
{
    m_server.setSettings({});
    m_server.resetCounters();
}

void TestFlagServer::shippedFlags()
{
    const QStringList book = FlagServer::bookCodes();
    QCOMPARE(book.size(), 194);
    QCOMPARE(book.first(), QStringLiteral("AD"));
    QCOMPARE(book.last(), QStringLiteral("ZW"));
    const QStringList codes = m_server.codes();
    QVERIFY(codes.size() >= book.size());
    for (const QString &cc : codes) {
        const QImage image = QImage::fromData(m_server.flagPng(cc), "PNG");
        QVERIFY2(image.size() == QSize(160, 120), qPrintable(cc));
        QVERIFY2(!m_server.countryName(cc).isEmpty(), qPrintable(cc));
    }
    for (const QString &cc : book)
        QVERIFY2(codes.contains(cc), qPrintable(cc + QStringLiteral(" has no flag")));
    QCOMPARE(m_server.countryName(QStringLiteral("BR")), QStringLiteral("Brazil"));
    QCOMPARE(m_server.countryName(QStringLiteral("bo")), QStringLiteral("Bolivia"));
    QVERIFY(m_server.countryName(QStringLiteral("XX")).isEmpty());
    QVERIFY(m_server.flagPng(QStringLiteral("xx")).isEmpty());
}

void TestFlagServer::baseUrl()
{
    QCOMPARE(m_server.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/flags").arg(m_server.port())));
}

void TestFlagServer::routes_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");

    const QByteArray png = "image/png";
    const QByteArray json = "application/json";
    const QByteArray text = "text/plain; charset=utf-8";
    QTest::newRow("png") << QByteArray("GET") << "/flags/br/br.png" << 200 << png;
    QTest::newRow("another png") << QByteArray("GET") << "/flags/zw/zw.png" << 200 << png;
    QTest::newRow("metadata") << QByteArray("GET") << "/flags/br/metadata.json" << 200 << json;
    QTest::newRow("list") << QByteArray("GET") << "/flags/" << 200 << json;
    QTest::newRow("query ignored") << QByteArray("GET") << "/flags/br/br.png?x=1" << 200 << png;
    QTest::newRow("unknown code") << QByteArray("GET") << "/flags/xx/xx.png" << 404 << text;
    QTest::newRow("unknown metadata") << QByteArray("GET") << "/flags/xx/metadata.json" << 404 << text;
    QTest::newRow("upper case") << QByteArray("GET") << "/flags/BR/BR.png" << 404 << text;
    QTest::newRow("other code's file") << QByteArray("GET") << "/flags/br/us.png" << 404 << text;
    QTest::newRow("gif") << QByteArray("GET") << "/flags/br/br.gif" << 200 << QByteArray("image/gif");
    QTest::newRow("other code's gif") << QByteArray("GET") << "/flags/br/us.gif" << 404 << text;
    QTest::newRow("three letters") << QByteArray("GET") << "/flags/bra/bra.png" << 404 << text;
    QTest::newRow("deeper") << QByteArray("GET") << "/flags/br/br.png/x" << 404 << text;
    QTest::newRow("code folder") << QByteArray("GET") << "/flags/br/" << 404 << text;
    QTest::newRow("no slash") << QByteArray("GET") << "/flags" << 404 << text;
    QTest::newRow("root") << QByteArray("GET") << "/" << 404 << text;
    QTest::newRow("other path") << QByteArray("GET") << "/index.html" << 404 << text;
    QTest::newRow("very long path") << QByteArray("GET") << "/flags/" + QString(5000, u'a') + "/x.png" << 414 << text;
    QTest::newRow("POST") << QByteArray("POST") << "/flags/br/br.png" << 405 << text;
    QTest::newRow("PUT") << QByteArray("PUT") << "/flags/br/br.png" << 405 << text;
    QTest::newRow("DELETE list") << QByteArray("DELETE") << "/flags/" << 405 << text;
}

void TestFlagServer::routes()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);

    const Response response = get(path, verb);
    QCOMPARE(response.status, status);
    QCOMPARE(response.contentType, contentType);
    QVERIFY(!response.body.isEmpty());
    QCOMPARE(response.contentLength, QByteArray::number(response.body.size()));
    if (status == 405)
        QCOMPARE(response.allow, QByteArray("GET, HEAD"));
    if (contentType == "image/png")
        QCOMPARE(response.body, m_server.flagPng(path.section(u'/', 2, 2)));
}

void TestFlagServer::metadataAndList()
{
    const QJsonObject metadata = QJsonDocument::fromJson(get(QStringLiteral("/flags/br/metadata.json")).body).object();
    QCOMPARE(metadata.value(QStringLiteral("country")).toString(), QStringLiteral("Brazil"));
    QCOMPARE(metadata.value(QStringLiteral("iso_cc")).toString(), QStringLiteral("BR"));
    QCOMPARE(metadata.value(QStringLiteral("tld_cc")).toString(), QStringLiteral(".br"));
    QCOMPARE(QJsonDocument::fromJson(get(QStringLiteral("/flags/gb/metadata.json")).body)
                 .object()
                 .value(QStringLiteral("tld_cc"))
                 .toString(),
        QStringLiteral(".uk"));

    const QJsonArray list = QJsonDocument::fromJson(get(QStringLiteral("/flags/")).body).array();
    QCOMPARE(list.size(), m_server.codes().size());
    QCOMPARE(list.first().toString(), QStringLiteral("ad"));
    QVERIFY(list.contains(QStringLiteral("br")));
}

void TestFlagServer::unsafePaths_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("dot dot") << QByteArray("/flags/../../etc/passwd");
    QTest::newRow("dot dot in code") << QByteArray("/flags/br/../../../etc/passwd");
    QTest::newRow("dot dot as code") << QByteArray("/flags/../br.png");
    QTest::newRow("encoded dot dot") << QByteArray("/flags/%2e%2e/%2e%2e/etc/passwd");
    QTest::newRow("encoded slashes") << QByteArray("/flags/..%2f..%2fetc%2fpasswd/x.png");
    QTest::newRow("backslashes") << QByteArray("/flags/..\\..\\etc\\passwd/x.png");
    QTest::newRow("resource path") << QByteArray("/flags/:/flags/br.png");
    QTest::newRow("source file") << QByteArray("/flags/../models/flags/flagserver.cpp");
    QTest::newRow("very long") << "/flags/" + QByteArray(20000, 'b') + "/b.png";
}

void TestFlagServer::unsafePaths()
{
    QFETCH(QByteArray, target);
    const auto [statusLine, body] = rawGet(m_server.port(), target);
    QVERIFY2(statusLine.startsWith("HTTP/1.1 4"), statusLine.constData());
    // Whatever the path, the answer is one of the server's short texts, never a file's content.
    QVERIFY2(body.size() < 100, body.left(100).constData());
    QVERIFY(!body.contains("root:"));
    QVERIFY(!body.contains("#include"));
}

void TestFlagServer::connectionCloseIsHonoured()
{
    // A client that reads to the end of the stream (HTTP/1.0 style) must see the stream end.
    m_server.setSettings({0.05, 0, 0});
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] {
        received += socket.readAll();
    });
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    socket.write("GET /flags/br/metadata.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(received.startsWith("HTTP/1.1 200"), received.constData());
    QVERIFY(received.endsWith(R"({"country":"Brazil","iso_cc":"BR","tld_cc":".br"})"));
}

void TestFlagServer::delay()
{
    m_server.setSettings({0.2, 0, 0});
    const Response response = get(QStringLiteral("/flags/br/br.png"));
    QCOMPARE(response.status, 200);
    QVERIFY2(response.seconds >= 0.19 && response.seconds < 0.3, qPrintable(QString::number(response.seconds)));
    // Other methods are answered at once.
    QVERIFY(get(QStringLiteral("/flags/br/br.png"), "POST").seconds < 0.1);
}

void TestFlagServer::concurrentDelaysTakeOneDelay()
{
    // 16 requests on 4 managers: all connected at once, as one manager would send waves of 6.
    m_server.setSettings({0.3, 0, 0});
    QNetworkAccessManager managers[4];
    QElapsedTimer clock;
    clock.start();
    const auto responses = QCoro::waitFor(fetchAll(
        {&managers[0], &managers[1], &managers[2], &managers[3]}, url(QStringLiteral("/flags/br/br.png")), 16));
    const double seconds = clock.nsecsElapsed() / 1e9;
    for (const Response &response : responses)
        QCOMPARE(response.status, 200);
    // Held threads would serialize them on 2 cores (16 × 0.3 s); timers overlap them all.
    QVERIFY2(seconds >= 0.29 && seconds < 0.5, qPrintable(QString::number(seconds)));
    QCOMPARE(m_server.maxInFlight(), 16);
    QCOMPARE(m_server.requestsServed(), 16);
    QCOMPARE(m_server.inFlight(), 0);
}

void TestFlagServer::jitterStaysInRange()
{
    m_server.setSettings({0.1, 0.2, 0});
    QNetworkAccessManager managers[2];
    const auto responses =
        QCoro::waitFor(fetchAll({&managers[0], &managers[1]}, url(QStringLiteral("/flags/br/br.png")), 12));
    double shortest = 10;
    double longest = 0;
    for (const Response &response : responses) {
        QCOMPARE(response.status, 200);
        shortest = std::min(shortest, response.seconds);
        longest = std::max(longest, response.seconds);
    }
    QVERIFY2(shortest >= 0.095 && longest < 0.4, qPrintable(QStringLiteral("%1 … %2").arg(shortest).arg(longest)));
    QVERIFY2(longest - shortest > 0.02, "no jitter seen in 12 requests");
}

void TestFlagServer::errorShare()
{
    // Binomial: n = 400, p = 0.25 → 100 ± 8.66 (σ); 4.5 σ bounds fail once in about 150,000 runs.
    constexpr int n = 400;
    constexpr double p = 0.25;
    const double sigma = std::sqrt(n * p * (1 - p));
    m_server.setSettings({0, 0, p});
    QVERIFY(!FlagServer::isMissingInErrorMode(QStringLiteral("BR")));
    QNetworkAccessManager managers[4];
    const auto responses = QCoro::waitFor(
        fetchAll({&managers[0], &managers[1], &managers[2], &managers[3]}, url(QStringLiteral("/flags/br/br.png")), n));
    QMap<int, int> statuses;
    for (const Response &response : responses)
        ++statuses[response.status];
    const int errors = n - statuses.value(200);
    QCOMPARE(statuses.value(418) + statuses.value(500) + statuses.value(502) + statuses.value(503), errors);
    QVERIFY2(std::abs(errors - n * p) <= 4.5 * sigma, qPrintable(QString::number(errors)));
    for (int status : {418, 500, 502, 503})
        QVERIFY2(statuses.value(status) > 0, qPrintable(QString::number(status))); // each ~25: never 0 in practice
}

void TestFlagServer::missingInErrorMode()
{
    QStringList missing;
    for (const QString &cc : FlagServer::bookCodes()) {
        if (FlagServer::isMissingInErrorMode(cc))
            missing.append(cc);
    }
    QCOMPARE(missing.join(u' '), QStringLiteral("AR BI BZ IN KM LU ML SI SZ UY"));

    QCOMPARE(get(QStringLiteral("/flags/in/in.png")).status, 200);
    // Error mode with a rate too small to ever draw: only the fixed 404s remain.
    m_server.setSettings({0, 0, 1e-12});
    QCOMPARE(get(QStringLiteral("/flags/in/in.png")).status, 404);
    QCOMPARE(get(QStringLiteral("/flags/in/metadata.json")).status, 404);
    QCOMPARE(get(QStringLiteral("/flags/br/br.png")).status, 200);
}

void TestFlagServer::abortedClientDoesNotCrash()
{
    m_server.setSettings({0.3, 0, 0});
    QSignalSpy dropped(&m_server, &FlagServer::requestDropped);
    std::vector<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i)
        replies.push_back(m_manager.get(QNetworkRequest(url(QStringLiteral("/flags/br/br.png")))));
    QTRY_COMPARE(m_server.inFlight(), 4);
    for (QNetworkReply *reply : replies) {
        reply->abort();
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        reply->deleteLater();
    }
    // Counted as dropped when the server sees the client go, before the delay ends.
    QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), 4, 2000);
    // A raw client that sends a request and hangs up at once.
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write("GET /flags/br/br.png HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(m_server.inFlight(), 1);
    }
    QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), 5, 2000);
    QCOMPARE(m_server.requestsDropped(), 5);
    QCOMPARE(m_server.inFlight(), 0);
    QCOMPARE(get(QStringLiteral("/flags/br/br.png")).status, 200);
}

void TestFlagServer::settingsChangeLive()
{
    QSignalSpy changed(&m_server, &FlagServer::settingsChanged);
    m_server.setSettings({-1, -1, 2}); // cleaned up, not trusted
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_server.settings(), (FlagServerSettings{0, 0, 1}));
    for (int i = 0; i < 3; ++i)
        QVERIFY(get(QStringLiteral("/flags/br/br.png")).status >= 418);

    m_server.setSettings({0.2, 0, 0});
    Response response = get(QStringLiteral("/flags/br/br.png"));
    QCOMPARE(response.status, 200);
    QVERIFY(response.seconds >= 0.19);

    m_server.setSettings({});
    response = get(QStringLiteral("/flags/br/br.png"));
    QCOMPARE(response.status, 200);
    QVERIFY(response.seconds < 0.1);
    QCOMPARE(changed.size(), 3);
}

void TestFlagServer::closeDropsPendingAndRestarts()
{
    FlagServer server;
    QVERIFY(server.listen());
    const QUrl url = QUrl(server.baseUrl().toString() + QStringLiteral("/br/br.png"));
    server.setSettings({0.3, 0, 0});
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QTRY_COMPARE(server.inFlight(), 1);
    server.close();
    QVERIFY(!server.isListening());
    QCOMPARE(server.port(), quint16(0));
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->error() != QNetworkReply::NoError);
    reply->deleteLater();
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsDropped(), 1, 2000);

    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    server.setSettings({});
    const Response response =
        QCoro::waitFor(fetch(&manager, QUrl(server.baseUrl().toString() + QStringLiteral("/br/br.png"))));
    QCOMPARE(response.status, 200);
}

void TestFlagServer::closeFromItsOwnSignal()
{
    // The Flags page may stop the server from a slot while the server is inside its handler.
    FlagServer server;
    QVERIFY(server.listen());
    connect(&server, &FlagServer::requestAnswered, &server, &FlagServer::close);
    QNetworkAccessManager manager;
    QCoro::waitFor(fetch(&manager, QUrl(server.baseUrl().toString() + QStringLiteral("/"))));
    QVERIFY(!server.isListening());
    QCOMPARE(server.requestsServed(), 1);
    QVERIFY(server.listen());
    QVERIFY(server.isListening());
}

void TestFlagServer::busyPortFails()
{
    FlagServer other;
    QVERIFY(!other.listen(QHostAddress::LocalHost, m_server.port()));
    QVERIFY(!other.isListening());
    QVERIFY(!other.errorString().isEmpty());
    QVERIFY(!other.baseUrl().isValid());
}

void TestFlagServer::burstOfConnects()
{
    // 200 connects at once: a small backlog drops SYNs, and their retry costs about 1 s.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 200; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, m_server.port());
    }
    const auto connected = [&] {
        return std::all_of(sockets.begin(), sockets.end(), [](const auto &socket) {
            return socket->state() == QAbstractSocket::ConnectedState;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(connected(), 5000);
    QVERIFY2(clock.elapsed() < 800, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestFlagServer)
#include "tst_flagserver.moc"
