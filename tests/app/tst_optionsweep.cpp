// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include <QProcess>
#include <QTest>

#include <cmath>

// Every numeric option of every headless command, given the extremes a number can be: the
// most negative and the largest double, the smallest positive one and other denormals, 1e-50,
// NaN and infinities, and the option's own minimum and (where a run at it is short) maximum.
// Each run must end, quickly, either done (0) or refused with a message naming the option (2):
// before, `chess --time-scale 1e-50` was accepted and spun forever.
namespace {

struct Option
{
    const char *command;
    QStringList base; // arguments that keep an accepted run short
    const char *name;
    QString min;
    QString max; // empty: a run at the maximum is long by design (600 s), not swept
};

const QStringList Extremes{
    QStringLiteral("-1.7976931348623157e308"),
    QStringLiteral("-4.9e-324"),
    QStringLiteral("4.9e-324"), // the smallest positive double, a denormal
    QStringLiteral("1e-310"), // another denormal
    QStringLiteral("2.2250738585072014e-308"), // the smallest normal double
    QStringLiteral("1e-50"),
    QStringLiteral("1e-7"),
    QStringLiteral("1.7976931348623157e308"),
    QStringLiteral("1e400"),
    QStringLiteral("nan"),
    QStringLiteral("inf"),
    QStringLiteral("-inf"),
    QStringLiteral("2147483648"),
};

} // namespace

class TestOptionSweep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sweep_data();
    void sweep();
};

void TestOptionSweep::sweep_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("mustRefuse");
    const QStringList chess{"chess", "--opponents", "2", "--moves", "1", "--time-scale", "0"};
    const QStringList flags{"flags", "BR", "FR"};
    const QStringList plates{"plates", "--simulated", "--seconds", "1", "--plates", "4"};
    const QStringList scale{"scale", "--coroutines", "10", "--seconds", "0.01"};
    const QStringList scaleThreads{"scale", "--threads", "2", "--seconds", "0.01"};
    const QList<Option> options{
        {"chess", chess, "opponents", "1", "1000"},
        {"chess", chess, "master-move", "0.001", "3600"},
        {"chess", chess, "opponent-move", "0", "3600"},
        {"chess", chess, "moves", "1", "200"},
        {"chess", chess, "time-scale", "0", ""},
        {"countdown", {"countdown", "--time-scale", "0"}, "time-scale", "0", ""},
        {"flags", flags, "max-req", "1", "1000"},
        {"flags", flags, "timeout", "0.001", "3600"},
        {"flags", flags, "delay", "0", ""},
        {"flags", flags, "jitter", "0", ""},
        {"flags", flags, "error-rate", "0", "1"},
        {"flags", flags, "limit", "1", "2147483647"},
        {"plates", plates, "plates", "1", "1000"},
        {"plates", plates, "hands", "1", "4"},
        {"plates", plates, "seconds", "0.1", "3600"},
        {"plates", plates, "block-after", "0", "1"},
        {"plates", plates, "block-for", "0.01", "3600"},
        {"plates", plates, "seed", "0", "4294967295"},
        {"plates", plates, "visit", "0.01", "60"},
        {"plates", plates, "time-scale", "0.001", "100"},
        {"scale", scale, "coroutines", "1", "1000000"},
        {"scale", scaleThreads, "threads", "1", "50000"},
        {"scale", scaleThreads, "thread-cap", "1", "50000"},
        {"scale", scale, "seconds", "0.001", ""},
        {"spinner", {"spinner", "--seconds", "0.05"}, "seconds", "0.01", ""},
    };
    for (const Option &option : options) {
        const QString name = QStringLiteral("--") + QLatin1String(option.name);
        QStringList values = Extremes;
        values << option.min;
        if (!option.max.isEmpty())
            values << option.max;
        const double min = option.min.toDouble();
        const double max = option.max.isEmpty() ? 600 : option.max.toDouble();
        for (const QString &value : std::as_const(values)) {
            // Taken: a finite number in range, 0 or at least a millionth (smaller is not representable).
            const double number = value.toDouble();
            const bool takes =
                std::isfinite(number) && number >= min && number <= max && (number == 0 || std::abs(number) >= 1e-6);
            QTest::addRow("%s %s %s", option.command, option.name, qPrintable(value))
                << (option.base + QStringList{name, value}) << name << !takes;
        }
    }
}

void TestOptionSweep::sweep()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    QFETCH(bool, mustRefuse);
    QProcess process;
    process.start(QStringLiteral(LAB_BINARY), arguments);
    QVERIFY(process.waitForStarted());
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        QFAIL("still running after 120 s: the value made it hang");
    }
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    if (mustRefuse) {
        QVERIFY2(process.exitCode() == 2, qPrintable(errors));
        QVERIFY2(errors.contains(option), qPrintable(errors));
    } else {
        QVERIFY2(process.exitCode() == 0, qPrintable(errors));
    }
}

QTEST_GUILESS_MAIN(TestOptionSweep)
#include "tst_optionsweep.moc"
