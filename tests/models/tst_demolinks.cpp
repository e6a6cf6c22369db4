// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Every demo records the await arrows a learner should see, each of the kind it promises, and its
// exported trace carries them as flows bound to the slices they join.
#include "models/chess/chessexhibition.h"
#include "models/chess/simulatedclock.h"
#include "models/countdown/countdowndemo.h"
#include "models/flags/flagdownloader.h"
#include "models/flags/flagserver.h"
#include "models/flags/flagserverthread.h"
#include "models/plates/platespinning.h"
#include "models/scale/scalerun.h"
#include "models/spinner/spinnerdemo.h"
#include "models/trace/chrometraceexporter.h"
#include "models/trace/chrometraceimporter.h"
#include "models/trace/tracerecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <map>
#include <memory>

using namespace Lab;

namespace {

// A link as a kind: "countdown A → Event loop: sleep started" with the task names' digits and
// codes kept, so a test can count arrows of each kind.
struct Kinds
{
    mutable std::map<QString, int> byLabel; // label → count
    std::vector<std::pair<QString, QString>> ends; // (from task, to task) per link
    int count = 0;
};

Kinds kindsOf(const TraceRecorder &recorder)
{
    const auto tasks = recorder.tasks();
    Kinds kinds;
    for (const Link &link : recorder.links()) {
        // The label without its numbers ("plate 3 saved" → "plate saved") groups one kind.
        QString label = link.label;
        label.remove(QRegularExpression(QStringLiteral("\\s*\\d[\\d,]*")));
        ++kinds.byLabel[label.trimmed()];
        kinds.ends.emplace_back(tasks[link.from].name, tasks[link.to].name);
        ++kinds.count;
    }
    return kinds;
}

QString describe(const Kinds &kinds)
{
    QStringList lines;
    for (const auto &[label, count] : kinds.byLabel)
        lines << QStringLiteral("%1 × %2").arg(count).arg(label);
    return lines.join(u"; ");
}

// The exported trace holds one flow per link, each end stamped strictly inside a slice of its
// track (what Perfetto binds a flow to), and reading it back restores the links.
void verifyExportedFlows(const TraceRecorder &recorder)
{
    const QByteArray json = ChromeTraceExporter(&recorder).toJson();
    const QJsonArray events = QJsonDocument::fromJson(json).object().value("traceEvents").toArray();
    std::map<int, std::vector<std::pair<double, double>>> slices;
    std::vector<QJsonObject> flows;
    for (const auto &value : events) {
        const QJsonObject event = value.toObject();
        const QString phase = event.value("ph").toString();
        if (phase == "X")
            slices[event.value("tid").toInt()].push_back(
                {event.value("ts").toDouble(), event.value("ts").toDouble() + event.value("dur").toDouble()});
        else if (phase == "s" || phase == "f")
            flows.push_back(event);
    }
    QCOMPARE(int(flows.size()), 2 * int(recorder.links().size()));
    for (const QJsonObject &flow : flows) {
        const double ts = flow.value("ts").toDouble();
        bool bound = false;
        for (const auto &[start, end] : slices[flow.value("tid").toInt()])
            bound = bound || (start < ts && ts < end);
        QVERIFY2(bound, qPrintable(QJsonDocument(flow).toJson(QJsonDocument::Compact)));
    }
    ChromeTraceImporter importer;
    QString error;
    QVERIFY2(importer.parse(json, &error), qPrintable(error));
    QCOMPARE(importer.links().size(), recorder.links().size());
    QCOMPARE(importer.skippedCount(), qint64(0));
}

} // namespace

class TestDemoLinks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void flags_data();
    void flags();
    void countdown_data();
    void countdown();
    void spinner_data();
    void spinner();
    void chess();
    void plates_data();
    void plates();
    void scale();

private:
    std::unique_ptr<FlagServerThread> m_server;
};

void TestDemoLinks::initTestCase()
{
    qRegisterMetaType<Lab::FlagResult>();
    qRegisterMetaType<Lab::FlagTotals>();
    m_server = std::make_unique<FlagServerThread>();
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
}

void TestDemoLinks::flags_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("blocking");
    QTest::addRow("coroutines") << int(FlagDownloadMode::Coroutines) << false;
    QTest::addRow("threads") << int(FlagDownloadMode::Threads) << false;
    QTest::addRow("sequential") << int(FlagDownloadMode::Sequential) << false;
    QTest::addRow("sequential, blocking") << int(FlagDownloadMode::Sequential) << true;
}

void TestDemoLinks::flags()
{
    QFETCH(int, mode);
    QFETCH(bool, blocking);
    TraceRecorder recorder;
    FlagDownloader downloader(&recorder);
    QSignalSpy finished(&downloader, &FlagDownloader::finished);
    FlagDownloadOptions options;
    options.mode = FlagDownloadMode(mode);
    options.blocking = blocking;
    const QStringList codes{"BR", "CN", "IN"};
    downloader.start(m_server->baseUrl(), codes, options);
    QVERIFY(!finished.isEmpty() || finished.wait(30'000));
    const Kinds kinds = kindsOf(recorder);
    switch (FlagDownloadMode(mode)) {
    case FlagDownloadMode::Coroutines:
        // Each flag: its request handed to the loop, and the loop resuming it when the reply arrived.
        QCOMPARE(kinds.byLabel["request sent"], 3);
        QCOMPARE(kinds.byLabel["reply arrived: coroutine resumed"], 3);
        QCOMPARE(kinds.count, 6);
        for (const auto &[from, to] : kinds.ends)
            QVERIFY((codes.contains(from) && to == "Event loop") || (from == "Event loop" && codes.contains(to)));
        break;
    case FlagDownloadMode::Threads:
        // Each worker's blocking GET hands its result to the GUI thread.
        QCOMPARE(kinds.byLabel["result handed to the GUI thread"], 3);
        QCOMPARE(kinds.count, 3);
        for (const auto &[from, to] : kinds.ends)
            QVERIFY(codes.contains(from) && to == "Event loop");
        break;
    case FlagDownloadMode::Sequential:
        // Each GET leads to the next, in order.
        QCOMPARE(kinds.byLabel["next GET"], 2);
        QVERIFY(std::find(kinds.ends.begin(), kinds.ends.end(), std::pair<QString, QString>("BR", "CN"))
            != kinds.ends.end());
        QVERIFY(std::find(kinds.ends.begin(), kinds.ends.end(), std::pair<QString, QString>("CN", "IN"))
            != kinds.ends.end());
        // Awaited one by one, each still goes through the loop; blocking, none does.
        QCOMPARE(kinds.byLabel["reply arrived: coroutine resumed"], blocking ? 0 : 3);
        break;
    }
    verifyExportedFlows(recorder);
}

void TestDemoLinks::countdown_data()
{
    QTest::addColumn<bool>("blocking");
    QTest::addRow("async") << false;
    QTest::addRow("blocking") << true;
}

void TestDemoLinks::countdown()
{
    QFETCH(bool, blocking);
    TraceRecorder recorder;
    CountdownDemo demo(&recorder);
    demo.setBlocking(blocking);
    demo.setTimeScale(0.01);
    QSignalSpy finished(&demo, &CountdownDemo::finished);
    QTimer::singleShot(0, &demo, &CountdownDemo::start);
    QVERIFY(finished.wait(30'000));
    const Kinds kinds = kindsOf(recorder);
    if (blocking) {
        // Each countdown blocks to its end: only then does the next one start.
        QCOMPARE(kinds.byLabel["blocked until now: the next countdown starts"], 3);
        QCOMPARE(kinds.count, 3);
        const std::pair<QString, QString> first("countdown A", "countdown B");
        QVERIFY(kinds.ends.front() == first);
    } else {
        // Twelve sleeps: each handed to the loop, each resumed by its timer.
        QCOMPARE(kinds.byLabel["sleep started"], 12);
        QCOMPARE(kinds.byLabel["timer fired: task resumed"], 12);
        QCOMPARE(kinds.count, 24);
    }
    verifyExportedFlows(recorder);
}

void TestDemoLinks::spinner_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("label");
    QTest::addRow("thread") << int(SpinnerMode::Thread) << "slow() finished: run() resumed";
    QTest::addRow("coroutine") << int(SpinnerMode::Coroutine) << "slow() finished: run() resumed";
    QTest::addRow("pool") << int(SpinnerMode::CpuPool) << "slow() finished: run() resumed";
    QTest::addRow("blocking") << int(SpinnerMode::Blocking) << "slow() returned: the GUI thread goes on";
}

void TestDemoLinks::spinner()
{
    QFETCH(int, mode);
    QFETCH(QString, label);
    TraceRecorder recorder;
    SpinnerDemo demo(&recorder);
    demo.setMode(SpinnerMode(mode));
    demo.setSeconds(0.2);
    QSignalSpy finished(&demo, &SpinnerDemo::finished);
    QTimer::singleShot(0, &demo, &SpinnerDemo::start);
    QVERIFY(finished.wait(30'000));
    const Kinds kinds = kindsOf(recorder);
    QCOMPARE(kinds.count, 1);
    QCOMPARE(kinds.byLabel[label], 1);
    QVERIFY(kinds.ends.front().first.startsWith("slow()") || kinds.ends.front().first.startsWith("is_prime()"));
    QCOMPARE(kinds.ends.front().second, QStringLiteral("Event loop"));
    verifyExportedFlows(recorder);
}

void TestDemoLinks::chess()
{
    TraceRecorder recorder;
    ChessExhibition exhibition(&recorder);
    exhibition.clock()->setTimeScale(0);
    ExhibitionParams params;
    params.opponents = 3;
    params.masterMoveSeconds = 5;
    params.opponentMoveSeconds = 55;
    params.movePairs = 2;
    exhibition.setParams(params);
    exhibition.setSchedule(ExhibitionSchedule::Simultaneous);
    QSignalSpy finished(&exhibition, &ChessExhibition::finished);
    exhibition.start();
    QVERIFY(finished.wait(30'000));
    const Kinds kinds = kindsOf(recorder);
    // Her move on board k starts that opponent's thinking; the reply sends her back to board k.
    QCOMPARE(kinds.byLabel["moved on board: the opponent thinks"], 6);
    QCOMPARE(kinds.byLabel["replied on board"], 6);
    for (const auto &[from, to] : kinds.ends)
        QVERIFY((from == "master" && to.startsWith("opponent")) || (from.startsWith("opponent") && to == "master"));
    verifyExportedFlows(recorder);
}

void TestDemoLinks::plates_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("target");
    QTest::addRow("coroutines") << int(PlateSpinning::Mode::Coroutines) << "Event loop";
    QTest::addRow("threads") << int(PlateSpinning::Mode::Threads) << "GUI thread";
}

void TestDemoLinks::plates()
{
    QFETCH(int, mode);
    QFETCH(QString, target);
    TraceRecorder recorder;
    PlateSpinning show(&recorder);
    show.setMode(PlateSpinning::Mode(mode));
    show.setTimeScale(0.1);
    show.start();
    // A hand's visit ends with the plate it saved.
    QTRY_VERIFY_WITH_TIMEOUT(kindsOf(recorder).byLabel["plate saved"] >= 3, 30'000);
    show.stop();
    const Kinds kinds = kindsOf(recorder);
    for (const auto &[from, to] : kinds.ends) {
        QVERIFY2(from.startsWith("hand"), qPrintable(from));
        QCOMPARE(to, target);
    }
    verifyExportedFlows(recorder);
}

void TestDemoLinks::scale()
{
    TraceRecorder recorder;
    ScaleRun run(&recorder);
    run.setCount(20'000);
    run.setSeconds(0.2);
    QSignalSpy finished(&run, &ScaleRun::finished);
    run.start();
    QVERIFY(finished.wait(60'000));
    const Kinds kinds = kindsOf(recorder);
    // A sample: arrows from the launcher to the sleepers and from the sleepers back to the loop,
    // far fewer than there are sleepers.
    QVERIFY2(kinds.byLabel["started"] >= 1, qPrintable(describe(kinds)));
    QVERIFY2(kinds.byLabel["more woke"] >= 1, qPrintable(describe(kinds)));
    QVERIFY2(kinds.count < 1000, qPrintable(describe(kinds)));
    verifyExportedFlows(recorder);
}

QTEST_GUILESS_MAIN(TestDemoLinks)
#include "tst_demolinks.moc"
