// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <utility>

// Figure ids, each with the tools beyond the lab that it needs (a missing one skips it, with a note).
using Figures = QList<std::pair<QString, QStringList>>;

// `concurrency-lab bench` itself, at tiny sizes (--quick): the JSON a script reads, a goal that
// turns to MISS when its figure is over it, a run whose work failed reported as failed, and every
// benchmark's every figure measured in seconds.
class TestBench : public QObject
{
    Q_OBJECT

    struct Result
    {
        int status = -1;
        QJsonObject json;
        QString err;
    };

    static Result bench(const QStringList &arguments, int timeoutSeconds = 180)
    {
        QProcess process;
        process.start(QStringLiteral(LAB_BINARY),
            QStringList{QStringLiteral("bench"), QStringLiteral("--quick"), QStringLiteral("--json")} + arguments);
        if (!process.waitForFinished(timeoutSeconds * 1000)) {
            process.kill();
            process.waitForFinished();
            return {-1, {},
                QStringLiteral("bench %1 did not finish within %2 s").arg(arguments.join(u' ')).arg(timeoutSeconds)};
        }
        Result result;
        result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QJsonObject row(const QJsonObject &json, const QString &benchmark, const QString &id)
    {
        const QJsonArray rows = json[QLatin1String("benchmarks")][benchmark][QLatin1String("rows")].toArray();
        for (const QJsonValue &row : rows) {
            if (row[QLatin1String("id")].toString() == id)
                return row.toObject();
        }
        return {};
    }

    static Figures figures(const QStringList &ids, const QStringList &tools = {})
    {
        Figures list;
        for (const QString &id : ids)
            list.append({id, tools});
        return list;
    }

    // "wrk not found (…)", "uvloop on asyncio: skipped (uvloop is not installed …)": a note naming the missing tool.
    static bool notesSayMissing(const QJsonArray &notes, const QStringList &tools)
    {
        for (const QJsonValue &value : notes) {
            const QString note = value.toString();
            for (const QString &tool : tools) {
                if (note.contains(tool)
                    && (note.contains(QLatin1String("not found")) || note.contains(QLatin1String("not installed"))))
                    return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void jsonHasEveryFigureWithMedianBestAndGoal()
    {
        const Result result = bench({QStringLiteral("stall"), QStringLiteral("--runs"), QStringLiteral("2")});
        QVERIFY2(result.status == 0, qPrintable(result.err));
        QVERIFY(!result.json[QLatin1String("date")].toString().isEmpty());
        QCOMPARE(result.json[QLatin1String("runs")].toInt(), 2);
        const QJsonObject machine = result.json[QLatin1String("machine")].toObject();
        for (const char *key : {"loadAverage", "loadAverageAtEnd"})
            QCOMPARE(machine[QLatin1String(key)].toString().split(u' ').size(), 3);
        const QJsonObject stall = result.json[QLatin1String("benchmarks")][QLatin1String("stall")].toObject();
        QVERIFY(stall[QLatin1String("errors")].toArray().isEmpty());
        const QJsonArray rows = stall[QLatin1String("rows")].toArray();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            QVERIFY(!row[QLatin1String("id")].toString().isEmpty());
            QCOMPARE(row[QLatin1String("runs")].toInt(), 2);
            QCOMPARE(row[QLatin1String("unit")].toString(), QStringLiteral("s"));
            // The monitor's own record of a 0.3 s block: a stall of about that length, not two clock reads.
            QVERIFY2(row[QLatin1String("value")].toDouble() > 0.2, qPrintable(QJsonDocument(row).toJson()));
            QVERIFY(row[QLatin1String("best")].isDouble());
            QVERIFY(row[QLatin1String("goal")][QLatin1String("min")].isDouble());
            QVERIFY(row[QLatin1String("goal")][QLatin1String("max")].isDouble());
            const QString verdict = row[QLatin1String("result")].toString();
            QVERIFY2(verdict == QLatin1String("pass") || verdict == QLatin1String("miss"), qPrintable(verdict));
        }
    }

    void figureOverItsGoalIsAMiss()
    {
        const Result result = bench({QStringLiteral("stall"), QStringLiteral("--runs"), QStringLiteral("1"),
            QStringLiteral("--goal"), QStringLiteral("stall.stall_sleep=0.001")});
        QVERIFY2(result.status == 0, qPrintable(result.err));
        const QJsonObject sleep = row(result.json, QStringLiteral("stall"), QStringLiteral("stall_sleep"));
        QCOMPARE(sleep[QLatin1String("result")].toString(), QStringLiteral("miss"));
        QCOMPARE(sleep[QLatin1String("goal")][QLatin1String("max")].toDouble(), 0.001);
    }

    void runWithTheServerGoneFails()
    {
        // A port that was free a moment ago and is closed now: every GET is refused at once.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const Result result = bench({QStringLiteral("flags"), QStringLiteral("--runs"), QStringLiteral("1"),
            QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1/flags").arg(port)});
        QCOMPARE(result.status, 1);
        const QJsonObject flags = result.json[QLatin1String("benchmarks")][QLatin1String("flags")].toObject();
        const QJsonArray errors = flags[QLatin1String("errors")].toArray();
        QVERIFY(!errors.isEmpty());
        QVERIFY2(
            errors.first().toString().contains(QLatin1String("flags arrived")), qPrintable(errors.first().toString()));
        for (const QJsonValue &value : flags[QLatin1String("rows")].toArray())
            QVERIFY2(value[QLatin1String("result")].toString() != QLatin1String("pass"),
                qPrintable(value[QLatin1String("id")].toString()));
    }

    void quickRunHasEveryFigure_data()
    {
        QTest::addColumn<QString>("benchmark");
        QTest::addColumn<Figures>("expected");
        const QStringList python{QStringLiteral("python3")};
        QTest::newRow("sleep") << QStringLiteral("sleep")
                               << figures({"ours_100k_wall", "ours_100k_peak_rss", "ours_100k_cost", "ours_1m_wall",
                                      "ours_1m_peak_rss", "ours_1m_cost", "qcoro_10k_cost", "qcoro_30k_wall",
                                      "qcoro_30k_peak_rss", "qcoro_30k_cost"})
                + figures({"asyncio_100k_wall", "asyncio_100k_peak_rss", "asyncio_100k_cost"}, python);
        QTest::newRow("loop-lag") << QStringLiteral("loop-lag")
                                  << figures({"ours_lag_p50", "ours_lag_p99", "ours_lag_max", "ours_wakes", "ours_cpu"})
                + figures(
                    {"asyncio_lag_p50", "asyncio_lag_p99", "asyncio_lag_max", "asyncio_wakes", "asyncio_cpu"}, python);
        QTest::newRow("timeline") << QStringLiteral("timeline")
                                  << figures({"record_add_span", "record_add_span_fresh", "record_set_state",
                                         "record_set_state_fresh", "record_peak_rss", "paint_median", "paint_first",
                                         "replay_frame_median", "replay_frame_p99", "selection_statistics",
                                         "paint_refresh", "paint_peak_rss"});
        QTest::newRow("server") << QStringLiteral("server")
                                << figures({"nginx_rps", "nginx_over_local"}, {"wrk", "nginx"})
                + figures({"local_rps", "delay_1000_p50", "delay_1000_p99"}, {"wrk"})
                + figures({"ab_failed", "ab_keepalive_failed"}, {"ab"});
        Figures loops;
        for (const char *figure : {"sleepers", "lag", "flags20", "flags194"}) {
            loops += figures({QStringLiteral("glib_%1").arg(QLatin1String(figure)),
                QStringLiteral("unix_%1").arg(QLatin1String(figure))});
            loops += figures({QStringLiteral("asyncio_%1").arg(QLatin1String(figure))}, python);
            loops += figures({QStringLiteral("uvloop_%1").arg(QLatin1String(figure))}, python + QStringList{"uvloop"});
        }
        QTest::newRow("loops") << QStringLiteral("loops") << loops;
        QTest::newRow("primes") << QStringLiteral("primes")
                                << figures({"floor_wall", "sequential_wall", "sequential_vs_floor", "threads_wall",
                                       "threads_speedup", "threads_gil_wall", "threads_gil_speedup", "processes_wall",
                                       "processes_speedup", "gui_threads_lag_p99", "gui_threads_lag_max",
                                       "gui_processes_lag_p99", "gui_processes_lag_max"})
                + figures({"python_wall"}, python);
        QTest::newRow("import") << QStringLiteral("import")
                                << figures({"import_floor", "import_load", "import_gui_gap", "import_refresh_step",
                                       "import_peak_rss", "record_add_link"});
        QTest::newRow("pytrace") << QStringLiteral("pytrace")
                                 << figures({"bare_local_plain_wall", "bare_local_traced_wall", "bare_local_ratio",
                                                "bare_delay_plain_wall", "bare_delay_traced_wall", "bare_delay_ratio"},
                                        python)
                + figures({"book_local_plain_wall", "book_local_traced_wall", "book_local_ratio",
                              "book_delay_plain_wall", "book_delay_traced_wall", "book_delay_ratio"},
                    python + QStringList{"httpx"});
    }

    // Each benchmark the cases above leave out, as `bench --quick` promises: every figure measured
    // (or skipped for a tool this machine lacks, and the notes say so), every goal judged, in seconds.
    void quickRunHasEveryFigure()
    {
        QFETCH(QString, benchmark);
        QFETCH(Figures, expected);
        const Result result = bench({benchmark, QStringLiteral("--runs"), QStringLiteral("1")}, 60);
        QVERIFY2(result.status == 0, qPrintable(result.err));
        const QJsonObject section = result.json[QLatin1String("benchmarks")][benchmark].toObject();
        const QJsonArray errors = section[QLatin1String("errors")].toArray();
        QVERIFY2(errors.isEmpty(), QJsonDocument(errors).toJson(QJsonDocument::Compact).constData());
        const QJsonArray notes = section[QLatin1String("notes")].toArray();
        QStringList ids;
        for (const QJsonValue &value : section[QLatin1String("rows")].toArray()) {
            const QJsonObject row = value.toObject();
            ids << row[QLatin1String("id")].toString();
            QCOMPARE(row[QLatin1String("runs")].toInt(), 1);
            QVERIFY2(row[QLatin1String("value")].isDouble(), qPrintable(QJsonDocument(row).toJson()));
            if (row[QLatin1String("goal")].isObject()) {
                const QString verdict = row[QLatin1String("result")].toString();
                QVERIFY2(verdict == QLatin1String("pass") || verdict == QLatin1String("miss"),
                    qPrintable(QJsonDocument(row).toJson()));
            }
        }
        QStringList expectedIds;
        for (const auto &[id, tools] : expected) {
            expectedIds << id;
            if (!ids.contains(id))
                QVERIFY2(!tools.isEmpty() && notesSayMissing(notes, tools),
                    qPrintable(QStringLiteral("%1.%2 is missing; notes: %3")
                                   .arg(benchmark, id, QJsonDocument(notes).toJson(QJsonDocument::Compact))));
        }
        for (const QString &id : std::as_const(ids))
            QVERIFY2(
                expectedIds.contains(id), qPrintable(QStringLiteral("unexpected figure %1.%2").arg(benchmark, id)));
    }

    void badGoalIsAUsageError()
    {
        const Result result = bench({QStringLiteral("--goal"), QStringLiteral("stall_sleep")});
        QCOMPARE(result.status, 2);
        QVERIFY(result.err.contains(QLatin1String("--goal")));
    }
};

QTEST_GUILESS_MAIN(TestBench)
#include "tst_bench.moc"
