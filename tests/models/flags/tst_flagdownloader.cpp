// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/clock.h"
#include "models/flags/flagdownloader.h"
#include "models/flags/flagserver.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/tracerecorder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <memory>

using namespace Lab;

Q_DECLARE_METATYPE(Lab::FlagDownloadMode)

namespace {

// The strategies as the page offers them: mode, blocking, Qt's per-host limit.
struct Strategy
{
    const char *name;
    FlagDownloadMode mode;
    bool blocking;
    bool perHostLimit;
};
constexpr Strategy Strategies[] = {
    {"sequential", FlagDownloadMode::Sequential, false, false},
    {"blocking", FlagDownloadMode::Sequential, true, false},
    {"threads", FlagDownloadMode::Threads, false, false},
    {"coroutines", FlagDownloadMode::Coroutines, false, false},
    {"coroutines-6-per-host", FlagDownloadMode::Coroutines, false, true},
};

FlagDownloadOptions optionsFor(const Strategy &strategy)
{
    FlagDownloadOptions options;
    options.mode = strategy.mode;
    options.blocking = strategy.blocking;
    options.perHostLimit = strategy.perHostLimit;
    return options;
}

bool isConcurrent(const FlagDownloadOptions &options)
{
    return options.mode != FlagDownloadMode::Sequential;
}

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

// Watches a downloader the way a page does: every state change of every flag, and the end.
struct Watch
{
    explicit Watch(FlagDownloader *downloader)
        : changes(downloader, &FlagDownloader::flagChanged)
        , finished(downloader, &FlagDownloader::finished)
    {
    }
    // How many times each flag was reported in a final state.
    std::map<int, int> finalReports() const
    {
        std::map<int, int> counts;
        for (const auto &args : changes) {
            if (isFinal(args.at(1).value<FlagResult>().state))
                ++counts[args.at(0).toInt()];
        }
        return counts;
    }
    QSignalSpy changes;
    QSignalSpy finished;
};

// Runs to the end (blocking runs end inside start()); returns false if finished() never came.
bool runToEnd(FlagDownloader &downloader, Watch &watch, const QUrl &url, const QStringList &codes,
    const FlagDownloadOptions &options, int timeoutMs = 10000)
{
    downloader.start(url, codes, options);
    return !watch.finished.isEmpty() || watch.finished.wait(timeoutMs);
}

// Every flag in exactly one final state, each reported once, and the totals add up.
void verifyEveryFlagEndedOnce(const FlagDownloader &downloader, const Watch &watch, int count)
{
    QCOMPARE(int(downloader.results().size()), count);
    FlagTotals recount;
    for (const FlagResult &result : downloader.results()) {
        QVERIFY2(isFinal(result.state), qPrintable(result.code + u' ' + flagStateName(result.state)));
        recount.add(result.state);
    }
    const FlagTotals totals = watch.finished.constLast().at(0).value<FlagTotals>();
    QCOMPARE(totals.total(), count);
    QCOMPARE(totals.ok, recount.ok);
    QCOMPARE(totals.notFound, recount.notFound);
    QCOMPARE(totals.errors, recount.errors);
    QCOMPARE(watch.finished.size(), 1);
    const auto reports = watch.finalReports();
    QCOMPARE(int(reports.size()), count);
    for (const auto &[index, times] : reports)
        QCOMPARE(times, 1);
    QVERIFY(!downloader.isRunning());
}

const QStringList SixCodes{"BR", "CN", "IN", "US", "XX", "ZZ"}; // XX and ZZ are not flags: 404

} // namespace

Q_DECLARE_METATYPE(Strategy)

class TestFlagDownloader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void flagUrl();
    void concurrency_data();
    void concurrency();
    void totals_data();
    void totals();
    void recordsOneTaskPerFlag_data();
    void recordsOneTaskPerFlag();
    void perHostLimitSendsWaves_data();
    void perHostLimitSendsWaves();
    void semaphoreLimitsConcurrency();
    void timeout_data();
    void timeout();
    void connectionRefused_data();
    void connectionRefused();
    void stopMidRun_data();
    void stopMidRun();
    void stopFromHandlerInBlockingMode();
    void startAgainWhileRunning();
    void destroyMidRun_data();
    void destroyMidRun();
    void saveDirectory_data();
    void saveDirectory();
    void emptyRun();

private:
    std::unique_ptr<FlagServerThread> m_server;
};

void TestFlagDownloader::initTestCase()
{
    qRegisterMetaType<Lab::FlagResult>();
    qRegisterMetaType<Lab::FlagTotals>();
    // On its own thread, so that it answers while a blocking run holds this one.
    m_server = std::make_unique<FlagServerThread>();
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    QVERIFY(m_server->port() > 0);
}

void TestFlagDownloader::init()
{
    m_server->setSettings({});
    m_server->resetCounters();
}

void TestFlagDownloader::flagUrl()
{
    const QUrl base = m_server->baseUrl();
    QCOMPARE(base.path(), QStringLiteral("/flags"));
    QCOMPARE(FlagDownloader::flagUrl(base, "BR").path(), QStringLiteral("/flags/br/br.png"));
    QCOMPARE(FlagDownloader::flagUrl(QUrl("http://example.org/data/flags/"), "cd").toString(),
        QStringLiteral("http://example.org/data/flags/cd/cd.png"));
}

void TestFlagDownloader::concurrency_data()
{
    QTest::addColumn<FlagDownloadMode>("mode");
    QTest::addColumn<int>("maxConcurrency");
    QTest::addColumn<bool>("perHostLimit");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("expected");
    QTest::newRow("sequential") << FlagDownloadMode::Sequential << 20 << false << 20 << 1;
    QTest::newRow("threads default") << FlagDownloadMode::Threads << 0 << false << 194 << 20;
    QTest::newRow("threads, fewer flags") << FlagDownloadMode::Threads << 0 << false << 5 << 5;
    QTest::newRow("threads capped") << FlagDownloadMode::Threads << 5000 << false << 2000 << 1000;
    QTest::newRow("coroutines: all at once") << FlagDownloadMode::Coroutines << 0 << false << 194 << 194;
    QTest::newRow("coroutines: at most 1000") << FlagDownloadMode::Coroutines << 0 << false << 1200 << 1000;
    QTest::newRow("coroutines limit") << FlagDownloadMode::Coroutines << 7 << false << 20 << 7;
    QTest::newRow("coroutines, Qt's 6") << FlagDownloadMode::Coroutines << 0 << true << 20 << 6;
}

void TestFlagDownloader::concurrency()
{
    QFETCH(FlagDownloadMode, mode);
    QFETCH(int, maxConcurrency);
    QFETCH(bool, perHostLimit);
    QFETCH(int, count);
    FlagDownloadOptions options;
    options.mode = mode;
    options.maxConcurrency = maxConcurrency;
    options.perHostLimit = perHostLimit;
    QTEST(FlagDownloader::concurrencyFor(options, count), "expected");
}

void TestFlagDownloader::totals_data()
{
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<double>("delay");
    QTest::addColumn<double>("errorRate");
    QTest::addColumn<int>("ok");
    QTest::addColumn<int>("notFound");
    QTest::addColumn<int>("errors");
    for (const Strategy &strategy : Strategies) {
        QTest::addRow("%s, local", strategy.name) << strategy << 0.0 << 0.0 << 4 << 2 << 0;
        QTest::addRow("%s, delay", strategy.name) << strategy << 0.1 << 0.0 << 4 << 2 << 0;
        // Error rate 1: every GET fails after its delay, unknown codes too.
        QTest::addRow("%s, error", strategy.name) << strategy << 0.05 << 1.0 << 0 << 0 << 6;
    }
}

void TestFlagDownloader::totals()
{
    QFETCH(Strategy, strategy);
    QFETCH(double, delay);
    QFETCH(double, errorRate);
    m_server->setSettings({delay, 0.0, errorRate});
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    Watch watch(&downloader);
    const FlagDownloadOptions options = optionsFor(strategy);
    QVERIFY(runToEnd(downloader, watch, m_server->baseUrl(), SixCodes, options));
    verifyEveryFlagEndedOnce(downloader, watch, int(SixCodes.size()));

    const FlagTotals totals = downloader.totals();
    QTEST(totals.ok, "ok");
    QTEST(totals.notFound, "notFound");
    QTEST(totals.errors, "errors");
    QVERIFY(!totals.stopped);
    static const QRegularExpression httpError(QStringLiteral("^HTTP (418|500|502|503) - \\S"));
    for (const FlagResult &result : downloader.results()) {
        if (result.state == FlagState::Done) {
            QVERIFY(!result.image.isNull());
            QVERIFY(result.requestNs > 0 && result.finishedNs >= result.requestNs);
        } else if (result.state == FlagState::NotFound) {
            QVERIFY(result.code == "XX" || result.code == "ZZ");
        } else {
            QCOMPARE(result.error, FlagError::HttpStatus);
            QVERIFY2(httpError.match(result.message).hasMatch(), qPrintable(result.message));
        }
    }
    // What a user notices: one after the other takes the sum of the delays, concurrency about one.
    const double elapsed = seconds(totals.elapsedNs);
    if (delay > 0.09 && isConcurrent(options))
        QVERIFY2(elapsed < 0.45, qPrintable(QString::number(elapsed)));
    else if (delay > 0.09)
        QVERIFY2(elapsed > 0.55, qPrintable(QString::number(elapsed)));
}

void TestFlagDownloader::recordsOneTaskPerFlag_data()
{
    QTest::addColumn<Strategy>("strategy");
    for (const Strategy &strategy : Strategies)
        QTest::addRow("%s", strategy.name) << strategy;
}

void TestFlagDownloader::recordsOneTaskPerFlag()
{
    QFETCH(Strategy, strategy);
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    Watch watch(&downloader);
    const FlagDownloadOptions options = optionsFor(strategy);
    QVERIFY(runToEnd(downloader, watch, m_server->baseUrl(), {"BR", "FR"}, options));
    verifyEveryFlagEndedOnce(downloader, watch, 2);

    for (const QString code : {"BR", "FR"}) {
        std::vector<TaskInfo> lanes;
        for (const TaskInfo &task : recorder.tasks()) {
            if (task.name == code)
                lanes.push_back(task);
        }
        QCOMPARE(int(lanes.size()), 1);
        if (options.mode == FlagDownloadMode::Threads)
            QVERIFY2(lanes.front().thread.startsWith("worker "), qPrintable(lanes.front().thread));
        else
            QCOMPARE(lanes.front().thread, QStringLiteral("GUI thread"));
        QStringList states;
        for (const Span &span : recorder.spans()) {
            if (span.task == lanes.front().id)
                states << taskStateName(span.state) + u':' + span.label;
        }
        const QString get = QStringLiteral("GET /flags/%1/%1.png").arg(code.toLower());
        const QString request = options.blocking ? taskStateName(TaskState::Blocked) + u':' + get + " (blocking)"
                                                 : taskStateName(TaskState::AwaitingIo) + u':' + get;
        QCOMPARE(states.first().section(u':', 0, 0), taskStateName(TaskState::Queued));
        QCOMPARE(states.at(states.size() - 2), request);
        QCOMPARE(states.last(), taskStateName(TaskState::Running) + QStringLiteral(":decode/save"));
        QVERIFY(recorder.openSpans(nowNs()).empty() || recorder.openSpans(nowNs()).front().task == EventLoopTask);
    }
}

void TestFlagDownloader::perHostLimitSendsWaves_data()
{
    QTest::addColumn<bool>("perHostLimit");
    QTest::addColumn<int>("managers");
    QTest::addColumn<int>("waves");
    QTest::newRow("several managers: all at once") << false << 2 << 1;
    QTest::newRow("Qt's default: 6 per host, in waves") << true << 1 << 2;
}

void TestFlagDownloader::perHostLimitSendsWaves()
{
    QFETCH(bool, perHostLimit);
    QFETCH(int, waves);
    constexpr double Delay = 0.2;
    m_server->setSettings({Delay, 0.0, 0.0});
    const QStringList codes = FlagServer::bookCodes().mid(0, 12);
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    Watch watch(&downloader);
    FlagDownloadOptions options;
    options.perHostLimit = perHostLimit;
    options.timeout = 0.3; // shorter than the second wave's wait: time queued in Qt must not count
    const qint64 start = nowNs();
    QVERIFY(runToEnd(downloader, watch, m_server->baseUrl(), codes, options));
    verifyEveryFlagEndedOnce(downloader, watch, 12);
    QCOMPARE(downloader.totals().ok, 12);
    QTEST(downloader.managerCount(), "managers");
    QCOMPARE(m_server->maxInFlight(), 12 / waves);

    // Requests go out when Qt has a connection for them: all at once, or 6 now and 6 a delay later.
    int late = 0;
    for (const FlagResult &result : downloader.results()) {
        if (result.requestNs - start > qint64(Delay * 0.75 * 1e9))
            ++late;
    }
    QCOMPARE(late, waves == 1 ? 0 : 6);
    const double elapsed = seconds(downloader.totals().elapsedNs);
    QVERIFY2(elapsed > waves * Delay * 0.95 && elapsed < waves * Delay + 0.15, qPrintable(QString::number(elapsed)));
}

void TestFlagDownloader::semaphoreLimitsConcurrency()
{
    m_server->setSettings({0.1, 0.0, 0.0});
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    Watch watch(&downloader);
    FlagDownloadOptions options;
    options.maxConcurrency = 3;
    QVERIFY(runToEnd(downloader, watch, m_server->baseUrl(), FlagServer::bookCodes().mid(0, 9), options));
    verifyEveryFlagEndedOnce(downloader, watch, 9);
    QCOMPARE(m_server->maxInFlight(), 3);
    const double elapsed = seconds(downloader.totals().elapsedNs);
    QVERIFY2(elapsed > 0.28 && elapsed < 0.6, qPrintable(QString::number(elapsed))); // 3 rounds of 0.1 s
}

void TestFlagDownloader::timeout_data()
{
    QTest::addColumn<Strategy>("strategy");
    for (const Strategy &strategy : Strategies)
        QTest::addRow("%s", strategy.name) << strategy;
}

void TestFlagDownloader::timeout()
{
    QFETCH(Strategy, strategy);
    m_server->setSettings({1.0, 0.0, 0.0});
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    Watch watch(&downloader);
    FlagDownloadOptions options = optionsFor(strategy);
    options.timeout = 0.3;
    const QStringList codes{"BR", "FR"};
    QVERIFY(runToEnd(downloader, watch, m_server->baseUrl(), codes, options));
    verifyEveryFlagEndedOnce(downloader, watch, 2);
    QCOMPARE(downloader.totals().errors, 2);
    for (const FlagResult &result : downloader.results()) {
        QCOMPARE(result.error, FlagError::Timeout);
        QCOMPARE(result.message, QStringLiteral("timeout after 0.3 s"));
        const double took = seconds(result.finishedNs - result.requestNs);
        QVERIFY2(took > 0.28 && took < 0.6, qPrintable(QString::number(took)));
    }
}

void TestFlagDownloader::connectionRefused_data()
{
    QTest::addColumn<Strategy>("strategy");
    for (const Strategy &strategy : Strategies)
        QTest::addRow("%s", strategy.name) << strategy;
}

void TestFlagDownloader::connectionRefused()
{
    QFETCH(Strategy, strategy);
    QUrl closed;
    {
        FlagServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        closed = gone.baseUrl();
    } // the port is closed now
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    Watch watch(&downloader);
    QVERIFY(runToEnd(downloader, watch, closed, SixCodes, optionsFor(strategy)));
    verifyEveryFlagEndedOnce(downloader, watch, int(SixCodes.size()));
    QCOMPARE(downloader.totals().errors, int(SixCodes.size()));
    for (const FlagResult &result : downloader.results()) {
        QCOMPARE(result.error, FlagError::Connection);
        QCOMPARE(result.message, QStringLiteral("connection refused"));
    }
}

void TestFlagDownloader::stopMidRun_data()
{
    QTest::addColumn<Strategy>("strategy");
    for (const Strategy &strategy : Strategies) {
        if (!strategy.blocking) // a blocking run holds the thread: see stopFromHandlerInBlockingMode
            QTest::addRow("%s", strategy.name) << strategy;
    }
}

void TestFlagDownloader::stopMidRun()
{
    QFETCH(Strategy, strategy);
    m_server->setSettings({0.3, 0.0, 0.0});
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    Watch watch(&downloader);
    FlagDownloadOptions options = optionsFor(strategy);
    options.maxConcurrency = 4; // some flags are still queued when we stop
    const QStringList codes = FlagServer::bookCodes().mid(0, 10);
    downloader.start(m_server->baseUrl(), codes, options);
    QTRY_VERIFY(std::any_of(downloader.results().begin(), downloader.results().end(), [](const FlagResult &result) {
        return result.state == FlagState::Downloading;
    }));
    downloader.stop();

    // At once: every flag final, finished() once, the run marked stopped.
    verifyEveryFlagEndedOnce(downloader, watch, 10);
    QVERIFY(downloader.totals().stopped);
    QVERIFY(downloader.totals().errors > 0);
    for (const FlagResult &result : downloader.results()) {
        if (result.state == FlagState::Error) {
            QCOMPARE(result.error, FlagError::Stopped);
            QCOMPARE(result.message, QStringLiteral("stopped"));
        }
    }
    // And nothing from that run arrives later.
    const qsizetype changes = watch.changes.size();
    QVERIFY(!watch.changes.wait(600));
    QCOMPARE(watch.changes.size(), changes);
    QCOMPARE(watch.finished.size(), 1);
    QTRY_COMPARE(m_server->inFlight(), 0);
}

void TestFlagDownloader::stopFromHandlerInBlockingMode()
{
    // The window is frozen during a blocking run: only code called from the run itself can stop it.
    m_server->setSettings({0.05, 0.0, 0.0});
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    Watch watch(&downloader);
    connect(&downloader, &FlagDownloader::flagChanged, &downloader, [&downloader](int index, const FlagResult &result) {
        if (index == 2 && isFinal(result.state))
            downloader.stop();
    });
    FlagDownloadOptions options;
    options.mode = FlagDownloadMode::Sequential;
    options.blocking = true;
    downloader.start(m_server->baseUrl(), FlagServer::bookCodes().mid(0, 6), options);
    QCOMPARE(watch.finished.size(), 1); // start() returned after the run
    verifyEveryFlagEndedOnce(downloader, watch, 6);
    QCOMPARE(downloader.totals().ok, 3);
    QCOMPARE(downloader.totals().errors, 3);
    QCOMPARE(m_server->requestsReceived(), 3);
}

void TestFlagDownloader::startAgainWhileRunning()
{
    m_server->setSettings({0.2, 0.0, 0.0});
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    QSignalSpy finished(&downloader, &FlagDownloader::finished);
    downloader.start(m_server->baseUrl(), FlagServer::bookCodes().mid(0, 8), {});
    downloader.start(m_server->baseUrl(), {"BR", "XX"}, {});
    QCOMPARE(finished.size(), 1); // the first run, stopped
    QVERIFY(finished.constFirst().at(0).value<FlagTotals>().stopped);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 2);
    const FlagTotals totals = finished.constLast().at(0).value<FlagTotals>();
    QCOMPARE(totals.ok, 1);
    QCOMPARE(totals.notFound, 1);
    QVERIFY(!totals.stopped);
    QCOMPARE(int(downloader.results().size()), 2);
}

void TestFlagDownloader::destroyMidRun_data()
{
    QTest::addColumn<Strategy>("strategy");
    for (const Strategy &strategy : Strategies) {
        if (!strategy.blocking)
            QTest::addRow("%s", strategy.name) << strategy;
    }
}

void TestFlagDownloader::destroyMidRun()
{
    // Closing the page mid-run: coroutines waiting on replies and on the semaphore, workers
    // blocked in their GETs; none may touch the downloader afterwards.
    QFETCH(Strategy, strategy);
    m_server->setSettings({0.3, 0.0, 0.0});
    TraceRecorder recorder;
    auto downloader = std::make_unique<FlagDownloader>(&recorder);
    FlagDownloadOptions options = optionsFor(strategy);
    options.maxConcurrency = 3;
    downloader->start(m_server->baseUrl(), FlagServer::bookCodes().mid(0, 12), options);
    QTRY_VERIFY(m_server->inFlight() > 0);
    QElapsedTimer timer;
    timer.start();
    downloader.reset();
    QVERIFY2(timer.elapsed() < 250, qPrintable(QString::number(timer.elapsed()))); // workers give up at once
    QTRY_COMPARE(m_server->inFlight(), 0); // the late answers and wake-ups come and go
    QVERIFY(!QTest::currentTestFailed());
}

void TestFlagDownloader::saveDirectory_data()
{
    QTest::addColumn<Strategy>("strategy");
    for (const Strategy &strategy : Strategies)
        QTest::addRow("%s", strategy.name) << strategy;
}

void TestFlagDownloader::saveDirectory()
{
    QFETCH(Strategy, strategy);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    FlagDownloadOptions options = optionsFor(strategy);
    options.saveDirectory = dir.filePath("downloaded");
    {
        Watch watch(&downloader);
        QVERIFY(runToEnd(downloader, watch, m_server->baseUrl(), {"BR", "XX"}, options));
        verifyEveryFlagEndedOnce(downloader, watch, 2);
    }
    QFile saved(dir.filePath("downloaded/br.png"));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QImage::fromData(saved.readAll()).size(), downloader.results().front().image.size());
    QVERIFY(!QFile::exists(dir.filePath("downloaded/xx.png")));

    // A directory that cannot be made (a file is in the way): the flag's error, not a crash.
    QFile blocker(dir.filePath("file"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    options.saveDirectory = dir.filePath("file");
    Watch watch(&downloader);
    QVERIFY(runToEnd(downloader, watch, m_server->baseUrl(), {"BR"}, options));
    const FlagResult result = downloader.results().front();
    QCOMPARE(result.state, FlagState::Error);
    QCOMPARE(result.error, FlagError::Save);
    QVERIFY2(result.message.startsWith("cannot save"), qPrintable(result.message));
}

void TestFlagDownloader::emptyRun()
{
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    QSignalSpy finished(&downloader, &FlagDownloader::finished);
    downloader.start(m_server->baseUrl(), {}, {});
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).value<FlagTotals>().total(), 0);
    QVERIFY(!downloader.isRunning());
}

QTEST_GUILESS_MAIN(TestFlagDownloader)
#include "tst_flagdownloader.moc"
