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

#include <algorithm>
#include <cmath>
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
    void namesEveryTask();
    void taskSpansAreSlicesOnTheTasksTrack();
    void stallIsACompleteSlice();
    void openSpansEndWithTheRun();
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

void TestChromeTraceExporter::namesEveryTask()
{
    Recording recording;
    const QJsonArray events = parseEvents(ChromeTraceExporter(&recording.recorder).toJson());

    std::map<int, QString> trackNames;
    std::map<int, int> sortIndex;
    for (const QJsonObject &event : eventsWithPhase(events, "M")) {
        const QJsonObject args = event.value("args").toObject();
        if (event.value("name").toString() == "thread_name")
            trackNames[event.value("tid").toInt()] = args.value("name").toString();
        if (event.value("name").toString() == "thread_sort_index")
            sortIndex[event.value("tid").toInt()] = args.value("sort_index").toInt();
    }
    // One track per task, named by the task (and its thread), not by a state's label.
    QCOMPARE(trackNames.size(), std::size_t(4));
    QStringList names;
    for (const auto &[tid, name] : trackNames)
        names << name;
    QCOMPARE(names,
        QStringList({"Event loop (GUI thread)", "countdown A (GUI thread)", "countdown B (GUI thread)",
            "slow() (worker thread)"}));
    // A thread's tasks sort together: the GUI thread's three before the worker's.
    const int worker = int(recording.worker) + 1;
    for (const auto &[tid, index] : sortIndex) {
        if (tid != worker)
            QVERIFY(index < sortIndex[worker]);
    }

    // Every event sits on a named track.
    for (const auto &value : events) {
        const QJsonObject event = value.toObject();
        if (event.contains("tid"))
            QVERIFY(trackNames.count(event.value("tid").toInt()));
    }
}

void TestChromeTraceExporter::taskSpansAreSlicesOnTheTasksTrack()
{
    Recording recording;
    const QJsonArray events = parseEvents(ChromeTraceExporter(&recording.recorder).toJson());
    // Slices only (what speedscope reads): no async pairs.
    QVERIFY(eventsWithPhase(events, "b").isEmpty());
    std::map<int, std::vector<QJsonObject>> byTrack;
    for (const QJsonObject &slice : eventsWithPhase(events, "X")) {
        if (slice.value("cat").toString() != "flow-anchor" && slice.value("cat").toString() != "lab.flow")
            byTrack[slice.value("tid").toInt()].push_back(slice);
    }
    QCOMPARE(byTrack.size(), std::size_t(4));
    const auto &a = byTrack[int(recording.countdownA) + 1];
    QCOMPARE(a.size(), std::size_t(2));
    // The first span of countdown A: its label, its state and its times in µs from the origin.
    QCOMPARE(a[0].value("name").toString(), QStringLiteral("co_await sleep(0.035 s)"));
    QCOMPARE(a[0].value("cat").toString(), QStringLiteral("sleeping"));
    // No args: speedscope would show them in every frame's name.
    QVERIFY(!a[0].contains("args"));
    QCOMPARE(a[0].value("ts").toDouble(), 1000.0);
    QCOMPARE(a[0].value("dur").toDouble(), 35000.0);
    // A span without a label is named after its state, and its category says so.
    QCOMPARE(a[1].value("name").toString(), taskStateName(TaskState::Running));
    QCOMPARE(a[1].value("cat").toString(), QStringLiteral("state.running"));
    // Slices of one track never overlap, so every viewer nests them.
    for (auto &[tid, slices] : byTrack) {
        std::sort(slices.begin(), slices.end(), [](const QJsonObject &x, const QJsonObject &y) {
            return x.value("ts").toDouble() < y.value("ts").toDouble();
        });
        for (std::size_t i = 1; i < slices.size(); ++i)
            QVERIFY(slices[i].value("ts").toDouble()
                >= slices[i - 1].value("ts").toDouble() + slices[i - 1].value("dur").toDouble());
    }
}

void TestChromeTraceExporter::stallIsACompleteSlice()
{
    Recording recording;
    const QJsonArray events = parseEvents(ChromeTraceExporter(&recording.recorder).toJson());
    QList<QJsonObject> stalls;
    for (const QJsonObject &slice : eventsWithPhase(events, "X")) {
        if (slice.value("tid").toInt() == int(EventLoopTask) + 1 && slice.value("cat").toString() == "blocked")
            stalls.append(slice);
    }
    QCOMPARE(stalls.size(), 1);
    const QJsonObject &stall = stalls[0];
    QCOMPARE(stall.value("name").toString(), QStringLiteral("UI frozen for 0.3 s"));
    QCOMPARE(stall.value("ts").toDouble(), 400'000.0);
    QCOMPARE(stall.value("dur").toDouble(), 300'000.0);
    QCOMPARE(stall.value("cat").toString(), QStringLiteral("blocked"));
}

void TestChromeTraceExporter::openSpansEndWithTheRun()
{
    TraceRecorder recorder;
    const TaskId task = recorder.addTask("spinner", "GUI thread");
    const TaskId other = recorder.addTask("slow()", "GUI thread");
    recorder.setState(task, TaskState::Sleeping, "spinning every 0.1 s");
    const qint64 opened = recorder.openSpans(0).front().start;
    recorder.addInstant(other, "last thing recorded", opened + 40 * Ms);
    const QJsonArray events = parseEvents(ChromeTraceExporter(&recorder).toJson());
    QList<QJsonObject> spinning;
    for (const QJsonObject &slice : eventsWithPhase(events, "X")) {
        if (slice.value("name").toString() == "spinning every 0.1 s")
            spinning.append(slice);
    }
    QCOMPARE(spinning.size(), 1);
    // It ends with the last event recorded, however long after the run the export happens.
    QCOMPARE(spinning[0].value("dur").toDouble(), 40'000.0);
    QCOMPARE(ChromeTraceExporter(&recorder).endTime(), opened + 40 * Ms);
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

    // The resume arrow goes from the worker's track to countdown B's, at one moment.
    const auto starts = eventsWithPhase(events, "s");
    const auto finishes = eventsWithPhase(events, "f");
    QCOMPARE(starts.size(), 1);
    QCOMPARE(finishes.size(), 1);
    QCOMPARE(finishes[0].value("id"), starts[0].value("id"));
    QCOMPARE(finishes[0].value("cat"), starts[0].value("cat"));
    QCOMPARE(finishes[0].value("name"), starts[0].value("name"));
    QCOMPARE(starts[0].value("tid").toInt(), int(recording.worker) + 1);
    QCOMPARE(finishes[0].value("tid").toInt(), int(recording.countdownB) + 1);
    QCOMPARE(finishes[0].value("bp").toString(), QStringLiteral("e"));
    QCOMPARE(starts[0].value("args").toObject().value("at").toDouble(), 303'000.0);

    // Each end is stamped strictly inside a slice of its track, so viewers bind it: the worker's
    // sleep that ends at 303 ms, and (countdown B having none then) an anchor made for it.
    const auto inside = [&events](const QJsonObject &flow) {
        const double ts = flow.value("ts").toDouble();
        for (const QJsonObject &slice : eventsWithPhase(events, "X")) {
            const double start = slice.value("ts").toDouble();
            if (slice.value("tid") == flow.value("tid") && start < ts && ts < start + slice.value("dur").toDouble())
                return slice;
        }
        return QJsonObject();
    };
    QCOMPARE(inside(starts[0]).value("name").toString(), QStringLiteral("QThread::usleep in a worker"));
    QCOMPARE(inside(finishes[0]).value("cat").toString(), QStringLiteral("flow-anchor"));
    QVERIFY(std::abs(starts[0].value("ts").toDouble() - 303'000.0) < 0.01);

    // Chrome DevTools binds a flow event only to an event of its category, thread and time stamp:
    // each end has a 1 ns sliver of its own, nested in the slice (or anchor) it is stamped in.
    for (const QJsonObject &flow : {starts[0], finishes[0]}) {
        int slivers = 0;
        for (const QJsonObject &slice : eventsWithPhase(events, "X")) {
            if (slice.value("tid") == flow.value("tid") && slice.value("ts") == flow.value("ts")
                && slice.value("cat") == flow.value("cat")) {
                ++slivers;
                QCOMPARE(slice.value("dur").toDouble(), 0.001);
                const QJsonObject around = inside(flow);
                QVERIFY(slice.value("ts").toDouble() + 0.001
                    <= around.value("ts").toDouble() + around.value("dur").toDouble() + 1e-9);
            }
        }
        QCOMPARE(slivers, 1);
    }
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
