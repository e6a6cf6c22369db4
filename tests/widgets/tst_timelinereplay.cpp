// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The timeline as a teaching instrument: replay, selection, range statistics, search, keys, arrows,
// the dropped-events marker and the panel around it.
#include "models/trace/tracerecorder.h"
#include "widgets/timelinepainter.h"
#include "widgets/timelinepanel.h"
#include "widgets/timelinewidget.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Lab;

namespace {

constexpr qint64 Second = 1'000'000'000;
constexpr qint64 Ms = 1'000'000;

// Ten seconds: two downloads on a worker, one awaiting on the GUI thread resumed by the worker,
// a stall on the event loop, an instant.
struct Recording
{
    TraceRecorder recorder;
    TaskId br = 0;
    TaskId cn = 0;
    TaskId gui = 0;
    Recording()
    {
        const qint64 o = recorder.origin();
        br = recorder.addTask(QStringLiteral("download BR"), QStringLiteral("worker 1"));
        cn = recorder.addTask(QStringLiteral("download CN"), QStringLiteral("worker 1"));
        gui = recorder.addTask(QStringLiteral("show flags"), recorder.tasks().front().thread);
        recorder.addSpan(br, TaskState::Running, o, o + 1 * Second, QStringLiteral("get BR"));
        recorder.addSpan(br, TaskState::AwaitingIo, o + 1 * Second, o + 4 * Second,
            QStringLiteral("flagsdownloader.cpp:88 co_await reply BR"));
        recorder.addSpan(cn, TaskState::Queued, o, o + 2 * Second);
        recorder.addSpan(cn, TaskState::Running, o + 2 * Second, o + 6 * Second, QStringLiteral("get CN"));
        recorder.addSpan(gui, TaskState::Sleeping, o + 1 * Second, o + 8 * Second);
        recorder.addSpan(gui, TaskState::Running, o + 8 * Second, o + 10 * Second, QStringLiteral("save br.gif"));
        recorder.addSpan(
            EventLoopTask, TaskState::Blocked, o + 5 * Second, o + 7 * Second, QStringLiteral("UI frozen"));
        recorder.addInstant(br, QStringLiteral("BR arrived"), o + 4 * Second);
        recorder.addLink(cn, gui, o + 6 * Second);
    }
};

void sendMouse(QWidget *widget, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons,
    Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)), button, buttons, modifiers);
    QApplication::sendEvent(widget, &event);
}

void drag(QWidget *widget, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton, modifiers);
    for (int step = 1; step <= 4; ++step)
        sendMouse(widget, QEvent::MouseMove, from + (to - from) * step / 4, Qt::LeftButton, modifiers);
    sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::NoButton, modifiers);
}

QPoint pointAt(const TimelineWidget &widget, int lane, qint64 t)
{
    const int x = widget.labelColumnWidth() + int(std::lround(widget.mapping().mapTimeToX(t)));
    return QPoint(x, widget.laneRect(lane).center().y());
}

void show(TimelineWidget &widget)
{
    widget.resize(1100, 400);
    widget.refresh();
    widget.fitAll();
}

} // namespace

class TestTimelineReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replayPositions_data();
    void replayPositions();
    void replayOnlyAfterARun();
    void stepsVisitEveryEvent();
    void scrubbingMovesTheCursor();
    void clickSelectsASpan();
    void shiftDragSelectsARange();
    void keys_data();
    void keys();
    void searchJumpsBetweenHits();
    void arrowsOfTheSelectedTask();
    void droppedEventsAreMarked();
    void panelShowsDetailsAndStatistics();
    void statesDifferWithoutColour();
};

void TestTimelineReplay::replayPositions_data()
{
    QTest::addColumn<double>("speed");
    QTest::addColumn<QList<qint64>>("wallSteps"); // real time between frames
    QTest::addColumn<qint64>("expected"); // cursor time after them
    QTest::addColumn<bool>("playing");

    QTest::newRow("1x") << 1.0 << QList<qint64>{16 * Ms, 16 * Ms, 968 * Ms} << 1 * Second << true;
    QTest::newRow("0.1x, slow motion") << 0.1 << QList<qint64>{2 * Second} << 200 * Ms << true;
    QTest::newRow("10x") << 10.0 << QList<qint64>{500 * Ms} << 5 * Second << true;
    QTest::newRow("past the end pauses at the end") << 10.0 << QList<qint64>{Second, Second} << 10 * Second << false;
    QTest::newRow("too fast is clamped to 10x") << 50.0 << QList<qint64>{100 * Ms} << 1 * Second << true;
}

void TestTimelineReplay::replayPositions()
{
    QFETCH(double, speed);
    QFETCH(QList<qint64>, wallSteps);
    QFETCH(qint64, expected);
    QFETCH(bool, playing);
    Recording recording;
    TimelineWidget widget(&recording.recorder);
    show(widget);
    QSignalSpy started(&widget, &TimelineWidget::replayStarted);
    QSignalSpy times(&widget, &TimelineWidget::replayTimeChanged);
    QSignalSpy finished(&widget, &TimelineWidget::replayFinished);

    widget.setReplaySpeed(speed);
    widget.playReplay();
    QCOMPARE(started.count(), 1);
    QVERIFY(widget.isReplaying());
    QCOMPARE(widget.replayTime(), qint64(0));
    for (const qint64 wall : wallSteps)
        widget.advanceReplay(wall);
    QCOMPARE(widget.replayTime(), expected);
    QCOMPARE(widget.isReplayPlaying(), playing);
    // The demo's visual hears the cursor's time on the recorder's clock.
    QCOMPARE(times.last().at(0).toLongLong(), recording.recorder.origin() + expected);
    QCOMPARE(finished.count(), 0);

    // The state of each task at the cursor is what the lanes say.
    const auto stateOfBr = widget.lanes().lane(widget.laneOf(recording.br)).stateAt(widget.replayTime());
    if (expected < Second)
        QCOMPARE(stateOfBr, std::optional<TaskState>(TaskState::Running));
    else if (expected < 4 * Second)
        QCOMPARE(stateOfBr, std::optional<TaskState>(TaskState::AwaitingIo));

    widget.stopReplay();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!widget.isReplaying());
}

void TestTimelineReplay::replayOnlyAfterARun()
{
    Recording recording;
    TimelineWidget widget(&recording.recorder);
    show(widget);
    widget.setLive(true);
    QVERIFY(!widget.canReplay());
    widget.playReplay();
    QVERIFY(!widget.isReplaying());

    widget.setLive(false);
    QSignalSpy finished(&widget, &TimelineWidget::replayFinished);
    widget.playReplay();
    QVERIFY(widget.isReplaying());
    // A new run going live ends the replay: the page leaves its replayed state.
    widget.setLive(true);
    QVERIFY(!widget.isReplaying());
    QCOMPARE(finished.count(), 1);
}

void TestTimelineReplay::stepsVisitEveryEvent()
{
    Recording recording;
    TimelineWidget widget(&recording.recorder);
    show(widget);
    QList<qint64> visited;
    for (int i = 0; i < 9; ++i) {
        widget.stepToNextEvent();
        visited << widget.replayTime() / Second;
    }
    // Span starts and ends and the instant at 4 s, each once, then it stays at the end.
    QCOMPARE(visited, (QList<qint64>{0, 1, 2, 4, 5, 6, 7, 8, 10}));
    QVERIFY(!widget.isReplayPlaying());
    widget.stepToPreviousEvent();
    QCOMPARE(widget.replayTime(), 8 * Second);
    widget.stepToPreviousEvent();
    QCOMPARE(widget.replayTime(), 7 * Second);

    // The keys do the same on the focused timeline.
    QTest::keyClick(&widget, Qt::Key_Period);
    QCOMPARE(widget.replayTime(), 8 * Second);
    QTest::keyClick(&widget, Qt::Key_Comma);
    QCOMPARE(widget.replayTime(), 7 * Second);
    QTest::keyClick(&widget, Qt::Key_P);
    QVERIFY(widget.isReplayPlaying());
    QTest::keyClick(&widget, Qt::Key_P);
    QVERIFY(!widget.isReplayPlaying());
    QTest::keyClick(&widget, Qt::Key_BracketRight);
    QCOMPARE(widget.replaySpeed(), 2.0);
    QTest::keyClick(&widget, Qt::Key_BracketLeft);
    QTest::keyClick(&widget, Qt::Key_BracketLeft);
    QCOMPARE(widget.replaySpeed(), 0.5);
    QTest::keyClick(&widget, Qt::Key_Escape);
    QVERIFY(!widget.isReplaying());
}

void TestTimelineReplay::scrubbingMovesTheCursor()
{
    Recording recording;
    TimelineWidget widget(&recording.recorder);
    show(widget);
    QSignalSpy times(&widget, &TimelineWidget::replayTimeChanged);
    // Press on the time ruler at 2 s, drag to 6 s.
    const int axisY = widget.laneRect(0).top() - 6;
    const QPoint from(pointAt(widget, 0, 2 * Second).x(), axisY);
    const QPoint to(pointAt(widget, 0, 6 * Second).x(), axisY);
    sendMouse(&widget, QEvent::MouseButtonPress, from, Qt::LeftButton);
    QVERIFY(widget.isReplaying());
    QVERIFY(std::abs(widget.replayTime() - 2 * Second) < 20 * Ms);
    // Now the cursor itself can be dragged, from the lanes too.
    sendMouse(&widget, QEvent::MouseMove, to, Qt::LeftButton);
    sendMouse(&widget, QEvent::MouseButtonRelease, to, Qt::NoButton);
    QVERIFY(std::abs(widget.replayTime() - 6 * Second) < 20 * Ms);
    const QPoint cursorInLanes(to.x(), widget.laneRect(widget.laneOf(recording.cn)).center().y());
    drag(&widget, cursorInLanes, pointAt(widget, 0, 3 * Second));
    QVERIFY(std::abs(widget.replayTime() - 3 * Second) < 20 * Ms);
    QVERIFY(times.count() >= 3);
    // The view did not pan: scrubbing is not dragging the content.
    QCOMPARE(widget.mapping().start(), qint64(0));
}

void TestTimelineReplay::clickSelectsASpan()
{
    Recording recording;
    TimelineWidget widget(&recording.recorder);
    show(widget);
    QSignalSpy selection(&widget, &TimelineWidget::selectionChanged);
    const QPoint span = pointAt(widget, widget.laneOf(recording.br), 2 * Second);
    sendMouse(&widget, QEvent::MouseButtonPress, span, Qt::LeftButton);
    sendMouse(&widget, QEvent::MouseButtonRelease, span, Qt::NoButton);
    QCOMPARE(selection.count(), 1);
    QVERIFY(widget.selectedSpan());
    QCOMPARE(widget.selectedSpan()->task, recording.br);
    QCOMPARE(widget.selectedSpan()->start, 1 * Second);
    const QString details = widget.selectedSpanDetails();
    QVERIFY2(details.contains(QStringLiteral("download BR")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("worker 1")));
    QVERIFY(details.contains(taskStateName(TaskState::AwaitingIo)));
    QVERIFY(details.contains(QStringLiteral("flagsdownloader.cpp:88")));
    QVERIFY(details.contains(TimelinePainter::formatDuration(3 * Second)));
    // The lane as text, the selected span's line marked.
    int line = -1;
    const QStringList lines = widget.spanLines(recording.br, 100, &line);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(line, 1);
    QVERIFY(lines[1].contains(QStringLiteral("co_await reply BR")));

    // A click on empty space clears it.
    const QPoint empty = pointAt(widget, widget.laneOf(recording.br), 9 * Second);
    sendMouse(&widget, QEvent::MouseButtonPress, empty, Qt::LeftButton);
    sendMouse(&widget, QEvent::MouseButtonRelease, empty, Qt::NoButton);
    QVERIFY(!widget.selectedSpan());
}

void TestTimelineReplay::shiftDragSelectsARange()
{
    Recording recording;
    TimelineWidget widget(&recording.recorder);
    show(widget);
    const qint64 start = widget.mapping().start();
    drag(&widget, pointAt(widget, widget.laneOf(recording.br), 1 * Second),
        pointAt(widget, widget.laneOf(recording.br), 7 * Second), Qt::ShiftModifier);
    QVERIFY(widget.hasRange());
    QCOMPARE(widget.mapping().start(), start); // a range drag does not pan
    QVERIFY(std::abs(widget.rangeStart() - 1 * Second) < 20 * Ms);
    QVERIFY(std::abs(widget.rangeEnd() - 7 * Second) < 20 * Ms);

    widget.setRange(1 * Second, 7 * Second); // exact, for exact answers
    const RangeStatistics stats = widget.rangeStatistics();
    // [1 s, 7 s): BR awaits 3 s, CN queued 1 s and runs 4 s, the GUI task sleeps 6 s; a 2 s stall.
    QCOMPARE(stats.peakOf(Activity::Waiting), 2);
    QCOMPARE(stats.averageOf(Activity::Waiting), 9.0 / 6.0);
    QCOMPARE(stats.averageOf(Activity::Running), 4.0 / 6.0);
    QCOMPARE(stats.peakOf(Activity::Queued), 1);
    QCOMPARE(stats.loopBlocked, 2.0 / 6.0);
    QCOMPARE(stats.longestStall, 2 * Second);
    QCOMPARE(stats.spanEnds, qint64(4)); // BR running at 1 s, CN queued at 2 s, BR at 4 s, CN at 6 s
    QCOMPARE(stats.throughput, 4.0 / 6.0);

    // Escape clears the range.
    QTest::keyClick(&widget, Qt::Key_Escape);
    QVERIFY(!widget.hasRange());
}

void TestTimelineReplay::keys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<qint64>("start"); // expected view after the key, from a 2-4 s view
    QTest::addColumn<qint64>("end");

    QTest::newRow("W zooms in at the centre") << int(Qt::Key_W) << qint64(2'333'333'333) << qint64(3'666'666'667);
    QTest::newRow("S zooms out at the centre") << int(Qt::Key_S) << 1500 * Ms << 4500 * Ms;
    QTest::newRow("A pans to earlier") << int(Qt::Key_A) << 1800 * Ms << 3800 * Ms;
    QTest::newRow("D pans to later") << int(Qt::Key_D) << 2200 * Ms << 4200 * Ms;
    QTest::newRow("Home shows the start") << int(Qt::Key_Home) << qint64(0) << 2 * Second;
    QTest::newRow("End shows the end") << int(Qt::Key_End) << 8 * Second << 10 * Second;
}

void TestTimelineReplay::keys()
{
    QFETCH(int, key);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    Recording recording;
    TimelineWidget widget(&recording.recorder);
    show(widget);
    const_cast<TimelineMapping &>(widget.mapping()).fit(2 * Second, 4 * Second);
    QTest::keyClick(&widget, Qt::Key(key));
    // Zooms keep the centre, pans move a tenth of the view: whatever the width, to the nanosecond.
    QVERIFY2(std::abs(widget.mapping().start() - start) <= 2, qPrintable(QString::number(widget.mapping().start())));
    QVERIFY2(std::abs(widget.mapping().end() - end) <= 2, qPrintable(QString::number(widget.mapping().end())));
}

void TestTimelineReplay::searchJumpsBetweenHits()
{
    Recording recording;
    TimelineWidget widget(&recording.recorder);
    show(widget);
    QSignalSpy changed(&widget, &TimelineWidget::searchChanged);
    widget.setSearchText(QStringLiteral("br"));
    QCOMPARE(widget.searchHitCount(), 3); // "get BR", "co_await reply BR", "save br.gif"
    QCOMPARE(widget.currentSearchHit(), -1);
    QList<qint64> starts;
    for (int i = 0; i < 4; ++i) {
        widget.nextSearchHit();
        starts << widget.selectedSpan()->start / Second;
    }
    QCOMPARE(starts, (QList<qint64>{0, 1, 8, 0})); // wraps around
    widget.previousSearchHit();
    QCOMPARE(widget.selectedSpan()->start, 8 * Second);
    QCOMPARE(widget.currentSearchHit(), 2);
    // The hit is in view.
    QVERIFY(widget.mapping().start() <= 8 * Second && widget.mapping().end() >= 8 * Second);
    QVERIFY(changed.count() >= 5);

    // Hiding a lane takes its hits away.
    widget.setTaskHidden(recording.gui, true);
    QCOMPARE(widget.searchHitCount(), 2);
    widget.showAllLanes();
    QCOMPARE(widget.searchHitCount(), 3);
    widget.setSearchText(QStringLiteral("JP"));
    QCOMPARE(widget.searchHitCount(), 0);
}

void TestTimelineReplay::arrowsOfTheSelectedTask()
{
    Recording recording;
    TimelineWidget widget(&recording.recorder);
    show(widget);
    // Between the CN lane and the GUI task's lane, at 6 s, where the resume arrow runs.
    const QRect from = widget.laneRect(widget.laneOf(recording.cn));
    const QRect to = widget.laneRect(widget.laneOf(recording.gui));
    QVERIFY(from.isValid() && to.isValid());
    const int x = pointAt(widget, 0, 6 * Second).x();
    // Dark pixels on the column from one lane's middle to the other's: the arrow's line.
    const auto darkPixels = [&](const QImage &image) {
        int count = 0;
        for (int y = std::min(from.center().y(), to.center().y()); y <= std::max(from.center().y(), to.center().y());
             ++y)
            count += qGray(image.pixel(x, y)) < 80 ? 1 : 0;
        return count;
    };
    const int before = darkPixels(widget.grab().toImage());
    widget.selectSpan(TimelineWidget::SpanRef{recording.gui, 8 * Second});
    QCOMPARE(widget.arrowTask(), std::optional<TaskId>(recording.gui));
    const int after = darkPixels(widget.grab().toImage());
    QVERIFY2(after > before + 10, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
}

void TestTimelineReplay::droppedEventsAreMarked()
{
    TraceRecorder recorder;
    recorder.setCapacity(100);
    const qint64 o = recorder.origin();
    const TaskId busy = recorder.addTask(QStringLiteral("busy"), QStringLiteral("worker 1"));
    const TaskId late = recorder.addTask(QStringLiteral("late"), QStringLiteral("worker 2"));
    for (int i = 0; i < 1000; ++i)
        recorder.addSpan(busy, TaskState::Running, o + i * 10 * Ms, o + (i + 1) * 10 * Ms);
    recorder.addSpan(late, TaskState::Running, o + 9900 * Ms, o + 10 * Second);
    TimelineWidget widget(&recorder);
    show(widget);
    widget.refresh();
    QCOMPARE(widget.lanes().droppedCount(), std::size_t(recorder.droppedSpanCount()));
    QVERIFY(widget.lanes().droppedUntil() > 8 * Second);
    // The "late" lane is empty before 9.9 s: hatched where events were dropped, plain after.
    const QImage image = widget.grab().toImage();
    const int lane = widget.laneOf(late);
    const QColor base = widget.palette().color(QPalette::Base);
    const auto plainPixels = [&](qint64 from, qint64 to) {
        int plain = 0;
        const int y = widget.laneRect(lane).center().y();
        for (int x = pointAt(widget, lane, from).x(); x < pointAt(widget, lane, to).x(); ++x)
            plain += image.pixelColor(x, y) == base ? 1 : 0;
        return double(plain) / double(pointAt(widget, lane, to).x() - pointAt(widget, lane, from).x());
    };
    QVERIFY(plainPixels(1 * Second, 7 * Second) < 0.95);
    QCOMPARE(plainPixels(int(widget.lanes().droppedUntil() / Ms + 100) * Ms, 9800 * Ms), 1.0);
}

void TestTimelineReplay::panelShowsDetailsAndStatistics()
{
    Recording recording;
    TimelinePanel panel(&recording.recorder);
    panel.resize(1400, 450);
    TimelineWidget *timeline = panel.timeline();
    timeline->refresh();
    timeline->fitAll();
    QVERIFY(panel.playButton()->isEnabled());
    QVERIFY(!panel.statisticsLabel()->isVisibleTo(&panel));

    panel.searchField()->setText(QStringLiteral("BR"));
    QCOMPARE(panel.searchCountLabel()->text(), QStringLiteral("3 hits"));
    QTest::keyClick(panel.searchField(), Qt::Key_Return);
    QCOMPARE(panel.searchCountLabel()->text(), QStringLiteral("1 of 3 hits"));
    // The selected span's lane, as text a screen reader reads.
    QVERIFY(!panel.spanList()->accessibleName().isEmpty());
    QCOMPARE(panel.spanList()->count(), 2);
    QVERIFY(panel.detailsLabel()->text().contains(QStringLiteral("download BR")));

    timeline->setRange(0, 10 * Second);
    QVERIFY(panel.statisticsLabel()->isVisibleTo(&panel));
    QVERIFY2(panel.statisticsLabel()->text().contains(QStringLiteral("Longest stall")),
        qPrintable(panel.statisticsLabel()->text()));

    panel.playButton()->click();
    QVERIFY(timeline->isReplayPlaying());
    QCOMPARE(panel.playButton()->text(), QStringLiteral("Pause replay"));
    panel.playButton()->click();
    QVERIFY(!timeline->isReplayPlaying());
}

void TestTimelineReplay::statesDifferWithoutColour()
{
    // Every state has its own pattern (running is plain), and on a high-contrast palette each
    // colour stands out from the black base (WCAG ratio at least 4.5).
    QSet<int> patterns;
    for (int state = 0; state < TaskStateCount; ++state)
        patterns.insert(int(TimelinePainter::statePattern(TaskState(state))));
    QCOMPARE(patterns.size(), TaskStateCount);

    QPalette contrast;
    contrast.setColor(QPalette::Base, Qt::black);
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::Mid, Qt::white);
    contrast.setColor(QPalette::Text, Qt::white);
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    for (int state = 0; state < TaskStateCount; ++state) {
        const QColor color = TimelinePainter::stateColor(TaskState(state), contrast);
        const double ratio = (luminance(color) + 0.05) / 0.05;
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(taskStateName(TaskState(state))).arg(ratio)));
    }
    // A palette change repaints in the new colours.
    Recording recording;
    TimelineWidget widget(&recording.recorder);
    show(widget);
    const QPoint running = pointAt(widget, widget.laneOf(recording.cn), 4 * Second) + QPoint(0, -4);
    const QColor light = widget.grab().toImage().pixelColor(running);
    widget.setPalette(contrast);
    const QColor vivid = widget.grab().toImage().pixelColor(running);
    QCOMPARE(light, TimelinePainter::stateColor(TaskState::Running));
    QCOMPARE(vivid, TimelinePainter::stateColor(TaskState::Running, contrast));
}

QTEST_MAIN(TestTimelineReplay)
#include "tst_timelinereplay.moc"
