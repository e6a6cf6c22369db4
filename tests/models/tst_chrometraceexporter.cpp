// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/chrometraceexporter.h"
#include "models/trace/tracerecorder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Lab;

namespace {
constexpr qint64 Ms = 1'000'000;

// The events of an exported trace, checked to parse as the Chrome trace container.
QJsonArray parseEvents(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object().value("traceEvents").toArray();
}

QList<QJsonObject> eventsWithPhase(const QJsonArray &events, const QString &phase)
{
    QList<QJsonObject> out;
    for (const auto &value : events) {
        if (value.toObject().value("ph").toString() == phase)
            out.append(value.toObject());
    }
    return out;
}

// What a demo leaves behind: tasks on two threads, a stall, an instant, a resume link.
struct Recording
{
    TraceRecorder recorder;
    TaskId countdownA = 0;
    TaskId countdownB = 0;
    TaskId worker = 0;

    Recording()
    {
        const qint64 t0 = recorder.origin();
        countdownA = recorder.addTask("countdown A", "GUI thread");
        countdownB = recorder.addTask("countdown B", "GUI thread");
        worker = recorder.addTask("slow()", "worker thread");
        recorder.addSpan(countdownA, TaskState::Sleeping, t0 + 1 * Ms, t0 + 36 * Ms, "co_await sleep(0.035 s)");
        recorder.addSpan(countdownA, TaskState::Running, t0 + 36 * Ms, t0 + 37 * Ms);
        recorder.addSpan(countdownB, TaskState::Sleeping, t0 + 2 * Ms, t0 + 102 * Ms, "co_await sleep(0.1 s)");
        recorder.addSpan(worker, TaskState::Blocked, t0 + 3 * Ms, t0 + 303 * Ms, "QThread::usleep in a worker");
        recorder.addSpan(EventLoopTask, TaskState::Blocked, t0 + 400 * Ms, t0 + 700 * Ms, "UI frozen for 0.3 s");
        recorder.addInstant(countdownA, "A = 3", t0 + 36 * Ms);
        recorder.addLink(worker, countdownB, t0 + 303 * Ms);
    }
};
} // namespace

class TestChromeTraceExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isAChromeTrace();
    void namesEveryThread();
    void taskSpansAreAsyncPairs();
    void stallIsACompleteSlice();
    void openSpansAreExportedUpToNow();
    void instantsAndLinks();
    void writeFileWritesTheJson();
    void writeFileFailsReadably_data();
    void writeFileFailsReadably();
};

void TestChromeTraceExporter::isAChromeTrace()
{
    Recording recording;
    const QByteArray json = ChromeTraceExporter(&recording.recorder).toJson();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    QCOMPARE(document.object().value("displayTimeUnit").toString(), QStringLiteral("ms"));

    const QJsonArray events = document.object().value("traceEvents").toArray();
    QVERIFY(!events.isEmpty());
    for (const auto &value : events) {
        const QJsonObject event = value.toObject();
        const QString phase = event.value("ph").toString();
        QCOMPARE(phase.size(), 1);
        QVERIFY2(event.value("pid").isDouble(), qPrintable(phase));
        QVERIFY2(event.contains("name"), qPrintable(phase));
        if (phase == "M")
            continue; // metadata carries no time
        QVERIFY2(event.value("tid").isDouble(), qPrintable(phase));
        QVERIFY2(event.value("ts").isDouble(), qPrintable(phase));
        QVERIFY2(event.value("ts").toDouble() >= 0, qPrintable(phase));
    }
}

void TestChromeTraceExporter::namesEveryThread()
{
    Recording recording;
    const QJsonArray events = parseEvents(ChromeTraceExporter(&recording.recorder).toJson());

    std::map<int, QString> threadNames;
    for (const QJsonObject &event : eventsWithPhase(events, "M")) {
        if (event.value("name").toString() == "thread_name")
            threadNames[event.value("tid").toInt()] = event.value("args").toObject().value("name").toString();
    }
    // Two threads in the recording: the GUI thread (the event loop's) and the worker.
    QCOMPARE(threadNames.size(), std::size_t(2));
    QVERIFY(threadNames.begin()->second.contains("Event loop"));
    QVERIFY(threadNames.begin()->second.contains("GUI thread"));
    QCOMPARE(std::next(threadNames.begin())->second, QStringLiteral("worker thread"));

    // Every event sits on a named thread.
    for (const auto &value : events) {
        const QJsonObject event = value.toObject();
        if (event.contains("tid"))
            QVERIFY(threadNames.count(event.value("tid").toInt()));
    }
}

void TestChromeTraceExporter::taskSpansAreAsyncPairs()
{
    Recording recording;
    const QJsonArray events = parseEvents(ChromeTraceExporter(&recording.recorder).toJson());
    const auto begins = eventsWithPhase(events, "b");
    const auto ends = eventsWithPhase(events, "e");
    // One pair per task span (the event-loop stall is not a task span).
    QCOMPARE(begins.size(), 4);
    QCOMPARE(ends.size(), 4);

    std::map<QString, QString> idOfTask;
    for (int i = 0; i < begins.size(); ++i) {
        const QJsonObject &begin = begins[i];
        const QJsonObject &end = ends[i];
        QCOMPARE(end.value("id"), begin.value("id"));
        QCOMPARE(end.value("cat"), begin.value("cat"));
        QCOMPARE(end.value("name"), begin.value("name"));
        QCOMPARE(end.value("tid"), begin.value("tid"));
        QVERIFY(end.value("ts").toDouble() >= begin.value("ts").toDouble());
        // One async track per task: the same id for all of a task's spans, different ids across tasks.
        const QString task = begin.value("args").toObject().value("task").toString();
        const QString id = begin.value("id").toString();
        QVERIFY(!id.isEmpty());
        if (idOfTask.count(task))
            QCOMPARE(id, idOfTask[task]);
        idOfTask[task] = id;
    }
    QCOMPARE(idOfTask.size(), std::size_t(3));
    QVERIFY(idOfTask["countdown A"] != idOfTask["countdown B"]);
    QVERIFY(idOfTask["countdown A"] != idOfTask["slow()"]);

    // The first span of countdown A: its label, its state and its times in µs from the origin.
    QCOMPARE(begins[0].value("name").toString(), QStringLiteral("co_await sleep(0.035 s)"));
    QCOMPARE(begins[0].value("args").toObject().value("state").toString(), taskStateName(TaskState::Sleeping));
    QCOMPARE(begins[0].value("ts").toDouble(), 1000.0);
    QCOMPARE(ends[0].value("ts").toDouble(), 36000.0);
    // A span without a label is named after its state.
    QCOMPARE(begins[1].value("name").toString(), taskStateName(TaskState::Running));
}

void TestChromeTraceExporter::stallIsACompleteSlice()
{
    Recording recording;
    const QJsonArray events = parseEvents(ChromeTraceExporter(&recording.recorder).toJson());
    const auto slices = eventsWithPhase(events, "X");
    QCOMPARE(slices.size(), 1);
    const QJsonObject &stall = slices[0];
    QCOMPARE(stall.value("name").toString(), QStringLiteral("UI frozen for 0.3 s"));
    QCOMPARE(stall.value("ts").toDouble(), 400'000.0);
    QCOMPARE(stall.value("dur").toDouble(), 300'000.0);
    QCOMPARE(stall.value("args").toObject().value("state").toString(), taskStateName(TaskState::Blocked));

    // On the event loop's own thread, which the countdowns share.
    const auto begins = eventsWithPhase(events, "b");
    QCOMPARE(stall.value("tid"), begins[0].value("tid"));
}

void TestChromeTraceExporter::openSpansAreExportedUpToNow()
{
    TraceRecorder recorder;
    const TaskId task = recorder.addTask("spinner", "GUI thread");
    recorder.setState(task, TaskState::Sleeping, "spinning every 0.1 s");
    const QJsonArray events = parseEvents(ChromeTraceExporter(&recorder).toJson());
    const auto begins = eventsWithPhase(events, "b");
    const auto ends = eventsWithPhase(events, "e");
    QCOMPARE(begins.size(), 1);
    QCOMPARE(ends.size(), 1);
    QCOMPARE(begins[0].value("name").toString(), QStringLiteral("spinning every 0.1 s"));
    QVERIFY(ends[0].value("ts").toDouble() >= begins[0].value("ts").toDouble());
    // Exporting does not close the live span.
    QCOMPARE(recorder.openSpans(0).size(), std::size_t(1));
}

void TestChromeTraceExporter::instantsAndLinks()
{
    Recording recording;
    const QJsonArray events = parseEvents(ChromeTraceExporter(&recording.recorder).toJson());

    const auto instants = eventsWithPhase(events, "i");
    QCOMPARE(instants.size(), 1);
    QCOMPARE(instants[0].value("name").toString(), QStringLiteral("A = 3"));
    QCOMPARE(instants[0].value("ts").toDouble(), 36000.0);
    QCOMPARE(instants[0].value("s").toString(), QStringLiteral("t"));

    // The resume arrow goes from the worker's thread to the GUI thread, at one moment.
    const auto starts = eventsWithPhase(events, "s");
    const auto finishes = eventsWithPhase(events, "f");
    QCOMPARE(starts.size(), 1);
    QCOMPARE(finishes.size(), 1);
    QCOMPARE(finishes[0].value("id"), starts[0].value("id"));
    QCOMPARE(finishes[0].value("cat"), starts[0].value("cat"));
    QCOMPARE(finishes[0].value("name"), starts[0].value("name"));
    QCOMPARE(starts[0].value("ts").toDouble(), 303'000.0);
    QCOMPARE(finishes[0].value("ts").toDouble(), 303'000.0);
    QVERIFY(starts[0].value("tid") != finishes[0].value("tid"));
    QCOMPARE(finishes[0].value("bp").toString(), QStringLiteral("e"));
}

void TestChromeTraceExporter::writeFileWritesTheJson()
{
    Recording recording;
    const ChromeTraceExporter exporter(&recording.recorder);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("trace.json");
    QString error;
    QVERIFY(exporter.writeFile(path, &error));
    QVERIFY(error.isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // No span is open, so the export is the same every time.
    QCOMPARE(file.readAll(), exporter.toJson());

    // Writing again replaces the file rather than appending to it.
    QVERIFY(exporter.writeFile(path, nullptr));
    QCOMPARE(QFile(path).size(), exporter.toJson().size());
}

void TestChromeTraceExporter::writeFileFailsReadably_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");

    QTest::newRow("missing folder") << QStringLiteral("/nonexistent-lab-folder/trace.json")
                                    << QStringLiteral("No such file or directory");
    QTest::newRow("a folder") << QStringLiteral("%TMP%") << QString();
    QTest::newRow("disk full") << QStringLiteral("/dev/full") << QStringLiteral("No space left on device");
}

void TestChromeTraceExporter::writeFileFailsReadably()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    path.replace("%TMP%", dir.path());
    if (path == "/dev/full" && !QFile::exists(path))
        QSKIP("no /dev/full here");

    Recording recording;
    QString error;
    QVERIFY(!ChromeTraceExporter(&recording.recorder).writeFile(path, &error));
    // The message names the file and says why, for the status bar and the command line.
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.size() > path.size() + 10, qPrintable(error));
    if (!reason.isEmpty())
        QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
    // A failed export does not break the next one.
    QVERIFY(ChromeTraceExporter(&recording.recorder).writeFile(dir.filePath("ok.json"), nullptr));
}

QTEST_GUILESS_MAIN(TestChromeTraceExporter)
#include "tst_chrometraceexporter.moc"
