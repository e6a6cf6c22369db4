// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/tracerecorder.h"
#include "widgets/timelinelanes.h"

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

QTEST_MAIN(TestTimelineLanes)
#include "tst_timelinelanes.moc"
