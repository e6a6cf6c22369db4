// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagserverthread.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <sys/socket.h>
#include <vector>

#include "tests/common/heapbytes.h"

using namespace Lab;

// A bounded request generator against the running flag server (on its own thread, on loopback):
// malformed request lines, huge headers, bad percent-encoding, "..", NUL bytes, very slow
// senders, half-closed and stalled connections, random bytes, pipelined garbage. Every
// connection must get an answer (a 4xx, or the 501, 503 or 505 that refuse a request, never
// another 5xx) or be closed within a bound, the server must
// still serve a flag after each batch, and the heap must not grow.
//
// Seeded and reproducible: the seed is printed; LAB_FUZZ_SEED=n repeats a run and
// LAB_FUZZ_REQUESTS=n sets its length (CI: 3000; by hand e.g. 200000).
namespace {

constexpr int IdleTimeoutMs = 400; // the server's, shortened so stalled clients end quickly
constexpr int BoundMs = 5000; // after its last byte, every connection is answered or closed by then

enum class Kind {
    BadRequestLine,
    HugeHeader,
    ManyHeaders,
    BadPercent,
    DotDot,
    Nul,
    SlowSender,
    HalfClosed,
    Stalled,
    RandomBytes,
    Pipelined,
    BodyAbuse,
    Count
};

const char *kindName(Kind kind)
{
    static const char *const names[] = {"bad request line", "huge header", "many headers", "bad percent-encoding", "..",
        "NUL byte", "slow sender", "half-closed", "stalled", "random bytes", "pipelined garbage", "body abuse"};
    return names[int(kind)];
}

struct Probe
{
    Kind kind = Kind::RandomBytes;
    QList<QByteArray> chunks; // written one by one, gapMs apart
    int gapMs = 0;
    bool halfClose = false; // shut the writing side after the last chunk
    bool mayBeOk = false; // a well-formed request may get 200
};

QByteArray validRequest(QRandomGenerator &random)
{
    static const char *const paths[] = {"/flags/", "/flags/br/br.png", "/flags/jp/metadata.json", "/flags/xx/xx.png"};
    return QByteArray("GET ") + paths[random.bounded(4)] + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

QByteArray randomBytes(QRandomGenerator &random, int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

Probe makeProbe(QRandomGenerator &random)
{
    Probe probe;
    // Slow senders take a while each: one in fifty.
    probe.kind = Kind(random.bounded(int(Kind::Count)));
    if (probe.kind == Kind::SlowSender && random.bounded(4) != 0)
        probe.kind = Kind::RandomBytes;
    const QByteArray valid = validRequest(random);
    switch (probe.kind) {
    case Kind::BadRequestLine: {
        static const char *const lines[] = {"GET\r\n\r\n", "GET /flags/\r\n\r\n", " / HTTP/1.1\r\n\r\n",
            "GET /flags/ HTTP/1.1 extra\r\n\r\n", "G\tET /flags/ HTTP/1.1\r\n\r\n", "GET /flags/ FTP/1.0\r\n\r\n",
            "\r\n\r\n\r\n", "GET http://[::1/flags/ HTTP/1.1\r\n\r\n", "get /flags/ http/1.1\r\n\r\n",
            "GET /flags/ HTTP/1.1\nHost x\n\n", "GET /flags/ HTTP/1.1\r\n: nameless\r\n\r\n"};
        const int line = random.bounded(int(std::size(lines)));
        probe.chunks = {lines[line]};
        // Read strictly: none of these is served.
        probe.mayBeOk = false;
        if (random.bounded(3) == 0) // a very long method or target
            probe.chunks = {QByteArray(random.bounded(1, 70000), 'G') + " /flags/ HTTP/1.1\r\n\r\n"};
        break;
    }
    case Kind::HugeHeader:
        probe.chunks = {"GET /flags/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
            + QByteArray(random.bounded(8 * 1024, 1024 * 1024), 'x') + "\r\n\r\n"};
        probe.mayBeOk = probe.chunks.first().size() <= FlagServer::MaxRequestBytes; // large, but allowed
        break;
    case Kind::ManyHeaders: {
        QByteArray request = "GET /flags/ HTTP/1.1\r\n";
        const int count = random.bounded(100, 20000);
        for (int i = 0; i < count; ++i)
            request += "X-" + QByteArray::number(i) + ": " + QByteArray::number(random.generate()) + "\r\n";
        probe.chunks = {request + "\r\n"};
        probe.mayBeOk = probe.chunks.first().size() <= FlagServer::MaxRequestBytes;
        break;
    }
    case Kind::BadPercent: {
        static const char *const paths[] = {"/flags/%", "/flags/%zz/%zz.png", "/flags/%1", "/flags/%%%%/x",
            "/flags/b%72/br.png", "/flags/%c0%ae%c0%ae/", "/flags/%ff%fe/metadata.json", "/flags/%00/%00.png",
            "/%2e%2e/%2e%2e/", "/flags/br/br%2epng"};
        probe.chunks = {
            QByteArray("GET ") + paths[random.bounded(int(std::size(paths)))] + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"};
        probe.mayBeOk = true; // e.g. "b%72" is "br"
        break;
    }
    case Kind::DotDot: {
        static const char *const paths[] = {"/flags/../../../../etc/passwd", "/../flags/", "/flags/br/../br/br.png",
            "/flags/..%2f..%2f..%2fetc%2fpasswd", "/flags/%2e%2e/%2e%2e/etc/passwd", "/flags/..\\..\\windows\\win.ini",
            "/flags/./br/./br.png", "//flags//br//br.png", "/flags/br/..", "/flags/../../proc/self/environ"};
        probe.chunks = {
            QByteArray("GET ") + paths[random.bounded(int(std::size(paths)))] + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"};
        probe.mayBeOk = true; // a path that names a flag is served, never a file
        break;
    }
    case Kind::Nul: {
        QByteArray request = valid;
        request.insert(random.bounded(qsizetype(request.size() - 4)), '\0');
        probe.chunks = {request};
        probe.mayBeOk = true; // a NUL in a header value is only a strange value
        break;
    }
    case Kind::SlowSender: {
        const int step = random.bounded(1, 4);
        for (qsizetype i = 0; i < valid.size(); i += step)
            probe.chunks.append(valid.mid(i, step));
        probe.gapMs = random.bounded(5, 25);
        probe.mayBeOk = true;
        break;
    }
    case Kind::HalfClosed:
        // A part of a request, or all of it, then the client shuts its side.
        probe.chunks = {random.bounded(2) ? valid : valid.left(random.bounded(qsizetype(1), valid.size() - 1))};
        probe.halfClose = true;
        probe.mayBeOk = true;
        break;
    case Kind::Stalled:
        probe.chunks = {valid.left(random.bounded(qsizetype(0), valid.size() - 2))};
        break;
    case Kind::RandomBytes:
        probe.chunks = {randomBytes(random, random.bounded(1, 4096))};
        break;
    case Kind::Pipelined:
        probe.chunks = {valid + randomBytes(random, random.bounded(1, 200)) + valid};
        probe.mayBeOk = true;
        break;
    case Kind::BodyAbuse: {
        static const char *const heads[] = {"POST /flags/ HTTP/1.1\r\nContent-Length: 1000000000000\r\n\r\nabc",
            "POST /flags/ HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "GET /flags/ HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
            "GET /flags/ HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\nhello",
            "PUT /flags/br/br.png HTTP/1.1\r\nContent-Length: 4\r\n\r\nAAAA"};
        const int head = random.bounded(int(std::size(heads)));
        probe.chunks = {heads[head]};
        probe.mayBeOk = false; // a negative or a second, different Content-Length is refused too
        if (random.bounded(3) == 0) // a body far past the limit
            probe.chunks = {"POST /flags/ HTTP/1.1\r\nContent-Length: 300000\r\n\r\n" + QByteArray(300000, 'b')};
        break;
    }
    case Kind::Count:
        break;
    }
    return probe;
}

// One connection that plays its probe and records what came back.
class Client : public QObject
{
public:
    Client(quint16 port, Probe probe)
        : m_probe(std::move(probe))
    {
        connect(&m_socket, &QTcpSocket::connected, this, &Client::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_received += m_socket.readAll();
            if (m_resolvedAt < 0 && m_received.contains("\r\n\r\n"))
                m_resolvedAt = m_clock.elapsed();
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            m_closed = true;
            if (m_resolvedAt < 0)
                m_resolvedAt = m_clock.elapsed();
        });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            // The server may cut a client that is still sending: a reset is an end too.
            if (error == QAbstractSocket::RemoteHostClosedError || error == QAbstractSocket::NetworkError) {
                m_closed = true;
                if (m_resolvedAt < 0)
                    m_resolvedAt = m_clock.elapsed();
            }
        });
        m_clock.start();
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool done() const { return m_resolvedAt >= 0; }
    // Still waiting, with its last byte sent more than @p bound ms ago.
    bool overdue(int bound) const { return !done() && m_sentAt >= 0 && m_clock.elapsed() - m_sentAt > bound; }
    bool connecting() const { return m_sentAt < 0; }
    const Probe &probe() const { return m_probe; }
    bool closed() const { return m_closed; }

    // Every status line the server wrote (several when requests were pipelined).
    QList<int> statuses() const
    {
        QList<int> found;
        for (qsizetype at = m_received.indexOf("HTTP/1.1 "); at >= 0; at = m_received.indexOf("HTTP/1.1 ", at + 1))
            found.append(m_received.mid(at + 9, 3).toInt());
        return found;
    }
    QByteArray received() const { return m_received; }

private:
    void sendNext()
    {
        if (m_next < m_probe.chunks.size()) {
            m_socket.write(m_probe.chunks.at(m_next++));
            if (m_next < m_probe.chunks.size()) {
                QTimer::singleShot(m_probe.gapMs, this, &Client::sendNext);
                return;
            }
        }
        m_socket.flush();
        if (m_probe.halfClose)
            ::shutdown(int(m_socket.socketDescriptor()), SHUT_WR);
        m_sentAt = m_clock.elapsed();
    }

    Probe m_probe;
    QTcpSocket m_socket;
    QElapsedTimer m_clock;
    QByteArray m_received;
    qsizetype m_next = 0;
    qint64 m_sentAt = -1;
    qint64 m_resolvedAt = -1;
    bool m_closed = false;
};

// A flag, fetched as a browser would: the server still serves after the batch.
bool serverStillServes(quint16 port, const QByteArray &png)
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] {
        received += socket.readAll();
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write("GET /flags/br/br.png HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QElapsedTimer clock;
    clock.start();
    while (!received.endsWith(png) && socket.state() != QAbstractSocket::UnconnectedState && clock.elapsed() < 10000)
        QTest::qWait(5);
    return received.startsWith("HTTP/1.1 200 OK\r\n") && received.endsWith(png);
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

class TestFlagServerFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fuzz();
};

void TestFlagServerFuzz::fuzz()
{
    const int requests = envInt("LAB_FUZZ_REQUESTS", 3000);
    const quint32 seed = quint32(envInt("LAB_FUZZ_SEED", int(QRandomGenerator::global()->bounded(1, 1 << 30))));
    constexpr int Batch = 200;
    qInfo("fuzzing the flag server: %d requests, seed %u (repeat with LAB_FUZZ_SEED=%u)", requests, seed, seed);
    QRandomGenerator random(seed);

    FlagServerThread server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    server.setIdleTimeout(IdleTimeoutMs);
    const quint16 port = server.port();
    const QByteArray png = server.server()->flagPng(QStringLiteral("BR"));
    QVERIFY(serverStillServes(port, png));

    int perKind[int(Kind::Count)] = {};
    int answered = 0;
    int closedUnanswered = 0;
    qint64 heapAfterWarmup = -1;
    QElapsedTimer clock;
    clock.start();
    for (int done = 0; done < requests;) {
        const int count = std::min(Batch, requests - done);
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < count; ++i) {
            Probe probe = makeProbe(random);
            ++perKind[int(probe.kind)];
            clients.push_back(std::make_unique<Client>(port, std::move(probe)));
        }
        const auto allDone = [&] {
            return std::all_of(clients.begin(), clients.end(), [](const auto &client) {
                return client->done();
            });
        };
        QElapsedTimer batchClock;
        batchClock.start();
        while (!allDone()) {
            QTest::qWait(10);
            for (const auto &client : clients) {
                if (client->overdue(BoundMs) || (client->connecting() && batchClock.elapsed() > 4 * BoundMs))
                    QFAIL(
                        qPrintable(QStringLiteral("seed %1: a %2 client got no answer and was not closed after %3 ms; "
                                                  "received %4 bytes")
                                       .arg(seed)
                                       .arg(QLatin1String(kindName(client->probe().kind)))
                                       .arg(BoundMs)
                                       .arg(client->received().size())));
            }
        }
        for (const auto &client : clients) {
            const QList<int> statuses = client->statuses();
            if (statuses.isEmpty())
                ++closedUnanswered;
            else
                ++answered;
            for (const int status : statuses) {
                const bool ok = status == 200 && client->probe().mayBeOk;
                const bool refused = (status >= 400 && status < 500) || status == 501 || status == 503 || status == 505;
                if (!ok && !refused)
                    QFAIL(qPrintable(
                        QStringLiteral("seed %1: a %2 client got status %3 for %4: %5")
                            .arg(seed)
                            .arg(QLatin1String(kindName(client->probe().kind)))
                            .arg(status)
                            .arg(QString::fromLatin1(client->probe().chunks.join().left(100).toPercentEncoding()),
                                QString::fromLatin1(client->received().left(100).toPercentEncoding()))));
            }
            // Nothing from the file system: ".." never reaches past the flags.
            QVERIFY(!client->received().contains("root:"));
        }
        clients.clear();
        done += count;
        QVERIFY2(
            serverStillServes(port, png), qPrintable(QStringLiteral("seed %1: no flag after %2").arg(seed).arg(done)));
        // Let the server close what the clients left, then weigh the heap.
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, BoundMs);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (heapAfterWarmup < 0 && done >= std::min(requests, 2 * Batch))
            heapAfterWarmup = heapBytesInUse();
    }
    const qint64 heapAtEnd = heapBytesInUse();
    const double seconds = clock.elapsed() / 1000.0;
    QStringList kinds;
    for (int k = 0; k < int(Kind::Count); ++k)
        kinds.append(QStringLiteral("%1 %2").arg(perKind[k]).arg(QLatin1String(kindName(Kind(k)))));
    qInfo("%d requests in %.1f s (%s); %d answered, %d closed without an answer; heap %.1f MiB after warm-up, "
          "%.1f MiB at the end",
        requests, seconds, qPrintable(kinds.join(QLatin1String(", "))), answered, closedUnanswered,
        heapAfterWarmup / 1048576.0, heapAtEnd / 1048576.0);
    QVERIFY2(heapAtEnd - heapAfterWarmup < 4 * 1024 * 1024,
        qPrintable(QStringLiteral("seed %1: the heap grew by %2 MiB")
                       .arg(seed)
                       .arg((heapAtEnd - heapAfterWarmup) / 1048576.0, 0, 'f', 1)));
}

QTEST_GUILESS_MAIN(TestFlagServerFuzz)
#include "tst_flagserverfuzz.moc"
