// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagdownloader.h"
#include "models/flags/flaggridmodel.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/tracerecorder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Lab;

class TestFlagGridModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resetMakesQueuedCells();
    void setResultChangesOneCell();
    void fillsLiveFromADownload();
    void resetBetweenRuns();
};

void TestFlagGridModel::resetMakesQueuedCells()
{
    FlagGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reset({"BR", "XX"}, [](const QString &cc) {
        return cc == "BR" ? QStringLiteral("Brazil") : QString();
    });
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("BR — Brazil"));
    QCOMPARE(model.data(model.index(1)).toString(), QStringLiteral("XX"));
    QCOMPARE(model.data(model.index(0), FlagGridModel::CodeRole).toString(), QStringLiteral("BR"));
    QCOMPARE(model.data(model.index(0), FlagGridModel::NameRole).toString(), QStringLiteral("Brazil"));
    QCOMPARE(model.data(model.index(0), FlagGridModel::StateRole).toInt(), int(FlagState::Queued));
    QVERIFY(!model.data(model.index(0), Qt::DecorationRole).isValid());
    QCOMPARE(model.count(FlagState::Queued), 2);
    QCOMPARE(model.roleNames().value(FlagGridModel::StateRole), QByteArray("state"));
}

void TestFlagGridModel::setResultChangesOneCell()
{
    FlagGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({"BR", "CB", "FR"});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    FlagResult error;
    error.code = "CB";
    error.state = FlagState::Error;
    error.message = "HTTP 418 - I'm a Teapot";
    model.setResult(1, error);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1));
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(FlagGridModel::StateRole));
    QVERIFY(roles.contains(FlagGridModel::MessageRole));
    QVERIFY(!roles.contains(FlagGridModel::ImageRole));
    QCOMPARE(model.data(model.index(1), FlagGridModel::StateRole).toInt(), int(FlagState::Error));
    QCOMPARE(model.data(model.index(1), FlagGridModel::MessageRole).toString(), error.message);
    QCOMPARE(model.data(model.index(1), Qt::ToolTipRole).toString(), error.message);

    FlagResult done;
    done.code = "FR";
    done.state = FlagState::Done;
    done.image = QImage(8, 6, QImage::Format_RGB32);
    done.image.fill(Qt::blue);
    model.setResult(2, done);
    QCOMPARE(changed.size(), 2);
    QVERIFY(changed.at(1).at(2).value<QList<int>>().contains(Qt::DecorationRole));
    QCOMPARE(model.data(model.index(2), Qt::DecorationRole).value<QImage>().size(), QSize(8, 6));
    QCOMPARE(model.data(model.index(2), FlagGridModel::ImageRole).value<QImage>().pixelColor(0, 0), QColor(Qt::blue));

    model.setResult(7, done); // out of range: ignored
    model.setResult(-1, done);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.count(FlagState::Queued), 1);
}

void TestFlagGridModel::fillsLiveFromADownload()
{
    FlagServerThread server;
    QVERIFY(server.listen());
    server.setSettings({0.05, 0.0, 0.0});
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    FlagGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&downloader, &FlagDownloader::flagChanged, &model, &FlagGridModel::setResult);
    QSignalSpy finished(&downloader, &FlagDownloader::finished);
    const QStringList codes{"BR", "CN", "XX"};
    model.reset(codes, [&server](const QString &cc) {
        return server.countryName(cc);
    });
    downloader.start(server.baseUrl(), codes, {});
    QVERIFY(finished.wait(5000));
    QCOMPARE(model.count(FlagState::Done), 2);
    QCOMPARE(model.count(FlagState::NotFound), 1);
    QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("BR — Brazil"));
    QVERIFY(!model.data(model.index(0), Qt::DecorationRole).value<QImage>().isNull());
    QVERIFY(!model.data(model.index(2), Qt::DecorationRole).isValid());
}

void TestFlagGridModel::resetBetweenRuns()
{
    FlagGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({"BR", "CN"});
    FlagResult done;
    done.state = FlagState::Done;
    model.setResult(0, done);
    model.reset({"FR"});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.count(FlagState::Done), 0);
    QCOMPARE(model.data(model.index(0), FlagGridModel::CodeRole).toString(), QStringLiteral("FR"));
    model.reset({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestFlagGridModel)
#include "tst_flaggridmodel.moc"
