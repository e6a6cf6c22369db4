// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagsreport.h"

#include <QTest>

using namespace Lab;

class TestFlagsReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverLabel_data();
    void serverLabel();
    void initial_data();
    void initial();
    void initialNamesAnotherServerByUrl();
    void flagLine_data();
    void flagLine();
    void final_data();
    void final();
    void progress_data();
    void progress();
};

void TestFlagsReport::serverLabel_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("builtIn");
    QTest::addColumn<double>("delay");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<double>("errorRate");
    QTest::addColumn<QString>("label");
    const QUrl local("http://127.0.0.1:8001/flags");
    QTest::newRow("ours, no delay") << local << true << 0.0 << 0.0 << 0.0 << "LOCAL";
    QTest::newRow("ours, delay") << local << true << 0.5 << 0.0 << 0.0 << "DELAY";
    QTest::newRow("ours, jitter") << local << true << 0.0 << 1.0 << 0.0 << "DELAY";
    QTest::newRow("ours, errors") << local << true << 0.5 << 0.0 << 0.25 << "ERROR";
    // Another server here may be the book's DELAY or ERROR one on 8001/8002: its URL names it, no mode.
    QTest::newRow("another, here") << QUrl("http://localhost:8000/flags") << false << 0.0 << 0.0 << 0.0 << "";
    QTest::newRow("another, loopback") << local << false << 0.0 << 0.0 << 0.0 << "";
    QTest::newRow("another, book's DELAY port")
        << QUrl("http://localhost:8001/flags") << false << 0.0 << 0.0 << 0.0 << "";
    QTest::newRow("another, away") << QUrl("https://www.fluentpython.com/data/flags") << false << 0.0 << 0.0 << 0.0
                                   << "REMOTE";
}

void TestFlagsReport::serverLabel()
{
    QFETCH(QUrl, url);
    QFETCH(bool, builtIn);
    QFETCH(double, delay);
    QFETCH(double, jitter);
    QFETCH(double, errorRate);
    QTEST(FlagsReport::serverLabel(url, builtIn, delay, jitter, errorRate), "label");
}

void TestFlagsReport::initial_data()
{
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<QString>("text");
    const QStringList pop20 = QStringLiteral("BD BR CD CN DE EG ET FR ID IN IR JP MX NG PH PK RU TR US VN").split(u' ');
    QTest::newRow("20 flags, 20 connections") << pop20 << 20
                                              << "LOCAL site: http://127.0.0.1:8001/flags\n"
                                                 "Searching for 20 flags: from BD to VN\n"
                                                 "20 concurrent connections will be used.\n";
    QTest::newRow("up to 10: a list") << QStringList{"BA", "BB", "BC", "BD", "BE"} << 5
                                      << "LOCAL site: http://127.0.0.1:8001/flags\n"
                                         "Searching for 5 flags: BA, BB, BC, BD, BE\n"
                                         "5 concurrent connections will be used.\n";
    QTest::newRow("one of each") << QStringList{"BR"} << 1
                                 << "LOCAL site: http://127.0.0.1:8001/flags\n"
                                    "Searching for 1 flag: BR\n"
                                    "1 concurrent connection will be used.\n";
    QStringList eleven = pop20.mid(0, 11);
    QTest::newRow("11: from to") << eleven << 1
                                 << "LOCAL site: http://127.0.0.1:8001/flags\n"
                                    "Searching for 11 flags: from BD to IR\n"
                                    "1 concurrent connection will be used.\n";
}

void TestFlagsReport::initial()
{
    QFETCH(QStringList, codes);
    QFETCH(int, concurrency);
    QTEST(FlagsReport::initial("LOCAL", QUrl("http://127.0.0.1:8001/flags"), codes, concurrency), "text");
}

void TestFlagsReport::initialNamesAnotherServerByUrl()
{
    const QUrl delay("http://localhost:8001/flags");
    const QString label = FlagsReport::serverLabel(delay, false, 0, 0, 0);
    QCOMPARE(FlagsReport::initial(label, delay, {"BR"}, 1),
        "Site: http://localhost:8001/flags\n"
        "Searching for 1 flag: BR\n"
        "1 concurrent connection will be used.\n");
}

void TestFlagsReport::flagLine_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("line");
    QTest::newRow("ok") << "BR" << int(FlagState::Done) << ""
                        << "BR OK";
    QTest::newRow("not found") << "XX" << int(FlagState::NotFound) << "not found"
                               << "XX not found";
    QTest::newRow("http error") << "CB" << int(FlagState::Error) << "HTTP 418 - I'm a Teapot"
                                << "CB error: HTTP 418 - I'm a Teapot";
    QTest::newRow("timeout") << "BE" << int(FlagState::Error) << "timeout after 3.1 s"
                             << "BE error: timeout after 3.1 s";
}

void TestFlagsReport::flagLine()
{
    QFETCH(QString, code);
    QFETCH(int, state);
    QFETCH(QString, message);
    FlagResult result;
    result.code = code;
    result.state = FlagState(state);
    result.message = message;
    QTEST(FlagsReport::flagLine(result), "line");
}

void TestFlagsReport::final_data()
{
    QTest::addColumn<int>("ok");
    QTest::addColumn<int>("notFound");
    QTest::addColumn<int>("errors");
    QTest::addColumn<qint64>("elapsedNs");
    QTest::addColumn<bool>("stopped");
    QTest::addColumn<QString>("text");
    QTest::newRow("all ok") << 20 << 0 << 0 << qint64(530'000'000) << false
                            << "--------------------\n20 flags downloaded.\nElapsed time: 0.53s\n";
    QTest::newRow("the book's error run") << 43 << 35 << 165 << qint64(7'456'000'000) << false
                                          << "--------------------\n43 flags downloaded.\n35 not found.\n"
                                             "165 errors.\nElapsed time: 7.46s\n";
    QTest::newRow("one of each") << 1 << 1 << 1 << qint64(1'000'000'000) << false
                                 << "--------------------\n1 flag downloaded.\n1 not found.\n1 error.\n"
                                    "Elapsed time: 1.00s\n";
    QTest::newRow("none") << 0 << 0 << 0 << qint64(0) << false
                          << "--------------------\n0 flags downloaded.\nElapsed time: 0.00s\n";
    QTest::newRow("stopped") << 2 << 0 << 3 << qint64(250'000'000) << true
                             << "--------------------\n2 flags downloaded.\n3 errors.\n"
                                "Stopped before the end: unfinished flags count as errors.\nElapsed time: 0.25s\n";
}

void TestFlagsReport::final()
{
    FlagTotals totals;
    QFETCH(int, ok);
    QFETCH(int, notFound);
    QFETCH(int, errors);
    QFETCH(qint64, elapsedNs);
    QFETCH(bool, stopped);
    totals.ok = ok;
    totals.notFound = notFound;
    totals.errors = errors;
    totals.elapsedNs = elapsedNs;
    totals.stopped = stopped;
    QTEST(FlagsReport::final(totals), "text");
}

void TestFlagsReport::progress_data()
{
    QTest::addColumn<int>("done");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("line");
    QTest::newRow("start") << 0 << 20 << "  0%|                    | 0/20 [0.31s]";
    QTest::newRow("60%") << 12 << 20 << " 60%|############        | 12/20 [0.31s]";
    QTest::newRow("done") << 20 << 20 << "100%|####################| 20/20 [0.31s]";
}

void TestFlagsReport::progress()
{
    QFETCH(int, done);
    QFETCH(int, total);
    QTEST(FlagsReport::progress(done, total, 310'000'000), "line");
}

QTEST_GUILESS_MAIN(TestFlagsReport)
#include "tst_flagsreport.moc"
