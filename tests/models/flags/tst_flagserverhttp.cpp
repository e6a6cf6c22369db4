// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The flag server's HTTP as standard clients (ab, wrk, httpx, browsers) expect it, byte by byte
// over raw sockets on loopback: connection semantics of HTTP/1.0 and 1.1, HEAD, the refusals,
// Date, validators and 304, the GIF flags, WebSocket upgrades, and the caps on memory and connections.
#include "models/flags/flagserverhttp.h"
#include "models/flags/flagserverthread.h"

#include <QDateTime>
#include <QImage>
#include <QTcpSocket>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

#include "tests/common/heapbytes.h"

using namespace Lab;

namespace {

struct Answer
{
    int status = 0;
    QByteArray statusLine;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// The answers in @p bytes, as far as they are complete; @p bodiless: answers to HEAD.
QList<Answer> parseAnswers(const QByteArray &bytes, bool bodiless = false)
{
    QList<Answer> answers;
    qsizetype at = 0;
    while (true) {
        const qsizetype end = bytes.indexOf("\r\n\r\n", at);
        if (end < 0)
            break;
        Answer answer;
        const QList<QByteArray> lines = bytes.mid(at, end - at).split('\n');
        answer.statusLine = lines.first().trimmed();
        answer.status = answer.statusLine.mid(9, 3).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            answer.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length =
            bodiless || answer.status == 304 ? 0 : answer.headers.value("content-length").toLongLong();
        if (bytes.size() < end + 4 + length)
            break;
        answer.body = bytes.mid(end + 4, length);
        answers.append(answer);
        at = end + 4 + length;
    }
    return answers;
}

// A client that writes bytes by hand and collects what comes back, on the event loop.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] {
            m_received += m_socket.readAll();
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    // Waits for @p count complete answers; false if they did not come within 10 s.
    bool waitAnswers(int count, bool bodiless = false)
    {
        return QTest::qWaitFor(
            [&] {
                return parseAnswers(m_received, bodiless).size() >= count;
            },
            10000);
    }
    bool waitClosed()
    {
        return QTest::qWaitFor(
            [&] {
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            10000);
    }
    QList<Answer> answers(bool bodiless = false) const { return parseAnswers(m_received, bodiless); }
    QByteArray received() const { return m_received; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

// Memory the process holds: its resident set; under a sanitizer, whose allocator keeps freed
// memory in quarantine, the bytes its allocator has handed out and not had back.
qint64 residentBytes()
{
#if defined(LAB_SANITIZED_ALLOCATOR)
    return heapBytesInUse();
#else
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
#endif
}

} // namespace

class TestFlagServerHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void http11KeepsTheConnection();
    void http11CloseIsHonoured();
    void http10Closes();
    void http10KeepAliveIsAnswered();
    void pipelinedAnswersKeepTheirOrder();
    void headIsGetWithoutBody();
    void refusals_data();
    void refusals();
    void unknownMethodIsNotImplemented();
    void dateOnEveryAnswer();
    void conditionalGets_data();
    void conditionalGets();
    void everyFlagIsARealGif();
    void webSocketUpgradeGetsOneAnswer();
    void connectionCapRefusesPolitely();
    void openFileLimitIsRaised();
    void bufferedBytesAreCappedAndMemoryReturns();

private:
    FlagServer m_server;
};

void TestFlagServerHttp::init()
{
    m_server.setSettings({});
    m_server.setMaxConnections(FlagServer::MaxConnections);
    if (!m_server.isListening())
        QVERIFY(m_server.listen());
}

void TestFlagServerHttp::http11KeepsTheConnection()
{
    RawClient client(m_server.port());
    client.send("GET /flags/br/metadata.json HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(client.waitAnswers(1));
    QVERIFY(!client.answers().first().headers.contains("connection"));
    client.send("GET /flags/jp/metadata.json HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(client.waitAnswers(2));
    QVERIFY(client.isOpen());
    QVERIFY(client.answers().at(1).body.contains("Japan"));
}

void TestFlagServerHttp::http11CloseIsHonoured()
{
    RawClient client(m_server.port());
    client.send("GET /flags/br/metadata.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QVERIFY(client.waitClosed());
    QCOMPARE(client.answers().size(), 1);
    QCOMPARE(client.answers().first().headers.value("connection"), QByteArray("close"));
}

void TestFlagServerHttp::http10Closes()
{
    // What ab sends without -k: it reads until the server closes.
    RawClient client(m_server.port());
    client.send("GET /flags/br/br.gif HTTP/1.0\r\nHost: x\r\nUser-Agent: ApacheBench/2.3\r\nAccept: */*\r\n\r\n");
    QVERIFY(client.waitClosed());
    const QList<Answer> answers = client.answers();
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 200);
    QCOMPARE(answers.first().headers.value("connection"), QByteArray("close"));
    QCOMPARE(answers.first().body, m_server.flagGif(QStringLiteral("br")));
}

void TestFlagServerHttp::http10KeepAliveIsAnswered()
{
    // ab -k: HTTP/1.0 with "Connection: Keep-Alive" expects the same back, and a Content-Length.
    RawClient client(m_server.port());
    client.send("GET /flags/br/br.gif HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
    QVERIFY(client.waitAnswers(1));
    QCOMPARE(client.answers().first().headers.value("connection").toLower(), QByteArray("keep-alive"));
    client.send("GET /flags/br/br.gif HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
    QVERIFY(client.waitAnswers(2));
    QVERIFY(client.isOpen());
}

void TestFlagServerHttp::pipelinedAnswersKeepTheirOrder()
{
    // With a jitter, later requests may be due first: the answers still go out in request order.
    m_server.setSettings({0.01, 0.2, 0});
    RawClient client(m_server.port());
    QByteArray requests;
    const QStringList codes{"br", "jp", "de", "fr", "in", "us"};
    for (const QString &cc : codes)
        requests += "GET /flags/" + cc.toLatin1() + "/metadata.json HTTP/1.1\r\nHost: x\r\n\r\n";
    client.send(requests);
    QVERIFY(client.waitAnswers(int(codes.size())));
    for (qsizetype i = 0; i < codes.size(); ++i)
        QVERIFY(client.answers().at(i).body.contains("\"iso_cc\":\"" + codes.at(i).toUpper().toLatin1() + '"'));
}

void TestFlagServerHttp::headIsGetWithoutBody()
{
    RawClient get(m_server.port());
    get.send("GET /flags/br/br.gif HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(get.waitAnswers(1));
    RawClient head(m_server.port());
    // A second request after the HEAD: had the HEAD carried a body, it would read as garbage.
    head.send("HEAD /flags/br/br.gif HTTP/1.1\r\nHost: x\r\n\r\nHEAD /flags/xx/xx.gif HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(head.waitAnswers(2, true));
    const QList<Answer> answers = head.answers(true);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).status, 200);
    QCOMPARE(answers.at(1).status, 404);
    for (const QByteArray name : {"content-type", "content-length", "etag", "last-modified"})
        QCOMPARE(answers.at(0).headers.value(name), get.answers().first().headers.value(name));
    QVERIFY(head.received().endsWith("\r\n\r\n"));
}

void TestFlagServerHttp::refusals_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("no version") << QByteArray("GET /flags/\r\n\r\n") << 400;
    QTest::newRow("two spaces") << QByteArray("GET  /flags/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("word after version") << QByteArray("GET /flags/ HTTP/1.1 x\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("not HTTP") << QByteArray("GET /flags/ FTP/1.0\r\n\r\n") << 400;
    QTest::newRow("lower-case version") << QByteArray("GET /flags/ http/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("binary bytes") << QByteArray("\x16\x03\x01\x02\x05\x01\x07\x01\xfc\x03\x03\r\n\r\n") << 400;
    QTest::newRow("target not a path") << QByteArray("GET flags HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("1.1 without Host") << QByteArray("GET /flags/ HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two Hosts") << QByteArray("GET /flags/ HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
    QTest::newRow("header without colon") << QByteArray("GET /flags/ HTTP/1.1\r\nHost x\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET /flags/ HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("folded header") << QByteArray("GET /flags/ HTTP/1.1\r\nHost: x\r\n y\r\n\r\n") << 400;
    QTest::newRow("negative Content-Length")
        << QByteArray("GET /flags/ HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n") << 400;
    QTest::newRow("word Content-Length") << QByteArray(
        "GET /flags/ HTTP/1.1\r\nHost: x\r\nContent-Length: five\r\n\r\n")
                                         << 400;
    QTest::newRow("two Content-Lengths") << QByteArray(
        "GET /flags/ HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\nhello")
                                         << 400;
    QTest::newRow("chunked body") << QByteArray(
        "POST /flags/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                                  << 411;
    QTest::newRow("body too large") << QByteArray(
        "POST /flags/ HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n\r\n")
                                    << 413;
    QTest::newRow("HTTP/2.0") << QByteArray("GET /flags/ HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("HTTP/0.9") << QByteArray("GET /flags/ HTTP/0.9\r\n\r\n") << 505;
    QTest::newRow("headers too large") << "GET /flags/ HTTP/1.1\r\nHost: x\r\nX-Big: "
            + QByteArray(FlagServer::MaxRequestBytes, 'x')
            + "\r\n\r\n" << 431;
}

void TestFlagServerHttp::refusals()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    RawClient client(m_server.port());
    client.send(request);
    // Answered, not silently closed, and then closed: the rest of the stream cannot be trusted.
    QVERIFY2(client.waitClosed(), client.received().left(200).constData());
    const QList<Answer> answers = client.answers();
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, status);
    QCOMPARE(answers.first().headers.value("connection"), QByteArray("close"));
    QCOMPARE(answers.first().headers.value("content-type"), QByteArray("text/plain; charset=utf-8"));
    QVERIFY(answers.first().body.startsWith(QByteArray::number(status) + ' '));
    QVERIFY2(answers.first().body.size() < 120, answers.first().body.constData());
}

void TestFlagServerHttp::unknownMethodIsNotImplemented()
{
    RawClient client(m_server.port());
    client.send("BREW /flags/ HTTP/1.1\r\nHost: x\r\n\r\nPOST /flags/ HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(client.waitAnswers(2));
    QCOMPARE(client.answers().at(0).status, 501);
    QCOMPARE(client.answers().at(1).status, 405);
    QCOMPARE(client.answers().at(1).headers.value("allow"), QByteArray("GET, HEAD"));
}

void TestFlagServerHttp::dateOnEveryAnswer()
{
    RawClient client(m_server.port());
    client.send("GET /flags/ HTTP/1.1\r\nHost: x\r\n\r\nGET /nothing HTTP/1.1\r\nHost: x\r\n\r\n"
                "DELETE /flags/ HTTP/1.1\r\nHost: x\r\n\r\nGET /flags/ HTTP/3.0\r\nHost: x\r\n\r\n");
    QVERIFY(client.waitAnswers(4));
    for (const Answer &answer : client.answers()) {
        const qint64 date = parseHttpDate(answer.headers.value("date"));
        QVERIFY2(date > 0, answer.statusLine.constData());
        QVERIFY(std::abs(date - QDateTime::currentSecsSinceEpoch()) < 3600);
    }
}

void TestFlagServerHttp::conditionalGets_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("gif") << QByteArray("/flags/br/br.gif");
    QTest::newRow("png") << QByteArray("/flags/br/br.png");
    QTest::newRow("metadata") << QByteArray("/flags/br/metadata.json");
    QTest::newRow("list") << QByteArray("/flags/");
}

void TestFlagServerHttp::conditionalGets()
{
    QFETCH(QByteArray, path);
    RawClient client(m_server.port());
    client.send("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(client.waitAnswers(1));
    const Answer first = client.answers().first();
    const QByteArray etag = first.headers.value("etag");
    const QByteArray modified = first.headers.value("last-modified");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 2);
    QVERIFY(parseHttpDate(modified) > 0);

    const QByteArray older = httpDate(parseHttpDate(modified) - 3600);
    const QList<QPair<QByteArray, int>> cases{
        {"If-None-Match: " + etag, 304}, {"If-None-Match: \"other\", W/" + etag, 304}, {"If-None-Match: *", 304},
        {"If-None-Match: \"other\"", 200}, {"If-Modified-Since: " + modified, 304},
        {"If-Modified-Since: " + older, 200}, {"If-Modified-Since: yesterday", 200},
        {"If-None-Match: \"other\"\r\nIf-Modified-Since: " + modified, 200}, // the tag decides
    };
    for (const auto &[header, status] : cases) {
        client.send("GET " + path + " HTTP/1.1\r\nHost: x\r\n" + header + "\r\n\r\n");
        QVERIFY(client.waitAnswers(int(client.answers().size()) + 1));
        const Answer answer = client.answers().last();
        QVERIFY2(answer.status == status, header.constData());
        QCOMPARE(answer.headers.value("etag"), etag);
        if (status == 304) {
            QVERIFY(answer.body.isEmpty());
            QVERIFY(!answer.headers.contains("content-length"));
        } else {
            QCOMPARE(answer.body, first.body);
        }
    }
}

void TestFlagServerHttp::everyFlagIsARealGif()
{
    // All of them pipelined on one connection, as a keep-alive client would fetch them.
    const QStringList codes = m_server.codes();
    RawClient client(m_server.port());
    QByteArray requests;
    for (const QString &code : codes) {
        const QByteArray cc = code.toLower().toLatin1();
        requests += "GET /flags/" + cc + '/' + cc + ".gif HTTP/1.1\r\nHost: x\r\n\r\n";
    }
    client.send(requests);
    QVERIFY(client.waitAnswers(int(codes.size())));
    const QList<Answer> answers = client.answers();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString &code = codes.at(i);
        const Answer &answer = answers.at(i);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("content-type"), QByteArray("image/gif"));
        QVERIFY2(answer.body.startsWith("GIF89a"), qPrintable(code)); // what `file` reads
        QVERIFY(answer.body.endsWith(';')); // the GIF trailer
        // The same picture as the PNG, pixel for pixel (the flags have at most 256 colours), with
        // GIF's one-bit transparency: the PNG's half-transparent edge pixels go either way by their alpha.
        const QImage gif = QImage::fromData(answer.body, "GIF").convertToFormat(QImage::Format_ARGB32);
        const QImage png = QImage::fromData(m_server.flagPng(code), "PNG").convertToFormat(QImage::Format_ARGB32);
        QVERIFY2(!gif.isNull(), qPrintable(code));
        QCOMPARE(gif.size(), png.size());
        int wrong = 0;
        for (int y = 0; y < png.height(); ++y) {
            const auto *want = reinterpret_cast<const QRgb *>(png.constScanLine(y));
            const auto *got = reinterpret_cast<const QRgb *>(gif.constScanLine(y));
            for (int x = 0; x < png.width(); ++x)
                wrong += qAlpha(want[x]) < 128 ? qAlpha(got[x]) != 0 : got[x] != (want[x] | 0xff000000u);
        }
        QVERIFY2(wrong == 0, qPrintable(QStringLiteral("%1: %2 pixels differ").arg(code).arg(wrong)));
    }
}

void TestFlagServerHttp::webSocketUpgradeGetsOneAnswer()
{
    // Delayed, so a second answer would have time to follow the first.
    m_server.setSettings({0.1, 0, 0});
    RawClient client(m_server.port());
    client.send("GET /flags/br/metadata.json HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QVERIFY(client.waitAnswers(1));
    QCOMPARE(client.answers().first().status, 200);
    // The next request's answer comes second: nothing unsolicited came between.
    client.send("GET /flags/jp/metadata.json HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(client.waitAnswers(2));
    QCOMPARE(client.answers().size(), 2);
    QVERIFY(client.answers().at(1).body.contains("Japan"));
    QCOMPARE(client.received().count("HTTP/1.1 "), 2);
}

void TestFlagServerHttp::connectionCapRefusesPolitely()
{
    QTRY_COMPARE(m_server.openConnections(), 0); // the earlier tests' clients are gone
    m_server.setMaxConnections(8);
    std::vector<std::unique_ptr<RawClient>> holders;
    for (int i = 0; i < 8; ++i)
        holders.push_back(std::make_unique<RawClient>(m_server.port()));
    QTRY_COMPARE(m_server.openConnections(), 8);
    RawClient extra(m_server.port());
    extra.send("GET /flags/ HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(extra.waitClosed());
    QCOMPARE(extra.answers().size(), 1);
    QCOMPARE(extra.answers().first().status, 503);
    QCOMPARE(extra.answers().first().headers.value("retry-after"), QByteArray("1"));
    // A place freed is a place for the next client.
    holders.pop_back();
    QTRY_COMPARE(m_server.openConnections(), 7);
    RawClient next(m_server.port());
    next.send("GET /flags/ HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(next.waitAnswers(1));
    QCOMPARE(next.answers().first().status, 200);
}

void TestFlagServerHttp::openFileLimitIsRaised()
{
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
    QCOMPARE(limit.rlim_cur, limit.rlim_max); // listen() raised it
    QVERIFY(m_server.maxConnections() <= FlagServer::MaxConnections);
    if (limit.rlim_max != RLIM_INFINITY)
        QVERIFY(qint64(m_server.maxConnections()) <= qint64(limit.rlim_max) - FlagServer::FileReserve);
}

void TestFlagServerHttp::bufferedBytesAreCappedAndMemoryReturns()
{
    // A bounded attack: 400 connections, each sending an unfinished request just under the 64 KiB
    // limit (26 MB in all, three times the cap on buffered bytes), from plain sockets so the
    // attackers cost this process little; the server is on its own thread.
    FlagServerThread server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    const auto connectRaw = [port] {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(fd);
            return -1;
        }
        ::fcntl(fd, F_SETFL, O_NONBLOCK);
        return fd;
    };
    const auto fetchFlag = [&] {
        const int fd = connectRaw();
        const QByteArray request = "GET /flags/br/br.png HTTP/1.0\r\n\r\n";
        ::send(fd, request.constData(), size_t(request.size()), 0);
        QByteArray answer;
        QTest::qWaitFor(
            [&] {
                char bytes[65536];
                const ssize_t got = ::recv(fd, bytes, sizeof bytes, 0);
                if (got > 0)
                    answer.append(bytes, got);
                return got == 0;
            },
            10000);
        ::close(fd);
        return answer;
    };
    QVERIFY(fetchFlag().startsWith("HTTP/1.1 200"));
    const qint64 before = residentBytes();

    const QByteArray partial = "GET /flags/ HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(65000, 'a');
    std::vector<int> attackers;
    for (int i = 0; i < 400; ++i) {
        const int fd = connectRaw();
        QVERIFY(fd >= 0);
        ::send(fd, partial.constData(), size_t(partial.size()), MSG_NOSIGNAL);
        attackers.push_back(fd);
    }
    // Past the cap the server refuses with 503 rather than buffering on.
    int refused = 0;
    QTest::qWaitFor(
        [&] {
            refused = 0;
            for (const int fd : attackers) {
                char bytes[512];
                const ssize_t got = ::recv(fd, bytes, sizeof bytes, MSG_PEEK);
                refused += got > 0 && QByteArray(bytes, int(got)).startsWith("HTTP/1.1 503") ? 1 : 0;
            }
            return refused >= 400 - FlagServer::MaxBufferedBytes / 65000;
        },
        10000);
    QVERIFY2(refused >= 400 - FlagServer::MaxBufferedBytes / 65000, qPrintable(QString::number(refused)));
    // A fresh client is served during the attack.
    QVERIFY(fetchFlag().startsWith("HTTP/1.1 200"));
    const qint64 during = residentBytes();

    for (const int fd : attackers)
        ::close(fd);
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(residentBytes() < before + 10 * 1024 * 1024,
        qPrintable(QStringLiteral("RSS %1 MiB before, %2 MiB during, %3 MiB after")
                       .arg(before >> 20)
                       .arg(during >> 20)
                       .arg(residentBytes() >> 20)),
        10000);
    QVERIFY(fetchFlag().startsWith("HTTP/1.1 200"));
}

QTEST_GUILESS_MAIN(TestFlagServerHttp)
#include "tst_flagserverhttp.moc"
