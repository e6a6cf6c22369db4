// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagdecoder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lab;
using Failure = HttpResponse::Failure;

Q_DECLARE_METATYPE(Lab::HttpResponse::Failure)
Q_DECLARE_METATYPE(Lab::FlagState)
Q_DECLARE_METATYPE(Lab::FlagError)

namespace {
QByteArray pngBytes(int width = 4, int height = 3, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(width, height, format);
    image.fill(Qt::green);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

class TestFlagDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data();
    void decode();
    void hugeImageRefusedUnread();
    void keepsOnlyAThumbnail();
    void saveNeverWritesThroughALink();
};

void TestFlagDecoder::decode_data()
{
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<FlagState>("state");
    QTest::addColumn<FlagError>("error");
    QTest::addColumn<QString>("message");
    QTest::newRow("png") << Failure::None << 200 << "OK" << pngBytes() << FlagState::Done << FlagError::None << "";
    QTest::newRow("404") << Failure::None << 404 << "Not Found" << QByteArray("404 Not Found\n") << FlagState::NotFound
                         << FlagError::None << "not found";
    QTest::newRow("418") << Failure::None << 418 << "I'm a Teapot" << QByteArray() << FlagState::Error
                         << FlagError::HttpStatus << "HTTP 418 - I'm a Teapot";
    QTest::newRow("503 without a reason") << Failure::None << 503 << "" << QByteArray() << FlagState::Error
                                          << FlagError::HttpStatus << "HTTP 503 - Service Unavailable";
    QTest::newRow("not an image") << Failure::None << 200 << "OK" << QByteArray("<html>") << FlagState::Error
                                  << FlagError::Decode << "image does not decode";
    QTest::newRow("timeout") << Failure::Timeout << 0 << "" << QByteArray() << FlagState::Error << FlagError::Timeout
                             << "timeout after 3.1 s";
    QTest::newRow("refused") << Failure::ConnectionRefused << 0 << "" << QByteArray() << FlagState::Error
                             << FlagError::Connection << "connection refused";
    QTest::newRow("reset") << Failure::ConnectionClosed << 0 << "" << QByteArray() << FlagState::Error
                           << FlagError::Connection << "connection closed by the server";
    QTest::newRow("stopped") << Failure::Stopped << 0 << "" << QByteArray() << FlagState::Error << FlagError::Stopped
                             << "stopped";
}

void TestFlagDecoder::decode()
{
    QFETCH(Failure, failure);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QByteArray, body);
    HttpResponse response;
    response.failure = failure;
    response.status = status;
    response.reason = reason;
    response.body = body;
    const FlagResult result = decodeFlag("BR", response, 3.1);
    QCOMPARE(result.code, QStringLiteral("BR"));
    QTEST(result.state, "state");
    QTEST(result.error, "error");
    QTEST(result.message, "message");
    QCOMPARE(result.image.isNull(), result.state != FlagState::Done);
    if (result.state == FlagState::Done)
        QCOMPARE(result.image.size(), QSize(4, 3));
}

void TestFlagDecoder::hugeImageRefusedUnread()
{
    HttpResponse response;
    response.status = 200;
    response.body = pngBytes(5600, 5600, QImage::Format_Mono); // a few KB on the wire, 125 MB decoded
    const FlagResult result = decodeFlag("BR", response, 3.1);
    QCOMPARE(result.state, FlagState::Error);
    QCOMPARE(result.error, FlagError::Decode);
    QCOMPARE(result.message, QStringLiteral("image too large (5600 × 5600 px, at most 1024 a side)"));
    QVERIFY(result.image.isNull());
    response.body = pngBytes(MaxFlagSide, 10);
    QCOMPARE(decodeFlag("BR", response, 3.1).state, FlagState::Done);
}

void TestFlagDecoder::keepsOnlyAThumbnail()
{
    HttpResponse response;
    response.status = 200;
    response.body = pngBytes(1000, 500);
    const FlagResult result = decodeFlag("BR", response, 3.1);
    QCOMPARE(result.state, FlagState::Done);
    QCOMPARE(result.image.size(), QSize(FlagThumbnailSide, FlagThumbnailSide / 2));
}

void TestFlagDecoder::saveNeverWritesThroughALink()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QDir(root.path()).mkdir("save");
    QDir(root.path()).mkdir("outside");
    const QString precious = root.filePath("outside/precious.txt");
    QFile file(precious);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    QVERIFY(QFile::link(precious, root.filePath("save/br.png")));
    HttpResponse response;
    response.status = 200;
    response.body = pngBytes();
    const FlagResult linked = decodeFlag("BR", response, 3.1, root.filePath("save"));
    QCOMPARE(linked.state, FlagState::Error);
    QCOMPARE(linked.error, FlagError::Save);
    QVERIFY2(linked.message.contains(QLatin1String("link")), qPrintable(linked.message));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
    file.close();
    // A plain file is replaced whole, and no temporary file is left behind.
    const FlagResult saved = decodeFlag("FR", response, 3.1, root.filePath("save"));
    QCOMPARE(saved.state, FlagState::Done);
    QFile fr(root.filePath("save/fr.png"));
    QVERIFY(fr.open(QIODevice::ReadOnly));
    QCOMPARE(fr.readAll(), response.body);
    QCOMPARE(QDir(root.filePath("save")).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 2);
}

QTEST_GUILESS_MAIN(TestFlagDecoder)
#include "tst_flagdecoder.moc"
