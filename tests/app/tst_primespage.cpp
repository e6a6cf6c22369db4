// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/primespage.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/codeview.h"
#include "widgets/cpumeter.h"
#include "widgets/speedupchart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QThread>

#include <memory>

#include "tests/common/childprocesses.h"

using namespace Lab;

// The primes page driven as a speaker drives it: the mode chosen with the keyboard, the GIL
// switch and Run clicked; what the audience reads (the book's lines, the speed-up, the pids) and
// what must not stay behind when the page closes mid-run (worker processes, threads).
class TestPrimesPage : public QObject
{
    Q_OBJECT

    TraceRecorder m_recorder;
    std::unique_ptr<EventLoopMonitor> m_monitor;
    std::unique_ptr<PrimesPage> m_page;

    // Steps the closed mode box with the arrow keys to @p exercise, as a keyboard user does.
    void choose(PrimesPage::Exercise exercise)
    {
        QComboBox *mode = m_page->modeSelector();
        const int target = mode->findData(int(exercise));
        while (mode->currentIndex() != target)
            QTest::keyClick(mode, mode->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }

    QStringList outputLines() const { return m_page->output()->toPlainText().split(u'\n', Qt::SkipEmptyParts); }

    void runToEnd()
    {
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        QVERIFY(finished.wait(120'000));
    }

private Q_SLOTS:
    void init()
    {
        m_recorder.clear();
        m_monitor = std::make_unique<EventLoopMonitor>(&m_recorder);
        m_page = std::make_unique<PrimesPage>(PageContext{&m_recorder, m_monitor.get(), 0.05, nullptr});
        m_page->setWorkerProgram(QStringLiteral(LAB_BINARY));
        m_monitor->start();
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_monitor.reset();
    }

    void processesPrintTheBooksLines()
    {
        choose(PrimesPage::Processes);
        QVERIFY(m_page->findChild<CodeView *>()->snippet().text.contains(QStringLiteral("poison pill")));
        runToEnd();
        const QStringList lines = outputLines();
        QCOMPARE(lines.size(), 22); // heading, 20 results, total
        QCOMPARE(
            lines.first(), QStringLiteral("Checking 20 numbers with %1 processes:").arg(m_page->workersBox()->value()));
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString &line) {
            return line.startsWith(QStringLiteral("9999999999999917  P "));
        }));
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString &line) {
            return line.startsWith(QStringLiteral("               2  P "));
        }));
        QVERIFY(lines.last().startsWith(QStringLiteral("Total time: ")));
        QVERIFY(m_page->resultText().contains(QStringLiteral("worker processes:")));
        QTRY_VERIFY_WITH_TIMEOUT(childProcesses().empty(), 10'000);
    }

    void gilSwitchMakesTheThreadsTakeTurns()
    {
        choose(PrimesPage::Threads);
        QVERIFY(!m_page->intervalBox()->isEnabled());
        QTest::mouseClick(m_page->gilSwitch(), Qt::LeftButton, {}, QPoint(8, m_page->gilSwitch()->height() / 2));
        QVERIFY(m_page->gilSwitch()->isChecked());
        QVERIFY(m_page->intervalBox()->isEnabled());
        QCOMPARE(m_page->findChild<CodeView *>()->snippet().name, QStringLiteral("gil-check"));
        runToEnd();
        QVERIFY(m_page->resultText().contains(QStringLiteral("the GIL changed hands")));
        // On the timeline, no two workers' running spans overlap.
        std::vector<Span> running;
        for (const Span &span : m_recorder.spans()) {
            if (span.state == TaskState::Running)
                running.push_back(span);
        }
        std::sort(running.begin(), running.end(), [](const Span &a, const Span &b) {
            return a.start < b.start;
        });
        for (std::size_t i = 1; i < running.size(); ++i)
            QVERIFY(running[i - 1].end <= running[i].start);
    }

    void speedupOverSequentialMeasuredHere()
    {
        choose(PrimesPage::Sequential);
        runToEnd();
        QVERIFY(outputLines().first().contains(QStringLiteral("sequentially")));
        choose(PrimesPage::Threads);
        runToEnd();
        QVERIFY2(m_page->resultText().contains(QStringLiteral("speed-up over sequential")),
            qPrintable(m_page->resultText()));
    }

    void coroutinesRunOnTheGuiThread()
    {
        choose(PrimesPage::Coroutines);
        runToEnd();
        QCOMPARE(outputLines().size(), 22);
        const auto tasks = m_recorder.tasks();
        const int onGui = int(std::count_if(tasks.begin(), tasks.end(), [](const TaskInfo &task) {
            return task.name.startsWith(QLatin1String("is_prime(")) && task.thread == QLatin1String("GUI thread");
        }));
        QCOMPARE(onGui, 20);
    }

    void executorMapAndLoiter()
    {
        choose(PrimesPage::ExecutorMap);
        runToEnd();
        QStringList lines = outputLines();
        QVERIFY(lines.at(1).startsWith(QStringLiteral("9999999999999999 ")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("9999999999999917  P")));
        QVERIFY(lines.at(20).startsWith(QStringLiteral("               2  P")));
        choose(PrimesPage::Loiter);
        runToEnd();
        lines = outputLines();
        QVERIFY(lines.last().endsWith(QStringLiteral("result 4: 40")));
    }

    void sweepDrawsSpeedupAgainstWorkers()
    {
        choose(PrimesPage::Threads);
        QTest::mouseClick(m_page->sweepSwitch(), Qt::LeftButton, {}, QPoint(8, m_page->sweepSwitch()->height() / 2));
        QVERIFY(m_page->sweepSwitch()->isChecked());
        runToEnd();
        QCOMPARE(int(m_page->chart()->points().size()), 2 * QThread::idealThreadCount());
        QCOMPARE(m_page->chart()->points().front().workers, 1);
    }

    void cpuMeterShowsEveryCore()
    {
        QTRY_COMPARE(int(m_page->cpuMeter()->loads().size()), QThread::idealThreadCount());
    }

    void closedMidRunLeavesNoWorker_data()
    {
        QTest::addColumn<int>("exercise");
        QTest::newRow("threads") << int(PrimesPage::Threads);
        QTest::newRow("processes") << int(PrimesPage::Processes);
        QTest::newRow("executor map") << int(PrimesPage::ExecutorMap);
        QTest::newRow("coroutines") << int(PrimesPage::Coroutines);
        QTest::newRow("loiter") << int(PrimesPage::Loiter);
    }

    void closedMidRunLeavesNoWorker()
    {
        QFETCH(int, exercise);
        const int baseline = threadCount();
        choose(PrimesPage::Exercise(exercise));
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_recorder.openSpans(0).empty() || !m_recorder.spans().empty(), 60'000);
        QVERIFY(m_page->isRunning());
        m_page->close();
        m_page.reset();
        QVERIFY2(childProcesses().empty(), "a worker process outlived its page");
        QTRY_VERIFY_WITH_TIMEOUT(threadCount() <= baseline, 10'000);
    }
};

QTEST_MAIN(TestPrimesPage)
#include "tst_primespage.moc"
