// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagserverthread.h"
#include "models/latency/latencymeasurer.h"
#include "models/latency/latencyreport.h"
#include "models/latency/latencytable.h"
#include "models/trace/tracerecorder.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThreadPool>

#include "tests/common/guillemettranslator.h"
#include "tests/common/threadcount.h"

using namespace Lab;

// The talk's table and its human scale, then the same rows measured here.
class TestLatencyTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void talkTableHasTheTalksCycles()
    {
        const auto &table = talkLatencyTable();
        QCOMPARE(table.size(), std::size_t(5));
        const std::pair<LatencyCategory, double> expected[] = {{LatencyCategory::L1, 3}, {LatencyCategory::L2, 14},
            {LatencyCategory::Ram, 250}, {LatencyCategory::Disk, 41'000'000}, {LatencyCategory::Network, 240'000'000}};
        for (std::size_t i = 0; i < table.size(); ++i) {
            QCOMPARE(table[i].category, expected[i].first);
            QCOMPARE(table[i].cycles, expected[i].second);
        }
    }

    void humanScaleOfTheTalksRows_data()
    {
        QTest::addColumn<double>("cycles");
        QTest::addColumn<QString>("cycleText");
        QTest::addColumn<QString>("human");
        QTest::newRow("L1") << 3.0 << "3"
                            << "3 s";
        QTest::newRow("L2") << 14.0 << "14"
                            << "14 s";
        QTest::newRow("RAM") << 250.0 << "250"
                             << "250 s";
        QTest::newRow("disk") << 41'000'000.0 << "41,000,000"
                              << "1.3 years";
        QTest::newRow("network") << 240'000'000.0 << "240,000,000"
                                 << "7.6 years";
    }

    void humanScaleOfTheTalksRows()
    {
        QFETCH(double, cycles);
        QFETCH(QString, cycleText);
        QFETCH(QString, human);
        QCOMPARE(formatCycles(cycles), cycleText);
        QCOMPARE(humanScale(cycles), human);
    }

    void humanDurationPicksTheLargestSensibleUnit_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("fraction") << 0.5 << "0.5 s";
        QTest::newRow("one decimal") << 4.26 << "4.3 s";
        QTest::newRow("whole from ten") << 13.7 << "14 s";
        QTest::newRow("seconds up to ten minutes") << 599.0 << "599 s";
        QTest::newRow("ten minutes") << 600.0 << "10 min";
        QTest::newRow("hours") << 5400.0 << "1.5 h";
        QTest::newRow("one day") << 86400.0 << "1 day";
        QTest::newRow("days") << 41'000'000.0 / 100 << "4.7 days";
        QTest::newRow("one year") << SecondsPerYear << "1 year";
        QTest::newRow("many years") << 1e12 << "31,688 years";
    }

    void humanDurationPicksTheLargestSensibleUnit()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatHumanDuration(seconds), text);
    }

    void nanosecondsWithTheirUnit_data()
    {
        QTest::addColumn<double>("ns");
        QTest::addColumn<QString>("text");
        QTest::newRow("ns") << 1.64 << "1.64 ns";
        QTest::newRow("tens of ns") << 95.2 << "95.2 ns";
        QTest::newRow("µs") << 23'400.0 << "23.4 µs";
        QTest::newRow("ms") << 1'230'000.0 << "1.23 ms";
        QTest::newRow("s") << 510'000'000.0 << "510 ms";
    }

    void nanosecondsWithTheirUnit()
    {
        QFETCH(double, ns);
        QFETCH(QString, text);
        QCOMPARE(formatNanoseconds(ns), text);
    }

    void measuredRowsComeOutInASaneOrder()
    {
        FlagServerThread server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        LatencyOptions options;
        options.ramBytes = 64 * 1024 * 1024;
        options.httpUrl = QUrl(server.baseUrl().toString() + QLatin1Char('/'));
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        const LatencyReport report = measureLatencies(options);
        const double seconds = double(QDateTime::currentMSecsSinceEpoch() - start) / 1000;
        qInfo().noquote() << '\n' + formatLatencyTables(report);
        // Bounded, not fast: a busy machine may take a few times its usual second or two.
        QVERIFY2(seconds < 30, qPrintable(QString::number(seconds)));

        QVERIFY(!report.stopped);
        QVERIFY2(report.clock.hz > 0.3e9 && report.clock.hz < 7e9, qPrintable(report.clock.method));
        QCOMPARE(report.rows.size(), std::size_t(6));
        for (const auto &row : report.rows)
            QVERIFY2(row.ok(), qPrintable(row.device + QLatin1String(": ") + row.result.error.toString()));
        const double l1 = report.find(LatencyProbe::L1)->result.ns;
        const double l2 = report.find(LatencyProbe::L2)->result.ns;
        const double ram = report.find(LatencyProbe::Ram)->result.ns;
        const double fsync = report.find(LatencyProbe::Fsync)->result.ns;
        const double loopback = report.find(LatencyProbe::Loopback)->result.ns;
        const double http = report.find(LatencyProbe::Http)->result.ns;
        // Loose bounds: any machine, virtual or not, busy or idle.
        QVERIFY2(l1 > 0.1 && l1 < 10, qPrintable(QString::number(l1)));
        QVERIFY2(l1 < l2, qPrintable(QStringLiteral("%1 < %2").arg(l1).arg(l2)));
        QVERIFY2(l2 < ram, qPrintable(QStringLiteral("%1 < %2").arg(l2).arg(ram)));
        QVERIFY2(ram < fsync, qPrintable(QStringLiteral("%1 < %2").arg(ram).arg(fsync)));
        QVERIFY2(ram < loopback, qPrintable(QStringLiteral("%1 < %2").arg(ram).arg(loopback)));
        QVERIFY2(loopback < http, qPrintable(QStringLiteral("%1 < %2").arg(loopback).arg(http)));
        QVERIFY2(ram > 30 && ram < 2000, qPrintable(QString::number(ram)));
        // Cycles and human scale follow from the clock.
        const auto *row = report.find(LatencyProbe::Ram);
        QCOMPARE(row->cycles, report.clock.cycles(row->result.ns));
        QCOMPARE(row->humanScaleText(), humanScale(row->cycles));
    }

    void measurerReportsProgressOffTheCallingThread()
    {
        LatencyMeasurer measurer;
        LatencyOptions options;
        options.ramBytes = 16 * 1024 * 1024;
        options.ioBudgetSeconds = 0.05;
        measurer.setOptions(options);
        QSignalSpy progress(&measurer, &LatencyMeasurer::progress);
        QSignalSpy rows(&measurer, &LatencyMeasurer::rowMeasured);
        QSignalSpy finished(&measurer, &LatencyMeasurer::finished);
        measurer.start();
        QVERIFY(measurer.isRunning());
        QVERIFY(finished.wait(10'000));
        QVERIFY(!measurer.isRunning());
        QCOMPARE(rows.size(), 5); // no HTTP URL: no HTTP row
        QCOMPARE(progress.size(), 7); // the clock, five rows, done
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
        QCOMPARE(measurer.report().rows.size(), std::size_t(5));
    }

    // A server that is down: the HTTP row says why, and so does the measuring lane where that step
    // ends, in words that a language switch writes again.
    void aFailedProbeSaysWhyOnItsLane()
    {
        QTcpServer closed; // a port nobody listens on any more
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        TraceRecorder recorder;
        LatencyMeasurer measurer(&recorder);
        LatencyOptions options;
        options.ramBytes = 16 * 1024 * 1024;
        options.ioBudgetSeconds = 0.05;
        options.httpUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        measurer.setOptions(options);
        QSignalSpy finished(&measurer, &LatencyMeasurer::finished);
        measurer.start();
        QVERIFY(finished.wait(10'000));
        const LatencyMeasurement *http = measurer.report().find(LatencyProbe::Http);
        QVERIFY(http);
        QVERIFY(!http->ok());
        QCOMPARE(http->result.error.toString(), QStringLiteral("connection refused"));
        std::vector<Instant> instants = recorder.instants();
        QCOMPARE(instants.size(), std::size_t(1)); // the other probes measured
        QCOMPARE(instants.front().label, QStringLiteral("connection refused"));
        QVERIFY(instants.front().task != EventLoopTask);

        GuillemetTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        recorder.retranslate();
        const QString error = http->result.error.toString();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(error, QStringLiteral("«connection refused»"));
        instants = recorder.instants();
        QCOMPARE(instants.front().label, QStringLiteral("«connection refused»"));
    }

    void stoppingEndsTheRunEarly()
    {
        LatencyMeasurer measurer;
        QSignalSpy finished(&measurer, &LatencyMeasurer::finished);
        measurer.start();
        measurer.stop();
        QVERIFY(finished.wait(10'000));
        QVERIFY(measurer.report().stopped);
        QVERIFY(measurer.report().rows.size() < 5);
    }

    void destroyingARunningMeasurerIsSafe()
    {
        // The measurement runs on a pool thread, and an idle pool thread lingers for its expiry
        // time: count threads with the pool emptied on both sides. A thread of an earlier test may
        // still be ending when the first count is taken: no more threads after than before.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10'000));
        const int threadsBefore = threadCount();
        auto measurer = std::make_unique<LatencyMeasurer>();
        measurer->start();
        QVERIFY(measurer->isRunning());
        measurer.reset(); // stops its work and waits for it, mid-measurement
        // Its run has ended; the pool thread only has its own bookkeeping left.
        QTRY_COMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10'000));
        QTRY_VERIFY2(threadCount() <= threadsBefore, qPrintable(QString::number(threadCount())));
    }
};

QTEST_GUILESS_MAIN(TestLatencyTable)
#include "tst_latencytable.moc"
