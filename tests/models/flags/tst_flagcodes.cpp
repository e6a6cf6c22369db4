// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagcodes.h"
#include "models/flags/flagserver.h"

#include <QTest>

using namespace Lab;

class TestFlagCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void popularAreTheBooks();
    void every();
    void expand_data();
    void expand();
    void rejects_data();
    void rejects();
};

void TestFlagCodes::popularAreTheBooks()
{
    QStringList popular = popularFlagCodes();
    QCOMPARE(popular.size(), 20);
    QCOMPARE(popular.first(), QStringLiteral("CN"));
    QCOMPARE(popular.last(), QStringLiteral("FR"));
    popular.sort();
    QCOMPARE(popular.join(u' '), QStringLiteral("BD BR CD CN DE EG ET FR ID IN IR JP MX NG PH PK RU TR US VN"));
}

void TestFlagCodes::every()
{
    const QStringList every = everyFlagCode();
    QCOMPARE(every.size(), 676);
    QCOMPARE(every.first(), QStringLiteral("AA"));
    QCOMPARE(every.at(1), QStringLiteral("AB"));
    QCOMPARE(every.last(), QStringLiteral("ZZ"));
}

void TestFlagCodes::expand_data()
{
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<bool>("all");
    QTest::addColumn<bool>("every");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("nothing: POP20, sorted") << QStringList() << false << false << 0 << 20 << "BD"
                                            << "VN";
    QTest::newRow("POP20 limited") << QStringList() << false << false << 5 << 5 << "BD"
                                   << "DE";
    QTest::newRow("b BR zz") << QStringList{"b", "BR", "zz"} << false << false << 0 << 27 << "BA"
                             << "ZZ";
    QTest::newRow("two letters as is") << QStringList{"us", "BR", "cn"} << false << false << 0 << 3 << "BR"
                                       << "US";
    QTest::newRow("duplicates once") << QStringList{"BR", "br", "Br"} << false << false << 0 << 1 << "BR"
                                     << "BR";
    QTest::newRow("--all") << QStringList() << true << false << 0 << 194 << "AD"
                           << "ZW";
    QTest::newRow("--all wins over CCs") << QStringList{"XX"} << true << false << 0 << 194 << "AD"
                                         << "ZW";
    QTest::newRow("--every") << QStringList() << false << true << 0 << 676 << "AA"
                             << "ZZ";
    QTest::newRow("--every wins over --all") << QStringList() << true << true << 0 << 676 << "AA"
                                             << "ZZ";
    QTest::newRow("-e -l 5") << QStringList() << false << true << 5 << 5 << "AA"
                             << "AE";
    QTest::newRow("limit above count") << QStringList{"BR"} << false << false << 50 << 1 << "BR"
                                       << "BR";
}

void TestFlagCodes::expand()
{
    QFETCH(QStringList, codes);
    QFETCH(bool, all);
    QFETCH(bool, every);
    QFETCH(int, limit);
    QStringList result;
    QString error;
    QVERIFY2(expandFlagCodes({codes, all, every, limit}, &result, &error), qPrintable(error));
    QTEST(int(result.size()), "count");
    QTEST(result.first(), "first");
    QTEST(result.last(), "last");
    QStringList sorted = result;
    sorted.sort();
    sorted.removeDuplicates();
    QCOMPARE(result, sorted);
    if (all && !every)
        QCOMPARE(result, FlagServer::bookCodes());
}

void TestFlagCodes::rejects_data()
{
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("message");
    QTest::newRow("three letters") << QStringList{"BRA"} << 0
                                   << "each CC argument must be A to Z or AA to ZZ, not 'BRA'";
    QTest::newRow("digit") << QStringList{"B1"} << 0 << "each CC argument must be A to Z or AA to ZZ, not 'B1'";
    QTest::newRow("empty") << QStringList{""} << 0 << "each CC argument must be A to Z or AA to ZZ, not ''";
    QTest::newRow("accented") << QStringList{"É"} << 0 << "each CC argument must be A to Z or AA to ZZ, not 'É'";
    QTest::newRow("negative limit") << QStringList{"BR"} << -1 << "--limit N must be >= 1";
}

void TestFlagCodes::rejects()
{
    QFETCH(QStringList, codes);
    QFETCH(int, limit);
    QStringList result{"untouched"};
    QString error;
    QVERIFY(!expandFlagCodes({codes, false, false, limit}, &result, &error));
    QTEST(error, "message");
    QCOMPARE(result, QStringList{"untouched"});
}

QTEST_GUILESS_MAIN(TestFlagCodes)
#include "tst_flagcodes.moc"
