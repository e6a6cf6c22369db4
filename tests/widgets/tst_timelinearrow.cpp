// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/timelinearrow.h"

#include <QTest>

using namespace Lab;

class TestTimelineArrow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpoints_data();
    void endpoints();
};

void TestTimelineArrow::endpoints_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QRectF>("fromLane");
    QTest::addColumn<QRectF>("toLane");
    QTest::addColumn<bool>("drawn");
    QTest::addColumn<QPointF>("from");
    QTest::addColumn<QPointF>("to");
    QTest::addColumn<QPointF>("headBack"); // one of the head's back corners

    // 1000 px over 1 ms (1 µs a pixel), the plot starting 100 px into the widget.
    const QRectF upper(0, 10, 800, 20);
    const QRectF lower(0, 50, 800, 20);
    QTest::newRow("down: middle of the source to the top of the target")
        << qint64(250'000) << upper << lower << true << QPointF(350, 20) << QPointF(350, 52) << QPointF(347, 46);
    QTest::newRow("up: to the bottom of the target")
        << qint64(250'000) << lower << upper << true << QPointF(350, 60) << QPointF(350, 28) << QPointF(347, 34);
    QTest::newRow("at the plot's left edge")
        << qint64(0) << upper << lower << true << QPointF(100, 20) << QPointF(100, 52) << QPointF(97, 46);
    QTest::newRow("before the view") << qint64(-1'000) << upper << lower << false << QPointF() << QPointF()
                                     << QPointF();
    QTest::newRow("after the view") << qint64(1'000'001) << upper << lower << false << QPointF() << QPointF()
                                    << QPointF();
    QTest::newRow("one lane to itself") << qint64(500'000) << upper << upper << false << QPointF() << QPointF()
                                        << QPointF();
    QTest::newRow("a lane not shown") << qint64(500'000) << upper << QRectF() << false << QPointF() << QPointF()
                                      << QPointF();
}

void TestTimelineArrow::endpoints()
{
    QFETCH(qint64, time);
    QFETCH(QRectF, fromLane);
    QFETCH(QRectF, toLane);
    QFETCH(bool, drawn);
    QFETCH(QPointF, from);
    QFETCH(QPointF, to);
    QFETCH(QPointF, headBack);
    TimelineMapping mapping;
    mapping.fit(0, 1'000'000);
    mapping.setWidth(1000);
    const auto arrow = TimelineArrow::between(mapping, 100, time, fromLane, toLane);
    QCOMPARE(arrow.has_value(), drawn);
    if (!arrow)
        return;
    QCOMPARE(arrow->from, from);
    QCOMPARE(arrow->to, to);
    QCOMPARE(arrow->head[0], to);
    QCOMPARE(arrow->head[1], headBack);
}

QTEST_GUILESS_MAIN(TestTimelineArrow)
#include "tst_timelinearrow.moc"
