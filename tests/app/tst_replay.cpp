// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/chesspage.h"
#include "app/countdownpage.h"
#include "app/flagspage.h"
#include "app/latencypage.h"
#include "app/mainwindow.h"
#include "app/platespage.h"
#include "app/scalepage.h"
#include "app/spinnerpage.h"
#include "models/core/clock.h"
#include "models/countdown/countdowndemo.h"
#include "models/flags/flagdownloader.h"
#include "models/flags/flaggridmodel.h"
#include "models/flags/flagserverthread.h"
#include "models/plates/platespinning.h"
#include "models/scale/scalerun.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/chessboardview.h"
#include "widgets/countdownlogview.h"
#include "widgets/platesview.h"
#include "widgets/spinnerwidget.h"
#include "widgets/timelinewidget.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

using namespace Lab;

namespace {

// What the user saw, read from the live page every few ms while it ran, with the time it was read.
template<typename State>
class Sampler
{
public:
    explicit Sampler(std::function<State()> read)
        : m_read(std::move(read))
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            samples.push_back({nowNs(), m_read()});
        });
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    struct Sample
    {
        qint64 time;
        State state;
    };
    std::vector<Sample> samples;

private:
    std::function<State()> m_read;
    QTimer m_timer;
};

QStringList tableTexts(const QTableWidget *table)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            const auto *item = table->item(row, column);
            texts.append(item ? item->text() : QString());
        }
    }
    return texts;
}

constexpr qint64 Second = 1'000'000'000;

} // namespace

// Replay on the demo pages: after a run, the page shows its visual as it was at any moment of
// the run. The check that matters: at every moment the live page was read during the run, the
// replay shows exactly what was read; before the run the first state, after it the last, and
// leaving the replay puts the end of the run back.
class TestReplay : public QObject
{
    Q_OBJECT

    TraceRecorder m_recorder;
    std::unique_ptr<EventLoopMonitor> m_monitor;
    FlagServerThread m_flagServer;

    PageContext context(double timeScale) { return {&m_recorder, m_monitor.get(), timeScale, &m_flagServer}; }

    static void showPage(QWidget *page)
    {
        page->resize(1200, 800);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
    }

    // Runs @p page to its end while @p sampler reads it; returns the time just before Run.
    template<typename State>
    static qint64 runSampled(DemoPage *page, Sampler<State> &sampler, int timeoutMs = 20'000)
    {
        QSignalSpy finished(page, &DemoPage::runFinished);
        const qint64 before = nowNs();
        page->run();
        [&] {
            QVERIFY(finished.wait(timeoutMs));
        }();
        sampler.stop();
        return before;
    }

    // At every sampled moment the replay shows what the live page showed then.
    template<typename State>
    static void replayMatchesSamples(DemoPage *page, const Sampler<State> &sampler, const std::function<State()> &read)
    {
        QVERIFY2(sampler.samples.size() >= 3, qPrintable(QString::number(sampler.samples.size())));
        for (std::size_t i = 0; i < sampler.samples.size(); ++i) {
            page->showStateAt(sampler.samples[i].time);
            QVERIFY2(read() == sampler.samples[i].state,
                qPrintable(QStringLiteral("sample %1 of %2").arg(i).arg(sampler.samples.size())));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_monitor = std::make_unique<EventLoopMonitor>(&m_recorder);
        m_monitor->start();
    }

    void cleanupTestCase() { m_monitor.reset(); }

    void countdownShowsTheLinesPrintedByThen()
    {
        CountdownPage page(context(0.1));
        showPage(&page);
        QVERIFY(page.canReplay());
        const std::function<QStringList()> read = [&page] {
            return page.log()->lineTexts();
        };
        Sampler<QStringList> sampler(read);
        const qint64 start = runSampled(&page, sampler);
        if (QTest::currentTestFailed())
            return;
        const QStringList final = read();
        QCOMPARE(final.size(), 12);

        replayMatchesSamples(&page, sampler, read);
        if (QTest::currentTestFailed())
            return;
        // A moment when some lines were printed and others not yet: the first ones, in their order.
        const auto middle = std::find_if(sampler.samples.begin(), sampler.samples.end(), [](const auto &sample) {
            return sample.state.size() >= 4 && sample.state.size() <= 8;
        });
        QVERIFY(middle != sampler.samples.end());
        page.showStateAt(middle->time);
        QCOMPARE(read(), final.mid(0, middle->state.size()));
        QCOMPARE(read().front(), QStringLiteral("C = 3")); // C's 0.3 s wait ends first

        page.showStateAt(start - Second);
        QCOMPARE(page.log()->rowCount(), 0);
        page.showStateAt(nowNs());
        QCOMPARE(read(), final);
        page.showStateAt(start);
        page.leaveReplay();
        QCOMPARE(read(), final);
    }

    void countdownReplayIsNotOverwrittenByALiveLine()
    {
        CountdownPage page(context(0.1));
        showPage(&page);
        QSignalSpy finished(&page, &DemoPage::runFinished);
        page.run();
        page.showStateAt(nowNs() - Second); // a moment before this run: nothing printed yet
        QVERIFY(finished.wait(10'000));
        QCOMPARE(page.demo()->lines().size(), 12);
        QCOMPARE(page.log()->rowCount(), 0); // the lines printed meanwhile wait for the end of the replay
        page.leaveReplay();
        QCOMPARE(page.log()->lineTexts().size(), 12);
        page.reset();
        QCOMPARE(page.log()->rowCount(), 0);
    }

    void theWindowsTimelineDrivesThePage()
    {
        MainWindow window(context(0.1));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showDemo(QStringLiteral("countdown")));
        auto *page = qobject_cast<CountdownPage *>(window.currentPage());
        QVERIFY(page);
        std::vector<qint64> printed; // when each line reached the page
        connect(page->demo(), &CountdownDemo::lineReady, this, [&printed] {
            printed.push_back(nowNs());
        });
        QSignalSpy finished(page, &DemoPage::runFinished);
        page->run();
        QVERIFY(finished.wait(10'000));
        const QStringList final = page->log()->lineTexts();
        QCOMPARE(printed.size(), std::size_t(12));

        TimelineWidget *timeline = window.timeline();
        QVERIFY(timeline->canReplay());
        timeline->setReplayTime(0); // the start of the recording: nothing printed yet
        QCOMPARE(page->log()->rowCount(), 0);
        timeline->setReplayTime(printed[5] - page->recorder()->origin()); // the cursor on the sixth line
        QCOMPARE(page->log()->lineTexts(), final.mid(0, 6));
        // Another demo takes the window: the countdown page shows its run's end again.
        QVERIFY(window.showDemo(QStringLiteral("spinner")));
        QCOMPARE(page->log()->lineTexts(), final);
        QVERIFY(window.showDemo(QStringLiteral("countdown")));
        timeline->setReplayTime(printed[0] - page->recorder()->origin());
        QCOMPARE(page->log()->lineTexts(), final.mid(0, 1));
        timeline->stopReplay();
        QCOMPARE(page->log()->lineTexts(), final);
    }

    void flagsGridShowsEachFlagAsItWas()
    {
        FlagsPage page(context(1.0));
        showPage(&page);
        page.modeSelector()->setCurrentIndex(page.modeSelector()->findData(int(FlagDownloadMode::Sequential)));
        page.setSelector()->setCurrentIndex(0); // the 20 most populous
        page.delay()->setValue(0.02);
        const std::function<std::vector<int>()> read = [&page] {
            std::vector<int> states;
            for (int row = 0; row < page.grid()->rowCount(); ++row)
                states.push_back(int(page.grid()->cell(row).state));
            return states;
        };
        Sampler<std::vector<int>> sampler(read);
        const qint64 start = runSampled(&page, sampler);
        if (QTest::currentTestFailed())
            return;
        const std::vector<int> final = read();
        QCOMPARE(int(final.size()), 20);
        QCOMPARE(page.grid()->count(FlagState::Done), 20);
        const QString finalElapsed = page.elapsedLabel()->text();

        replayMatchesSamples(&page, sampler, read);
        if (QTest::currentTestFailed())
            return;
        // One after the other: a moment when an earlier flag is done and a later one still waits.
        const auto middle = std::find_if(sampler.samples.begin(), sampler.samples.end(), [](const auto &sample) {
            return sample.state.front() == int(FlagState::Done) && sample.state.back() == int(FlagState::Queued);
        });
        QVERIFY(middle != sampler.samples.end());
        page.showStateAt(middle->time);
        const int done = page.grid()->count(FlagState::Done);
        QVERIFY(done >= 1 && done < 20);
        QCOMPARE(page.progress()->value(), done);
        QCOMPARE(int(page.grid()->cell(19).state), int(FlagState::Queued));

        page.showStateAt(start - Second);
        QCOMPARE(page.grid()->count(FlagState::Queued), 20);
        QCOMPARE(page.progress()->value(), 0);
        QCOMPARE(page.elapsedLabel()->text(), QStringLiteral("0.00 s"));
        page.showStateAt(nowNs());
        QCOMPARE(read(), final);
        QCOMPARE(page.progress()->value(), 20);

        page.showStateAt(middle->time);
        page.leaveReplay();
        QCOMPARE(read(), final);
        QCOMPARE(page.progress()->value(), 20);
        QCOMPARE(page.elapsedLabel()->text(), finalElapsed);
        QVERIFY(page.grid()->cell(0).image.width() > 0);
    }

    void spinnerShowsItsFrameAndMessage()
    {
        SpinnerPage page(context(0.3));
        showPage(&page);
        using State = std::pair<int, QString>;
        const std::function<State()> read = [&page] {
            return State{page.spinner()->frame(), page.spinner()->message()};
        };
        Sampler<State> sampler(read);
        const qint64 start = runSampled(&page, sampler);
        if (QTest::currentTestFailed())
            return;
        const State final = read();
        QVERIFY(final.second.startsWith(QStringLiteral("Answer:")));
        QVERIFY(final.first >= 3);

        replayMatchesSamples(&page, sampler, read);
        if (QTest::currentTestFailed())
            return;
        page.showStateAt(start - Second);
        QCOMPARE(read(), State(0, QStringLiteral("thinking!")));
        page.leaveReplay();
        QCOMPARE(read(), final);
    }

    void platesShowTheWorldAtEachStep()
    {
        PlatesPage page(context(0.1));
        showPage(&page);
        page.durationKnob()->setValue(10); // 1 s at this scale
        // The world as each physics step left it, read right after the page recorded that step.
        struct Step
        {
            qint64 time;
            int up;
            int fallen;
            int visits;
            double seconds;
        };
        std::vector<Step> steps;
        connect(page.spinning(), &PlateSpinning::ticked, this, [&] {
            const PlateSpinning::Snapshot world = page.spinning()->snapshot();
            steps.push_back({nowNs(), world.up, world.fallen, world.visits, world.time});
        });
        QSignalSpy finished(&page, &DemoPage::runFinished);
        const qint64 start = nowNs();
        page.run();
        QVERIFY(finished.wait(10'000));
        const QString final = page.countersText();
        QVERIFY(steps.size() >= 10);
        QVERIFY(page.replayFrames() >= steps.size());

        for (const Step &step : steps) {
            page.showStateAt(step.time);
            const QString expected = QStringLiteral("Plates up: <b>%1</b> · fallen: <b>%2</b> · %3 visits/s")
                                         .arg(step.up)
                                         .arg(step.fallen)
                                         .arg(step.seconds > 0 ? step.visits / step.seconds : 0.0, 0, 'f', 1);
            QVERIFY2(page.countersText().startsWith(expected),
                qPrintable(page.countersText() + QStringLiteral(" / ") + expected));
            QVERIFY(!page.view()->isShowingLive());
        }
        page.showStateAt(start - Second); // before the run: the plates as they started
        QVERIFY2(page.countersText().startsWith(QStringLiteral("Plates up: <b>18</b> · fallen: <b>0</b> · 0.0")),
            qPrintable(page.countersText()));
        page.leaveReplay();
        QVERIFY(page.view()->isShowingLive());
        QCOMPARE(page.countersText(), final);
    }

    void chessShowsTheBoardsAndTheClock()
    {
        ChessPage page(context(1.0));
        showPage(&page);
        page.opponents()->setValue(4);
        page.movePairs()->setValue(10);
        page.modeSelector()->setCurrentIndex(0); // simultaneous
        page.speedSelector()->setCurrentIndex(2); // 10 simulated minutes a second: the run takes about 1 s
        const std::function<QStringList()> read = [&page] {
            QStringList shown{page.clockText(), page.statusText()};
            for (const ChessBoardView *board : page.boardViews())
                shown.append(board->caption());
            return shown;
        };
        Sampler<QStringList> sampler(read);
        const qint64 start = runSampled(&page, sampler);
        if (QTest::currentTestFailed())
            return;
        const QStringList final = read();
        QVERIFY2(final.at(2).contains(QStringLiteral("over")), qPrintable(final.join(u'|')));

        replayMatchesSamples(&page, sampler, read);
        if (QTest::currentTestFailed())
            return;
        // A moment in the middle: the clock had moved on, the games were not over.
        const auto middle = std::find_if(sampler.samples.begin(), sampler.samples.end(), [](const auto &sample) {
            return sample.state.at(0) != QStringLiteral("0:00:00") && sample.state.at(2).contains(u"move 5");
        });
        QVERIFY(middle != sampler.samples.end());
        page.showStateAt(middle->time);
        QVERIFY(!page.boardViews().front()->caption().contains(QStringLiteral("over")));

        page.showStateAt(start - Second);
        QCOMPARE(page.clockText(), QStringLiteral("0:00:00"));
        QVERIFY(page.boardViews().front()->caption().contains(QStringLiteral("move 0")));
        page.leaveReplay();
        QCOMPARE(read(), final);
    }

    void scaleShowsTheLiveFiguresThen()
    {
        ScalePage page(context(0.1));
        showPage(&page);
        page.kindSelector()->setCurrentIndex(0); // coroutines
        page.countBox()->setValue(20'000);
        page.secondsBox()->setValue(2.0); // 0.2 s at this scale
        const std::function<QStringList()> read = [&page] {
            return tableTexts(page.figuresTable());
        };
        Sampler<QStringList> sampler(read);
        const qint64 start = runSampled(&page, sampler);
        if (QTest::currentTestFailed())
            return;
        const QStringList final = read();
        QVERIFY(!final.isEmpty());
        const auto valueOf = [](const QStringList &texts, const QString &name) {
            const qsizetype at = texts.indexOf(name);
            return at >= 0 && at + 1 < texts.size() ? texts.at(at + 1) : QString();
        };

        replayMatchesSamples(&page, sampler, read);
        if (QTest::currentTestFailed())
            return;
        // A moment when the sleepers were asleep: the count alive then, not at the end.
        const auto asleep = std::find_if(sampler.samples.begin(), sampler.samples.end(), [&](const auto &sample) {
            return valueOf(sample.state, QStringLiteral("alive")) != QStringLiteral("0");
        });
        QVERIFY(asleep != sampler.samples.end());
        page.showStateAt(asleep->time);
        QCOMPARE(page.figure(QStringLiteral("alive")), valueOf(asleep->state, QStringLiteral("alive")));
        QCOMPARE(valueOf(final, QStringLiteral("alive")), QStringLiteral("0"));

        page.showStateAt(start - Second);
        QCOMPARE(page.figuresTable()->rowCount(), 0);
        page.leaveReplay();
        QCOMPARE(read(), final);
        QCOMPARE(page.figure(QStringLiteral("finished")), QStringLiteral("20,000"));
    }

    void latencyShowsTheRowsMeasuredByThen()
    {
        QVERIFY(m_flagServer.isListening() || m_flagServer.listen(QHostAddress::LocalHost, 0));
        LatencyPage page(context(1.0));
        showPage(&page);
        const std::function<QStringList()> read = [&page] {
            return tableTexts(page.measuredTable())
                << page.statusLabel()->text() << page.clockLabel()->text() << QString::number(page.progress()->value());
        };
        Sampler<QStringList> sampler(read);
        const qint64 start = runSampled(&page, sampler);
        if (QTest::currentTestFailed())
            return;
        const QStringList final = read();
        QCOMPARE(page.measuredTable()->rowCount(), 6);

        replayMatchesSamples(&page, sampler, read);
        if (QTest::currentTestFailed())
            return;
        // A moment when some rows were measured and others not yet.
        const auto middle = std::find_if(sampler.samples.begin(), sampler.samples.end(), [&final](const auto &sample) {
            return sample.state.size() > 3 && sample.state.size() < final.size();
        });
        QVERIFY(middle != sampler.samples.end());

        page.showStateAt(start - Second);
        QCOMPARE(page.measuredTable()->rowCount(), 0);
        QCOMPARE(page.progress()->value(), 0);
        page.leaveReplay();
        QCOMPARE(read(), final);
    }
};

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
