// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// `concurrency-lab trace` as a terminal user runs it: the program's output passes through, a summary
// follows, the trace file opens again, and the exit status is the program's.
#include "models/trace/chrometraceimporter.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Lab;

namespace {
struct Result
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Result runLab(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(LAB_SOURCE_DIR "/tests/models/pytrace"));
    process.start(QStringLiteral(LAB_BINARY), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}
} // namespace

class TestTraceCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tracesAProgramAndWritesATraceThatOpensAgain()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("run.json"));
        const Result result = runLab({QStringLiteral("trace"), QStringLiteral("--output"), file, QStringLiteral("--"),
            QStringLiteral("python3"), QStringLiteral("countdown.py"), QStringLiteral("blocking")});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.startsWith("A 3\nA 2\nA 1\nB 3\nB 2\nB 1\nC 3\nC 2\nC 1\n"), result.out.constData());
        QVERIFY(result.out.contains("traced: 6 tasks, 0 threads, 1 event loop\n"));
        QVERIFY(result.out.contains("longest event-loop block: 0."));
        QVERIFY(result.out.contains("held the loop: step of "));
        QVERIFY(result.out.contains("trace written to "));
        ChromeTraceImporter reloaded;
        QString error;
        QVERIFY2(reloaded.readFile(file, &error), qPrintable(error));
        int lanes = 0;
        for (const TaskInfo &task : reloaded.tasks())
            lanes += task.thread == u"Python MainThread";
        QCOMPARE(lanes, 7); // the loop and six tasks
        QVERIFY(!reloaded.links().empty());
    }

    void theExitStatusIsTheProgramsAndMistakesAreUsageErrors()
    {
        QCOMPARE(runLab({QStringLiteral("trace"), QStringLiteral("--"), QStringLiteral("python3"), QStringLiteral("-c"),
                            QStringLiteral("import sys; sys.exit(3)")})
                     .status,
            3);
        const Result none = runLab({QStringLiteral("trace")});
        QCOMPARE(none.status, 2);
        QVERIFY(none.err.contains("no program given"));
        const Result folder =
            runLab({QStringLiteral("trace"), QStringLiteral("--folder"), QStringLiteral("/nonexistent"),
                QStringLiteral("--"), QStringLiteral("python3"), QStringLiteral("countdown.py")});
        QCOMPARE(folder.status, 2);
        QVERIFY(folder.err.contains("is not a folder"));
        const Result missing =
            runLab({QStringLiteral("trace"), QStringLiteral("--"), QStringLiteral("no-such-program")});
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.err.contains("cannot start no-such-program"));
    }
};

QTEST_GUILESS_MAIN(TestTraceCommand)
#include "tst_tracecommand.moc"
