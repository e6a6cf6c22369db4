// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/flagspage.h"
#include "app/mainwindow.h"
#include "models/flags/flagdownloader.h"
#include "models/flags/flaggridmodel.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/codeview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Lab;

// The Flags page end to end, as a user drives it: the knobs, Run, the grid, the results table,
// the server's own buttons, and closing the window. The page's delays are the server's real
// ones (time scale 1), kept short.
class TestFlagsPage : public QObject
{
    Q_OBJECT

    TraceRecorder m_recorder;
    std::unique_ptr<EventLoopMonitor> m_monitor;
    std::unique_ptr<MainWindow> m_window;
    FlagServerThread m_flagServer;
    FlagsPage *m_page = nullptr;

    void selectMode(FlagDownloadMode mode)
    {
        m_page->modeSelector()->setCurrentIndex(m_page->modeSelector()->findData(int(mode)));
    }

    template<typename Widget>
    Widget *findByAccessibleName(const QString &name) const
    {
        const QList<Widget *> widgets = m_page->findChildren<Widget *>();
        const auto it = std::find_if(widgets.begin(), widgets.end(), [&name](Widget *widget) {
            return widget->accessibleName() == name;
        });
        return it == widgets.end() ? nullptr : *it;
    }

    // Presses Run and waits for the run's end; false if it did not end in time.
    bool runToEnd(QSignalSpy &finished, int timeoutMs = 15000)
    {
        const qsizetype before = finished.size();
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        return finished.size() > before || finished.wait(timeoutMs);
    }

    bool anyDownloading() const
    {
        const auto &results = m_page->downloader()->results();
        return std::any_of(results.begin(), results.end(), [](const FlagResult &result) {
            return result.state == FlagState::Downloading;
        });
    }

    // What the grid shows: every cell in a final state, and as many as the run's totals say.
    void verifyGridFinal(int flags)
    {
        const FlagGridModel *grid = m_page->grid();
        QCOMPARE(grid->rowCount(), flags);
        QCOMPARE(grid->count(FlagState::Queued) + grid->count(FlagState::Downloading), 0);
        const FlagTotals totals = m_page->downloader()->totals();
        QCOMPARE(grid->count(FlagState::Done), totals.ok);
        QCOMPARE(grid->count(FlagState::NotFound), totals.notFound);
        QCOMPARE(grid->count(FlagState::Error), totals.errors);
        QVERIFY(!m_page->isRunning());
        QVERIFY(m_page->runButton()->isEnabled());
        QVERIFY(!m_page->stopButton()->isEnabled());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Lab::FlagResult>();
        qRegisterMetaType<Lab::FlagTotals>();
    }

    void init()
    {
        m_monitor = std::make_unique<EventLoopMonitor>(&m_recorder);
        m_window = std::make_unique<MainWindow>(PageContext{&m_recorder, m_monitor.get(), 1.0, &m_flagServer});
        m_monitor->start();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->showDemo(QStringLiteral("flags")));
        m_page = qobject_cast<FlagsPage *>(m_window->currentPage());
        QVERIFY(m_page);
        QVERIFY(m_flagServer.isListening()); // the page starts the built-in server
        m_page->delay()->setValue(0.05);
        m_flagServer.resetCounters();
    }

    void cleanup()
    {
        m_page = nullptr;
        m_window.reset();
        m_monitor.reset();
    }

    void perHostSwitchShowsWaves_data()
    {
        QTest::addColumn<bool>("perHost");
        QTest::newRow("Qt's default: waves of 6") << true;
        QTest::newRow("several managers: all at once") << false;
    }

    void perHostSwitchShowsWaves()
    {
        QFETCH(bool, perHost);
        constexpr double Delay = 0.3;
        selectMode(FlagDownloadMode::Coroutines);
        QVERIFY(m_page->perHostSwitch()->isEnabled());
        m_page->perHostSwitch()->setChecked(perHost);
        m_page->delay()->setValue(Delay);
        QSignalSpy finished(m_page, &DemoPage::runFinished);
        QVERIFY(runToEnd(finished));
        verifyGridFinal(20);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_page->downloader()->totals().ok, 20);

        // The timeline's start times: when each request went out.
        std::vector<qint64> starts;
        for (const FlagResult &result : m_page->downloader()->results()) {
            QVERIFY(result.requestNs > 0);
            starts.push_back(result.requestNs);
        }
        std::sort(starts.begin(), starts.end());
        const auto offset = [&starts](std::size_t i) {
            return double(starts[i] - starts.front()) / 1e9;
        };
        QString timing;
        for (std::size_t i = 0; i < starts.size(); ++i)
            timing += QString::number(offset(i), 'f', 3) + u' ';
        // What the server saw and what the clock cannot beat, not how fast a busy machine is: with
        // Qt's 6 per host at most 6 are in flight and a wave leaves only when answers to the one
        // before came back (a round trip later at least), so 20 flags take 4 round trips; without
        // it all 20 are in flight at once and the run takes a fraction of that.
        const double elapsed = double(m_page->downloader()->totals().elapsedNs) / 1e9;
        if (perHost) {
            QCOMPARE(m_flagServer.maxInFlight(), 6);
            for (std::size_t wave = 1; wave * 6 < starts.size(); ++wave)
                QVERIFY2(offset(wave * 6) - offset(wave * 6 - 1) >= 0.5 * Delay, qPrintable(timing));
            QVERIFY2(elapsed >= 4 * Delay * 0.95, qPrintable(m_page->resultText()));
        } else {
            QCOMPARE(m_flagServer.maxInFlight(), 20);
            QVERIFY2(elapsed >= Delay * 0.95 && elapsed < 3 * Delay, qPrintable(m_page->resultText()));
        }
    }

    void asCompletedMovesTheBarInCompletionOrder()
    {
        selectMode(FlagDownloadMode::Coroutines);
        QComboBox *results = m_page->resultsSelector();
        QVERIFY(results->isEnabled());
        results->setFocus();
        QTest::keyClick(results, Qt::Key_Down); // "As completed"
        QCOMPARE(results->currentIndex(), 1);
        QCOMPARE(m_page->findChild<CodeView *>()->snippet().name, QStringLiteral("ascompleted"));
        QDoubleSpinBox *jitter = findByAccessibleName<QDoubleSpinBox>(QStringLiteral("Jitter"));
        QVERIFY(jitter);
        jitter->setValue(0.3);
        // The bar as the user sees it, every time a flag's cell reaches its final state.
        QList<int> barAtEachEnd;
        connect(m_page->downloader(), &FlagDownloader::flagChanged, this, [&](int, const FlagResult &result) {
            if (isFinal(result.state))
                barAtEachEnd.append(m_page->progress()->value());
        });
        QSignalSpy finished(m_page, &DemoPage::runFinished);
        QVERIFY(runToEnd(finished));
        verifyGridFinal(20);
        QVERIFY2(m_page->resultText().contains(QLatin1String("as completed")), qPrintable(m_page->resultText()));
        // The consuming loop moved the bar one step per result it took, as the cell changed.
        QList<int> steps;
        for (int i = 1; i <= 20; ++i)
            steps.append(i);
        QCOMPARE(barAtEachEnd, steps);
        QCOMPARE(m_page->progress()->value(), 20);
        QCOMPARE(int(m_page->downloader()->consumedOrder().size()), 20);

        // Thread pool: the choice does not apply.
        selectMode(FlagDownloadMode::Threads);
        QVERIFY(!results->isEnabled());
    }

    void resultsTableKeepsEveryRun()
    {
        struct Run
        {
            FlagDownloadMode mode;
            double errorRate;
            QString modeText;
            FlagTotals totals;
        };
        std::vector<Run> runs{{FlagDownloadMode::Sequential, 0, {}, {}}, {FlagDownloadMode::Threads, 25, {}, {}},
            {FlagDownloadMode::Coroutines, 0, {}, {}}};
        m_page->delay()->setValue(0.02);
        QSignalSpy finished(m_page, &DemoPage::runFinished);
        for (Run &run : runs) {
            selectMode(run.mode);
            run.modeText = m_page->modeSelector()->currentText();
            m_page->errorRate()->setValue(run.errorRate);
            QVERIFY(runToEnd(finished));
            verifyGridFinal(20);
            if (QTest::currentTestFailed())
                return;
            run.totals = m_page->downloader()->totals();
            QCOMPARE(run.totals.total(), 20);
        }
        QCOMPARE(finished.size(), 3);
        QCOMPARE(runs[0].totals.ok, 20);
        QCOMPARE(runs[2].totals.ok, 20);

        // Every run stays in the table, in order, with its own figures.
        const QTableWidget *table = m_page->results();
        QCOMPARE(table->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            const Run &run = runs[std::size_t(row)];
            QCOMPARE(table->item(row, 0)->text(), QString::number(row + 1));
            QVERIFY2(table->item(row, 1)->text().startsWith(run.modeText), qPrintable(table->item(row, 1)->text()));
            QCOMPARE(table->item(row, 2)->text(), QStringLiteral("20"));
            QVERIFY2(table->item(row, 3)->text().contains(QStringLiteral("errors %1 %").arg(run.errorRate)),
                qPrintable(table->item(row, 3)->text()));
            QCOMPARE(table->item(row, 4)->text(), QString::number(run.totals.ok));
            QCOMPARE(
                table->item(row, 5)->text(), QStringLiteral("%1 / %2").arg(run.totals.notFound).arg(run.totals.errors));
            QVERIFY(table->item(row, 6)->text().toDouble() > 0);
        }
        // One after the other waits 20 times, the others about once.
        QVERIFY(table->item(0, 6)->text().toDouble() > table->item(2, 6)->text().toDouble());
    }

    void closeWindowMidRun_data()
    {
        QTest::addColumn<FlagDownloadMode>("mode");
        QTest::newRow("sequential") << FlagDownloadMode::Sequential;
        QTest::newRow("threads") << FlagDownloadMode::Threads;
        QTest::newRow("coroutines") << FlagDownloadMode::Coroutines;
    }

    void closeWindowMidRun()
    {
        QFETCH(FlagDownloadMode, mode);
        selectMode(mode);
        m_page->setSelector()->setCurrentIndex(1); // the book's 194
        m_page->delay()->setValue(0.5);
        QSignalSpy finished(m_page, &DemoPage::runFinished);
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QTRY_VERIFY(anyDownloading());
        QVERIFY(m_page->isRunning());

        // Closing stops the run at once: the summary comes, nothing is left running.
        QVERIFY(m_window->close());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!m_page->isRunning());
        QVERIFY(m_page->downloader()->totals().stopped);
        QCOMPARE(m_page->grid()->count(FlagState::Queued) + m_page->grid()->count(FlagState::Downloading), 0);

        // Then the window goes; the server's late answers and the workers' wake-ups find nothing to touch.
        m_page = nullptr;
        m_window.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_flagServer.inFlight(), 0, 5000);
        QVERIFY(m_flagServer.isListening());
    }

    void restartServerDuringRun_data()
    {
        QTest::addColumn<FlagDownloadMode>("mode");
        QTest::newRow("sequential") << FlagDownloadMode::Sequential;
        QTest::newRow("threads") << FlagDownloadMode::Threads;
        QTest::newRow("coroutines") << FlagDownloadMode::Coroutines;
    }

    void restartServerDuringRun()
    {
        QFETCH(FlagDownloadMode, mode);
        auto *restart = findByAccessibleName<QPushButton>(QStringLiteral("Restart the built-in server"));
        QVERIFY(restart);
        auto *timeout = findByAccessibleName<QDoubleSpinBox>(QStringLiteral("Timeout"));
        QVERIFY(timeout);
        timeout->setValue(1.5);
        selectMode(mode);
        m_page->delay()->setValue(1.0);
        const quint16 port = m_flagServer.port();
        QSignalSpy finished(m_page, &DemoPage::runFinished);
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QTRY_VERIFY(m_flagServer.inFlight() > 0);

        // The pending flags end as errors, now: the user does not wait out the timeout.
        QTest::mouseClick(restart, Qt::LeftButton);
        QVERIFY(finished.size() == 1 || finished.wait(int(timeout->value() * 1000)));
        verifyGridFinal(20);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_page->downloader()->totals().ok, 0);
        QCOMPARE(m_page->grid()->count(FlagState::Error), 20);
        QVERIFY(m_flagServer.isListening());
        QCOMPARE(m_flagServer.port(), port); // a URL copied elsewhere still works

        // The next run works against the restarted server.
        m_page->delay()->setValue(0.02);
        QVERIFY(runToEnd(finished));
        QCOMPARE(finished.size(), 2);
        verifyGridFinal(20);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_page->grid()->count(FlagState::Done), 20);
        QCOMPARE(m_page->results()->rowCount(), 2);
    }

    void baseUrlUsesAnotherServer()
    {
        FlagServerThread other;
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        QVERIFY(other.port() != m_flagServer.port());
        // The built-in server would fail every flag: a grid full of flags came from the other one.
        m_page->errorRate()->setValue(100);
        const QString url = other.baseUrl().toString();
        m_page->baseUrl()->setFocus();
        QTest::keyClicks(m_page->baseUrl(), url);
        QCOMPARE(m_page->baseUrl()->text(), url);
        QSignalSpy finished(m_page, &DemoPage::runFinished);
        QVERIFY(runToEnd(finished));
        verifyGridFinal(20);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_page->grid()->count(FlagState::Done), 20);
        QCOMPARE(other.requestsReceived(), 20);
        QCOMPARE(m_flagServer.requestsReceived(), 0);
        QCOMPARE(m_page->results()->item(0, 3)->text(), url);

        // Cleared, the field means the built-in server again.
        m_page->baseUrl()->clear();
        QVERIFY(runToEnd(finished));
        QCOMPARE(m_page->grid()->count(FlagState::Done), 0);
        QCOMPARE(m_flagServer.requestsReceived(), 20);
        QCOMPARE(other.requestsReceived(), 20);
    }
};

QTEST_MAIN(TestFlagsPage)
#include "tst_flagspage.moc"
