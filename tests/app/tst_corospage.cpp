// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/corospage.h"
#include "app/headless/coroscommand.h"
#include "models/coros/semaphoreexercise.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/codeview.h"
#include "widgets/coroutinestepview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unistd.h>

#include "tests/common/spanoverlap.h"

using namespace Lab;

namespace {

int sourceLine(const QString &file, const QString &text)
{
    QFile source(QStringLiteral(LAB_SOURCE_DIR "/models/coros/") + file);
    if (!source.open(QIODevice::ReadOnly))
        return -1;
    const QStringList lines = QString::fromUtf8(source.readAll()).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(text) && !lines[i].trimmed().startsWith(QLatin1String("//")))
            return i + 1;
    }
    return -1;
}

// Runs the headless command with stdout going to a file; returns what it printed.
QString runCommand(const QStringList &options, int *status)
{
    QTemporaryFile output;
    if (!output.open())
        return {};
    std::fflush(stdout);
    const int saved = ::dup(STDOUT_FILENO);
    ::dup2(output.handle(), STDOUT_FILENO);
    *status = runCorosCommand(QStringList{QStringLiteral("concurrency-lab"), QStringLiteral("coroutines")} + options);
    std::fflush(stdout);
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    output.seek(0);
    return QString::fromUtf8(output.readAll());
}

} // namespace

// The page as a learner drives it: predict, then Resume / Send / Step, and read what it shows.
class TestCorosPage : public QObject
{
    Q_OBJECT

    static constexpr double TimeScale = 0.01;
    TraceRecorder m_recorder;
    std::unique_ptr<EventLoopMonitor> m_monitor;
    std::unique_ptr<CorosPage> m_page;

    CoroutineStepView *view() const { return m_page->view(); }
    CodeView *code() const { return m_page->findChild<CodeView *>(); }
    void predict(const QString &text) { QTest::keyClicks(view()->predictionEdit(), text); }
    void click(QPushButton *button)
    {
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void init()
    {
        m_monitor = std::make_unique<EventLoopMonitor>(&m_recorder);
        m_page = std::make_unique<CorosPage>(PageContext{&m_recorder, m_monitor.get(), TimeScale, nullptr});
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_monitor.reset();
    }

    void startsOnExerciseOneNotStarted()
    {
        QCOMPARE(m_page->id(), QStringLiteral("coroutines"));
        QVERIFY(!m_page->title().isEmpty());
        QVERIFY(!m_page->lesson().isEmpty());
        QCOMPARE(m_page->exerciseBox()->count(), 6);
        QCOMPARE(view()->stateLabel()->text(), QStringLiteral("not started"));
        QCOMPARE(code()->snippet().name, QStringLiteral("exercise1"));
        QVERIFY(code()->snippet().isValid());
        QCOMPARE(code()->highlightedLine(), 0);
        QVERIFY(view()->resumeButton()->isVisible());
        QVERIFY(!view()->sendButton()->isVisible());
        QVERIFY(!view()->stepButton()->isVisible());
        QVERIFY(!view()->heapTable()->isVisible());
        QVERIFY(!view()->comparison()->isVisible());
    }

    void predictionIsRequiredBeforeTheFirstStep()
    {
        QVERIFY(!view()->resumeButton()->isEnabled());
        // Run refuses too, and says why.
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(!m_page->isRunning());
        QVERIFY2(m_page->resultText().contains(QLatin1String("Predict")), qPrintable(m_page->resultText()));
        QCOMPARE(view()->log()->count(), 0);

        predict(QStringLiteral("42, then it finishes"));
        QVERIFY(view()->resumeButton()->isEnabled());
        QVERIFY(!view()->predictionEdit()->isReadOnly());
        click(view()->resumeButton());
        // The prediction is locked in at the first step.
        QVERIFY(view()->predictionEdit()->isReadOnly());
        QVERIFY(!view()->skipPredictionBox()->isEnabled());
        QCOMPARE(view()->logLines(), QStringList{QStringLiteral("resume() -> 42")});
    }

    void skippingThePredictionIsExplicit()
    {
        QVERIFY(!view()->resumeButton()->isEnabled());
        view()->skipPredictionBox()->setChecked(true);
        QVERIFY(view()->resumeButton()->isEnabled());
        QCOMPARE(view()->prediction(), QStringLiteral("(skipped)"));
    }

    void exerciseOneByClicks()
    {
        const int handOutLine =
            sourceLine(QStringLiteral("exercisecoroutines.cpp"), QStringLiteral("co_await handOut(42);"));
        const int awaitLine =
            sourceLine(QStringLiteral("exercisecoroutines.cpp"), QStringLiteral("co_await handOut42();"));
        QVERIFY(handOutLine > 0);
        predict(QStringLiteral("42, then nothing"));

        click(view()->resumeButton());
        QCOMPARE(view()->stateLabel()->text(), QStringLiteral("suspended at line %1").arg(handOutLine));
        QCOMPARE(code()->highlightedLine(), handOutLine);
        QCOMPARE(view()->stateDetailLabel()->text(),
            QStringLiteral("handOut42 at line %1, awaited by delegatingTo42 at line %2")
                .arg(handOutLine)
                .arg(awaitLine));
        QVERIFY(!view()->comparison()->isVisible());

        click(view()->resumeButton());
        QCOMPARE(view()->stateLabel()->text(), QStringLiteral("finished"));
        QCOMPARE(code()->highlightedLine(), 0);
        // Afterwards: the prediction beside what happened.
        QVERIFY(view()->comparison()->isVisible());
        QCOMPARE(view()->predictedText()->toPlainText(), QStringLiteral("42, then nothing"));
        QCOMPARE(view()->happenedText()->toPlainText(), QStringLiteral("resume() -> 42\nresume() -> finished"));

        // Resuming a finished coroutine: a clear error, no crash, still finished.
        click(view()->resumeButton());
        QCOMPARE(view()->logLines().constLast(),
            QStringLiteral("resume() on a finished coroutine: error: cannot resume a finished coroutine"));
        QCOMPARE(view()->stateLabel()->text(), QStringLiteral("finished"));
        QVERIFY(view()->happenedText()->toPlainText().endsWith(QLatin1String("cannot resume a finished coroutine")));
    }

    void exerciseThreeSendsValuesIn()
    {
        m_page->exerciseBox()->setCurrentIndex(2);
        QCOMPARE(code()->snippet().name, QStringLiteral("exercise3"));
        QVERIFY(view()->sendButton()->isVisible());
        QVERIFY(view()->sendValue()->isVisible());
        predict(QStringLiteral("Primed!, 50, 60, 70, 80"));

        click(view()->resumeButton()); // priming
        const int primedLine = sourceLine(QStringLiteral("exercisecoroutines.cpp"), QStringLiteral("\"Primed!\""));
        QCOMPARE(view()->stateLabel()->text(), QStringLiteral("suspended at line %1").arg(primedLine));
        QCOMPARE(code()->highlightedLine(), primedLine);

        QCOMPARE(view()->sendValue()->value(), 5);
        click(view()->sendButton());
        const int timesLine = sourceLine(QStringLiteral("exercisecoroutines.cpp"), QStringLiteral("handOut(n * 10)"));
        QCOMPARE(view()->stateLabel()->text(), QStringLiteral("suspended at line %1").arg(timesLine));
        QCOMPARE(code()->highlightedLine(), timesLine);
        // The next value of the lab is ready in the box: 6, 7, 8.
        for (int i = 0; i < 3; ++i)
            click(view()->sendButton());
        QCOMPARE(view()->logLines(),
            (QStringList{"resume() -> \"Primed!\"", "send(5) -> 50", "send(6) -> 60", "send(7) -> 70",
                "send(8) -> finished, returned 80"}));
        QCOMPARE(view()->stateLabel()->text(), QStringLiteral("finished, returned 80"));
        QCOMPARE(code()->highlightedLine(), 0);
    }

    void toyLoopSteppedWithTheHeapShown()
    {
        m_page->exerciseBox()->setCurrentIndex(CorosPage::ToyLoopIndex);
        QCOMPARE(code()->snippet().name, QStringLiteral("toyloop"));
        QVERIFY(view()->stepButton()->isVisible());
        QVERIFY(!view()->resumeButton()->isVisible());
        QVERIFY(view()->heapTable()->isVisible());
        QCOMPARE(view()->heapTable()->rowCount(), 0);
        view()->skipPredictionBox()->setChecked(true);

        click(view()->stepButton()); // priming: every launch asks for its first wake-up
        QCOMPARE(view()->heapTable()->rowCount(), 3);
        QStringList firstColumn;
        for (int row = 0; row < 3; ++row)
            firstColumn.append(
                view()->heapTable()->item(row, 0)->text() + u' ' + view()->heapTable()->item(row, 1)->text());
        QCOMPARE(firstColumn, (QStringList{"0:00:00 A", "0:00:01 C", "0:00:02 B"}));

        click(view()->stepButton()); // A wakes at 0 s and sleeps a second
        const int tickLine = sourceLine(QStringLiteral("toyloop.cpp"), QStringLiteral("co_await loop->sleep(1);"));
        QCOMPARE(code()->highlightedLine(), tickLine);
        QCOMPARE(view()->logLines().mid(3),
            (QStringList{"[0:00:00] A starting after waiting 0:00:00", "[0:00:00] A T-minus 5"}));

        while (view()->stepButton()->isEnabled())
            QTest::mouseClick(view()->stepButton(), Qt::LeftButton);
        QCOMPARE(view()->logLines().size(), 22);
        QCOMPARE(view()->logLines().constLast(), QStringLiteral("[0:00:05] Total elapsed time is 0:00:05"));
        QCOMPARE(view()->heapTable()->rowCount(), 0);
        QVERIFY(view()->stateLabel()->text().startsWith(QLatin1String("finished at 0:00:05")));
        QVERIFY(view()->comparison()->isVisible());
    }

    void asyncGeneratorSteppedOnTheToyLoop()
    {
        m_page->exerciseBox()->setCurrentIndex(CorosPage::GeneratorIndex);
        QCOMPARE(code()->snippet().name, QStringLiteral("asyncgenerator"));
        QVERIFY(code()->snippet().isValid());
        QVERIFY(view()->stepButton()->isVisible());
        QVERIFY(!view()->stepButton()->isEnabled()); // a prediction first
        predict(QStringLiteral("got 1 at 0.5 s, 2 at 1.0 s, 3 at 1.5 s"));

        click(view()->stepButton()); // priming: the consumer asks, ticker goes to sleep
        QCOMPARE(view()->heapTable()->rowCount(), 1);
        QCOMPARE(view()->heapTable()->item(0, 1)->text(), QStringLiteral("consumer"));
        click(view()->stepButton()); // 0.5 s: the loop resumes ticker, whose co_yield resumes the consumer
        QCOMPARE(view()->logLines().mid(1),
            (QStringList{"[0:00:00.500000] ticker yields 1", "[0:00:00.500000] consumer got 1 - works 0.2 s"}));
        const int handleLine =
            sourceLine(QStringLiteral("asyncgeneratorexercise.cpp"), QStringLiteral("co_await loop->sleep(0.2);"));
        QCOMPARE(code()->highlightedLine(), handleLine);
        QVERIFY2(view()->stateDetailLabel()->text().startsWith(QLatin1String("consumer woke, ran, and now waits:")),
            qPrintable(view()->stateDetailLabel()->text()));
        click(view()->stepButton()); // 0.7 s: the consumer asks again, so ticker sleeps inside next()
        const int nextLine = sourceLine(QStringLiteral("asyncgeneratorexercise.cpp"), QStringLiteral("ticks.next()"));
        QCOMPARE(code()->highlightedLine(), nextLine);
        QVERIFY2(view()->stateDetailLabel()->text().endsWith(
                     QStringLiteral("waits: ticker at line %1, awaited by tickerConsumer at line %2")
                         .arg(sourceLine(QStringLiteral("asyncgeneratorexercise.cpp"),
                             QStringLiteral("co_await loop->sleep(interval);")))
                         .arg(nextLine)),
            qPrintable(view()->stateDetailLabel()->text()));

        while (view()->stepButton()->isEnabled())
            QTest::mouseClick(view()->stepButton(), Qt::LeftButton);
        QStringList got;
        for (const QString &line : view()->logLines()) {
            if (line.contains(QLatin1String("consumer got")))
                got.append(line.section(u']', 0, 0) + u']');
        }
        // The generator waits at its co_yield while the consumer works: 0.5, 1.2, 1.9, not 0.5, 1.0, 1.5.
        QCOMPARE(got, (QStringList{"[0:00:00.500000]", "[0:00:01.200000]", "[0:00:01.900000]"}));
        QVERIFY(view()->stateLabel()->text().startsWith(QLatin1String("finished at 0:00:02.1")));
        QVERIFY(view()->comparison()->isVisible());
    }

    void semaphoreLetsThreeInOnTheTimeline()
    {
        m_page->exerciseBox()->setCurrentIndex(CorosPage::SemaphoreIndex);
        QCOMPARE(code()->snippet().name, QStringLiteral("semaphore"));
        QVERIFY(code()->snippet().isValid());
        QVERIFY(!view()->resumeButton()->isVisible());
        QVERIFY(!view()->stepButton()->isVisible());
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(!m_page->isRunning()); // a prediction first
        predict(QStringLiteral("3 at a time, in order"));
        const std::size_t tasksBefore = m_recorder.tasks().size();
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        QVERIFY2(view()->stateLabel()->text().startsWith(QLatin1String("inside: 1, 2, 3")),
            qPrintable(view()->stateLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 20000);
        QVERIFY2(m_page->resultText().contains(QLatin1String("at most 3 of 8 tasks were inside at once")),
            qPrintable(m_page->resultText()));
        QVERIFY(view()->comparison()->isVisible());

        // The timeline's lanes: 8 of them, and at no moment more than 3 inside.
        const std::vector<TaskInfo> tasks = m_recorder.tasks();
        QCOMPARE(tasks.size() - tasksBefore, std::size_t(8));
        const TaskId firstLane = tasks[tasksBefore].id;
        const auto inside = [firstLane](const Span &span) {
            return span.task >= firstLane && span.state == TaskState::Sleeping;
        };
        const std::vector<Span> spans = m_recorder.spans();
        QCOMPARE(std::count_if(spans.begin(), spans.end(), inside), 8);
        QCOMPARE(mostAtOnce(spans, inside), 3);
    }

    void choosingAnotherExerciseStopsTheSemaphore()
    {
        m_page->exerciseBox()->setCurrentIndex(CorosPage::SemaphoreIndex);
        view()->skipPredictionBox()->setChecked(true);
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        m_page->exerciseBox()->setFocus();
        QTest::keyClick(m_page->exerciseBox(), Qt::Key_Home); // exercise 1, mid-run
        QCOMPARE(m_page->exerciseBox()->currentIndex(), 0);
        QVERIFY(!m_page->isRunning());
        QVERIFY(!m_page->semaphoreExercise()->isRunning());
        QCOMPARE(view()->stateLabel()->text(), QStringLiteral("not started"));
        QCOMPARE(view()->log()->count(), 0);
        QVERIFY(view()->resumeButton()->isVisible());
    }

    void runStepsToTheEnd_data()
    {
        QTest::addColumn<int>("exercise");
        QTest::addColumn<int>("logLines");
        QTest::addColumn<QString>("summary");
        QTest::newRow("1") << 0 << 3 << "finished after 3 steps";
        QTest::newRow("2") << 1 << 5 << "finished after 5 steps";
        QTest::newRow("3") << 2 << 5 << "finished, returned 80 after 5 steps";
        QTest::newRow("loop") << 3 << 22 << "Total elapsed time is 0:00:05 (simulated), in 16 steps of the loop";
    }

    void runStepsToTheEnd()
    {
        QFETCH(int, exercise);
        QFETCH(int, logLines);
        QFETCH(QString, summary);
        m_page->exerciseBox()->setCurrentIndex(exercise);
        predict(QStringLiteral("my guess"));
        // A step by hand first: Run starts the exercise over.
        if (exercise == CorosPage::ToyLoopIndex)
            click(view()->stepButton());
        else
            click(view()->resumeButton());
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        QVERIFY(!view()->resumeButton()->isEnabled() && !view()->stepButton()->isEnabled());
        QTRY_VERIFY(!m_page->isRunning());
        QCOMPARE(view()->log()->count(), logLines);
        QVERIFY2(m_page->resultText().endsWith(summary), qPrintable(m_page->resultText()));
        QCOMPARE(view()->predictedText()->toPlainText(), QStringLiteral("my guess"));
        QVERIFY(view()->comparison()->isVisible());
    }

    void stopEndsARun()
    {
        m_page->exerciseBox()->setCurrentIndex(CorosPage::ToyLoopIndex);
        view()->skipPredictionBox()->setChecked(true);
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        QTest::mouseClick(m_page->stopButton(), Qt::LeftButton);
        QVERIFY(!m_page->isRunning());
        QVERIFY2(m_page->resultText().startsWith(QLatin1String("Stopped after")), qPrintable(m_page->resultText()));
        QVERIFY(view()->stepButton()->isEnabled()); // stepping on by hand is possible
    }

    void resetAndChangingExerciseStartOver()
    {
        predict(QStringLiteral("42"));
        click(view()->resumeButton());
        m_page->reset();
        QCOMPARE(view()->log()->count(), 0);
        QCOMPARE(view()->stateLabel()->text(), QStringLiteral("not started"));
        QVERIFY(view()->predictionEdit()->toPlainText().isEmpty());
        QVERIFY(!view()->resumeButton()->isEnabled());

        predict(QStringLiteral("1 2 3"));
        m_page->exerciseBox()->setCurrentIndex(1);
        QVERIFY(view()->predictionEdit()->toPlainText().isEmpty()); // a new exercise wants a new prediction
        QCOMPARE(code()->snippet().name, QStringLiteral("exercise2"));
    }

    void headlessCommandPrintsEachStep()
    {
        int status = -1;
        const QString three = runCommand({QStringLiteral("--exercise"), QStringLiteral("3")}, &status);
        QCOMPARE(status, 0);
        for (const char *line : {"resume() -> \"Primed!\"", "send(5) -> 50", "send(6) -> 60", "send(7) -> 70",
                 "send(8) -> finished, returned 80"})
            QVERIFY2(three.contains(QLatin1String(line)), qPrintable(three));

        const QString one = runCommand({QStringLiteral("--exercise"), QStringLiteral("1")}, &status);
        QVERIFY2(one.contains(QLatin1String("resume() -> 42\n")), qPrintable(one));
        QVERIFY(
            one.contains(QLatin1String("resume() on a finished coroutine: error: cannot resume a finished coroutine")));

        const QString loop = runCommand({QStringLiteral("--exercise"), QStringLiteral("loop")}, &status);
        QCOMPARE(status, 0);
        QVERIFY(loop.contains(QLatin1String("C starting after waiting 0:00:01")));
        QVERIFY(loop.indexOf(QLatin1String("B lift-off!")) < loop.indexOf(QLatin1String("C lift-off!")));
        QVERIFY(loop.indexOf(QLatin1String("C lift-off!")) < loop.indexOf(QLatin1String("A lift-off!")));
        QVERIFY(loop.trimmed().endsWith(QLatin1String("Total elapsed time is 0:00:05")));

        const QString generator = runCommand({QStringLiteral("--exercise"), QStringLiteral("generator")}, &status);
        QCOMPARE(status, 0);
        QVERIFY2(generator.contains(QLatin1String("[0:00:01.900000] consumer got 3")), qPrintable(generator));
        QVERIFY2(generator.contains(QLatin1String("waits: ticker at line")), qPrintable(generator));
        QVERIFY(generator.trimmed().endsWith(QLatin1String("Total elapsed time is 0:00:02.100000")));

        const QString semaphore = runCommand({QStringLiteral("--exercise"), QStringLiteral("semaphore")}, &status);
        QCOMPARE(status, 0);
        QVERIFY2(semaphore.contains(QLatin1String("task 3 is in (3 inside)")), qPrintable(semaphore));
        QVERIFY(!semaphore.contains(QLatin1String("(4 inside)")));
        QVERIFY(semaphore.trimmed().endsWith(QLatin1String("at most 3 were inside at once")));
    }

    void headlessCommandRejectsBadValues_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("zero") << QStringList{"--exercise", "0"};
        QTest::newRow("four") << QStringList{"--exercise", "4"};
        QTest::newRow("word") << QStringList{"--exercise", "two"};
        QTest::newRow("fraction") << QStringList{"--exercise", "1.5"};
        QTest::newRow("heap without loop") << QStringList{"--exercise", "2", "--show-heap"};
        QTest::newRow("heap of the semaphore") << QStringList{"--exercise", "semaphore", "--show-heap"};
        QTest::newRow("extra argument") << QStringList{"now"};
        QTest::newRow("unknown option") << QStringList{"--fast"};
    }

    void headlessCommandRejectsBadValues()
    {
        QFETCH(QStringList, options);
        int status = -1;
        runCommand(options, &status);
        QCOMPARE(status, 2);
    }
};

QTEST_MAIN(TestCorosPage)
#include "tst_corospage.moc"
