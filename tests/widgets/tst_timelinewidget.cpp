// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/clock.h"
#include "models/trace/tracerecorder.h"
#include "widgets/timelinewidget.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace Lab;

class TestTimelineWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lanesGroupByThread_data();
    void lanesGroupByThread();
    void stallPaintsRed_data();
    void stallPaintsRed();
    void newSpansArriveIncrementally();
    void hoverDescribesSpan_data();
    void hoverDescribesSpan();
    void wheelZoomsAtCursor();
    void wheelScrollsLanes_data();
    void wheelScrollsLanes();
    void dragPansAndLeavesLive();
    void liveFollowsNewestTime();
    void millionSpansRender();
    void exportsFiles();
    void exportReportsErrors();
    void clearStartsOver();
};

namespace {

constexpr qint64 Second = 1'000'000'000;

bool isRed(QColor color)
{
    return color.red() > 170 && color.green() < 90 && color.blue() < 90;
}

// Blocked spans carry a cross-hatch (so they read without colour too): most pixels of a small
// patch around @p point are red, not every one.
bool redAround(const QImage &image, QPoint point)
{
    int red = 0;
    int all = 0;
    for (int dy = 0; dy < 5; ++dy) {
        for (int dx = -3; dx <= 3; ++dx) {
            const QPoint p = point + QPoint(dx, dy);
            if (!image.rect().contains(p))
                continue;
            ++all;
            red += isRed(image.pixelColor(p)) ? 1 : 0;
        }
    }
    return all > 0 && red * 2 >= all;
}

// The pixel (widget coordinates) at time @p t, a few pixels into the lane's coloured band.
QPoint pointAt(const TimelineWidget &widget, int lane, qint64 t)
{
    const int x = widget.labelColumnWidth() + int(widget.mapping().mapTimeToX(t));
    return QPoint(x, widget.laneRect(lane).top() + 4);
}

} // namespace

void TestTimelineWidget::lanesGroupByThread_data()
{
    QTest::addColumn<QStringList>("threads"); // of tasks 1, 2, ...; "GUI" is the event loop's thread
    QTest::addColumn<QList<int>>("lanes"); // expected lane of tasks 0, 1, 2, ...

    QTest::newRow("only the event loop") << QStringList{} << QList<int>{0};
    QTest::newRow("GUI first, then workers") << QStringList{"GUI", "worker 1", "GUI"} << QList<int>{0, 1, 3, 2};
    QTest::newRow("workers in order of appearance")
        << QStringList{"worker 2", "worker 1", "worker 2", "GUI"} << QList<int>{0, 2, 4, 3, 1};
}

void TestTimelineWidget::lanesGroupByThread()
{
    QFETCH(QStringList, threads);
    QFETCH(QList<int>, lanes);
    TraceRecorder recorder;
    const QString gui = recorder.tasks().front().thread;
    for (int i = 0; i < threads.size(); ++i)
        recorder.addTask(QStringLiteral("task %1").arg(i + 1), threads[i] == QLatin1String("GUI") ? gui : threads[i]);

    TimelineWidget widget(&recorder);
    widget.resize(900, 500);
    widget.refresh();

    QCOMPARE(widget.laneCount(), lanes.size());
    for (int task = 0; task < lanes.size(); ++task)
        QCOMPARE(widget.laneOf(TaskId(task)), lanes[task]);
    QCOMPARE(widget.laneOf(TaskId(lanes.size())), -1);
    // Lanes are drawn top to bottom in lane order, the event loop's first.
    for (int lane = 1; lane < widget.laneCount(); ++lane)
        QVERIFY(widget.laneRect(lane).top() > widget.laneRect(lane - 1).top());
}

void TestTimelineWidget::stallPaintsRed_data()
{
    QTest::addColumn<qint64>("stallStart");
    QTest::addColumn<qint64>("stallEnd");

    QTest::newRow("3 s in the middle") << 2 * Second << 5 * Second;
    QTest::newRow("short, near the end") << 8 * Second << 8 * Second + 200'000'000;
    QTest::newRow("at the very start") << qint64(0) << Second;
}

void TestTimelineWidget::stallPaintsRed()
{
    QFETCH(qint64, stallStart);
    QFETCH(qint64, stallEnd);
    TraceRecorder recorder;
    const qint64 origin = recorder.origin();
    const TaskId worker = recorder.addTask(QStringLiteral("download"), QStringLiteral("worker 1"));
    recorder.addSpan(worker, TaskState::AwaitingIo, origin, origin + 10 * Second);
    recorder.addSpan(EventLoopTask, TaskState::Blocked, origin + stallStart, origin + stallEnd,
        QStringLiteral("UI frozen for %1 s").arg(double(stallEnd - stallStart) / 1e9, 0, 'f', 1));

    TimelineWidget widget(&recorder);
    widget.resize(1000, 400);
    widget.refresh();
    widget.fitAll();
    const QImage image = widget.grab().toImage();

    const qint64 middle = (stallStart + stallEnd) / 2;
    QVERIFY2(
        redAround(image, pointAt(widget, 0, middle)), qPrintable(image.pixelColor(pointAt(widget, 0, middle)).name()));
    QVERIFY(redAround(image, pointAt(widget, 0, stallStart + (stallEnd - stallStart) / 8)));
    // Outside the stall the event loop's lane is not red, nor is the worker's lane inside it.
    const qint64 outside = stallStart > Second ? stallStart - Second / 2 : stallEnd + Second / 2;
    QVERIFY(!redAround(image, pointAt(widget, 0, outside)));
    QVERIFY(!redAround(image, pointAt(widget, widget.laneOf(worker), middle)));
    // Its label is there for whoever hovers it.
    QVERIFY(widget.toolTipAt(pointAt(widget, 0, middle)).contains(QStringLiteral("UI frozen for")));
}

void TestTimelineWidget::newSpansArriveIncrementally()
{
    TraceRecorder recorder;
    const qint64 origin = recorder.origin();
    const TaskId task = recorder.addTask(QStringLiteral("countdown"), QStringLiteral("worker 1"));
    recorder.addSpan(task, TaskState::Running, origin, origin + Second);
    TimelineWidget widget(&recorder);
    widget.resize(800, 300);
    widget.refresh();
    widget.fitAll();
    QVERIFY(widget.mapping().end() < 2 * Second);

    // Later spans (one out of order) and a task that appeared since.
    const TaskId late = recorder.addTask(QStringLiteral("late"), QStringLiteral("worker 2"));
    recorder.addSpan(task, TaskState::Sleeping, origin + 3 * Second, origin + 4 * Second, QStringLiteral("nap"));
    recorder.addSpan(task, TaskState::Queued, origin + 2 * Second, origin + 3 * Second);
    recorder.addSpan(late, TaskState::Running, origin + 4 * Second, origin + 5 * Second);
    widget.refresh();
    widget.fitAll();

    QCOMPARE(widget.laneCount(), 3);
    QVERIFY(widget.mapping().end() >= 5 * Second);
    const int lane = widget.laneOf(task);
    QVERIFY(widget.toolTipAt(pointAt(widget, lane, 3 * Second + Second / 2)).contains(QStringLiteral("nap")));
    QVERIFY(
        widget.toolTipAt(pointAt(widget, lane, 2 * Second + Second / 2)).contains(taskStateName(TaskState::Queued)));
}

void TestTimelineWidget::hoverDescribesSpan_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expectedDuration");

    QTest::newRow("awaiting I/O") << int(TaskState::AwaitingIo) << QStringLiteral("GET /flags/br.png")
                                  << QStringLiteral("2.000 s");
    QTest::newRow("sleeping, no label") << int(TaskState::Sleeping) << QString() << QStringLiteral("2.000 s");
}

void TestTimelineWidget::hoverDescribesSpan()
{
    QFETCH(int, state);
    QFETCH(QString, label);
    QFETCH(QString, expectedDuration);
    TraceRecorder recorder;
    const qint64 origin = recorder.origin();
    const TaskId task = recorder.addTask(QStringLiteral("flag BR"), QStringLiteral("GUI thread"));
    recorder.addSpan(task, TaskState(state), origin + Second, origin + 3 * Second, label);
    TimelineWidget widget(&recorder);
    widget.resize(800, 300);
    widget.refresh();
    widget.fitAll();

    const QString text = widget.toolTipAt(pointAt(widget, widget.laneOf(task), 2 * Second));
    QVERIFY2(text.contains(QStringLiteral("flag BR")), qPrintable(text));
    QVERIFY(text.contains(taskStateName(TaskState(state))));
    QVERIFY(text.contains(label.toHtmlEscaped()));
    QVERIFY(text.contains(QStringLiteral("1.000 s"))); // start
    QVERIFY(text.contains(expectedDuration));
    // Nothing there: the lane's name only.
    QVERIFY(!widget.toolTipAt(pointAt(widget, widget.laneOf(task), Second / 2)).contains(QStringLiteral("State")));
}

void TestTimelineWidget::wheelZoomsAtCursor()
{
    TraceRecorder recorder;
    const TaskId task = recorder.addTask(QStringLiteral("t"), QStringLiteral("worker"));
    recorder.addSpan(task, TaskState::Running, recorder.origin(), recorder.origin() + 10 * Second);
    TimelineWidget widget(&recorder);
    widget.resize(1000, 300);
    widget.refresh();
    widget.fitAll();
    const QPointF cursor(widget.labelColumnWidth() + 300.0, widget.laneRect(1).center().y());
    const qint64 under = widget.mapping().mapXToTime(300.0);
    const qint64 range = widget.mapping().range();

    QWheelEvent wheel(cursor, widget.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &wheel);

    QVERIFY(widget.mapping().range() < range);
    QVERIFY(std::abs(widget.mapping().mapXToTime(300.0) - under) <= 1);

    QTest::keyClick(&widget, Qt::Key_F);
    QCOMPARE(widget.mapping().range(), range);
}

void TestTimelineWidget::wheelScrollsLanes_data()
{
    QTest::addColumn<bool>("overLabels");
    QTest::addColumn<int>("modifiers");

    QTest::newRow("wheel over the label column") << true << int(Qt::NoModifier);
    QTest::newRow("shift+wheel over the plot") << false << int(Qt::ShiftModifier);
}

void TestTimelineWidget::wheelScrollsLanes()
{
    QFETCH(bool, overLabels);
    QFETCH(int, modifiers);
    TraceRecorder recorder;
    TimelineWidget::addSyntheticSpans(&recorder, 1'000, 30);
    TimelineWidget widget(&recorder);
    widget.resize(900, 300);
    widget.refresh();
    widget.fitAll();
    const int pinnedTop = widget.laneRect(0).top();
    const int top = widget.laneRect(5).top();
    const qint64 range = widget.mapping().range();

    const QPointF at(overLabels ? 10.0 : widget.labelColumnWidth() + 200.0, widget.height() - 20.0);
    QWheelEvent wheel(at, widget.mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
        Qt::KeyboardModifiers(modifiers), Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &wheel);

    QVERIFY(widget.laneRect(5).top() < top);
    QCOMPARE(widget.laneRect(0).top(), pinnedTop); // the event loop's lane stays in view
    QCOMPARE(widget.mapping().range(), range);
}

void TestTimelineWidget::dragPansAndLeavesLive()
{
    TraceRecorder recorder;
    const TaskId task = recorder.addTask(QStringLiteral("t"), QStringLiteral("worker"));
    recorder.addSpan(task, TaskState::Running, recorder.origin(), recorder.origin() + 10 * Second);
    TimelineWidget widget(&recorder);
    widget.resize(1000, 300);
    widget.setLive(true);
    const qint64 start = widget.mapping().start();
    const double nsPerPixel = widget.mapping().nsPerPixel();

    const QPointF from(widget.labelColumnWidth() + 500.0, widget.laneRect(1).center().y());
    const QPointF to = from + QPointF(100.0, 0.0);
    QMouseEvent press(
        QEvent::MouseButtonPress, from, widget.mapToGlobal(from), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QMouseEvent move(QEvent::MouseMove, to, widget.mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QMouseEvent release(
        QEvent::MouseButtonRelease, to, widget.mapToGlobal(to), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(&widget, &press);
    QApplication::sendEvent(&widget, &move);
    QApplication::sendEvent(&widget, &release);

    QVERIFY(!widget.isLive());
    QVERIFY(std::abs(widget.mapping().start() - (start - qint64(100.0 * nsPerPixel))) <= 1);
}

void TestTimelineWidget::liveFollowsNewestTime()
{
    TraceRecorder recorder;
    const TaskId task = recorder.addTask(QStringLiteral("spinner"), QStringLiteral("GUI thread"));
    recorder.setState(task, TaskState::Sleeping, QStringLiteral("awaiting timer"));
    TimelineWidget widget(&recorder);
    widget.resize(800, 300);
    widget.show();
    QSignalSpy liveChanged(&widget, &TimelineWidget::liveChanged);

    widget.setLive(true);
    QVERIFY(widget.isLive());
    QCOMPARE(liveChanged.count(), 1);
    const qint64 mark = nowNs() - recorder.origin() + 50'000'000;
    QTRY_VERIFY(widget.mapping().end() >= mark);
    // The open span grows with the view and says so.
    const QString text = widget.toolTipAt(pointAt(widget, widget.laneOf(task), widget.mapping().end() / 2));
    QVERIFY2(text.contains(QStringLiteral("awaiting timer")), qPrintable(text));

    widget.setLive(false);
    QCOMPARE(liveChanged.count(), 2);
    const TimelineMapping still = widget.mapping();
    widget.refresh();
    QCOMPARE(widget.mapping().end(), still.end());
}

void TestTimelineWidget::millionSpansRender()
{
    const QSize size(1600, 600);
    double small = 0;
    {
        TraceRecorder recorder;
        TimelineWidget::addSyntheticSpans(&recorder, 10'000, 20);
        TimelineWidget widget(&recorder);
        small = TimelineWidget::medianPaintMs(&widget, size, 15);
    }
    TraceRecorder recorder;
    TimelineWidget::addSyntheticSpans(&recorder, 1'000'000, 20);
    TimelineWidget widget(&recorder);
    const double large = TimelineWidget::medianPaintMs(&widget, size, 31);
    qInfo("median paint at 1600x600, fit all: %.2f ms for 10,000 spans, %.2f ms for 1,000,000 spans in 20 lanes", small,
        large);

    QCOMPARE(widget.laneCount(), 21);
    // Every task lane shows something at its middle.
    const QImage image = widget.grab().toImage();
    const QColor background = widget.palette().color(QPalette::Base);
    for (int lane = 1; lane < widget.laneCount(); ++lane) {
        const QRect rect = widget.laneRect(lane);
        if (rect.bottom() >= image.height())
            break; // scrolled out of view
        const QColor middle = image.pixelColor(rect.center().x(), rect.top() + 5);
        QVERIFY2(middle != background, qPrintable(QStringLiteral("lane %1").arg(lane)));
    }
}

void TestTimelineWidget::exportsFiles()
{
    TraceRecorder recorder;
    TimelineWidget::addSyntheticSpans(&recorder, 2'000, 30);
    TimelineWidget widget(&recorder);
    widget.resize(900, 300); // fewer lanes fit than there are: the PNG shows them all
    widget.refresh();
    widget.fitAll();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;

    const QString png = dir.filePath(QStringLiteral("timeline.png"));
    QVERIFY2(widget.exportPng(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 400);
    QVERIFY(image.height() > widget.height());
    QVERIFY(image.height() >= widget.laneRect(widget.laneCount() - 1).bottom() - widget.laneRect(0).top());

    const QString json = dir.filePath(QStringLiteral("timeline.json"));
    QVERIFY2(widget.exportTrace(json, &error), qPrintable(error));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(document.object().value(QStringLiteral("traceEvents")).toArray().size() >= 2'000);
}

void TestTimelineWidget::exportReportsErrors()
{
    TraceRecorder recorder;
    TimelineWidget widget(&recorder);
    widget.resize(600, 300);
    const QString nowhere = QStringLiteral("/nonexistent-directory/for/sure/timeline");
    QString error;
    QVERIFY(!widget.exportPng(nowhere + QStringLiteral(".png"), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!widget.exportTrace(nowhere + QStringLiteral(".json"), &error));
    QVERIFY(!error.isEmpty());
}

void TestTimelineWidget::clearStartsOver()
{
    TraceRecorder recorder;
    const qint64 origin = recorder.origin();
    const TaskId task = recorder.addTask(QStringLiteral("old"), QStringLiteral("worker 1"));
    recorder.addSpan(task, TaskState::Running, origin, origin + 4 * Second);
    recorder.addSpan(EventLoopTask, TaskState::Blocked, origin + Second, origin + 3 * Second);
    TimelineWidget widget(&recorder);
    widget.resize(800, 300);
    widget.refresh();
    widget.fitAll();
    QCOMPARE(widget.laneCount(), 2);
    const QPoint stall = pointAt(widget, 0, 2 * Second);
    QVERIFY(redAround(widget.grab().toImage(), stall));

    recorder.clear();
    widget.refresh();

    QCOMPARE(widget.laneCount(), 1);
    QCOMPARE(widget.laneOf(task), -1);
    QVERIFY(!redAround(widget.grab().toImage(), stall));

    // The new recording is pulled from its start.
    const TaskId fresh = recorder.addTask(QStringLiteral("new"), QStringLiteral("worker 1"));
    recorder.addSpan(fresh, TaskState::Sleeping, recorder.origin(), recorder.origin() + Second);
    widget.refresh();
    QCOMPARE(widget.laneCount(), 2);
    QCOMPARE(widget.laneOf(fresh), 1);
}

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
