// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/tracerecorder.h"
#include "widgets/timelinelanes.h"

#include <QList>
#include <QTest>

using namespace Lab;

class TestTimelineLanes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blocksMergeSubPixelRuns_data();
    void blocksMergeSubPixelRuns();
    void lateSpansKeepOrder();
    void clearStartsOver();
    void stateAtTime_data();
    void stateAtTime();
    void nextAndPreviousEvents_data();
    void nextAndPreviousEvents();
    void searchHits_data();
    void searchHits();
    void statisticsMatchTheModel();
    void hideAndCollapse();
    void dropsFollowTheRecorder();
};

namespace {

// One pixel when the view is 128 pixels over 128 * Pixel ns: powers of two keep x exact.
constexpr qint64 Pixel = 1024;

// A hand-made lane, in pixels of the full view [0, 128 px]:
//   index 0     running      [0, 10]    ten pixels wide
//   index 1-5   queued       [10, 10.625] five eighths of a pixel
//   index 6-8   awaiting I/O [10.625, 12] longer, so they outweigh the queued ones
//   index 9     blocked      [12, 30]
//   index 10-89 sleeping     [30, 40]    eighty spans of an eighth of a pixel
void record(TraceRecorder &recorder, TaskId task)
{
    const qint64 o = recorder.origin();
    const auto add = [&](TaskState state, qint64 start, qint64 end) {
        recorder.addSpan(task, state, o + start, o + end);
    };
    add(TaskState::Running, 0, 10 * Pixel);
    for (int i = 0; i < 5; ++i)
        add(TaskState::Queued, 10 * Pixel + i * Pixel / 8, 10 * Pixel + (i + 1) * Pixel / 8);
    add(TaskState::AwaitingIo, 10 * Pixel + 5 * Pixel / 8, 11 * Pixel);
    add(TaskState::AwaitingIo, 11 * Pixel, 11 * Pixel + Pixel / 2);
    add(TaskState::AwaitingIo, 11 * Pixel + Pixel / 2, 12 * Pixel);
    add(TaskState::Blocked, 12 * Pixel, 30 * Pixel);
    for (int i = 0; i < 80; ++i)
        add(TaskState::Sleeping, 30 * Pixel + i * Pixel / 8, 30 * Pixel + (i + 1) * Pixel / 8);
}

// "x0-x1 state first+count", x in (possibly fractional) pixels.
QString describe(const TimelineLanes::Block &block)
{
    return QStringLiteral("%1-%2 %3 %4+%5")
        .arg(block.x0)
        .arg(block.x1)
        .arg(taskStateName(block.state))
        .arg(block.first)
        .arg(block.count);
}

} // namespace

namespace TimelineWidgetHelpers {
// Three tasks with overlapping states and two stalls, in ns from the origin.
void fill(TraceRecorder &recorder)
{
    const qint64 o = recorder.origin();
    const TaskId a = recorder.addTask(QStringLiteral("a"), QStringLiteral("worker 1"));
    const TaskId b = recorder.addTask(QStringLiteral("b"), QStringLiteral("worker 1"));
    const TaskId c = recorder.addTask(QStringLiteral("c"), QStringLiteral("worker 2"));
    for (int i = 0; i < 50; ++i) {
        recorder.addSpan(a, TaskState(i % 4), o + i * 100'000, o + (i + 1) * 100'000);
        recorder.addSpan(b, TaskState((i + 1) % 4), o + i * 100'000 + 50'000, o + (i + 1) * 100'000 + 50'000);
    }
    recorder.addSpan(c, TaskState::AwaitingIo, o + 500'000, o + 4'500'000);
    const TaskId gui = recorder.addTask(QStringLiteral("on the loop"), recorder.tasks().front().thread);
    recorder.addSpan(gui, TaskState::Running, o + 1'000'000, o + 2'200'000);
    recorder.addSpan(gui, TaskState::Blocked, o + 2'200'000, o + 2'700'000);
    recorder.addSpan(EventLoopTask, TaskState::Blocked, o + 2'000'000, o + 2'600'000);
    recorder.addSpan(EventLoopTask, TaskState::Blocked, o + 2'900'000, o + 3'100'000);
}
} // namespace TimelineWidgetHelpers

void TestTimelineLanes::blocksMergeSubPixelRuns_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QStringList>("blocks");

    const QString running = taskStateName(TaskState::Running);
    const QString io = taskStateName(TaskState::AwaitingIo);
    const QString blocked = taskStateName(TaskState::Blocked);
    const QString sleeping = taskStateName(TaskState::Sleeping);
    // Sub-pixel runs become one block in the state that lasted longest; a dense stretch is cut
    // every MaxMergedWidth pixels.
    QTest::newRow("all 90 spans in 128 px")
        << qint64(0) << 128 * Pixel
        << QStringList{QStringLiteral("0-10 %1 0+1").arg(running), QStringLiteral("10-12 %1 1+8").arg(io),
               QStringLiteral("12-30 %1 9+1").arg(blocked), QStringLiteral("30-34 %1 10+32").arg(sleeping),
               QStringLiteral("34-38 %1 42+32").arg(sleeping), QStringLiteral("38-40 %1 74+16").arg(sleeping)};
    // Zoomed in, every span is wide enough to stand alone; the one ending at the start still shows.
    QStringList zoomed{QStringLiteral("-2304-0 %1 9+1").arg(blocked)};
    for (int i = 0; i < 9; ++i)
        zoomed << QStringLiteral("%1-%2 %3 %4+1").arg(16 * i).arg(16 * (i + 1)).arg(sleeping).arg(10 + i);
    QTest::newRow("one pixel of the dense run over 128 px") << 30 * Pixel << 31 * Pixel << zoomed;
    QTest::newRow("nothing after the last span") << 41 * Pixel << 169 * Pixel << QStringList{};
}

void TestTimelineLanes::blocksMergeSubPixelRuns()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QStringList, blocks);
    TraceRecorder recorder;
    const TaskId task = recorder.addTask(QStringLiteral("dense"), QStringLiteral("worker 1"));
    record(recorder, task);
    TimelineLanes lanes(&recorder);
    lanes.refresh();
    TimelineMapping mapping;
    mapping.fit(start, end);
    mapping.setWidth(128);

    const TimelineLanes::Lane &lane = lanes.lane(lanes.laneOf(task));
    QCOMPARE(lane.size(), std::size_t(90));
    QStringList visited;
    lane.forEachBlock(mapping, [&](const TimelineLanes::Block &block) {
        visited << describe(block);
    });
    QCOMPARE(visited, blocks);
}

void TestTimelineLanes::lateSpansKeepOrder()
{
    TraceRecorder recorder;
    const qint64 o = recorder.origin();
    const TaskId task = recorder.addTask(QStringLiteral("late"), QStringLiteral("worker 1"));
    recorder.addSpan(task, TaskState::Running, o, o + 10);
    TimelineLanes lanes(&recorder);
    lanes.refresh();
    recorder.addSpan(task, TaskState::Sleeping, o + 30, o + 40, QStringLiteral("third"));
    recorder.addSpan(task, TaskState::Queued, o + 10, o + 30, QStringLiteral("second"));
    recorder.addInstant(task, QStringLiteral("later"), o + 35);
    recorder.addInstant(task, QStringLiteral("earlier"), o + 5);
    QVERIFY(!lanes.refresh());

    const TimelineLanes::Lane &lane = lanes.lane(lanes.laneOf(task));
    QCOMPARE(lane.starts, (std::vector<qint64>{0, 10, 30}));
    QCOMPARE(lane.ends, (std::vector<qint64>{10, 30, 40}));
    QCOMPARE(lane.labels, (std::vector<QString>{QString(), QStringLiteral("second"), QStringLiteral("third")}));
    QCOMPARE(lane.instants.size(), std::size_t(2));
    QCOMPARE(lane.instants.front().label, QStringLiteral("earlier"));
    QCOMPARE(lane.firstEndingAfter(0, 10), std::size_t(1));
    QCOMPARE(lane.firstEndingAfter(0, 40), std::size_t(3));
    QCOMPARE(lanes.latest(), qint64(40));
}

void TestTimelineLanes::clearStartsOver()
{
    TraceRecorder recorder;
    const TaskId task = recorder.addTask(QStringLiteral("old"), QStringLiteral("worker 1"));
    recorder.addSpan(task, TaskState::Running, recorder.origin(), recorder.origin() + 1'000);
    TimelineLanes lanes(&recorder);
    QVERIFY(lanes.refresh());
    QCOMPARE(lanes.laneCount(), 2);

    recorder.clear();
    QVERIFY(lanes.refresh());
    QCOMPARE(lanes.laneCount(), 1);
    QCOMPARE(lanes.laneOf(task), -1);
    QCOMPARE(lanes.lane(0).size(), std::size_t(0));
}

namespace {
// Two tasks: A runs [0, 10), sleeps [10, 30), nothing, runs [40, 50) (an instant at 35);
// B is queued [5, 20), then awaits I/O [20, 60) (still open: the recorder's open span).
struct Small
{
    TraceRecorder recorder;
    TaskId a = 0;
    TaskId b = 0;
    Small()
    {
        const qint64 o = recorder.origin();
        a = recorder.addTask(QStringLiteral("download BR"), QStringLiteral("worker 1"));
        b = recorder.addTask(QStringLiteral("download CN"), QStringLiteral("worker 2"));
        recorder.addSpan(a, TaskState::Running, o, o + 10, QStringLiteral("get BR"));
        recorder.addSpan(a, TaskState::Sleeping, o + 10, o + 30, QStringLiteral("flags.cpp:42 sleep"));
        recorder.addSpan(a, TaskState::Running, o + 40, o + 50, QStringLiteral("save br.gif"));
        recorder.addInstant(a, QStringLiteral("BR saved"), o + 35);
        recorder.addSpan(b, TaskState::Queued, o + 5, o + 20);
        recorder.addSpan(b, TaskState::AwaitingIo, o + 20, o + 60, QStringLiteral("get CN"));
    }
};
} // namespace

void TestTimelineLanes::stateAtTime_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("stateOfA"); // -1: no span
    QTest::addColumn<int>("stateOfB");

    QTest::newRow("start") << qint64(0) << int(TaskState::Running) << -1;
    QTest::newRow("a span's end is the next one's start")
        << qint64(10) << int(TaskState::Sleeping) << int(TaskState::Queued);
    QTest::newRow("a gap") << qint64(35) << -1 << int(TaskState::AwaitingIo);
    QTest::newRow("late") << qint64(45) << int(TaskState::Running) << int(TaskState::AwaitingIo);
    QTest::newRow("after everything") << qint64(70) << -1 << -1;
}

void TestTimelineLanes::stateAtTime()
{
    QFETCH(qint64, time);
    QFETCH(int, stateOfA);
    QFETCH(int, stateOfB);
    Small small;
    TimelineLanes lanes(&small.recorder);
    lanes.refresh();
    const auto state = [](const std::optional<TaskState> &s) {
        return s ? int(*s) : -1;
    };
    QCOMPARE(state(lanes.lane(lanes.laneOf(small.a)).stateAt(time)), stateOfA);
    QCOMPARE(state(lanes.lane(lanes.laneOf(small.b)).stateAt(time)), stateOfB);
}

void TestTimelineLanes::nextAndPreviousEvents_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<qint64>("next"); // -1: none
    QTest::addColumn<qint64>("previous");

    QTest::newRow("before the start") << qint64(-1) << qint64(0) << qint64(-1);
    QTest::newRow("at the start") << qint64(0) << qint64(5) << qint64(-1);
    QTest::newRow("between ends and starts") << qint64(12) << qint64(20) << qint64(10);
    QTest::newRow("the instant counts") << qint64(30) << qint64(35) << qint64(20);
    QTest::newRow("at the last end") << qint64(60) << qint64(-1) << qint64(50);
}

void TestTimelineLanes::nextAndPreviousEvents()
{
    QFETCH(qint64, time);
    QFETCH(qint64, next);
    QFETCH(qint64, previous);
    Small small;
    TimelineLanes lanes(&small.recorder);
    lanes.refresh();
    QCOMPARE(lanes.nextEventAfter(time).value_or(-1), next);
    QCOMPARE(lanes.previousEventBefore(time).value_or(-1), previous);
}

void TestTimelineLanes::searchHits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hideA");
    QTest::addColumn<QList<qint64>>("starts");

    QTest::newRow("country code, any case") << QStringLiteral("br") << false << QList<qint64>{0, 40};
    QTest::newRow("across lanes, by time") << QStringLiteral("get") << false << QList<qint64>{0, 20};
    QTest::newRow("an await site") << QStringLiteral("flags.cpp:42") << false << QList<qint64>{10};
    QTest::newRow("hidden lanes are not searched") << QStringLiteral("get") << true << QList<qint64>{20};
    QTest::newRow("no hit") << QStringLiteral("JP") << false << QList<qint64>{};
    QTest::newRow("nothing to search for") << QString() << false << QList<qint64>{};
}

void TestTimelineLanes::searchHits()
{
    QFETCH(QString, text);
    QFETCH(bool, hideA);
    QFETCH(QList<qint64>, starts);
    Small small;
    TimelineLanes lanes(&small.recorder);
    lanes.refresh();
    lanes.setTaskHidden(small.a, hideA);
    QList<qint64> found;
    for (const TimelineLanes::Hit &hit : lanes.findLabel(text)) {
        found << hit.start;
        QCOMPARE(lanes.lane(hit.lane).starts[hit.index], hit.start);
    }
    QCOMPARE(found, starts);
}

void TestTimelineLanes::statisticsMatchTheModel()
{
    // What the lanes compute from their columns is what the model computes from the spans.
    TraceRecorder recorder;
    TimelineWidgetHelpers::fill(recorder);
    TimelineLanes lanes(&recorder);
    lanes.refresh();
    std::vector<Span> spans = recorder.spans();
    for (Span &span : spans) {
        span.start -= recorder.origin();
        span.end -= recorder.origin();
    }
    for (const auto &[from, to] : std::vector<std::pair<qint64, qint64>>{{0, lanes.latest()}, {1'000'000, 3'000'000}}) {
        const RangeStatistics expected = computeRangeStatistics(spans, recorder.tasks(), from, to);
        const RangeStatistics actual = lanes.statistics(from, to);
        QCOMPARE(actual.peak, expected.peak);
        QCOMPARE(actual.average, expected.average);
        QCOMPARE(actual.spanEnds, expected.spanEnds);
        QCOMPARE(actual.longestStall, expected.longestStall);
        QCOMPARE(actual.loopBlocked, expected.loopBlocked);
        QCOMPARE(actual.loopBusy, expected.loopBusy);
        QVERIFY(actual.loopBusy > 0);
    }
}

void TestTimelineLanes::hideAndCollapse()
{
    Small small;
    TimelineLanes lanes(&small.recorder);
    lanes.refresh();
    QCOMPARE(lanes.laneCount(), 3);
    lanes.setTaskHidden(small.a, true);
    QCOMPARE(lanes.laneCount(), 2);
    QCOMPARE(lanes.laneOf(small.a), -1);
    QCOMPARE(lanes.hiddenCount(), 1);
    lanes.setTaskHidden(EventLoopTask, true); // the loop's lane stays
    QCOMPARE(lanes.laneOf(EventLoopTask), 0);
    lanes.showAllTasks();
    QCOMPARE(lanes.laneCount(), 3);
    QCOMPARE(lanes.hiddenCount(), 0);

    // Collapsing worker 2's thread: its lanes share one row (its header stays).
    const int rowsBefore = int(lanes.rows().size());
    lanes.setThreadCollapsed(QStringLiteral("worker 2"), true);
    QCOMPARE(int(lanes.rows().size()), rowsBefore);
    const auto collapsed = std::find_if(lanes.rows().begin(), lanes.rows().end(), [](const TimelineLanes::Row &row) {
        return !row.members.empty();
    });
    QVERIFY(collapsed != lanes.rows().end());
    QCOMPARE(collapsed->members, std::vector<int>{lanes.laneOf(small.b)});
    QVERIFY(lanes.isThreadCollapsed(QStringLiteral("worker 2")));
    lanes.setThreadCollapsed(QStringLiteral("worker 2"), false);
    QVERIFY(std::none_of(lanes.rows().begin(), lanes.rows().end(), [](const TimelineLanes::Row &row) {
        return !row.members.empty();
    }));
}

void TestTimelineLanes::dropsFollowTheRecorder()
{
    TraceRecorder recorder;
    recorder.setCapacity(1'000);
    const TaskId task = recorder.addTask(QStringLiteral("endless"), QStringLiteral("worker 1"));
    const qint64 o = recorder.origin();
    TimelineLanes lanes(&recorder);
    QCOMPARE(lanes.droppedUntil(), qint64(-1));
    for (int i = 0; i < 20'000; ++i) {
        recorder.addSpan(task, TaskState(i % 4), o + i * 10, o + i * 10 + 10);
        if (i % 100 == 99)
            lanes.refresh();
    }
    lanes.refresh();
    // Memory stays bounded: the lanes hold about what the recorder keeps, not all 20,000.
    const TimelineLanes::Lane &lane = lanes.lane(lanes.laneOf(task));
    QVERIFY2(lane.size() <= 2'000, qPrintable(QString::number(lane.size())));
    QVERIFY(lane.size() >= 1'000);
    QCOMPARE(lanes.droppedCount(), std::size_t(19'000));
    QCOMPARE(lanes.droppedUntil(), recorder.droppedUntil() - o);
    QCOMPARE(lanes.droppedUntil(), qint64(19'000 * 10));
    // What is kept is the newest, in order.
    QCOMPARE(lane.ends.back(), qint64(200'000));
    QVERIFY(std::is_sorted(lane.starts.begin(), lane.starts.end()));
}

QTEST_MAIN(TestTimelineLanes)
#include "tst_timelinelanes.moc"
