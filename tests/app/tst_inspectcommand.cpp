// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// `concurrency-lab inspect FILE`, run as a script would: it loads a trace as the window does and
// prints what the timeline would show, exiting non-zero only when the file is refused.
#include "models/trace/chrometraceexporter.h"
#include "models/trace/tracerecorder.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/runlab.h"

using namespace Lab;

class TestInspectCommand : public QObject
{
    Q_OBJECT

    using Result = LabRun;

    static Result run(const QStringList &arguments) { return runLab(arguments, 120'000); }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void ourOwnTrace()
    {
        TraceRecorder recorder;
        const qint64 o = recorder.origin();
        const TaskId br = recorder.addTask(QStringLiteral("BR"), QStringLiteral("GUI thread"));
        const TaskId worker = recorder.addTask(QStringLiteral("slow()"), QStringLiteral("worker thread"));
        recorder.addSpan(br, TaskState::AwaitingIo, o + 1'000'000, o + 50'000'000, QStringLiteral("co_await GET"));
        recorder.addSpan(worker, TaskState::Running, o, o + 80'000'000);
        recorder.addLink(br, EventLoopTask, o + 1'000'000, QStringLiteral("request sent"));
        recorder.addLink(EventLoopTask, br, o + 50'000'000, QStringLiteral("reply arrived"));
        const QString path = m_dir.filePath(QStringLiteral("ours.json"));
        QVERIFY(ChromeTraceExporter(&recorder).writeFile(path, nullptr));

        const Result result = run({QStringLiteral("inspect"), path});
        QCOMPARE(result.status, 0);
        QVERIFY2(
            result.out.contains(QStringLiteral("Processes: 1, threads: 2, task lanes: 3")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("Spans: 2, instants: 0, links: 2")));
        QVERIFY(result.out.contains(QStringLiteral("Time range: 0 to 0.080000 s")));
        QVERIFY(result.out.contains(QStringLiteral("Thread: worker thread")));
        QVERIFY(result.out.contains(QStringLiteral("Lane: BR (1 spans)")));
        QVERIFY(result.out.contains(QStringLiteral("skipped: 0")));
    }

    void processesAndRepeatedThreadNames()
    {
        const QString path = write(QStringLiteral("chromium.json"), R"({"traceEvents":[
            {"ph":"M","pid":20,"tid":0,"name":"process_name","args":{"name":"Renderer"}},
            {"ph":"M","pid":30,"tid":0,"name":"process_name","args":{"name":"Renderer"}},
            {"ph":"M","pid":20,"tid":21,"name":"thread_name","args":{"name":"ThreadPoolForegroundWorker"}},
            {"ph":"M","pid":20,"tid":22,"name":"thread_name","args":{"name":"ThreadPoolForegroundWorker"}},
            {"ph":"M","pid":30,"tid":21,"name":"thread_name","args":{"name":"ThreadPoolForegroundWorker"}},
            {"ph":"X","pid":20,"tid":21,"ts":1,"dur":5,"name":"a"},
            {"ph":"X","pid":20,"tid":22,"ts":2,"dur":5,"name":"b"},
            {"ph":"X","pid":30,"tid":21,"ts":3,"dur":5,"name":"c"},
            {"ph":"C","pid":30,"ts":3,"name":"memory","args":{"mb":4}}]})");
        const Result result = run({QStringLiteral("inspect"), path});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Processes: 2")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("Thread: Renderer (pid 20) › ThreadPoolForegroundWorker (tid 21)")));
        QVERIFY(result.out.contains(QStringLiteral("Thread: Renderer (pid 20) › ThreadPoolForegroundWorker (tid 22)")));
        // The only one of its name in its process: no tid.
        QVERIFY(result.out.contains(QStringLiteral("Thread: Renderer (pid 30) › ThreadPoolForegroundWorker\n")));
        QVERIFY(result.out.contains(QStringLiteral("1 × \"C\"")));
    }

    void lenientAboutACrashedProcessesTrace()
    {
        const QString path = write(QStringLiteral("crashed.json"),
            R"([{"ph":"X","pid":1,"tid":1,"ts":0,"dur":10,"name":"a"},
                {"ph":"X","pid":1,"tid":1,"ts":"20","dur":10,"name":"bad stamp"},
                {"ph":"X","pid":1,"tid":1,"ts":30,"dur":-1,"name":"bad duration"},
                {"ph":"X","pid":1,"tid":1,"ts":40,"dur":10,"name":"b"},)");
        const Result result = run({QStringLiteral("inspect"), path});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Spans: 2")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("skipped: 2")));
        QVERIFY(result.out.contains(QStringLiteral("negative duration")));
        QVERIFY(result.out.contains(QStringLiteral("not a number")));
        QVERIFY(result.out.contains(QStringLiteral("cut short")));
    }

    void gzipped()
    {
        const QString path =
            write(QStringLiteral("packed.json"), R"([{"ph":"X","pid":1,"tid":1,"ts":0,"dur":10,"name":"a"}])");
        QProcess gzip;
        gzip.start(QStringLiteral("gzip"), {path});
        QVERIFY(gzip.waitForFinished(30'000));
        QCOMPARE(gzip.exitCode(), 0);
        const Result result = run({QStringLiteral("inspect"), path + QStringLiteral(".gz")});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Spans: 1")), qPrintable(result.out));
    }

    void refusedFilesExitOne_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("notes") << QByteArray("shopping: bread") << QStringLiteral("not a Chrome trace");
        QTest::newRow("settings") << QByteArray(R"({"theme":"dark"})") << QStringLiteral("not a Chrome trace");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    }

    void refusedFilesExitOne()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = write(QStringLiteral("refused.json"), content);
        const Result result = run({QStringLiteral("inspect"), path});
        QCOMPARE(result.status, 1);
        QVERIFY2(
            result.err.contains(QStringLiteral("refused.json")) && result.err.contains(reason), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        const Result missing = run({QStringLiteral("inspect"), m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.err.contains(QStringLiteral("missing.json")));
    }

    void badArguments()
    {
        QCOMPARE(run({QStringLiteral("inspect")}).status, 2);
        QCOMPARE(run({QStringLiteral("inspect"), QStringLiteral("a.json"), QStringLiteral("b.json")}).status, 2);
        // --open checks its file before any window shows.
        const Result open = run({QStringLiteral("--open"), m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(open.status, 2);
        QVERIFY2(open.err.contains(QStringLiteral("missing.json")), qPrintable(open.err));
    }
};

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "tst_inspectcommand.moc"
