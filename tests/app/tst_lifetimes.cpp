// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/chesspage.h"
#include "app/corospage.h"
#include "app/demoregistry.h"
#include "app/flagspage.h"
#include "app/platespage.h"
#include "app/scalepage.h"
#include "app/spinnerpage.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/coroutinestepview.h"

#include <QAbstractEventDispatcher>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <memory>

#include "tests/common/threadcount.h"

using namespace Lab;

// Every page closed mid-run, again and again, as a speaker clicking through the talk does: a
// page is built, runs (each mode in turn) at a small time scale for a random short while, and
// is deleted. Nothing may outlive it: no coroutine resumes into it (AddressSanitizer would
// report the use after free; .ci/sanitize runs this file under it), no thread it started is
// still running, no timer of its still wakes the event loop.
namespace {

constexpr int Rounds = 100;
constexpr double TimeScale = 0.02;

// The page's mode knob, so the rounds go through every mode; nullptr where it has none.
QComboBox *modeKnob(DemoPage *page)
{
    if (auto *spinner = qobject_cast<SpinnerPage *>(page))
        return spinner->modeSelector();
    if (auto *flags = qobject_cast<FlagsPage *>(page))
        return flags->modeSelector();
    if (auto *plates = qobject_cast<PlatesPage *>(page))
        return plates->modeKnob();
    if (auto *scale = qobject_cast<ScalePage *>(page))
        return scale->kindSelector();
    if (auto *chess = qobject_cast<ChessPage *>(page))
        return chess->modeSelector();
    return nullptr;
}

// Counts the times the GUI thread's event loop wakes up.
class WakeCounter
{
public:
    WakeCounter()
    {
        m_connection = QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::awake, [this] {
            ++m_wakes;
        });
    }
    ~WakeCounter() { QObject::disconnect(m_connection); }
    int wakes() const { return m_wakes; }

private:
    QMetaObject::Connection m_connection;
    int m_wakes = 0;
};

} // namespace

class TestLifetimes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void closedMidRun_data();
    void closedMidRun();
    void cleanupTestCase();

private:
    // Lets everything a deleted page left behind happen: deferred deletes, queued calls,
    // due timers, pool threads finishing.
    static void settle(int ms)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::qWait(ms);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    TraceRecorder m_recorder;
    std::unique_ptr<EventLoopMonitor> m_monitor;
    FlagServerThread m_flagServer;
    quint32 m_seed = 0;
    int m_pagesClosed = 0;
    int m_baselineThreads = 0;
};

void TestLifetimes::initTestCase()
{
    QVERIFY(m_flagServer.listen(QHostAddress::LocalHost, 0));
    m_monitor = std::make_unique<EventLoopMonitor>(&m_recorder);
    bool ok = false;
    m_seed = quint32(qEnvironmentVariableIntValue("LAB_LIFETIMES_SEED", &ok));
    if (!ok)
        m_seed = QRandomGenerator::global()->bounded(1u, 1u << 30);
    qInfo("seed %u (repeat with LAB_LIFETIMES_SEED=%u)", m_seed, m_seed);
    // One page of each kind first: Qt starts its own threads and caches on first use.
    for (const DemoEntry &entry : demoRegistry()) {
        std::unique_ptr<DemoPage> page(
            entry.create(PageContext{&m_recorder, m_monitor.get(), TimeScale, &m_flagServer}, nullptr));
        page->show();
        page->run();
        settle(50);
        page.reset();
        settle(50);
    }
    QThreadPool::globalInstance()->waitForDone(30000);
    settle(100);
    m_baselineThreads = threadCount();
}

void TestLifetimes::closedMidRun_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(demoRegistry().size()); ++i)
        QTest::newRow(qPrintable(demoRegistry().at(std::size_t(i)).id)) << i;
}

void TestLifetimes::closedMidRun()
{
    QFETCH(int, index);
    const DemoEntry &entry = demoRegistry().at(std::size_t(index));
    QRandomGenerator random(m_seed + quint32(index));
    QElapsedTimer clock;
    clock.start();
    int ranWhenClosed = 0;
    for (int round = 0; round < Rounds; ++round) {
        auto *page = entry.create(PageContext{&m_recorder, m_monitor.get(), TimeScale, &m_flagServer}, nullptr);
        if (QComboBox *mode = modeKnob(page))
            mode->setCurrentIndex(round % mode->count());
        if (auto *scale = qobject_cast<ScalePage *>(page))
            scale->countBox()->setValue(2000); // the closing is the point, not the scale
        if (auto *coros = qobject_cast<CorosPage *>(page))
            coros->view()->skipPredictionBox()->setChecked(true); // else Run only asks for a prediction
        // (The "Block the event loop" switch stays off: a blocking run ends inside run(), so it
        // cannot be closed mid-run.)
        page->show();
        page->run();
        QTest::qWait(random.bounded(0, 40));
        ranWhenClosed += page->isRunning() ? 1 : 0;
        if (round % 2 == 0)
            page->close(); // as the window does, then deleted
        delete page;
        ++m_pagesClosed;
        settle(random.bounded(0, 10));
    }
    // Whatever it started has ended: pool work, threads of its own, timers.
    QVERIFY2(QThreadPool::globalInstance()->waitForDone(20000), "pool work outlived its page");
    QTRY_VERIFY2_WITH_TIMEOUT(threadCount() <= m_baselineThreads,
        qPrintable(QStringLiteral("%1 threads, %2 before").arg(threadCount()).arg(m_baselineThreads)), 10000);
    settle(50);
    // An idle loop wakes for its one timer; a repeating timer left behind (an animation, a
    // poll) would wake it on every tick.
    WakeCounter counter;
    QEventLoop idle;
    QTimer::singleShot(300, &idle, &QEventLoop::quit);
    idle.exec();
    const int wakes = counter.wakes();
    qInfo("%s: %d pages closed mid-run (%d still running) in %.1f s; %d wakes in 300 ms after", qPrintable(entry.id),
        Rounds, ranWhenClosed, clock.elapsed() / 1000.0, wakes);
    QVERIFY2(wakes <= 8, qPrintable(QStringLiteral("the event loop woke %1 times in 300 ms").arg(wakes)));
    // The point is closing pages mid-run: most rounds must have been (the blocking modes end inside
    // run(), a quick mode may end before the random moment comes).
    QVERIFY2(ranWhenClosed >= Rounds / 4,
        qPrintable(QStringLiteral("only %1 of %2 pages were running when closed").arg(ranWhenClosed).arg(Rounds)));
}

void TestLifetimes::cleanupTestCase()
{
    qInfo("%d pages closed mid-run in all", m_pagesClosed);
}

QTEST_MAIN(TestLifetimes)
#include "tst_lifetimes.moc"
