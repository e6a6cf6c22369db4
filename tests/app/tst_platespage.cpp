// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/platespage.h"
#include "models/plates/platespinning.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/codeview.h"
#include "widgets/platesview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace Lab;

// The plates page driven by its knobs and Run, at a tenth of real time.
class TestPlatesPage : public QObject
{
    Q_OBJECT

    TraceRecorder m_recorder;
    std::unique_ptr<EventLoopMonitor> m_monitor;
    std::unique_ptr<PlatesPage> m_page;

private Q_SLOTS:
    void init()
    {
        m_monitor = std::make_unique<EventLoopMonitor>(&m_recorder);
        m_page = std::make_unique<PlatesPage>(PageContext{&m_recorder, m_monitor.get(), 0.1, nullptr});
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

    void showsTheLessonAndTheCode()
    {
        QCOMPARE(m_page->id(), QStringLiteral("plates"));
        QVERIFY(m_page->lesson().contains(QStringLiteral("18 plates do not need 18 hands")));
        QVERIFY(m_page->findChild<CodeView *>()->snippet().isValid());
        QVERIFY(m_page->blockingSwitch());
        QCOMPARE(m_page->platesKnob()->value(), 18);
        QCOMPARE(m_page->handsKnob()->value(), 2);
    }

    void runFillsTheCounters_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addRow("coroutines") << 0;
        QTest::addRow("threads") << 1;
    }
    void runFillsTheCounters()
    {
        QFETCH(int, mode);
        m_page->modeKnob()->setCurrentIndex(mode);
        m_page->durationKnob()->setValue(20); // 2 s at this scale
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        const int framesBefore = m_page->view()->framesPainted();
        m_page->runButton()->click();
        QVERIFY(m_page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->countersText().contains(QStringLiteral("visits/s")), 2000);
        QVERIFY(finished.wait(10000));
        QVERIFY(!m_page->isRunning());
        const QString counters = m_page->countersText();
        QVERIFY2(counters.contains(QStringLiteral("Plates up: <b>18</b>")), qPrintable(counters));
        QVERIFY2(counters.contains(QStringLiteral("fallen: <b>0</b>")), qPrintable(counters));
        QVERIFY2(counters.contains(QStringLiteral("hand 2 busy")), qPrintable(counters));
        QVERIFY2(!counters.contains(QStringLiteral("0.0 visits/s")), qPrintable(counters));
        const QString summary = finished.at(0).at(0).toString();
        QVERIFY2(summary.contains(QStringLiteral("18 up, 0 fallen")), qPrintable(summary));
        QVERIFY2(m_page->view()->framesPainted() - framesBefore > 30, "the view animates while running");
    }

    void blockingSwitchLetsPlatesFall()
    {
        m_page->spinning()->setBlockSeconds(10); // 1 s of real blocking at this scale
        m_page->durationKnob()->setValue(30);
        m_page->blockingSwitch()->setChecked(true);
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        m_page->runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->spinning()->snapshot().fallen > 0, 10000);
        m_page->blockingSwitch()->setChecked(false);
        QVERIFY(finished.wait(10000));
        const QString summary = finished.at(0).at(0).toString();
        QVERIFY2(!summary.contains(QStringLiteral(" 0 fallen")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("longest event-loop stall")), qPrintable(summary));
    }

    void stopEndsTheRunAndResetPutsThePlatesBack()
    {
        m_page->durationKnob()->setValue(0); // until stopped
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        m_page->runButton()->click();
        QTRY_VERIFY(m_page->spinning()->snapshot().visits > 3);
        m_page->stopButton()->click();
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).toString().contains(QStringLiteral("stopped")));
        m_page->reset();
        QCOMPARE(m_page->spinning()->snapshot().visits, 0);
        QCOMPARE(m_page->spinning()->snapshot().up, 18);
    }
};

QTEST_MAIN(TestPlatesPage)
#include "tst_platespage.moc"
