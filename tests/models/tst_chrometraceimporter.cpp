// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/chrometraceexporter.h"
#include "models/trace/chrometraceimporter.h"
#include "models/trace/tracerecorder.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
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
    void lenientWhereTheFormatIs_data();
    void lenientWhereTheFormatIs();
    void processesKeptApart();
    void readsGzip();
    void readsNodesTrace();
    void pastCapacityKeepsTheNewest();
    void progressCancels();
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
    // Oldest first: the loop resumed BR at 40 ms, the worker handed over to CN at 305 ms.
    QCOMPARE(links[0].from, EventLoopTask);
    QCOMPARE(links[0].to, TaskId(1));
    QCOMPARE(links[0].time - loaded.origin(), 40 * Ms);
    QCOMPARE(links[1].from, TaskId(3));
    QCOMPARE(links[1].to, TaskId(2));
    QCOMPARE(links[1].time - loaded.origin(), 305 * Ms);
    QCOMPARE(importer.skippedCount(), qint64(0));

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

    QTest::newRow("empty") << QByteArray("  \n") << "empty";
    QTest::newRow("not JSON") << QByteArray("PNG\x89 this is an image") << "not a Chrome trace";
    QTest::newRow("a log file") << QByteArray("[INFO] server started\n[INFO] done\n") << "not valid JSON";
    QTest::newRow("JSON, not a trace") << QByteArray(R"({"name":"settings","size":3})") << "not a Chrome trace";
    QTest::newRow("a number") << QByteArray("42") << "not a Chrome trace";
    // The first bytes of what Chromium 156's --trace-startup writes unless asked for JSON.
    QTest::newRow("Perfetto protobuf") << QByteArray::fromHex("0a63325a10030a0a080610eea793869eab0c0a0c0802")
                                       << "Perfetto";
    QTest::newRow("an array of numbers") << QByteArray("[1, 2, 3]") << "not a Chrome trace";
    QTest::newRow("objects without a phase")
        << QByteArray(R"({"traceEvents":[{"ts":1,"name":"a"}]})") << "not a Chrome trace";
    QTest::newRow("every event bad") << QByteArray(R"([{"ph":"X","ts":"soon","dur":1,"name":"a"}])") << "no events";
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

void TestChromeTraceImporter::lenientWhereTheFormatIs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("spans");
    QTest::addColumn<QStringList>("skipped"); // words of each reason, in the summary
    QTest::addColumn<bool>("endedEarly");

    const QByteArray good = R"({"ph":"X","pid":1,"tid":1,"name":"a","ts":0,"dur":5},)"
                            R"({"ph":"X","pid":1,"tid":1,"name":"b","ts":10,"dur":5})";
    QTest::newRow("array without its closing bracket") << QByteArray("[" + good + ",\n") << 2 << QStringList() << true;
    QTest::newRow("cut inside the last event")
        << QByteArray("[" + good + R"(,{"ph":"X","pid":1,"ti)") << 2 << QStringList{"cut short"} << true;
    QTest::newRow("object form without its ends")
        << QByteArray(R"({"traceEvents":[)" + good) << 2 << QStringList() << true;
    QTest::newRow("a time stamp as a string")
        << QByteArray("[" + good + R"(,{"ph":"X","pid":1,"tid":1,"name":"c","ts":"12","dur":1}])") << 2
        << QStringList{"1 with no time stamp"} << false;
    QTest::newRow("three bad events") << QByteArray("[" + good
        + R"(,{"ph":"X","pid":1,"tid":1,"name":"c","ts":"12","dur":1},)"
          R"({"ph":"X","pid":1,"tid":1,"name":"d","ts":20,"dur":-3},)"
          R"({"ph":"i","pid":1,"tid":1,"name":"e","ts":1e300}])")
                                      << 2
                                      << QStringList{"3 event", "skipped", "negative duration", "out of range",
                                             "not a number"}
                                      << false;
    QTest::newRow("an end without a begin") << QByteArray("[" + good + R"(,{"ph":"E","pid":1,"tid":1,"ts":30}])") << 2
                                            << QStringList{"without its begin"} << false;
    QTest::newRow("an entry that is not an object")
        << QByteArray("[" + good + ", 3]") << 2 << QStringList{"not an object"} << false;
    // An extreme but valid stamp is not silently lost: it is counted.
    QTest::newRow("a stamp years away") << QByteArray(
        "[" + good + R"(,{"ph":"X","pid":1,"tid":1,"name":"far","ts":3e15,"dur":1}])")
                                        << 2 << QStringList{"months away"} << false;
}

void TestChromeTraceImporter::lenientWhereTheFormatIs()
{
    QFETCH(QByteArray, json);
    QFETCH(int, spans);
    QFETCH(QStringList, skipped);
    QFETCH(bool, endedEarly);
    ChromeTraceImporter importer;
    QString error;
    QVERIFY2(importer.parse(json, &error), qPrintable(error));
    QCOMPARE(int(importer.spans().size()), spans);
    QCOMPARE(importer.endedEarly(), endedEarly);
    const QString summary = importer.skippedSummary();
    for (const QString &word : skipped)
        QVERIFY2(summary.contains(word), qPrintable(summary));
    QCOMPARE(summary.isEmpty(), skipped.isEmpty());
    // Nothing read vanishes uncounted: shown, skipped or not drawn.
    qint64 notDrawn = 0;
    for (const auto &[phase, count] : importer.notDrawn())
        notDrawn += count;
    QVERIFY(importer.eventCount() >= importer.skippedCount() + qint64(importer.spans().size()) + notDrawn);
}

void TestChromeTraceImporter::processesKeptApart()
{
    // Two renderers with the same name, each with two pool workers of the same name, and a browser.
    QByteArray json = R"({"traceEvents":[
        {"ph":"M","pid":10,"tid":0,"name":"process_name","args":{"name":"Browser"}},
        {"ph":"M","pid":20,"tid":0,"name":"process_name","args":{"name":"Renderer"}},
        {"ph":"M","pid":30,"tid":0,"name":"process_name","args":{"name":"Renderer"}},
        {"ph":"M","pid":10,"tid":1,"name":"thread_name","args":{"name":"CrBrowserMain"}})";
    for (const int pid : {20, 30}) {
        for (const int tid : {21, 22}) {
            json += QByteArray(R"(,{"ph":"M","pid":)") + QByteArray::number(pid) + R"(,"tid":)"
                + QByteArray::number(tid) + R"(,"name":"thread_name","args":{"name":"ThreadPoolForegroundWorker"}})";
            json += QByteArray(R"(,{"ph":"X","pid":)") + QByteArray::number(pid) + R"(,"tid":)"
                + QByteArray::number(tid) + R"(,"name":"task","ts":)" + QByteArray::number(pid * 10 + tid)
                + R"(,"dur":3})";
        }
    }
    json += R"(,{"ph":"X","pid":10,"tid":1,"name":"main","ts":1,"dur":100}]})";
    ChromeTraceImporter importer;
    QString error;
    QVERIFY2(importer.parse(json, &error), qPrintable(error));
    QCOMPARE(importer.processCount(), 3);
    QCOMPARE(importer.threadCount(), 1 + 1 + 4); // the (empty) event loop's, the browser's, four workers
    QStringList groups;
    for (const TaskInfo &task : importer.tasks()) {
        if (task.id != EventLoopTask)
            groups << task.thread;
    }
    QCOMPARE(groups,
        QStringList({"Browser › CrBrowserMain", "Renderer (pid 20) › ThreadPoolForegroundWorker (tid 21)",
            "Renderer (pid 20) › ThreadPoolForegroundWorker (tid 22)",
            "Renderer (pid 30) › ThreadPoolForegroundWorker (tid 21)",
            "Renderer (pid 30) › ThreadPoolForegroundWorker (tid 22)"}));
}

void TestChromeTraceImporter::readsGzip()
{
    TraceRecorder recorder;
    record(recorder);
    const QByteArray json = ChromeTraceExporter(&recorder).toJson();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plain = dir.filePath("trace.json");
    QFile file(plain);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    // Packed by the gzip tool, as Chromium's traces come.
    QProcess gzip;
    gzip.start("gzip", {"-k", plain});
    QVERIFY(gzip.waitForFinished(30000));
    QCOMPARE(gzip.exitCode(), 0);
    ChromeTraceImporter importer;
    QString error;
    QVERIFY2(importer.readFile(plain + ".gz", &error), qPrintable(error));
    QCOMPARE(importer.spans().size(), recorder.spans().size());
    QCOMPARE(importer.links().size(), std::size_t(2));

    // A damaged one is refused naming the file.
    QFile packed(plain + ".gz");
    QVERIFY(packed.open(QIODevice::ReadOnly));
    QByteArray broken = packed.readAll();
    packed.close();
    for (qsizetype i = 20; i < broken.size() - 8; ++i)
        broken[i] = char(broken[i] ^ 0x5a);
    const QString damaged = dir.filePath("damaged.json.gz");
    QFile out(damaged);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(broken);
    out.close();
    QVERIFY(!importer.readFile(damaged, &error));
    QVERIFY2(error.contains("damaged.json.gz") && error.contains("gzip"), qPrintable(error));
}

void TestChromeTraceImporter::readsNodesTrace()
{
    // A trace written by another tool: Node's own, if Node is installed here.
    const QString node = QStandardPaths::findExecutable("node");
    if (node.isEmpty())
        QSKIP("node is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(node,
        {"--trace-events-enabled", "--trace-event-categories", "v8,node,node.async_hooks", "-e",
            "setTimeout(() => require('fs').readFile(__filename, () => {}), 5)"});
    QVERIFY(process.waitForFinished(60000));
    const QString path = dir.filePath("node_trace.1.log");
    QVERIFY2(QFile::exists(path), "node wrote no node_trace.1.log");
    ChromeTraceImporter importer;
    QString error;
    QVERIFY2(importer.readFile(path, &error), qPrintable(error));
    QVERIFY(!importer.spans().empty());
    QVERIFY(importer.processCount() >= 1);
    // Node names its threads in metadata: the lanes say so, not "thread 123".
    bool named = false;
    for (const TaskInfo &task : importer.tasks())
        named = named || task.thread.contains("Main", Qt::CaseInsensitive);
    QVERIFY(named);
}

void TestChromeTraceImporter::pastCapacityKeepsTheNewest()
{
    QByteArray json = "[";
    for (int i = 0; i < 1000; ++i)
        json += QByteArray(i ? "," : "") + R"({"ph":"X","pid":1,"tid":1,"name":"s","ts":)" + QByteArray::number(i * 10)
            + R"(,"dur":5},{"ph":"i","pid":1,"tid":1,"name":"i","ts":)" + QByteArray::number(i * 10 + 7) + "}";
    json += "]";
    ChromeTraceImporter importer;
    importer.setCapacity(100);
    QString error;
    QVERIFY2(importer.parse(json, &error), qPrintable(error));
    QCOMPARE(importer.spans().size(), std::size_t(100));
    QCOMPARE(importer.instants().size(), std::size_t(100));
    QCOMPARE(importer.droppedSpans(), qint64(900));
    QCOMPARE(importer.droppedInstants(), qint64(900));
    QVERIFY(!importer.droppedSummary().isEmpty());
    // The newest are kept; the band reaches as far as the dropped ones did.
    QCOMPARE(importer.spans().front().start, qint64(9000'000));
    QVERIFY(importer.droppedUntil() >= 8997'000);
    TraceRecorder recorder;
    importer.loadInto(&recorder);
    QVERIFY(recorder.droppedUntil() > recorder.origin());
}

void TestChromeTraceImporter::progressCancels()
{
    QByteArray json = "[";
    for (int i = 0; i < 100'000; ++i)
        json += QByteArray(i ? "," : "") + R"({"ph":"X","pid":1,"tid":1,"name":"s","ts":)" + QByteArray::number(i * 10)
            + R"(,"dur":5})";
    json += "]";
    ChromeTraceImporter importer;
    int calls = 0;
    importer.setProgress([&calls](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2;
    });
    QString error;
    QVERIFY(!importer.parse(json, &error));
    QVERIFY(importer.wasCancelled());
    QVERIFY(calls >= 1);
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
    file.write("Shopping: bread, milk");
    file.close();
    QVERIFY(!importer.readFile(bad, &error));
    QVERIFY2(error.contains("notes.json") && error.contains("not a Chrome trace"), qPrintable(error));

    TraceRecorder recorder;
    record(recorder);
    const QString good = dir.filePath("trace.json");
    QVERIFY(ChromeTraceExporter(&recorder).writeFile(good, nullptr));
    QVERIFY2(importer.readFile(good, &error), qPrintable(error));
    QCOMPARE(importer.spans().size(), recorder.spans().size());
}

QTEST_GUILESS_MAIN(TestChromeTraceImporter)
#include "tst_chrometraceimporter.moc"
