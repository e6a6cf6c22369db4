// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

// `concurrency-lab bench` itself, at tiny sizes (--quick): the JSON a script reads, a goal that
// turns to MISS when its figure is over it, and a run whose work failed reported as failed.
class TestBench : public QObject
{
    Q_OBJECT

    struct Result
    {
        int status = -1;
        QJsonObject json;
        QString err;
    };

    static Result bench(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(LAB_BINARY),
            QStringList{QStringLiteral("bench"), QStringLiteral("--quick"), QStringLiteral("--json")} + arguments);
        if (!process.waitForFinished(180'000)) {
            process.kill();
            process.waitForFinished();
            return {};
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

    void badGoalIsAUsageError()
    {
        const Result result = bench({QStringLiteral("--goal"), QStringLiteral("stall_sleep")});
        QCOMPARE(result.status, 2);
        QVERIFY(result.err.contains(QLatin1String("--goal")));
    }
};

QTEST_GUILESS_MAIN(TestBench)
#include "tst_bench.moc"
