// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/countdownpage.h"
#include "app/demoregistry.h"
#include "app/flagspage.h"
#include "app/mainwindow.h"
#include "app/spinnerpage.h"
#include "models/countdown/countdowndemo.h"
#include "models/flags/flagdownloader.h"
#include "models/flags/flaggridmodel.h"
#include "models/flags/flagserverthread.h"
#include "models/spinner/spinnerdemo.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/codeview.h"
#include "widgets/countdownlogview.h"
#include "widgets/spinnerwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "tests/common/countdownorder.h"
#include "tests/common/testwindow.h"

using namespace Lab;

// The window as a user drives it: pick a demo, press Run, read what the page shows.
class TestMainWindow : public QObject
{
    Q_OBJECT

    // Slow enough that lines 0.1 s apart in the lab (C1 at 0.9 s, D3 at 1.0 s) stay in order
    // despite the repaint after every line; fast enough for a quick suite.
    static constexpr double TimeScale = 0.3;
    TestWindow m_test;

    template<typename Page>
    Page *show(const QString &id)
    {
        if (!m_test.window->showDemo(id))
            return nullptr;
        return qobject_cast<Page *>(m_test.window->currentPage());
    }

private Q_SLOTS:
    void init() { QVERIFY(m_test.open(TimeScale, true)); }

    void cleanup() { m_test.close(); }

    void everyRegisteredDemoHasAPageWithCode()
    {
        QCOMPARE(m_test.window->pages().size(), int(demoRegistry().size()));
        for (DemoPage *page : m_test.window->pages()) {
            QVERIFY(m_test.window->showDemo(page->id()));
            QCOMPARE(m_test.window->currentPage(), page);
            QVERIFY(!page->lesson().isEmpty());
            const auto *code = page->findChild<CodeView *>();
            QVERIFY(code);
            QVERIFY2(code->snippet().isValid(), qPrintable(page->id()));
        }
        QVERIFY(!m_test.window->showDemo(QStringLiteral("nosuch")));
    }

    void spinnerCodeFollowsTheMode()
    {
        auto *page = show<SpinnerPage>(QStringLiteral("spinner"));
        QVERIFY(page);
        const auto *code = page->findChild<CodeView *>();
        for (int i = 0; i < page->modeSelector()->count(); ++i) {
            page->modeSelector()->setCurrentIndex(i);
            QVERIFY(code->snippet().isValid());
            QVERIFY(code->code().contains(QLatin1String("42")));
        }
        page->modeSelector()->setCurrentIndex(page->modeSelector()->findData(int(SpinnerMode::Coroutine)));
        QVERIFY(code->code().contains(QLatin1String("co_await Lab::sleepForSeconds(seconds)")));
    }

    void spinnerRuns_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("freezes");
        QTest::newRow("blocking") << int(SpinnerMode::Blocking) << true;
        QTest::newRow("thread") << int(SpinnerMode::Thread) << false;
        QTest::newRow("coroutine") << int(SpinnerMode::Coroutine) << false;
        QTest::newRow("cpu-blocking") << int(SpinnerMode::CpuBlocking) << true;
        QTest::newRow("cpu-pool") << int(SpinnerMode::CpuPool) << false;
    }

    void spinnerRuns()
    {
        QFETCH(int, mode);
        QFETCH(bool, freezes);
        auto *page = show<SpinnerPage>(QStringLiteral("spinner"));
        QVERIFY(page);
        page->modeSelector()->setCurrentIndex(page->modeSelector()->findData(mode));
        QSignalSpy finished(page, &DemoPage::runFinished);
        QTest::mouseClick(page->runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(page->resultText().startsWith(QLatin1String("Answer: 42")), qPrintable(page->resultText()));
        QCOMPARE(page->spinner()->message(), QStringLiteral("Answer: 42"));
        // 3 s at time scale 0.3: the blocking modes freeze the loop in one piece for about 0.9 s (the
        // prime check's length is an estimate) and the spinner stops; the others leave it animating and
        // never freeze it for as long as half that (a busy machine may still delay a tick now and then).
        if (freezes) {
            QVERIFY2(m_test.monitor->longestStallNs() > 300'000'000, qPrintable(page->resultText()));
            QVERIFY(page->demo()->frames() <= 2);
        } else {
            QVERIFY2(m_test.monitor->longestStallNs() < 450'000'000, qPrintable(page->resultText()));
            QVERIFY(page->demo()->frames() >= 2);
        }
        QVERIFY(page->runButton()->isEnabled());
        QVERIFY(!page->stopButton()->isEnabled());
    }

    void countdownInterleavesOrNot_data()
    {
        QTest::addColumn<bool>("blocking");
        QTest::addColumn<QString>("order");
        QTest::newRow("awaited") << false << "C = 3,C = 2,A = 3,C = 1,D = 3,A = 2,B = 3,D = 2,A = 1,D = 1,B = 2,B = 1";
        QTest::newRow("blocking") << true << "A = 3,A = 2,A = 1,B = 3,B = 2,B = 1,C = 3,C = 2,C = 1,D = 3,D = 2,D = 1";
    }

    void countdownInterleavesOrNot()
    {
        QFETCH(bool, blocking);
        QFETCH(QString, order);
        auto *page = show<CountdownPage>(QStringLiteral("countdown"));
        QVERIFY(page);
        QVERIFY(page->blockingSwitch());
        page->blockingSwitch()->setChecked(blocking);
        QSignalSpy finished(page, &DemoPage::runFinished);
        page->run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        if (blocking) {
            QCOMPARE(page->log()->lineTexts().join(u','), order); // one after the other, whatever the timing
        } else {
            // The lab's order, up to the near ties a busy machine may swap.
            const QString problem =
                countdownOrderProblem(page->log()->lineTexts().join(u',').remove(QStringLiteral(" = ")).split(u','));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // Blocking: 12 s × 0.3 frozen in one piece; awaited: never frozen for half of that.
        if (blocking)
            QVERIFY(m_test.monitor->longestStallNs() > 3'000'000'000);
        else
            QVERIFY(m_test.monitor->longestStallNs() < 1'800'000'000);
    }

    void flagsFillTheGrid_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("blocking");
        QTest::addColumn<double>("minSeconds");
        QTest::addColumn<double>("maxSeconds");
        // 20 flags, 0.1 s per request: sequential waits 20 times (2 s at least), the others wait side
        // by side, in well under half of that however busy the machine.
        QTest::newRow("sequential") << int(FlagDownloadMode::Sequential) << false << 2.0 << 1e9;
        QTest::newRow("sequential blocking") << int(FlagDownloadMode::Sequential) << true << 2.0 << 1e9;
        QTest::newRow("threads") << int(FlagDownloadMode::Threads) << false << 0.1 << 1.0;
        QTest::newRow("coroutines") << int(FlagDownloadMode::Coroutines) << false << 0.1 << 1.0;
    }

    void flagsFillTheGrid()
    {
        QFETCH(int, mode);
        QFETCH(bool, blocking);
        QFETCH(double, minSeconds);
        QFETCH(double, maxSeconds);
        auto *page = show<FlagsPage>(QStringLiteral("flags"));
        QVERIFY(page);
        page->modeSelector()->setCurrentIndex(page->modeSelector()->findData(mode));
        page->blockingSwitch()->setChecked(blocking);
        page->delay()->setValue(0.1);
        QSignalSpy finished(page, &DemoPage::runFinished);
        QTest::mouseClick(page->runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(page->grid()->rowCount(), 20);
        QCOMPARE(page->grid()->count(FlagState::Done), 20);
        const double seconds = double(page->downloader()->totals().elapsedNs) / 1e9;
        QVERIFY2(seconds >= minSeconds && seconds <= maxSeconds, qPrintable(page->resultText()));
        // Only the blocking mode freezes the window, for the whole run (2 s at least, in one piece); the
        // others never for half of that.
        if (blocking)
            QVERIFY2(m_test.monitor->longestStallNs() > 1'500'000'000, qPrintable(page->resultText()));
        else
            QVERIFY2(m_test.monitor->longestStallNs() < 1'000'000'000, qPrintable(page->resultText()));
        QCOMPARE(page->results()->rowCount(), 1);
        QCOMPARE(page->results()->item(0, 4)->text(), QStringLiteral("20"));
    }

    void flagsErrorsAndStop()
    {
        auto *page = show<FlagsPage>(QStringLiteral("flags"));
        page->setSelector()->setCurrentIndex(1); // the book's 194
        page->delay()->setValue(0.05);
        page->errorRate()->setValue(25);
        QSignalSpy finished(page, &DemoPage::runFinished);
        page->run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const FlagTotals totals = page->downloader()->totals();
        // Every flag ends in exactly one state and the totals add up.
        QCOMPARE(totals.total(), 194);
        QCOMPARE(page->grid()->count(FlagState::Done) + page->grid()->count(FlagState::NotFound)
                + page->grid()->count(FlagState::Error),
            194);
        // 25 % of 194 fail (mean 48.5, σ 6); ten of the book's codes always 404 unless they drew an error.
        QVERIFY2(totals.errors >= 20 && totals.errors <= 80, qPrintable(page->resultText()));
        QVERIFY2(totals.notFound >= 1 && totals.notFound <= 10, qPrintable(page->resultText()));

        // Stop mid-run: the run ends at once, with every flag final, and nothing arrives later.
        page->errorRate()->setValue(0);
        page->delay()->setValue(2.0);
        page->run();
        QTRY_VERIFY(page->isRunning());
        page->stop();
        QCOMPARE(finished.size(), 2);
        QVERIFY(!page->isRunning());
        QVERIFY(page->downloader()->totals().stopped);
        QCOMPARE(page->grid()->count(FlagState::Queued) + page->grid()->count(FlagState::Downloading), 0);
    }

    void flagsSavedToAFolder()
    {
        auto *page = show<FlagsPage>(QStringLiteral("flags"));
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        page->delay()->setValue(0.05);
        page->saveDirectory()->setText(folder.path());
        QSignalSpy finished(page, &DemoPage::runFinished);
        page->run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        // As the book's scripts: one cc.png per downloaded flag, a real image.
        const QStringList files = QDir(folder.path()).entryList({QStringLiteral("*.png")}, QDir::Files);
        QCOMPARE(files.size(), 20);
        QVERIFY(files.contains(QStringLiteral("br.png")));
        QVERIFY(!QImage(folder.filePath(QStringLiteral("br.png"))).isNull());
    }

    void flagsBadUrlIsExplained()
    {
        auto *page = show<FlagsPage>(QStringLiteral("flags"));
        page->baseUrl()->setText(QStringLiteral("ftp://example.invalid/flags"));
        QSignalSpy finished(page, &DemoPage::runFinished);
        page->run();
        QCOMPARE(finished.size(), 1);
        QVERIFY2(page->resultText().contains(QLatin1String("not an http")), qPrintable(page->resultText()));
        QVERIFY(page->runButton()->isEnabled());
    }

    void stopMidRunAndCloseMidRun()
    {
        auto *page = show<CountdownPage>(QStringLiteral("countdown"));
        page->run();
        QTRY_VERIFY(page->isRunning());
        QTRY_VERIFY(page->log()->rowCount() >= 1);
        page->stop();
        QVERIFY(!page->isRunning());
        QVERIFY(page->runButton()->isEnabled());
        const int rows = page->log()->rowCount();
        // No line arrives after Stop, even when the sleeping tasks wake.
        QSignalSpy lines(page->demo(), &CountdownDemo::lineReady);
        QVERIFY(!lines.wait(700));
        QCOMPARE(page->log()->rowCount(), rows);

        // Closing the window mid-run stops the demo; deleting it leaves nothing to resume into.
        page->run();
        QTRY_VERIFY(page->isRunning());
        m_test.window->close();
        QVERIFY(!page->isRunning());
        m_test.window.reset();
        QSignalSpy none(m_test.monitor.get(), &EventLoopMonitor::stallDetected);
        QVERIFY(!none.wait(700));
    }

    void runClearsTheRecording()
    {
        auto *page = show<CountdownPage>(QStringLiteral("countdown"));
        QSignalSpy finished(page, &DemoPage::runFinished);
        page->run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto tasks = page->recorder()->tasks();
        QCOMPARE(tasks.size(), std::size_t(5)); // the event loop + A, B, C, D
        page->run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(page->recorder()->tasks().size(), std::size_t(5));
        QCOMPARE(page->recorder()->instants().size(), std::size_t(12)); // one per printed line
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
