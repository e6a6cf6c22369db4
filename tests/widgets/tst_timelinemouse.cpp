// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The timeline's tools through real mouse and key events on the widget, as a user reaches them:
// Shift+drag shows the range statistics on release, a click shows a span's await site and draws
// its task's arrows, search never pans before the recording's start, the replay label follows
// the cursor as keys step it, and the details pane is wide enough for its lines.
#include "models/trace/tracerecorder.h"
#include "widgets/timelinepainter.h"
#include "widgets/timelinepanel.h"
#include "widgets/timelinewidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Lab;

namespace {

constexpr qint64 Ms = 1'000'000;

// A countdown's worth: two tasks on the GUI thread that sleep and resume, with the loop's arrows.
struct Recording
{
    TraceRecorder recorder;
    TaskId a = 0;
    TaskId b = 0;

    Recording()
    {
        const qint64 o = recorder.origin();
        a = recorder.addTask(QStringLiteral("countdown A"), QStringLiteral("GUI thread"));
        b = recorder.addTask(QStringLiteral("countdown B"), QStringLiteral("GUI thread"));
        recorder.addSpan(a, TaskState::Running, o, o + 100 * Ms);
        recorder.addSpan(a, TaskState::Sleeping, o + 100 * Ms, o + 600 * Ms, QStringLiteral("co_await sleep(0.5 s)"));
        recorder.addSpan(a, TaskState::Running, o + 600 * Ms, o + 700 * Ms);
        recorder.addSpan(b, TaskState::Sleeping, o, o + 900 * Ms, QStringLiteral("co_await sleep(0.9 s)"));
        recorder.addSpan(b, TaskState::Running, o + 900 * Ms, o + 1000 * Ms, QStringLiteral("tick"));
        recorder.addLink(a, EventLoopTask, o + 100 * Ms, QStringLiteral("sleep started"));
        recorder.addLink(EventLoopTask, a, o + 600 * Ms, QStringLiteral("timer fired"));
    }
};

struct Shown
{
    explicit Shown(TraceRecorder *recorder)
        : panel(recorder)
    {
        panel.resize(1200, 400);
        panel.show();
        timeline = panel.timeline();
        timeline->refresh();
        timeline->fitAll();
    }
    QPoint at(TaskId task, qint64 t) const
    {
        const int lane = timeline->laneOf(task);
        return QPoint(timeline->labelColumnWidth() + int(timeline->mapping().mapTimeToX(t)),
            timeline->laneRect(lane).center().y());
    }
    // Shift+drag from @p from to @p to, through a few moves, as a hand does it.
    void shiftDrag(QPoint from, QPoint to) const
    {
        QTest::mousePress(timeline, Qt::LeftButton, Qt::ShiftModifier, from);
        for (int x = from.x(); x <= to.x(); x += 40)
            QTest::mouseMove(timeline, QPoint(x, from.y()));
        QTest::mouseMove(timeline, to);
        QTest::mouseRelease(timeline, Qt::LeftButton, Qt::ShiftModifier, to);
    }
    TimelinePanel panel;
    TimelineWidget *timeline = nullptr;
};

} // namespace

class TestTimelineMouse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shiftDragShowsRangeStatisticsOnRelease();
    void shiftClickClearsTheRange();
    void clickShowsTheAwaitSiteAndDrawsArrows();
    void searchNeverPansBeforeTheStart();
    void replayLabelFollowsTheSteppedCursor();
    void detailsPaneFitsItsLines();
};

void TestTimelineMouse::shiftDragShowsRangeStatisticsOnRelease()
{
    Recording recording;
    Shown shown(&recording.recorder);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.panel));
    QLabel *statistics = shown.panel.statisticsLabel();
    QVERIFY(!statistics->isVisible());
    QSignalSpy range(shown.timeline, &TimelineWidget::rangeChanged);

    const QPoint from = shown.at(recording.b, 200 * Ms);
    const QPoint to = shown.at(recording.b, 800 * Ms);
    shown.shiftDrag(from, to);

    // On release, once: the pane shows what the range holds, in place of its hint.
    QCOMPARE(range.count(), 1);
    QVERIFY(shown.timeline->hasRange());
    QTRY_VERIFY(statistics->isVisible());
    QVERIFY2(statistics->text().contains(QStringLiteral("Range")), qPrintable(statistics->text()));
    QVERIFY(statistics->text().contains(QStringLiteral("Tasks waiting")));
    // The range is what was dragged over, to within a pixel.
    const double slack = 2 * shown.timeline->mapping().nsPerPixel();
    QVERIFY(std::abs(double(shown.timeline->rangeStart() - 200 * Ms)) <= slack);
    QVERIFY(std::abs(double(shown.timeline->rangeEnd() - 800 * Ms)) <= slack);

    // Escape clears it, and the statistics go.
    shown.timeline->setFocus();
    QTest::keyClick(shown.timeline, Qt::Key_Escape);
    QVERIFY(!shown.timeline->hasRange());
    QTRY_VERIFY(!statistics->isVisible());
}

void TestTimelineMouse::shiftClickClearsTheRange()
{
    Recording recording;
    Shown shown(&recording.recorder);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.panel));
    const QPoint from = shown.at(recording.b, 200 * Ms);
    const QPoint to = shown.at(recording.b, 500 * Ms);
    shown.shiftDrag(from, to);
    QVERIFY(shown.timeline->hasRange());
    QSignalSpy range(shown.timeline, &TimelineWidget::rangeChanged);
    QTest::mouseClick(shown.timeline, Qt::LeftButton, Qt::ShiftModifier, from);
    QCOMPARE(range.count(), 1);
    QVERIFY(!shown.timeline->hasRange());
    QTRY_VERIFY(!shown.panel.statisticsLabel()->isVisible());
}

void TestTimelineMouse::clickShowsTheAwaitSiteAndDrawsArrows()
{
    Recording recording;
    Shown shown(&recording.recorder);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.panel));
    // The arrow at 600 ms, between the loop's lane and A's: not drawn while nothing is chosen.
    const int x = shown.at(recording.a, 600 * Ms).x();
    const int top = shown.timeline->laneRect(shown.timeline->laneOf(EventLoopTask)).center().y();
    const int bottom = shown.timeline->laneRect(shown.timeline->laneOf(recording.a)).top();
    shown.timeline->setFocus();
    QTest::mouseMove(shown.timeline, QPoint(shown.timeline->labelColumnWidth() + 5, shown.timeline->height() - 3));
    const QImage before = shown.timeline->grab().toImage();

    QTest::mouseClick(shown.timeline, Qt::LeftButton, Qt::NoModifier, shown.at(recording.a, 300 * Ms));
    QVERIFY(shown.timeline->selectedSpan().has_value());
    const QString details = shown.panel.detailsLabel()->text();
    QVERIFY2(details.contains(QStringLiteral("Await site: co_await sleep(0.5 s)")), qPrintable(details));
    QCOMPARE(shown.timeline->arrowTask(), std::optional<TaskId>(recording.a));

    // The arrow's shaft now runs down that column: pixels there changed, a column away they did not.
    const QImage after = shown.timeline->grab().toImage();
    const qreal ratio = after.devicePixelRatio();
    int changed = 0;
    for (int y = top + 2; y < bottom; ++y)
        changed += before.pixel(int(x * ratio), int(y * ratio)) != after.pixel(int(x * ratio), int(y * ratio)) ? 1 : 0;
    QVERIFY2(changed >= (bottom - top) / 2, qPrintable(QString::number(changed)));

    // A wait whose end an arrow resumes is an await site whatever its label (a GET's path).
    {
        TraceRecorder recorder;
        const qint64 o = recorder.origin();
        const TaskId br = recorder.addTask(QStringLiteral("BR"), QStringLiteral("GUI thread"));
        recorder.addSpan(br, TaskState::AwaitingIo, o, o + 500 * Ms, QStringLiteral("GET /flags/br/br.png"));
        recorder.addSpan(br, TaskState::Running, o + 500 * Ms, o + 520 * Ms, QStringLiteral("decode/save"));
        recorder.addLink(EventLoopTask, br, o + 500 * Ms - 3000, QStringLiteral("reply arrived"));
        Shown flags(&recorder);
        QVERIFY(QTest::qWaitForWindowExposed(&flags.panel));
        QTest::mouseClick(flags.timeline, Qt::LeftButton, Qt::NoModifier, flags.at(br, 200 * Ms));
        QVERIFY2(flags.panel.detailsLabel()->text().contains(QStringLiteral("Await site: GET /flags/br/br.png")),
            qPrintable(flags.panel.detailsLabel()->text()));
        QTest::mouseClick(flags.timeline, Qt::LeftButton, Qt::NoModifier, flags.at(br, 510 * Ms));
        QVERIFY(flags.panel.detailsLabel()->text().contains(QStringLiteral("Label: decode/save")));
    }
    // A span without an await site says "Label", not "Await site".
    QTest::mouseClick(shown.timeline, Qt::LeftButton, Qt::NoModifier, shown.at(recording.b, 950 * Ms));
    QVERIFY(shown.panel.detailsLabel()->text().contains(QStringLiteral("Label: tick")));
    QVERIFY(!shown.panel.detailsLabel()->text().contains(QStringLiteral("Await site")));
}

void TestTimelineMouse::searchNeverPansBeforeTheStart()
{
    TraceRecorder recorder;
    const qint64 o = recorder.origin();
    const TaskId task = recorder.addTask(QStringLiteral("t"), QStringLiteral("GUI thread"));
    // A hit in the first microsecond of a ten-second recording: centring it would start before zero.
    recorder.addSpan(task, TaskState::Running, o, o + 1000, QStringLiteral("needle"));
    recorder.addSpan(task, TaskState::Sleeping, o + 1000, o + 10'000 * Ms, QStringLiteral("hay"));
    Shown shown(&recorder);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.panel));
    QTest::keyClicks(shown.panel.searchField(), QStringLiteral("needle"));
    QTest::keyClick(shown.panel.searchField(), Qt::Key_Return);
    QCOMPARE(shown.timeline->currentSearchHit(), 0);
    QVERIFY2(shown.timeline->mapping().start() >= 0, qPrintable(QString::number(shown.timeline->mapping().start())));
    // The hit is in view and selected.
    QVERIFY(shown.timeline->mapping().end() >= 1000);
    QCOMPARE(shown.timeline->selectedSpan()->start, qint64(0));
    QVERIFY(shown.panel.searchCountLabel()->text().contains(QStringLiteral("1")));
}

void TestTimelineMouse::replayLabelFollowsTheSteppedCursor()
{
    Recording recording;
    Shown shown(&recording.recorder);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.panel));
    shown.timeline->setFocus();
    QTRY_VERIFY(shown.timeline->hasFocus());
    QLabel *label = shown.panel.replayTimeLabel();
    const auto expected = [&shown] {
        return TimelinePainter::formatDuration(shown.timeline->replayTime());
    };
    // "." steps to the next event, "," back: the label says where the cursor is after each.
    QTest::keyClick(shown.timeline, Qt::Key_Period);
    QVERIFY(shown.timeline->isReplaying());
    for (int i = 0; i < 4; ++i) {
        const qint64 before = shown.timeline->replayTime();
        QTest::keyClick(shown.timeline, Qt::Key_Period);
        QVERIFY(shown.timeline->replayTime() > before);
        QVERIFY2(label->text().startsWith(expected()), qPrintable(label->text() + u'|' + expected()));
    }
    QTest::keyClick(shown.timeline, Qt::Key_Comma);
    QVERIFY2(label->text().startsWith(expected()), qPrintable(label->text()));
    // Clicking the ruler scrubs there, and the label follows too.
    const int rulerY =
        shown.timeline->laneRect(shown.timeline->laneOf(EventLoopTask)).top() - 5; // just above the lanes
    QTest::mouseClick(
        shown.timeline, Qt::LeftButton, Qt::NoModifier, QPoint(shown.at(recording.a, 650 * Ms).x(), rulerY));
    QVERIFY(std::abs(double(shown.timeline->replayTime() - 650 * Ms)) <= 2 * shown.timeline->mapping().nsPerPixel());
    QVERIFY2(label->text().startsWith(expected()), qPrintable(label->text()));
}

void TestTimelineMouse::detailsPaneFitsItsLines()
{
    Recording recording;
    Shown shown(&recording.recorder);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.panel));
    const QPoint from = shown.at(recording.b, 50 * Ms);
    const QPoint to = shown.at(recording.b, 950 * Ms);
    shown.shiftDrag(from, to);
    QLabel *statistics = shown.panel.statisticsLabel();
    QTRY_VERIFY(statistics->isVisible());
    // Each statistics line fits the label's width unbroken.
    const QFontMetrics metrics(statistics->font());
    for (const QString &line : statistics->text().split(u'\n'))
        QVERIFY2(metrics.horizontalAdvance(line) <= statistics->width(), qPrintable(line));
}

QTEST_MAIN(TestTimelineMouse)
#include "tst_timelinemouse.moc"
