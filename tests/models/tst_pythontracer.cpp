// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Real Python programs run under the tracer: the lanes, states, stalls and links they must produce.
#include "models/flags/flagserver.h"
#include "models/pytrace/pythontracedecoder.h"
#include "models/pytrace/pythontracer.h"
#include "models/trace/tracerecorder.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <csignal>

using namespace Lab;

namespace {
const QString Scripts = QStringLiteral(LAB_SOURCE_DIR "/tests/models/pytrace");

struct Traced
{
    TraceRecorder recorder;
    int status = -1;
    QString message;
    QByteArray output;
    PythonTraceSummary summary;

    std::vector<Span> spansOf(const QString &name) const
    {
        std::vector<Span> out;
        for (const TaskInfo &task : recorder.tasks())
            if (task.name == name)
                for (const Span &span : recorder.spans())
                    if (span.task == task.id)
                        out.push_back(span);
        return out;
    }
    TaskId idOf(const QString &name) const
    {
        for (const TaskInfo &task : recorder.tasks())
            if (task.name == name)
                return task.id;
        return TaskId(-1);
    }
};

bool run(Traced &traced, const QStringList &arguments, PythonTracer *tracer = nullptr)
{
    PythonTracer own(&traced.recorder);
    PythonTracer *used = tracer ? tracer : &own;
    QSignalSpy finished(used, &PythonTracer::finished);
    QObject::connect(used, &PythonTracer::output, [&](const QByteArray &text, bool) {
        traced.output += text;
    });
    QString error;
    if (!used->start(QStringList{QStringLiteral("python3")} + arguments, Scripts, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    if (!finished.wait(60000))
        return false;
    traced.status = finished.first().at(0).toInt();
    traced.message = finished.first().at(1).toString();
    traced.summary = used->summary();
    return true;
}

bool overlaps(const Span &a, const Span &b)
{
    return a.start < b.end && b.start < a.end;
}
} // namespace

class TestPythonTracer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QFAIL("python3 is needed (the project's .ci/setup installs it)");
    }

    void awaitedCountdownInterleaves()
    {
        Traced traced;
        QVERIFY(run(traced, {QStringLiteral("countdown.py")}));
        QCOMPARE(traced.status, 0);
        // main, A, B, C, and the two asyncio.run() starts to shut down (async generators, the executor).
        QCOMPARE(traced.summary.tasks, 6);
        QCOMPARE(traced.summary.longestBlockNs, 0);
        for (const QString name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
            const auto spans = traced.spansOf(name);
            const auto sleeps = std::count_if(spans.begin(), spans.end(), [](const Span &span) {
                return span.state == TaskState::Sleeping && span.label.startsWith(u"asyncio.sleep at countdown.py:");
            });
            QCOMPARE(sleeps, 3);
            QCOMPARE(traced.recorder.tasks().at(traced.idOf(name)).thread, QStringLiteral("Python MainThread"));
        }
        // They sleep at once: the first sleeps of A and B overlap.
        const auto firstSleep = [&](const QString &name) {
            const auto spans = traced.spansOf(name);
            return *std::find_if(spans.begin(), spans.end(), [](const Span &span) {
                return span.state == TaskState::Sleeping;
            });
        };
        QVERIFY(overlaps(firstSleep(QStringLiteral("A")), firstSleep(QStringLiteral("B"))));
        // Links: main created each countdown; the loop's timer woke each sleeper.
        const TaskId main = traced.idOf(QStringLiteral("main (Task-1)"));
        const TaskId loop = traced.idOf(QStringLiteral("event loop (MainThread)"));
        int created = 0;
        int woken = 0;
        for (const Link &link : traced.recorder.links()) {
            created += link.from == main && link.to == traced.idOf(QStringLiteral("A"));
            woken += link.from == loop && link.to == traced.idOf(QStringLiteral("B"));
        }
        QCOMPARE(created, 1);
        QCOMPARE(woken, 3);
    }

    void blockingSleepBlocksTheLoop()
    {
        Traced traced;
        QVERIFY(run(traced, {QStringLiteral("countdown.py"), QStringLiteral("blocking")}));
        QCOMPARE(traced.output, QByteArray("A 3\nA 2\nA 1\nB 3\nB 2\nB 1\nC 3\nC 2\nC 1\n"));
        // Every time.sleep holds the loop over 50 ms: one red block per sleep on the loop's lane.
        const auto blocks = traced.spansOf(QStringLiteral("event loop (MainThread)"));
        QCOMPARE(blocks.size(), std::size_t(3)); // one step of each task holds the loop for its whole countdown
        for (const Span &block : blocks) {
            QCOMPARE(block.state, TaskState::Blocked);
            QVERIFY(block.label.startsWith(u"held the loop: step of "));
        }
        // The tasks' blocked stretches never overlap: one after the other.
        std::vector<Span> blocked;
        for (const QString name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
            for (const Span &span : traced.spansOf(name))
                if (span.state == TaskState::Blocked)
                    blocked.push_back(span);
        QCOMPARE(blocked.size(), std::size_t(9));
        for (std::size_t i = 0; i < blocked.size(); ++i)
            for (std::size_t j = i + 1; j < blocked.size(); ++j)
                QVERIFY(!overlaps(blocked[i], blocked[j]));
        QVERIFY(traced.summary.longestBlockNs > 0);
    }

    void semaphoreLetsThreeIn()
    {
        FlagServer server;
        FlagServerSettings settings;
        settings.delay = 0.1;
        server.setSettings(settings);
        QVERIFY(server.listen());
        Traced traced;
        QVERIFY(run(traced, {QStringLiteral("semaphore.py"), server.baseUrl().toString()}));
        QCOMPARE(traced.status, 0);
        QCOMPARE(traced.output.count("200"), 10);
        // Inside the semaphore a task awaits a socket; at most three ever do at once.
        std::vector<std::pair<qint64, int>> edges;
        int waitedTurn = 0;
        for (const Span &span : traced.recorder.spans()) {
            if (span.state == TaskState::AwaitingIo && span.label.startsWith(u"awaiting a socket")) {
                edges.push_back({span.start, 1});
                edges.push_back({span.end, -1});
            }
            waitedTurn += span.state == TaskState::Queued && span.label.startsWith(u"waiting to acquire");
        }
        std::sort(edges.begin(), edges.end());
        int inside = 0;
        int peak = 0;
        for (const auto &[time, step] : edges)
            peak = std::max(peak, inside += step);
        QCOMPARE(peak, 3);
        QVERIFY(waitedTurn >= 7);
    }

    void threadPoolJobsAndTheirLinks()
    {
        Traced traced;
        QVERIFY(run(traced, {QStringLiteral("pool.py")}));
        QCOMPARE(traced.status, 0);
        QCOMPARE(traced.summary.threads, 3); // two pool workers and the helper
        int jobs = 0;
        std::vector<TaskId> workers;
        for (const TaskInfo &task : traced.recorder.tasks())
            if (task.name.startsWith(u"ThreadPoolExecutor-"))
                workers.push_back(task.id);
        QCOMPARE(workers.size(), std::size_t(2));
        for (const Span &span : traced.recorder.spans())
            jobs += span.label == u"job" && std::find(workers.begin(), workers.end(), span.task) != workers.end();
        QCOMPARE(jobs, 3);
        // A job's end resumed the awaiting coroutine: a link from a worker's lane to main.
        const TaskId main = traced.idOf(QStringLiteral("main (Task-1)"));
        const auto links = traced.recorder.links();
        QVERIFY(std::any_of(links.begin(), links.end(), [&](const Link &link) {
            return link.to == main && std::find(workers.begin(), workers.end(), link.from) != workers.end();
        }));
        const auto helper = traced.spansOf(QStringLiteral("helper"));
        QVERIFY(std::any_of(helper.begin(), helper.end(), [](const Span &span) {
            return span.state == TaskState::Sleeping;
        }));
    }

    void stopEndsTheProgramAndItsChildrenAndKeepsTheTrace()
    {
        Traced traced;
        PythonTracer tracer(&traced.recorder);
        QByteArray output;
        connect(&tracer, &PythonTracer::output, this, [&](const QByteArray &text) {
            output += text;
        });
        QSignalSpy finished(&tracer, &PythonTracer::finished);
        QString error;
        QVERIFY2(tracer.start({QStringLiteral("python3"), QStringLiteral("hostile.py")}, Scripts, &error),
            qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(output.contains("child "), 30000);
        const qint64 child = output.mid(output.indexOf("child ") + 6).trimmed().toLongLong();
        QVERIFY(child > 0);
        QTRY_VERIFY_WITH_TIMEOUT(traced.recorder.tasks().size() > 2, 30000);
        tracer.stop();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(1).toString().startsWith(u"Stopped"));
        // The garbage was counted, not applied; the real events before it stay.
        QVERIFY(tracer.summary().malformedLines >= 3);
        QVERIFY(traced.idOf(QStringLiteral("main (Task-1)")) != TaskId(-1));
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(child), 0) != 0, 10000);
    }

    void aCrashEndsTheTraceWithAMessage()
    {
        Traced traced;
        QVERIFY(run(traced, {QStringLiteral("hostile.py"), QStringLiteral("crash")}));
        QCOMPARE(traced.status, 128 + SIGABRT);
        QVERIFY(traced.message.contains(u"signal"));
        QVERIFY(traced.summary.malformedLines >= 3);
    }

    void runningLastsUntilFinishedIsEmitted()
    {
        // The program ends at once, but a process it started holds the trace socket for 3 s: the
        // tracer stops reading after its grace period. Until finished() the run is not over (a
        // page that re-enabled Run on isRunning() alone would allow a second start too early).
        TraceRecorder recorder;
        PythonTracer tracer(&recorder);
        QSignalSpy finished(&tracer, &PythonTracer::finished);
        QString error;
        QVERIFY2(tracer.start({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 3 & exit 0")},
                     QDir::tempPath(), &error),
            qPrintable(error));
        bool overBeforeFinished = false;
        QDeadlineTimer deadline(20000);
        while (finished.isEmpty() && !deadline.hasExpired()) {
            overBeforeFinished = overBeforeFinished || !tracer.isRunning();
            QTest::qWait(20);
        }
        QCOMPARE(finished.size(), 1);
        QVERIFY(!overBeforeFinished);
        QVERIFY(!tracer.isRunning());
    }

    void notPythonSaysSo()
    {
        Traced traced;
        PythonTracer tracer(&traced.recorder);
        QSignalSpy finished(&tracer, &PythonTracer::finished);
        QString error;
        QVERIFY(tracer.start({QStringLiteral("true")}, QDir::tempPath(), &error));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(1).toString().contains(u"sent no trace"));
        QVERIFY(
            !tracer.start({QStringLiteral("/nonexistent/program")}, QDir::tempPath(), &error) || finished.wait(10000));
    }

    void decoderTakesAnyChunkingAndSkipsDamage()
    {
        const QByteArray stream = "H\t1\t42\t3.11.2\nK\t1\tloop\tMainThread\tevent loop\nK\t2\ttask\tMainThread\tT\n"
                                  "S\t2\trunning\t100\tstep\nS\t2\tsleeping\t200\tasyncio.sleep\n"
                                  "X\t1\tblocked\t300\t400\theld the loop\nL\t1\t2\t250\nE\t2\t500\n"
                                  "S\t2\tnonsense\t600\nS\t7\trunning\t1\nK\t3\tweird\tT\tx\nX\t1\tblocked\t9\t8\n"
                                  "K\t4\ttask\tMainThread\tU\nP\t4\t600\t700\tawaiting_io\tawaiting a socket\n"
                                  "P\t4\t800\t750\tqueued\n";
        for (int chunk : {1, 3, 7, int(stream.size())}) {
            TraceRecorder recorder;
            PythonTraceDecoder decoder(&recorder);
            for (int from = 0; from < stream.size(); from += chunk)
                decoder.feed(stream.mid(from, chunk));
            decoder.finish(1000);
            QCOMPARE(decoder.summary().pid, 42);
            QCOMPARE(decoder.summary().malformedLines, 5);
            QCOMPARE(decoder.summary().longestBlockNs, 100);
            const auto spans = recorder.spans();
            QCOMPARE(spans.size(), std::size_t(5));
            // A step line: the task ran from 600 to 700, then awaited a socket until the end.
            const TaskId stepped = recorder.tasks().back().id; // U, the last lane made
            const auto steps = std::count_if(spans.cbegin(), spans.cend(), [stepped](const Span &span) {
                return span.task == stepped
                    && ((span.state == TaskState::Running && span.start == 600 && span.end == 700)
                        || (span.state == TaskState::AwaitingIo && span.start == 700 && span.end == 1000
                            && span.label == u"awaiting a socket"));
            });
            QCOMPARE(steps, 2);
            QCOMPARE(recorder.links().size(), std::size_t(1));
        }
        TraceRecorder recorder;
        PythonTraceDecoder decoder(&recorder);
        decoder.feed(QByteArray(PythonTraceDecoder::MaxLineBytes * 3, 'x') + "\nK\t1\ttask\tT\tafter\n");
        decoder.finish(0);
        QCOMPARE(decoder.summary().malformedLines, 1);
        QCOMPARE(decoder.summary().tasks, 1);
    }
};

QTEST_GUILESS_MAIN(TestPythonTracer)
#include "tst_pythontracer.moc"
