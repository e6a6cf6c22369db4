// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/history.h"

#include <QTest>

using namespace Lab;

// The replay's memory: what a visual showed, by time, bounded. Asked the state at a time, it
// must answer what was current then, and stay bounded without losing the start or the end.
class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAt_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("value");
        // Entries: 100 "a", 200 "b", 200 "c" (two at one time), 350 "d".
        QTest::newRow("before the first") << qint64(99) << 0 << QString();
        QTest::newRow("at the first") << qint64(100) << 1 << QStringLiteral("a");
        QTest::newRow("between") << qint64(150) << 1 << QStringLiteral("a");
        QTest::newRow("a tie: the later one") << qint64(200) << 3 << QStringLiteral("c");
        QTest::newRow("just before the last") << qint64(349) << 3 << QStringLiteral("c");
        QTest::newRow("at the last") << qint64(350) << 4 << QStringLiteral("d");
        QTest::newRow("long after") << qint64(1'000'000) << 4 << QStringLiteral("d");
    }

    void valueAt()
    {
        QFETCH(qint64, time);
        QFETCH(int, count);
        QFETCH(QString, value);
        History<QString> history(16);
        history.append(100, QStringLiteral("a"));
        history.append(200, QStringLiteral("b"));
        history.append(200, QStringLiteral("c"));
        history.append(350, QStringLiteral("d"));
        QCOMPARE(history.countAt(time), std::size_t(count));
        const QString *found = history.valueAt(time);
        QCOMPARE(found ? *found : QString(), value);
    }

    void earlierTimeCountsAsTheLast()
    {
        // A worker thread's stamp may arrive after a later one: order of arrival wins.
        History<int> history(8);
        history.append(500, 1);
        history.append(480, 2);
        QCOMPARE(history.at(1).time, qint64(500));
        QCOMPARE(*history.valueAt(500), 2);
    }

    void thinningKeepsTheWholeRun_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("appends");
        QTest::newRow("never full") << 64 << 50;
        QTest::newRow("full once") << 64 << 100;
        QTest::newRow("full many times") << 64 << 10'000;
        QTest::newRow("tiny") << 4 << 1'001;
    }

    void thinningKeepsTheWholeRun()
    {
        QFETCH(int, capacity);
        QFETCH(int, appends);
        History<int> history(std::size_t(capacity), History<int>::Overflow::Thin);
        for (int i = 0; i < appends; ++i)
            history.append(qint64(i) * 10, i);
        QVERIFY(history.size() <= std::size_t(capacity));
        QVERIFY(history.size() >= std::size_t(capacity) / 2 || appends < capacity);
        // The start and the very latest state survive, in order.
        QCOMPARE(history.at(0).value, 0);
        QCOMPARE(history.last().value, appends - 1);
        QCOMPARE(*history.valueAt(qint64(appends) * 10), appends - 1);
        // Even coverage: no gap wider than two strides (the tail may be closer to its neighbour).
        const qint64 widest = qint64(history.stride()) * 10 * 2;
        for (std::size_t i = 1; i < history.size(); ++i) {
            QVERIFY(history.at(i).time > history.at(i - 1).time);
            QVERIFY2(history.at(i).time - history.at(i - 1).time <= widest, qPrintable(QString::number(i)));
        }
        // A state in the middle is an earlier one, never a later one.
        const int middle = appends / 2;
        QVERIFY(*history.valueAt(qint64(middle) * 10) <= middle);
        QCOMPARE(history.dropped(), std::size_t(0));
    }

    void stopRefusesWhenFull()
    {
        History<int> history(4, History<int>::Overflow::Stop);
        for (int i = 0; i < 6; ++i)
            history.append(i, i);
        QCOMPARE(history.size(), std::size_t(4));
        QCOMPARE(history.dropped(), std::size_t(2));
        QCOMPARE(history.last().value, 3);
        QCOMPARE(history.stride(), std::size_t(1));
    }

    void clearStartsAnew()
    {
        History<int> history(4);
        for (int i = 0; i < 20; ++i)
            history.append(i, i);
        QVERIFY(history.stride() > 1);
        history.clear();
        QVERIFY(history.isEmpty());
        QCOMPARE(history.valueAt(100), nullptr);
        QCOMPARE(history.stride(), std::size_t(1));
        history.append(5, 7);
        history.append(6, 8);
        QCOMPARE(history.size(), std::size_t(2)); // every append kept again
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
