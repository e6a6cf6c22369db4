// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/timelinemapping.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Lab;

class TestTimelineMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void zoomKeepsTimeUnderCursor_data();
    void zoomKeepsTimeUnderCursor();
    void panMovesContentWithTheMouse_data();
    void panMovesContentWithTheMouse();
    void fit_data();
    void fit();
    void clampsZoom_data();
    void clampsZoom();
    void ignoresBadInput();
};

static TimelineMapping makeMapping(qint64 start, qint64 end, double width)
{
    TimelineMapping mapping;
    mapping.fit(start, end);
    mapping.setWidth(width);
    return mapping;
}

void TestTimelineMapping::roundTrip_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("x");

    QTest::newRow("one second over 1000 px") << qint64(0) << qint64(1'000'000'000) << 1000.0 << 250.0;
    QTest::newRow("an hour in, zoomed to 1 ms")
        << qint64(3'600'000'000'000) << qint64(3'600'001'000'000) << 1600.0 << 799.5;
    QTest::newRow("negative start") << qint64(-500'000) << qint64(500'000) << 333.0 << 17.25;
    QTest::newRow("minimum range, wide") << qint64(0) << qint64(1'000) << 3840.0 << 1234.0;
    QTest::newRow("outside the view") << qint64(0) << qint64(1'000'000) << 800.0 << -120.0;
}

void TestTimelineMapping::roundTrip()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(double, width);
    QFETCH(double, x);
    const TimelineMapping mapping = makeMapping(start, end, width);

    QCOMPARE(mapping.mapTimeToX(start), 0.0);
    QCOMPARE(mapping.mapTimeToX(end), width);
    QCOMPARE(mapping.mapXToTime(0.0), start);
    QCOMPARE(mapping.mapXToTime(width), end);

    const qint64 time = mapping.mapXToTime(x);
    QCOMPARE(mapping.mapXToTime(mapping.mapTimeToX(time)), time);
    // x -> time rounds to a nanosecond: the way back is off by at most half a nanosecond's worth of pixels.
    QVERIFY(std::abs(mapping.mapTimeToX(time) - x) <= 0.5 / mapping.nsPerPixel() + 1e-9);
}

void TestTimelineMapping::zoomKeepsTimeUnderCursor_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("factor");

    QTest::newRow("in at the left edge") << 0.0 << 2.0;
    QTest::newRow("in at the middle") << 500.0 << 1.2;
    QTest::newRow("in near the right edge") << 987.5 << 10.0;
    QTest::newRow("out at a third") << 333.0 << 0.5;
    QTest::newRow("far in, clamped to the minimum") << 421.0 << 1e12;
    QTest::newRow("far out, clamped to the maximum") << 77.0 << 1e-12;
}

void TestTimelineMapping::zoomKeepsTimeUnderCursor()
{
    QFETCH(double, x);
    QFETCH(double, factor);
    TimelineMapping mapping = makeMapping(2'000'000'000, 7'000'000'000, 1000.0);
    const qint64 before = mapping.mapXToTime(x);
    const qint64 range = mapping.range();

    mapping.zoomAt(x, factor);

    QVERIFY2(std::abs(mapping.mapXToTime(x) - before) <= 1,
        qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(mapping.mapXToTime(x))));
    const double expected = std::clamp(
        double(range) / factor, double(TimelineMapping::MinimumRange), double(TimelineMapping::MaximumRange));
    QVERIFY(std::abs(double(mapping.range()) - expected) <= 1.0);
    QCOMPARE(mapping.width(), 1000.0);

    // Zooming back (when nothing was clamped) returns to the same view.
    if (expected == double(range) / factor) {
        mapping.zoomAt(x, 1.0 / factor);
        QVERIFY(std::abs(mapping.start() - 2'000'000'000) <= 2);
        QVERIFY(std::abs(mapping.end() - 7'000'000'000) <= 2);
    }
}

void TestTimelineMapping::panMovesContentWithTheMouse_data()
{
    QTest::addColumn<double>("dx");

    QTest::newRow("drag right shows earlier") << 100.0;
    QTest::newRow("drag left shows later") << -250.0;
    QTest::newRow("sub-pixel") << 0.25;
    QTest::newRow("none") << 0.0;
}

void TestTimelineMapping::panMovesContentWithTheMouse()
{
    QFETCH(double, dx);
    TimelineMapping mapping = makeMapping(1'000'000, 11'000'000, 1000.0); // 10 µs a pixel
    const qint64 grabbed = mapping.mapXToTime(400.0);
    const qint64 range = mapping.range();

    mapping.pan(dx);

    QCOMPARE(mapping.range(), range);
    QVERIFY(std::abs(mapping.mapXToTime(400.0 + dx) - grabbed) <= 1);
    QCOMPARE(mapping.start(), 1'000'000 - qint64(std::llround(dx * 10'000.0)));
}

void TestTimelineMapping::fit_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<qint64>("expectedStart");
    QTest::addColumn<qint64>("expectedEnd");

    QTest::newRow("plain") << qint64(0) << qint64(5'000'000'000) << qint64(0) << qint64(5'000'000'000);
    QTest::newRow("reversed") << qint64(900) << qint64(-100) << qint64(-100) << qint64(900);
    QTest::newRow("too short: widened around its middle")
        << qint64(10'000) << qint64(10'200) << qint64(9'600) << qint64(10'600);
    QTest::newRow("empty") << qint64(42'000) << qint64(42'000) << qint64(41'500) << qint64(42'500);
    QTest::newRow("too long: cut to the maximum")
        << qint64(0) << std::numeric_limits<qint64>::max() / 2 << qint64(0) << TimelineMapping::MaximumRange;
}

void TestTimelineMapping::fit()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(qint64, expectedStart);
    QFETCH(qint64, expectedEnd);
    TimelineMapping mapping;
    mapping.setWidth(1600.0);

    mapping.fit(start, end);

    QCOMPARE(mapping.start(), expectedStart);
    QCOMPARE(mapping.end(), expectedEnd);
    QCOMPARE(mapping.width(), 1600.0);
}

void TestTimelineMapping::clampsZoom_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<int>("steps");
    QTest::addColumn<qint64>("expectedRange");

    QTest::newRow("wheel in a hundred notches") << 1.2 << 100 << TimelineMapping::MinimumRange;
    QTest::newRow("wheel out a thousand notches") << 1.0 / 1.2 << 1000 << TimelineMapping::MaximumRange;
}

void TestTimelineMapping::clampsZoom()
{
    QFETCH(double, factor);
    QFETCH(int, steps);
    QFETCH(qint64, expectedRange);
    TimelineMapping mapping = makeMapping(0, 1'000'000'000, 1000.0);
    for (int i = 0; i < steps; ++i)
        mapping.zoomAt(640.0, factor);
    QCOMPARE(mapping.range(), expectedRange);
    QVERIFY(mapping.mapTimeToX(mapping.start()) == 0.0);
}

void TestTimelineMapping::ignoresBadInput()
{
    TimelineMapping mapping = makeMapping(0, 1'000'000, 500.0);
    mapping.zoomAt(100.0, 0.0);
    mapping.zoomAt(100.0, -2.0);
    mapping.zoomAt(100.0, std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(mapping.start(), 0);
    QCOMPARE(mapping.end(), 1'000'000);

    mapping.setWidth(0.0);
    QCOMPARE(mapping.width(), 1.0);
    mapping.setWidth(std::numeric_limits<double>::infinity());
    QCOMPARE(mapping.width(), 1.0);
    QCOMPARE(mapping.mapTimeToX(1'000'000), 1.0);
}

QTEST_GUILESS_MAIN(TestTimelineMapping)
#include "tst_timelinemapping.moc"
