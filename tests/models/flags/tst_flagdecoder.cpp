// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagdecoder.h"

#include <QBuffer>
#include <QTest>

using namespace Lab;
using Failure = HttpResponse::Failure;

Q_DECLARE_METATYPE(Lab::HttpResponse::Failure)
Q_DECLARE_METATYPE(Lab::FlagState)
Q_DECLARE_METATYPE(Lab::FlagError)

namespace {
QByteArray pngBytes()
{
    QImage image(4, 3, QImage::Format_RGB32);
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

QTEST_GUILESS_MAIN(TestFlagDecoder)
#include "tst_flagdecoder.moc"
