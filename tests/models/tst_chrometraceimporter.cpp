// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/chrometraceexporter.h"
#include "models/trace/chrometraceimporter.h"
#include "models/trace/tracerecorder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Lab;

namespace {
constexpr qint64 Ms = 1'000'000;

// Every state, labels with and without text, two threads, a stall, instants and links; times
// with sub-microsecond parts, which the µs of the file round.
void record(TraceRecorder &recorder)
{
    const qint64 t0 = recorder.origin();
    const TaskId a = recorder.addTask("download BR", "GUI thread");
    const TaskId b = recorder.addTask("download CN", "GUI thread");
    const TaskId worker = recorder.addTask("slow()", "worker 1");
    recorder.addTask("never \"ran\"", "worker 2 \\ 二");
    recorder.addSpan(a, TaskState::Running, t0 + 1 * Ms, t0 + 2 * Ms + 123);
    recorder.addSpan(a, TaskState::AwaitingIo, t0 + 2 * Ms + 123, t0 + 40 * Ms, "flags.cpp:42 co_await get(BR)");
    recorder.addSpan(b, TaskState::Queued, t0, t0 + 3 * Ms);
    recorder.addSpan(b, TaskState::Sleeping, t0 + 3 * Ms, t0 + 9 * Ms, "running");
    // Text JSON must escape: quotes, backslashes, control characters; and keep every script.
    recorder.addSpan(b, TaskState::Running, t0 + 9 * Ms, t0 + 10 * Ms,
        QString::fromUtf8("say \"hi\"\n\tC:\\flags\\cn.gif \x01 中国 🇨🇳"));
    recorder.addSpan(worker, TaskState::Blocked, t0 + 5 * Ms, t0 + 305 * Ms, "QThread::usleep");
    recorder.addSpan(EventLoopTask, TaskState::Blocked, t0 + 400 * Ms, t0 + 700 * Ms, "UI frozen for 0.3 s");
    recorder.addInstant(a, "BR saved", t0 + 40 * Ms);
    recorder.addInstant(EventLoopTask, "toggle", t0 + 399 * Ms);
    recorder.addLink(worker, b, t0 + 305 * Ms);
    recorder.addLink(EventLoopTask, a, t0 + 40 * Ms);
}

// Spans relative to the origin, in a stable order for comparing.
std::vector<Span> relativeSpans(const TraceRecorder &recorder)
{
    std::vector<Span> spans = recorder.spans();
    for (Span &span : spans) {
        span.start -= recorder.origin();
        span.end -= recorder.origin();
    }
    std::sort(spans.begin(), spans.end(), [](const Span &x, const Span &y) {
        return std::tie(x.task, x.start) < std::tie(y.task, y.start);
    });
    return spans;
}
} // namespace

class TestChromeTraceImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsTheRecording();
    void readsOtherToolsTraces();
    void nestedSlicesGetLanesPerLevel();
    void overlapsNeverShareALane();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void readFileNamesTheFile();
};

void TestChromeTraceImporter::roundTripKeepsTheRecording()
{
    TraceRecorder original;
    record(original);
    ChromeTraceImporter importer;
    QString error;
    QVERIFY2(importer.parse(ChromeTraceExporter(&original).toJson(), &error), qPrintable(error));

    TraceRecorder loaded;
    importer.loadInto(&loaded);
    const auto tasks = original.tasks();
    const auto loadedTasks = loaded.tasks();
    QCOMPARE(loadedTasks.size(), tasks.size());
    for (std::size_t i = 1; i < tasks.size(); ++i) {
        QCOMPARE(loadedTasks[i].name, tasks[i].name);
        QCOMPARE(loadedTasks[i].thread, tasks[i].thread);
    }
    const auto spans = relativeSpans(original);
    const auto loadedSpans = relativeSpans(loaded);
    QCOMPARE(loadedSpans.size(), spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        QCOMPARE(loadedSpans[i].task, spans[i].task);
        QCOMPARE(loadedSpans[i].state, spans[i].state);
        QCOMPARE(loadedSpans[i].label, spans[i].label); // "running" stays a label, an empty one stays empty
        QVERIFY(std::abs(loadedSpans[i].start - spans[i].start) <= 1);
        QVERIFY(std::abs(loadedSpans[i].end - spans[i].end) <= 1);
    }
    const auto instants = loaded.instants();
    QCOMPARE(instants.size(), std::size_t(2));
    QCOMPARE(instants[0].label, QStringLiteral("BR saved"));
    QCOMPARE(instants[0].task, TaskId(1));
    QCOMPARE(instants[1].task, EventLoopTask);
    QCOMPARE(instants[1].time - loaded.origin(), 399 * Ms);
    const auto links = loaded.links();
    QCOMPARE(links.size(), std::size_t(2));
    QCOMPARE(links[0].from, TaskId(3));
    QCOMPARE(links[0].to, TaskId(2));
    QCOMPARE(links[0].time - loaded.origin(), 305 * Ms);
    QCOMPARE(links[1].from, EventLoopTask);
    QCOMPARE(links[1].to, TaskId(1));

    // And once more: what was loaded exports and imports to the same recording.
    ChromeTraceImporter again;
    QVERIFY2(again.parse(ChromeTraceExporter(&loaded).toJson(), &error), qPrintable(error));
    QCOMPARE(again.spans().size(), importer.spans().size());
    for (std::size_t i = 0; i < importer.spans().size(); ++i) {
        QCOMPARE(again.spans()[i].task, importer.spans()[i].task);
        QCOMPARE(again.spans()[i].start, importer.spans()[i].start);
        QCOMPARE(again.spans()[i].label, importer.spans()[i].label);
    }
}

void TestChromeTraceImporter::readsOtherToolsTraces()
{
    // A bare array, as many tools write it, with system-clock time stamps (µs), events out of order.
    const QByteArray json = R"([
        {"ph":"M","pid":7,"tid":1,"name":"thread_name","args":{"name":"main"}},
        {"ph":"M","pid":7,"tid":2,"name":"thread_name","args":{"name":"io"}},
        {"ph":"X","pid":7,"tid":1,"name":"parse","ts":5000000000,"dur":1500},
        {"ph":"B","pid":7,"tid":2,"name":"read","ts":5000000100},
        {"ph":"E","pid":7,"tid":2,"ts":5000000400},
        {"ph":"E","pid":7,"tid":2,"ts":5000000500},
        {"ph":"b","pid":7,"tid":1,"cat":"net","name":"fetch BR","id":"0x1","ts":5000000200,"args":{"state":"awaiting_io"}},
        {"ph":"e","pid":7,"tid":1,"cat":"net","name":"fetch BR","id":"0x1","ts":5000001200},
        {"ph":"i","pid":7,"tid":2,"name":"done","ts":5000000600,"s":"t"},
        {"ph":"s","pid":7,"tid":2,"cat":"flow","name":"wake","id":3,"ts":5000000400},
        {"ph":"f","pid":7,"tid":1,"cat":"flow","name":"wake","id":3,"ts":5000001300,"bp":"e"},
        {"ph":"C","pid":7,"name":"memory","ts":5000000000,"args":{"mb":3}}
    ])";
    ChromeTraceImporter importer;
    QString error;
    QVERIFY2(importer.parse(json, &error), qPrintable(error));

    const auto &tasks = importer.tasks();
    QCOMPARE(tasks.size(), std::size_t(4)); // the (empty) event loop, main, io, fetch BR
    QCOMPARE(tasks[1].name, QStringLiteral("main"));
    QCOMPARE(tasks[1].thread, QStringLiteral("main"));
    QCOMPARE(tasks[2].name, QStringLiteral("io"));
    QCOMPARE(tasks[3].name, QStringLiteral("fetch BR"));
    QCOMPARE(tasks[3].thread, QStringLiteral("main"));

    const auto &spans = importer.spans();
    QCOMPARE(spans.size(), std::size_t(3)); // the E without a B is skipped
    // Shifted so the trace starts at zero.
    QCOMPARE(spans[0].start, qint64(0));
    QCOMPARE(spans[0].end, qint64(1'500'000));
    QCOMPARE(spans[0].label, QStringLiteral("parse"));
    QCOMPARE(spans[1].task, TaskId(2));
    QCOMPARE(spans[1].start, qint64(100'000));
    QCOMPARE(spans[1].end, qint64(400'000));
    QCOMPARE(spans[2].task, TaskId(3));
    QCOMPARE(spans[2].state, TaskState::AwaitingIo);
    QCOMPARE(spans[2].label, QStringLiteral("fetch BR"));

    QCOMPARE(importer.instants().size(), std::size_t(1));
    QCOMPARE(importer.instants()[0].task, TaskId(2));
    QCOMPARE(importer.instants()[0].time, qint64(600'000));
    QCOMPARE(importer.links().size(), std::size_t(1));
    QCOMPARE(importer.links()[0].from, TaskId(2));
    QCOMPARE(importer.links()[0].to, TaskId(1));
    QCOMPARE(importer.links()[0].time, qint64(1'300'000));
}

void TestChromeTraceImporter::nestedSlicesGetLanesPerLevel()
{
    const QByteArray json = R"({"traceEvents":[
        {"ph":"X","pid":1,"tid":1,"name":"outer","ts":0,"dur":100},
        {"ph":"X","pid":1,"tid":1,"name":"inner","ts":10,"dur":20},
        {"ph":"X","pid":1,"tid":1,"name":"inner 2","ts":40,"dur":20},
        {"ph":"X","pid":1,"tid":1,"name":"innermost","ts":45,"dur":5},
        {"ph":"X","pid":1,"tid":1,"name":"after","ts":100,"dur":10}
    ]})";
    ChromeTraceImporter importer;
    QString error;
    QVERIFY2(importer.parse(json, &error), qPrintable(error));
    QCOMPARE(importer.tasks().size(), std::size_t(4)); // loop, level 1, 2, 3
    std::map<QString, TaskId> laneOf;
    for (const Span &span : importer.spans())
        laneOf[span.label] = span.task;
    QCOMPARE(laneOf["outer"], laneOf["after"]);
    QCOMPARE(laneOf["inner"], laneOf["inner 2"]);
    QVERIFY(laneOf["inner"] != laneOf["outer"]);
    QVERIFY(laneOf["innermost"] != laneOf["inner"]);
    QVERIFY(importer.tasks()[laneOf["innermost"]].name.contains("3"));
}

void TestChromeTraceImporter::overlapsNeverShareALane()
{
    // Async slices of one id that overlap without nesting, and a hundred at once on one thread.
    QByteArray json = R"([
        {"ph":"b","pid":1,"tid":1,"cat":"c","id":1,"name":"first","ts":0},
        {"ph":"b","pid":1,"tid":1,"cat":"c","id":1,"name":"second","ts":10},
        {"ph":"e","pid":1,"tid":1,"cat":"c","id":1,"ts":20},
        {"ph":"e","pid":1,"tid":1,"cat":"c","id":1,"ts":30})";
    for (int i = 0; i < 100; ++i)
        json += QByteArray(R"(,{"ph":"X","pid":1,"tid":2,"name":"x","ts":)") + QByteArray::number(100 + i)
            + R"(,"dur":1000})";
    json += "]";
    ChromeTraceImporter importer;
    QString error;
    QVERIFY2(importer.parse(json, &error), qPrintable(error));
    QCOMPARE(importer.spans().size(), std::size_t(102));
    std::map<TaskId, std::vector<std::pair<qint64, qint64>>> byLane;
    for (const Span &span : importer.spans())
        byLane[span.task].push_back({span.start, span.end});
    for (auto &[task, spans] : byLane) {
        std::sort(spans.begin(), spans.end());
        for (std::size_t i = 1; i < spans.size(); ++i)
            QVERIFY2(spans[i].first >= spans[i - 1].second, qPrintable(importer.tasks()[task].name));
    }
    // The hundred overlapping slices fill a bounded stack of lanes.
    QVERIFY(importer.tasks().size() <= 2 + 32 + 1);
}

void TestChromeTraceImporter::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // a word the message must hold

    TraceRecorder recorder;
    record(recorder);
    const QByteArray good = ChromeTraceExporter(&recorder).toJson();

    QTest::newRow("empty") << QByteArray("  \n") << "empty";
    QTest::newRow("not JSON") << QByteArray("PNG\x89 this is an image") << "not valid JSON";
    QTest::newRow("cut short") << good.left(good.size() / 2) << "not valid JSON";
    QTest::newRow("JSON, not a trace") << QByteArray(R"({"name":"settings","size":3})") << "not a Chrome trace";
    QTest::newRow("a number") << QByteArray("42") << "not valid JSON";
    QTest::newRow("event not an object") << QByteArray(R"([{"ph":"i","ts":1,"name":"a"}, 3])") << "event 2";
    QTest::newRow("no phase") << QByteArray(R"({"traceEvents":[{"ts":1,"name":"a"}]})") << "phase";
    QTest::newRow("time stamp a string") << QByteArray(R"([{"ph":"X","ts":"soon","dur":1,"name":"a"}])")
                                         << "time stamp";
    QTest::newRow("complete without duration") << QByteArray(R"([{"ph":"X","ts":1,"name":"a"}])") << "duration";
    QTest::newRow("negative duration") << QByteArray(R"([{"ph":"X","ts":1,"dur":-5,"name":"a"}])") << "duration";
    QTest::newRow("only metadata") << QByteArray(R"([{"ph":"M","pid":1,"name":"process_name","args":{"name":"x"}}])")
                                   << "no events";
}

void TestChromeTraceImporter::rejectsBadFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    ChromeTraceImporter importer;
    QString error;
    QVERIFY(!importer.parse(json, &error));
    QVERIFY2(error.contains(problem, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(importer.spans().empty());
}

void TestChromeTraceImporter::readFileNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChromeTraceImporter importer;
    QString error;
    QVERIFY(!importer.readFile(dir.filePath("missing.json"), &error));
    QVERIFY2(error.contains("missing.json"), qPrintable(error));

    const QString bad = dir.filePath("notes.json");
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"traceEvents\": [");
    file.close();
    QVERIFY(!importer.readFile(bad, &error));
    QVERIFY2(error.contains("notes.json") && error.contains("JSON"), qPrintable(error));

    TraceRecorder recorder;
    record(recorder);
    const QString good = dir.filePath("trace.json");
    QVERIFY(ChromeTraceExporter(&recorder).writeFile(good, nullptr));
    QVERIFY2(importer.readFile(good, &error), qPrintable(error));
    QCOMPARE(importer.spans().size(), recorder.spans().size());
}

QTEST_GUILESS_MAIN(TestChromeTraceImporter)
#include "tst_chrometraceimporter.moc"
