// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/clock.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <thread>
#include <vector>

#include "tests/common/guillemettranslator.h"

using namespace Lab;

class TestTraceRecorder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsWithTheEventLoopLane();
    void spansAndOpenSpans();
    void finishTaskClosesTheOpenSpan();
    void copySpansReadsOnlyWhatIsNew();
    void clearStartsANewRecording();
    void concurrentAppendsLoseNothing_data();
    void concurrentAppendsLoseNothing();
    void ringBufferDropsTheOldest_data();
    void ringBufferDropsTheOldest();
    void labelsFollowTheLanguage();
};

void TestTraceRecorder::startsWithTheEventLoopLane()
{
    TraceRecorder recorder;
    const auto tasks = recorder.tasks();
    QCOMPARE(tasks.size(), std::size_t(1));
    QCOMPARE(tasks[0].id, EventLoopTask);
    QVERIFY(!tasks[0].name.isEmpty());
    QVERIFY(!tasks[0].thread.isEmpty());
    QCOMPARE(recorder.spanCount(), std::size_t(0));
    QVERIFY(recorder.openSpans(nowNs()).empty());
    QCOMPARE(recorder.latest(), recorder.origin());
}

void TestTraceRecorder::spansAndOpenSpans()
{
    TraceRecorder recorder;
    const TaskId a = recorder.addTask("a", "GUI thread");
    const TaskId b = recorder.addTask("b", "worker 1");
    QCOMPARE(a, TaskId(1));
    QCOMPARE(b, TaskId(2));

    const qint64 t0 = recorder.origin();
    recorder.addSpan(a, TaskState::Running, t0 + 10, t0 + 20, "first");
    QCOMPARE(recorder.latest(), t0 + 20);

    // A live lane: the open span grows until the state changes.
    recorder.setState(b, TaskState::Sleeping, "nap");
    const qint64 now = nowNs() + 1'000'000;
    auto open = recorder.openSpans(now);
    QCOMPARE(open.size(), std::size_t(1));
    QCOMPARE(open[0].task, b);
    QCOMPARE(open[0].state, TaskState::Sleeping);
    QCOMPARE(open[0].label, QStringLiteral("nap"));
    QCOMPARE(open[0].end, now);
    QVERIFY(open[0].start <= now);
    // A reader whose clock lags the span's start never sees a negative length.
    QCOMPARE(recorder.openSpans(0)[0].end, open[0].start);

    // Changing the state closes the sleeping span where the running one begins.
    recorder.setState(b, TaskState::Running, "work");
    const auto spans = recorder.spans();
    QCOMPARE(spans.size(), std::size_t(2));
    QCOMPARE(spans[1].task, b);
    QCOMPARE(spans[1].state, TaskState::Sleeping);
    QCOMPARE(spans[1].label, QStringLiteral("nap"));
    open = recorder.openSpans(nowNs());
    QCOMPARE(open.size(), std::size_t(1));
    QCOMPARE(open[0].state, TaskState::Running);
    QCOMPARE(open[0].start, spans[1].end);

    // An unknown task is ignored rather than growing a lane nobody added.
    recorder.setState(TaskId(99), TaskState::Running);
    recorder.finishTask(TaskId(99));
    QCOMPARE(recorder.openSpans(nowNs()).size(), std::size_t(1));
    QCOMPARE(recorder.tasks().size(), std::size_t(3));
}

void TestTraceRecorder::finishTaskClosesTheOpenSpan()
{
    TraceRecorder recorder;
    const TaskId task = recorder.addTask("countdown A", "GUI thread");
    recorder.setState(task, TaskState::Queued);
    recorder.setState(task, TaskState::Running);
    recorder.finishTask(task);
    recorder.finishTask(task); // twice is harmless

    QVERIFY(recorder.openSpans(nowNs()).empty());
    const auto spans = recorder.spans();
    QCOMPARE(spans.size(), std::size_t(2));
    QCOMPARE(spans[0].state, TaskState::Queued);
    QCOMPARE(spans[1].state, TaskState::Running);
    QCOMPARE(spans[0].end, spans[1].start);
    QVERIFY(spans[1].end >= spans[1].start);
    QCOMPARE(recorder.latest(), spans[1].end);
}

void TestTraceRecorder::copySpansReadsOnlyWhatIsNew()
{
    TraceRecorder recorder;
    const TaskId task = recorder.addTask("t", "GUI thread");
    std::vector<Span> copy;
    std::size_t seen = recorder.copySpans(0, copy);
    QCOMPARE(seen, std::size_t(0));

    for (int i = 0; i < 3; ++i)
        recorder.addSpan(task, TaskState::Running, i, i + 1, QString::number(i));
    seen = recorder.copySpans(seen, copy);
    QCOMPARE(seen, std::size_t(3));
    QCOMPARE(copy.size(), std::size_t(3));

    // Nothing new: nothing appended.
    seen = recorder.copySpans(seen, copy);
    QCOMPARE(seen, std::size_t(3));
    QCOMPARE(copy.size(), std::size_t(3));

    for (int i = 3; i < 5; ++i)
        recorder.addSpan(task, TaskState::Sleeping, i, i + 1, QString::number(i));
    seen = recorder.copySpans(seen, copy);
    QCOMPARE(seen, std::size_t(5));
    QCOMPARE(copy.size(), std::size_t(5));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(copy[std::size_t(i)].label, QString::number(i));

    // A reader that is ahead (it copied before a clear) gets nothing and the new count.
    recorder.clear();
    recorder.addSpan(EventLoopTask, TaskState::Blocked, 0, 1);
    QCOMPARE(recorder.copySpans(seen, copy), std::size_t(1));
    QCOMPARE(copy.size(), std::size_t(5));
}

void TestTraceRecorder::clearStartsANewRecording()
{
    TraceRecorder recorder;
    const quint64 generation = recorder.generation();
    const qint64 origin = recorder.origin();
    const TaskId task = recorder.addTask("t", "worker 1");
    recorder.setState(task, TaskState::Running);
    recorder.addSpan(task, TaskState::Running, origin, origin + 5);
    recorder.addInstant(task, "frame 0", origin + 1);
    recorder.addLink(task, EventLoopTask, origin + 2);

    recorder.clear();
    QVERIFY(recorder.generation() != generation);
    QVERIFY(recorder.origin() >= origin);
    QCOMPARE(recorder.tasks().size(), std::size_t(1));
    QCOMPARE(recorder.spanCount(), std::size_t(0));
    QVERIFY(recorder.openSpans(nowNs()).empty());
    QVERIFY(recorder.instants().empty());
    QVERIFY(recorder.links().empty());
    QCOMPARE(recorder.latest(), recorder.origin());
    // Task ids start again after the event-loop lane.
    QCOMPARE(recorder.addTask("again", "worker 1"), TaskId(1));
}

void TestTraceRecorder::concurrentAppendsLoseNothing_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("spansPerThread");
    QTest::addColumn<int>("transitionEvery");

    QTest::newRow("2 threads") << 2 << 50'000 << 100;
    QTest::newRow("8 threads") << 8 << 50'000 << 1'000;
}

void TestTraceRecorder::concurrentAppendsLoseNothing()
{
    QFETCH(int, threads);
    QFETCH(int, spansPerThread);
    QFETCH(int, transitionEvery);

    TraceRecorder recorder;
    std::vector<TaskId> tasks;
    for (int t = 0; t < threads; ++t)
        tasks.push_back(recorder.addTask(QStringLiteral("task %1").arg(t), QStringLiteral("worker %1").arg(t)));

    // Each worker records its own task: finished spans numbered by their start, plus live state
    // changes. Plain std::threads: ThreadSanitizer sees their start and join, which it cannot in
    // Qt's own (uninstrumented) QThread.
    std::atomic<int> running = threads;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        const TaskId task = tasks[std::size_t(t)];
        workers.emplace_back([&recorder, &running, task, spansPerThread, transitionEvery] {
            for (int i = 0; i < spansPerThread; ++i) {
                recorder.addSpan(task, TaskState::Running, i, i + 1);
                if (i % transitionEvery == 0)
                    recorder.setState(task, (i / transitionEvery) % 2 ? TaskState::Sleeping : TaskState::Queued);
            }
            recorder.finishTask(task);
            --running;
        });
    }
    // Meanwhile a reader (the timeline) copies what is new, as it does on every repaint.
    std::vector<Span> live;
    std::size_t seen = 0;
    int reads = 0;
    // At least once, whoever runs first: on a busy machine the workers may be done before this.
    do {
        seen = recorder.copySpans(seen, live);
        ++reads;
    } while (running > 0);
    for (auto &worker : workers)
        worker.join();
    seen = recorder.copySpans(seen, live);
    QVERIFY(reads > 0);

    const int transitions = (spansPerThread + transitionEvery - 1) / transitionEvery;
    QCOMPARE(recorder.spanCount(), std::size_t(threads) * std::size_t(spansPerThread + transitions));
    QVERIFY(recorder.openSpans(nowNs()).empty());
    QCOMPARE(seen, recorder.spanCount());
    QCOMPARE(live.size(), seen);

    // Per task: every numbered span, in the order its thread wrote it; state spans back to back.
    std::map<TaskId, int> nextNumbered;
    std::map<TaskId, int> stateSpans;
    std::map<TaskId, qint64> lastStateEnd;
    const auto spans = recorder.spans();
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const Span &span = spans[i];
        // The incremental copy is the recording, span for span.
        QCOMPARE(live[i].task, span.task);
        QCOMPARE(live[i].start, span.start);
        QCOMPARE(live[i].end, span.end);
        QVERIFY(span.task >= 1 && span.task <= TaskId(threads));
        if (span.state == TaskState::Running) {
            QCOMPARE(span.start, qint64(nextNumbered[span.task]));
            QCOMPARE(span.end, span.start + 1);
            ++nextNumbered[span.task];
        } else {
            const auto expected = stateSpans[span.task] % 2 ? TaskState::Sleeping : TaskState::Queued;
            QCOMPARE(span.state, expected);
            if (lastStateEnd.count(span.task))
                QCOMPARE(span.start, lastStateEnd[span.task]);
            QVERIFY(span.end >= span.start);
            lastStateEnd[span.task] = span.end;
            ++stateSpans[span.task];
        }
    }
    for (const TaskId task : tasks) {
        QCOMPARE(nextNumbered[task], spansPerThread);
        QCOMPARE(stateSpans[task], transitions);
    }
}

void TestTraceRecorder::ringBufferDropsTheOldest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("recorded");
    QTest::addColumn<int>("readEvery"); // an incremental reader copies after this many spans

    QTest::newRow("within capacity") << 10 << 7 << 3;
    QTest::newRow("twice round, reader keeps up") << 4 << 9 << 2;
    QTest::newRow("reader falls behind the drops") << 3 << 20 << 7;
    QTest::newRow("capacity one") << 1 << 5 << 1;
    // Past one chunk of storage: chunks emptied at the front are refilled at the back.
    QTest::newRow("several chunks round") << 20'000 << 70'000 << 9'000;
}

void TestTraceRecorder::ringBufferDropsTheOldest()
{
    QFETCH(int, capacity);
    QFETCH(int, recorded);
    QFETCH(int, readEvery);
    TraceRecorder recorder;
    recorder.setCapacity(std::size_t(capacity));
    const TaskId task = recorder.addTask("t", "worker");
    const qint64 t0 = recorder.origin();
    std::vector<Span> live;
    std::size_t seen = 0;
    for (int i = 0; i < recorded; ++i) {
        recorder.addSpan(task, TaskState::Running, t0 + i * 10, t0 + i * 10 + 5, QString::number(i));
        recorder.addInstant(task, QString::number(i), t0 + i * 10);
        if ((i + 1) % readEvery == 0)
            seen = recorder.copySpans(seen, live);
    }
    seen = recorder.copySpans(seen, live);

    const int kept = std::min(capacity, recorded);
    const int dropped = recorded - kept;
    QCOMPARE(recorder.spanCount(), std::size_t(recorded));
    QCOMPARE(seen, std::size_t(recorded));
    QCOMPARE(recorder.droppedSpanCount(), std::size_t(dropped));
    QCOMPARE(recorder.droppedUntil(), dropped > 0 ? t0 + (dropped - 1) * 10 + 5 : 0);
    // The newest spans are kept, oldest first.
    const auto spans = recorder.spans();
    QCOMPARE(spans.size(), std::size_t(kept));
    for (int i = 0; i < kept; ++i)
        QCOMPARE(spans[std::size_t(i)].label, QString::number(dropped + i));
    // The incremental reader saw each span at most once, in order, up to the newest; it misses only
    // what was dropped before it looked (nothing if it keeps up).
    QVERIFY(!live.empty());
    QCOMPARE(live.back().label, QString::number(recorded - 1));
    for (std::size_t i = 1; i < live.size(); ++i)
        QVERIFY(live[i].label.toInt() > live[i - 1].label.toInt());
    if (readEvery <= capacity)
        QCOMPARE(live.size(), std::size_t(recorded));
    // Instants are bounded the same way.
    std::vector<Instant> instants;
    QCOMPARE(recorder.copyInstants(0, instants), std::size_t(recorded));
    QCOMPARE(instants.size(), std::size_t(kept));
    QCOMPARE(instants.front().label, QString::number(dropped));

    // clear() forgets the drops too.
    recorder.clear();
    QCOMPARE(recorder.droppedSpanCount(), std::size_t(0));
    QCOMPARE(recorder.droppedUntil(), qint64(0));
    QCOMPARE(recorder.capacity(), std::size_t(capacity));
    // A new recording refills the storage the last one used, from its start.
    recorder.clear();
    const TaskId again = recorder.addTask("t", "worker");
    for (int i = 0; i < recorded; ++i)
        recorder.addSpan(again, TaskState::Blocked, t0 + i, t0 + i + 1, QString::number(i));
    const auto refilled = recorder.spans();
    QCOMPARE(refilled.size(), std::size_t(kept));
    QCOMPARE(refilled.front().label, QString::number(dropped));
    QCOMPARE(refilled.back().label, QString::number(recorded - 1));
    QCOMPARE(refilled.back().state, TaskState::Blocked);
}

// After a language switch, the labels given as texts to translate read in the new language, the
// spans' (finished and open), the instants' and the await arrows' alike; plain labels stay as they were.
void TestTraceRecorder::labelsFollowTheLanguage()
{
    TraceRecorder recorder;
    const TaskId task = recorder.addTask(QStringLiteral("task"), QStringLiteral("thread"));
    const TraceText plate(
        "Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "plate %1"), {QStringLiteral("3")});
    const TraceText saved("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "plate %1 saved"));
    const qint64 now = nowNs();
    recorder.addSpan(task, TaskState::Running, now, now + 10, plate);
    recorder.addSpan(task, TaskState::Running, now + 10, now + 20, QStringLiteral("GET /flags/br/br.png"));
    recorder.addInstant(task, plate, now + 15);
    recorder.addLink(task, EventLoopTask, now + 10, saved.arg(QStringLiteral("3")));
    recorder.addLink(task, EventLoopTask, now + 12, QStringLiteral("imported flow"));
    recorder.setState(task, TaskState::Sleeping,
        TraceText("Lab::PlateSpinning", QT_TRANSLATE_NOOP("Lab::PlateSpinning", "no plate needs a hand")));
    QCOMPARE(recorder.spans().front().label, QStringLiteral("plate 3"));
    QCOMPARE(recorder.links().front().label, QStringLiteral("plate 3 saved"));

    GuillemetTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    recorder.retranslate();
    const std::vector<Span> spans = recorder.spans();
    QCOMPARE(spans.size(), std::size_t(2));
    QCOMPARE(spans[0].label, QStringLiteral("«plate %1»").arg(3));
    QCOMPARE(spans[1].label, QStringLiteral("GET /flags/br/br.png"));
    QCOMPARE(recorder.instants().back().label, QStringLiteral("«plate 3»"));
    QCOMPARE(recorder.openSpans(now + 30).front().label, QStringLiteral("«no plate needs a hand»"));
    QCOMPARE(recorder.links().size(), std::size_t(2));
    QCOMPARE(recorder.links()[0].label, QStringLiteral("«plate 3 saved»"));
    QCOMPARE(recorder.links()[1].label, QStringLiteral("imported flow"));
    // An arrow drawn after the switch, with a text drawn before it, reads in the new language too.
    recorder.addLink(task, EventLoopTask, now + 40, saved.arg(QStringLiteral("3")));
    recorder.addLink(task, EventLoopTask, now + 41, saved.arg(QStringLiteral("4")));
    QCOMPARE(recorder.links()[2].label, QStringLiteral("«plate 3 saved»"));
    QCOMPARE(recorder.links()[3].label, QStringLiteral("«plate 4 saved»"));
    QCoreApplication::removeTranslator(&translator);

    // And back: a second switch finds the labels by what they say now.
    recorder.retranslate();
    QCOMPARE(recorder.spans().front().label, QStringLiteral("plate 3"));
    QCOMPARE(recorder.openSpans(now + 30).front().label, QStringLiteral("no plate needs a hand"));
    QCOMPARE(recorder.links()[0].label, QStringLiteral("plate 3 saved"));
    QCOMPARE(recorder.links()[3].label, QStringLiteral("plate 4 saved"));
    recorder.addLink(task, EventLoopTask, now + 50, saved.arg(QStringLiteral("4")));
    QCOMPARE(recorder.links().back().label, QStringLiteral("plate 4 saved"));
}

QTEST_GUILESS_MAIN(TestTraceRecorder)
#include "tst_tracerecorder.moc"
