// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/scalepage.h"
#include "models/scale/scalerun.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/codeview.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Lab;

// The scale page driven by its knobs and Run; the figures a user reads at the end.
class TestScalePage : public QObject
{
    Q_OBJECT

    TraceRecorder m_recorder;
    std::unique_ptr<EventLoopMonitor> m_monitor;
    std::unique_ptr<ScalePage> m_page;

    void choose(SleeperKind kind)
    {
        m_page->kindSelector()->setCurrentIndex(m_page->kindSelector()->findData(int(kind)));
    }

private Q_SLOTS:
    void init()
    {
        m_monitor = std::make_unique<EventLoopMonitor>(&m_recorder);
        m_page = std::make_unique<ScalePage>(PageContext{&m_recorder, m_monitor.get(), 1.0, nullptr});
        m_monitor->start();
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->secondsBox()->setValue(0.1);
    }

    void cleanup()
    {
        m_page.reset();
        m_monitor.reset();
    }

    void showsThePythonReferenceAsMeasuredElsewhere()
    {
        QCOMPARE(m_page->id(), QStringLiteral("scale"));
        QVERIFY(m_page->findChild<CodeView *>()->snippet().isValid());
        const QString reference = m_page->referenceLabel()->text();
        QVERIFY(reference.contains(QStringLiteral("measured elsewhere")));
        QVERIFY(reference.contains(QStringLiteral("2.2 s")));
        QVERIFY(reference.contains(QStringLiteral("185 MiB")));
        QVERIFY(reference.contains(QStringLiteral("16 KiB")));
    }

    void coroutinesRunToTheEnd()
    {
        choose(SleeperKind::Coroutines);
        m_page->countBox()->setValue(20'000);
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        QVERIFY(finished.wait(10'000));
        QCOMPARE(m_page->figure(QStringLiteral("started")), QStringLiteral("20,000"));
        QCOMPARE(m_page->figure(QStringLiteral("finished")), QStringLiteral("20,000"));
        QCOMPARE(m_page->figure(QStringLiteral("alive")), QStringLiteral("0"));
        QCOMPARE(m_page->figure(QStringLiteral("state")), QStringLiteral("done"));
        QVERIFY(m_page->figure(QStringLiteral("memory per sleeper")).contains(QStringLiteral(" B")));
        QVERIFY(m_page->figure(QStringLiteral("event loop")).contains(QStringLiteral("longest stall")));
        QVERIFY(m_page->resultText().contains(QStringLiteral("20,000 finished")));
        QVERIFY(m_page->resultText().contains(QStringLiteral("asyncio")));
        // Started in slices: the window kept answering.
        QVERIFY2(m_monitor->longestStallNs() < 200'000'000, qPrintable(QString::number(m_monitor->longestStallNs())));
    }

    void threadsAreHeldToTheCap()
    {
        choose(SleeperKind::Threads);
        QVERIFY(m_page->threadCapBox()->isEnabled());
        m_page->threadCapBox()->setValue(40);
        m_page->countBox()->setValue(300);
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        m_page->run();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(m_page->figure(QStringLiteral("started")), QStringLiteral("40"));
        QCOMPARE(m_page->figure(QStringLiteral("finished")), QStringLiteral("40"));
        QCOMPARE(m_page->figure(QStringLiteral("alive")), QStringLiteral("0"));
        QVERIFY(m_page->figure(QStringLiteral("sleepers")).contains(QStringLiteral("thread cap")));
        QVERIFY(m_page->resultText().contains(QStringLiteral("thread cap of 40")));
    }

    void eachKindKeepsItsOwnCount()
    {
        choose(SleeperKind::Coroutines);
        m_page->countBox()->setValue(500'000);
        choose(SleeperKind::Threads);
        QVERIFY(m_page->countBox()->value() <= ScaleRun::MaxThreadCap);
        QCOMPARE(m_page->countBox()->maximum(), ScaleRun::MaxThreadCap);
        choose(SleeperKind::Coroutines);
        QCOMPARE(m_page->countBox()->value(), 500'000);
        QVERIFY(!m_page->threadCapBox()->isEnabled());
    }

    void stopWakesThreadsAtOnce()
    {
        choose(SleeperKind::Threads);
        m_page->countBox()->setValue(50);
        m_page->secondsBox()->setValue(10);
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        m_page->run();
        QTRY_COMPARE(m_page->scaleRun()->figures().alive, 50);
        QTest::mouseClick(m_page->stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3'000);
        QVERIFY(!m_page->isRunning());
        QCOMPARE(m_page->figure(QStringLiteral("state")), QStringLiteral("stopped"));
        QCOMPARE(m_page->figure(QStringLiteral("alive")), QStringLiteral("0"));
    }

    void resetClearsTheFigures()
    {
        m_page->countBox()->setValue(1'000);
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        m_page->run();
        QVERIFY(finished.wait(10'000));
        m_page->reset();
        QCOMPARE(m_page->figuresTable()->rowCount(), 0);
        QVERIFY(m_page->resultText().isEmpty());
    }
};

QTEST_MAIN(TestScalePage)
#include "tst_scalepage.moc"
