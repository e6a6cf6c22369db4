// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagdownloader.h"
#include "models/trace/tracerecorder.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <sys/socket.h>

using namespace Lab;

Q_DECLARE_METATYPE(Lab::FlagDownloadMode)
Q_DECLARE_METATYPE(Lab::FlagError)

// Fault injection for downloads: a server that misbehaves in one way per flag code,
// and every strategy must end that flag in a clear error within its timeout, the others Done.
// (Refused connections and a slow server are covered by tst_flagdownloader.)
namespace {

// A PNG big enough that half of it is a broken image, not a header that happens to parse.
QByteArray makePng()
{
    QImage image(64, 40, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, random.generate() | 0xff000000u);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QByteArray head(qint64 contentLength, const QByteArray &type = "image/png")
{
    return "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(contentLength)
        + "\r\nConnection: close\r\n\r\n";
}

// The misbehaving server, on its own thread so that it answers while a blocking run holds this one.
// By code: RS reset mid-body, TR truncated body, CL Content-Length shorter than the body, NI not an
// image, NA never answers, EM closes without answering; anything else gets a real PNG.
class FaultServer : public QThread
{
public:
    ~FaultServer() override
    {
        quit();
        wait();
    }
    QUrl baseUrl()
    {
        start();
        m_ready.acquire();
        return QUrl(QStringLiteral("http://127.0.0.1:%1/flags/").arg(m_port));
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        m_ready.release();
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                serve(socket);
        });
        exec();
    }

private:
    static void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            QByteArray request = socket->property("request").toByteArray() + socket->readAll();
            socket->setProperty("request", request);
            if (socket->property("answered").toBool() || !request.contains("\r\n\r\n"))
                return;
            socket->setProperty("answered", true);
            // "GET /flags/rs/rs.png HTTP/1.1"
            const QByteArray path = request.left(request.indexOf('\r')).split(' ').value(1);
            answer(socket, path.mid(path.lastIndexOf('/') + 1).chopped(4).toUpper());
        });
    }

    static void answer(QTcpSocket *socket, const QByteArray &code)
    {
        static const QByteArray png = makePng();
        if (code == "NA")
            return; // accepted, read, never answered
        if (code == "EM") {
            socket->disconnectFromHost();
        } else if (code == "RS") {
            socket->write(head(png.size()) + png.left(png.size() / 2));
            socket->waitForBytesWritten(1000);
            const linger reset{1, 0}; // close() sends RST instead of FIN
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            socket->abort();
            socket->deleteLater();
        } else if (code == "TR") {
            socket->write(head(png.size()) + png.left(png.size() / 2));
            socket->disconnectFromHost();
        } else if (code == "CL") {
            socket->write(head(png.size() / 2) + png);
            socket->disconnectFromHost();
        } else if (code == "NI") {
            const QByteArray text = "<html><body>Not a flag</body></html>\n";
            socket->write(head(text.size(), "text/html") + text);
            socket->disconnectFromHost();
        } else {
            socket->write(head(png.size()) + png);
            socket->disconnectFromHost();
        }
    }

    QSemaphore m_ready;
    quint16 m_port = 0;
};

// What a failure message needs to say what the cell showed.
QByteArray describe(const FlagResult &result)
{
    return QStringLiteral("%1 %2 error %3 \"%4\" HTTP %5")
        .arg(result.code, flagStateName(result.state))
        .arg(int(result.error))
        .arg(result.message)
        .arg(result.httpStatus)
        .toUtf8();
}

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void faultEndsOnlyItsFlag_data();
    void faultEndsOnlyItsFlag();

private:
    FaultServer m_server;
    QUrl m_baseUrl;
};

void TestFaultInjection::initTestCase()
{
    qRegisterMetaType<Lab::FlagResult>();
    qRegisterMetaType<Lab::FlagTotals>();
    m_baseUrl = m_server.baseUrl();
    QVERIFY(m_baseUrl.port() > 0);
}

void TestFaultInjection::faultEndsOnlyItsFlag_data()
{
    QTest::addColumn<FlagDownloadMode>("mode");
    QTest::addColumn<bool>("blocking");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<FlagError>("error");
    QTest::addColumn<QString>("message");
    struct Mode
    {
        const char *name;
        FlagDownloadMode mode;
        bool blocking;
    };
    const Mode modes[] = {
        {"sequential", FlagDownloadMode::Sequential, false},
        {"blocking", FlagDownloadMode::Sequential, true},
        {"threads", FlagDownloadMode::Threads, false},
        {"coroutines", FlagDownloadMode::Coroutines, false},
    };
    struct Fault
    {
        const char *name;
        const char *code;
        FlagError error;
        const char *message;
    };
    const Fault faults[] = {
        {"reset mid-body", "RS", FlagError::Connection, "connection closed by the server"},
        {"truncated body", "TR", FlagError::Connection, "connection closed by the server"},
        {"short Content-Length", "CL", FlagError::Decode, "image does not decode"},
        {"not an image", "NI", FlagError::Decode, "image does not decode"},
        {"never answers", "NA", FlagError::Timeout, "timeout after 1 s"},
        {"closed without answer", "EM", FlagError::Connection, "connection closed by the server"},
    };
    for (const Mode &mode : modes) {
        for (const Fault &fault : faults) {
            QTest::addRow("%s, %s", mode.name, fault.name)
                << mode.mode << mode.blocking << QString::fromLatin1(fault.code) << fault.error
                << QString::fromLatin1(fault.message);
        }
    }
}

void TestFaultInjection::faultEndsOnlyItsFlag()
{
    QFETCH(FlagDownloadMode, mode);
    QFETCH(bool, blocking);
    QFETCH(QString, fault);
    QFETCH(FlagError, error);
    QFETCH(QString, message);

    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    QSignalSpy finished(&downloader, &FlagDownloader::finished);
    FlagDownloadOptions options;
    options.mode = mode;
    options.blocking = blocking;
    options.timeout = 1.0;
    // The faulty flag in the middle: sequential runs must go on past it.
    const QStringList codes{"BR", fault, "FR"};
    QElapsedTimer clock;
    clock.start();
    downloader.start(m_baseUrl, codes, options);
    QVERIFY(!finished.isEmpty() || finished.wait(5000));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(int(downloader.results().size()), 3);

    const FlagResult &bad = downloader.results().at(1);
    QCOMPARE(bad.code, fault);
    QVERIFY2(bad.state == FlagState::Error && bad.error == error && bad.message == message, describe(bad));
    QVERIFY(bad.image.isNull());
    const double took = seconds(bad.finishedNs - bad.requestNs);
    QVERIFY2(took < options.timeout + 0.3, qPrintable(QString::number(took)));

    for (std::size_t i : {std::size_t(0), std::size_t(2)}) {
        const FlagResult &good = downloader.results().at(i);
        QVERIFY2(good.state == FlagState::Done, describe(good));
        QCOMPARE(good.image.size(), QSize(64, 40));
    }
    const FlagTotals totals = finished.constFirst().at(0).value<FlagTotals>();
    QCOMPARE(totals.ok, 2);
    QCOMPARE(totals.errors, 1);
    QVERIFY(!downloader.isRunning());
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
