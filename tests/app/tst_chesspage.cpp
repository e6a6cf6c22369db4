// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/chesspage.h"
#include "app/headless/chesscommand.h"
#include "models/chess/chessexhibition.h"
#include "models/chess/simulatedclock.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/chessboardview.h"
#include "widgets/chesstotalschart.h"
#include "widgets/codeview.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace Lab;

// The chess page as a user sees it: boards, the clock, the totals beside the talk's formulas.
class TestChessPage : public QObject
{
    Q_OBJECT

    TraceRecorder m_recorder;
    std::unique_ptr<EventLoopMonitor> m_monitor;
    std::unique_ptr<ChessPage> m_page;

    void createPage(double timeScale)
    {
        m_page = std::make_unique<ChessPage>(PageContext{&m_recorder, m_monitor.get(), timeScale, nullptr});
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    static QString barText(const ChessTotalsChart *chart, const QString &label)
    {
        for (const auto &bar : chart->bars()) {
            if (bar.label == label)
                return bar.valueText;
        }
        return QStringLiteral("(no bar %1)").arg(label);
    }

private Q_SLOTS:
    void init()
    {
        m_monitor = std::make_unique<EventLoopMonitor>(&m_recorder);
        m_monitor->start();
    }

    void cleanup()
    {
        m_page.reset();
        m_monitor.reset();
    }

    void showsBoardsAndFormulasBeforeAnyRun()
    {
        createPage(1.0);
        QCOMPARE(m_page->id(), QStringLiteral("chess"));
        QVERIFY(m_page->findChild<CodeView *>()->snippet().isValid());
        QCOMPARE(int(m_page->boardViews().size()), 24);
        QCOMPARE(m_page->boardViews().front()->position().pieceAt(4, 0), QLatin1Char('K'));
        QCOMPARE(m_page->clockText(), QStringLiteral("0:00:00"));
        QCOMPARE(barText(m_page->chart(), QStringLiteral("sequential, talk's formula")), QStringLiteral("12:00:00"));
        QCOMPARE(barText(m_page->chart(), QStringLiteral("simultaneous, talk's formula")), QStringLiteral("1:00:00"));
        QCOMPARE(barText(m_page->chart(), QStringLiteral("simultaneous, simulated")), QStringLiteral("not run yet"));
    }

    void runAsFastAsPossibleFillsTheTotals()
    {
        createPage(0.0); // every speed times 0: as fast as possible
        m_page->modeSelector()->setCurrentIndex(2); // both
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        m_page->run();
        QVERIFY(m_page->isRunning());
        QVERIFY(!m_page->opponents()->isEnabled()); // locked during the run
        QVERIFY(finished.wait(20'000));
        QVERIFY(!m_page->isRunning());
        QVERIFY(m_page->opponents()->isEnabled());
        QCOMPARE(barText(m_page->chart(), QStringLiteral("simultaneous, simulated")), QStringLiteral("1:00:55"));
        QCOMPARE(barText(m_page->chart(), QStringLiteral("sequential, simulated")), QStringLiteral("12:00:00"));
        const QString totals = m_page->totalsText();
        QVERIFY2(totals.contains(QStringLiteral("finished at 1:00:55 (talk's formula: 30 × 24 × 5 s = 1:00:00)")),
            qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("final reply (55 s)")), qPrintable(totals));
        QVERIFY(finished.front().front().toString().contains(QStringLiteral("played simultaneously, at 1:00:55")));
        QCOMPARE(m_page->clockText(), QStringLiteral("12:00:00")); // the sequential run came last
        // The boards show the games as played: white's and black's moves, not the opening position.
        const auto *board = m_page->boardViews().front();
        QCOMPARE(board->position().whiteToMove(), true);
        QVERIFY(board->caption().contains(QStringLiteral("over")));
    }

    void theWaitingCaseIsExplained()
    {
        createPage(0.0);
        m_page->opponents()->setValue(4);
        m_page->movePairs()->setValue(10);
        QCOMPARE(int(m_page->boardViews().size()), 4);
        QSignalSpy finished(m_page.get(), &DemoPage::runFinished);
        m_page->run();
        QVERIFY(finished.wait(20'000));
        const QString totals = m_page->totalsText();
        QVERIFY2(totals.contains(QStringLiteral("finished at 0:10:15")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("she waited 0:06:00")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("she waits 40 s at board 1")), qPrintable(totals));
    }

    void pauseHoldsTheClockAndStopUnlocks()
    {
        createPage(1.0);
        m_page->speedSelector()->setCurrentIndex(3); // a simulated hour per second
        m_page->run();
        QTRY_VERIFY(m_page->exhibition()->masterMoves() >= 3);
        QVERIFY(m_page->pauseButton()->isEnabled());
        m_page->pauseButton()->click();
        QVERIFY(m_page->clock()->isPaused());
        const int moves = m_page->exhibition()->masterMoves();
        QTest::qWait(200); // nothing should happen while paused
        QCOMPARE(m_page->exhibition()->masterMoves(), moves);
        m_page->pauseButton()->click();
        QTRY_VERIFY(m_page->exhibition()->masterMoves() > moves);
        // Her board is highlighted.
        int highlighted = 0;
        for (const auto *view : m_page->boardViews())
            highlighted += view->isHighlighted() ? 1 : 0;
        QVERIFY(highlighted <= 1);
        m_page->stop();
        QVERIFY(!m_page->isRunning());
        QVERIFY(m_page->opponents()->isEnabled());
        QVERIFY(m_page->resultText().startsWith(QStringLiteral("Stopped at")));
    }

    void headlessCommandRejectsBadValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::newRow("defaults") << QStringList{} << 0;
        QTest::newRow("one opponent") << QStringList{QStringLiteral("--opponents"), QStringLiteral("1")} << 0;
        QTest::newRow("no opponents") << QStringList{QStringLiteral("--opponents"), QStringLiteral("0")} << 2;
        QTest::newRow("bad mode") << QStringList{QStringLiteral("--mode"), QStringLiteral("blitz")} << 2;
        QTest::newRow("negative move") << QStringList{QStringLiteral("--master-move"), QStringLiteral("-5")} << 2;
        QTest::newRow("not a number") << QStringList{QStringLiteral("--moves"), QStringLiteral("many")} << 2;
    }
    void headlessCommandRejectsBadValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QCOMPARE(runChessCommand(QStringList{QStringLiteral("concurrency-lab"), QStringLiteral("chess")} + arguments),
            status);
    }
};

QTEST_MAIN(TestChessPage)
#include "tst_chesspage.moc"
