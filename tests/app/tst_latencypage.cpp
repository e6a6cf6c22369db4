// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/latencypage.h"
#include "models/flags/flagserverthread.h"
#include "models/latency/latencymeasurer.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/codeview.h"
#include "widgets/latencychart.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>

#include <memory>

#include "tests/common/threadcount.h"

using namespace Lab;

// The latency page as a user sees it: the talk's table at once, the measured one after "Measure again".
class TestLatencyPage : public QObject
{
    Q_OBJECT

    TraceRecorder m_recorder;
    std::unique_ptr<EventLoopMonitor> m_monitor;
    std::unique_ptr<FlagServerThread> m_server;
    std::unique_ptr<LatencyPage> m_page;

    static QString cell(const QTableWidget *table, int row, int column)
    {
        const auto *item = table->item(row, column);
        return item ? item->text() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_monitor = std::make_unique<EventLoopMonitor>(&m_recorder);
        m_server = std::make_unique<FlagServerThread>();
        QVERIFY(m_server->listen());
        m_page = std::make_unique<LatencyPage>(PageContext{&m_recorder, m_monitor.get(), 1.0, m_server.get()});
        m_monitor->start();
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_server.reset();
        m_monitor.reset();
    }

    void showsTheTalksTableBeforeAnyRun()
    {
        QCOMPARE(m_page->id(), QStringLiteral("latency"));
        auto *code = m_page->findChild<CodeView *>();
        auto *snippets = m_page->findChild<QComboBox *>();
        QVERIFY(snippets);
        for (int i = 0; i < snippets->count(); ++i) {
            snippets->setCurrentIndex(i);
            QVERIFY2(code->snippet().isValid(), qPrintable(snippets->currentText()));
        }
        QCOMPARE(m_page->runButton()->text(), QStringLiteral("&Measure again"));
        const QTableWidget *talk = m_page->talkTable();
        QCOMPARE(talk->rowCount(), 5);
        QCOMPARE(cell(talk, 0, 0), QStringLiteral("L1 cache"));
        QCOMPARE(cell(talk, 0, 2), QStringLiteral("3 s"));
        QCOMPARE(cell(talk, 2, 2), QStringLiteral("250 s"));
        QCOMPARE(cell(talk, 3, 1), QStringLiteral("41,000,000"));
        QCOMPARE(cell(talk, 3, 2), QStringLiteral("1.3 years"));
        QCOMPARE(cell(talk, 4, 2), QStringLiteral("7.6 years"));
        QCOMPARE(m_page->measuredTable()->rowCount(), 0);
        QCOMPARE(m_page->chart()->bars().size(), std::size_t(5)); // the talk's bars only
    }

    void measureAgainFillsTheMeasuredTableAndTheChart()
    {
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        QVERIFY(!m_page->runButton()->isEnabled());
        QVERIFY(finished.wait(15'000));
        QVERIFY(!m_page->isRunning());

        const QTableWidget *measured = m_page->measuredTable();
        QCOMPARE(measured->rowCount(), 6);
        QVERIFY(cell(measured, 0, 0).startsWith(QStringLiteral("L1 cache")));
        QVERIFY(cell(measured, 5, 0).contains(QStringLiteral("HTTP")));
        for (int row = 0; row < measured->rowCount(); ++row) {
            QVERIFY2(cell(measured, row, 1).endsWith(QStringLiteral("s")), qPrintable(cell(measured, row, 1)));
            QVERIFY2(!cell(measured, row, 3).isEmpty(), qPrintable(cell(measured, row, 0)));
            QVERIFY(!measured->item(row, 0)->toolTip().isEmpty()); // how it was measured
        }
        // The human scale column is the cycles read as seconds.
        const auto &report = m_page->measurer()->report();
        QCOMPARE(cell(measured, 2, 3), humanScale(report.rows.at(2).cycles));
        QVERIFY(m_page->clockLabel()->text().contains(QStringLiteral("GHz")));
        QVERIFY(m_page->clockLabel()->text().contains(QStringLiteral("dependent adds")));
        QCOMPARE(m_page->progress()->value(), m_page->progress()->maximum());
        QCOMPARE(m_page->chart()->bars().size(), std::size_t(5 + 6));
        QVERIFY2(m_page->resultText().startsWith(QStringLiteral("6 row")), qPrintable(m_page->resultText()));
        // The timeline shows the measuring on a lane of its own, off the GUI thread.
        const auto tasks = m_recorder.tasks();
        QVERIFY(std::any_of(tasks.begin(), tasks.end(), [](const TaskInfo &task) {
            return task.name == QStringLiteral("measure latencies") && task.thread == QStringLiteral("pool thread");
        }));
        // Measured off the GUI thread: the loop never stalled.
        QVERIFY2(m_monitor->longestStallNs() < 200'000'000, qPrintable(QString::number(m_monitor->longestStallNs())));
    }

    void theHttpRowSaysWhenTheServerDelays()
    {
        m_server->setSettings({0.05, 0, 0});
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        m_page->run();
        QVERIFY(finished.wait(15'000));
        const auto *http = m_page->measurer()->report().find(LatencyProbe::Http);
        QVERIFY(http && http->ok());
        QVERIFY(http->result.ns >= 50e6);
        QVERIFY(http->result.note.toString().contains(QStringLiteral("simulated delay")));
        QVERIFY(m_page->measuredTable()->item(5, 0)->text().contains(QStringLiteral("0.05 s simulated delay")));
    }

    void stopEndsTheRunEarly()
    {
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        m_page->run();
        m_page->stop();
        QVERIFY(finished.wait(10'000));
        QVERIFY(!m_page->isRunning());
        QVERIFY(m_page->resultText().startsWith(QStringLiteral("Stopped")));
        QVERIFY(m_page->measuredTable()->rowCount() < 6);
    }

    void resetClearsTheMeasuredRows()
    {
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        m_page->run();
        QVERIFY(finished.wait(15'000));
        m_page->reset();
        QCOMPARE(m_page->measuredTable()->rowCount(), 0);
        QCOMPARE(m_page->chart()->bars().size(), std::size_t(5));
        QVERIFY(m_page->resultText().isEmpty());
    }

    void closingMidRunIsSafe()
    {
        const int threadsBefore = threadCount();
        m_page->run();
        QVERIFY(m_page->isRunning());
        m_page.reset(); // the measurer stops and waits for its thread
        QTRY_VERIFY2(threadCount() <= threadsBefore, qPrintable(QString::number(threadCount())));
    }

    // With every pool thread busy the run has not started when the page closes: waiting for it runs it on
    // the GUI thread, and its reports must still not reach the page being destroyed.
    void closingBeforeTheRunStartsIsSafe()
    {
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore release;
        for (int i = 0; i < pool->maxThreadCount(); ++i)
            pool->start([&release] {
                release.acquire();
            });
        QPushButton *measure = nullptr;
        for (auto *button : m_page->findChildren<QPushButton *>())
            measure = button->accessibleName() == QLatin1String("Measure again") ? button : measure;
        QVERIFY(measure);
        QTest::mouseClick(measure, Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        m_page.reset();
        release.release(pool->maxThreadCount());
        QVERIFY(pool->waitForDone(10000));
    }

    void chartAxisIsLogarithmic()
    {
        QCOMPARE(LatencyChart::logFraction(1, 1e9), 0.0);
        QCOMPARE(LatencyChart::logFraction(1e3, 1e9), 1.0 / 3);
        QCOMPARE(LatencyChart::logFraction(1e12, 1e9), 1.0);
        QCOMPARE(LatencyChart::decadeLabel(0), QStringLiteral("1"));
        QCOMPARE(LatencyChart::decadeLabel(4), QStringLiteral("10k"));
        QCOMPARE(LatencyChart::decadeLabel(8), QStringLiteral("100M"));
        QCOMPARE(m_page->chart()->axisMaxCycles(), 1e9); // 240 million rounds up to a billion
    }
};

QTEST_MAIN(TestLatencyPage)
#include "tst_latencypage.moc"
