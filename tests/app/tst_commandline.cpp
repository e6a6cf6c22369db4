// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

#include "tests/common/countdownorder.h"
#include "tests/common/runlab.h"

// The real binary, as a user types it: wrong input gets a clear message and status 2;
// the headless demos print the lab's lines.
class TestCommandLine : public QObject
{
    Q_OBJECT

    using Result = LabRun;

    static Result run(const QStringList &arguments) { return runLab(arguments); }

    // Every option that takes a value, by command ("" is the window), and what kind of value.
    enum class Kind { Number, Word, Url, Address, Path };
    struct Option
    {
        const char *command;
        const char *name;
        Kind kind;
    };
    static const std::vector<Option> &options()
    {
        static const std::vector<Option> list{
            {"", "demo", Kind::Word},
            {"", "time-scale", Kind::Number},
            {"", "trace", Kind::Path},
            {"", "screenshots", Kind::Path},
            {"plates", "plates", Kind::Number},
            {"plates", "hands", Kind::Number},
            {"plates", "seconds", Kind::Number},
            {"plates", "block-after", Kind::Number},
            {"plates", "block-for", Kind::Number},
            {"plates", "seed", Kind::Number},
            {"plates", "visit", Kind::Number},
            {"plates", "time-scale", Kind::Number},
            {"plates", "trace", Kind::Path},
            {"latency", "ram-mib", Kind::Number},
            {"latency", "server", Kind::Url},
            {"latency", "fsync-dir", Kind::Path},
            {"latency", "trace", Kind::Path},
            {"primes", "mode", Kind::Word},
            {"primes", "workers", Kind::Number},
            {"primes", "switch-interval", Kind::Number},
            {"primes", "trace", Kind::Path},
            {"spinner", "mode", Kind::Word},
            {"spinner", "seconds", Kind::Number},
            {"spinner", "trace", Kind::Path},
            {"countdown", "time-scale", Kind::Number},
            {"countdown", "trace", Kind::Path},
            {"coroutines", "exercise", Kind::Word},
            {"flags", "mode", Kind::Word},
            {"flags", "max-req", Kind::Number},
            {"flags", "limit", Kind::Number},
            {"flags", "delay", Kind::Number},
            {"flags", "jitter", Kind::Number},
            {"flags", "error-rate", Kind::Number},
            {"flags", "server", Kind::Url},
            {"flags", "timeout", Kind::Number},
            {"flags", "save", Kind::Path},
            {"flags", "trace", Kind::Path},
            {"serve", "port", Kind::Number},
            {"serve", "bind", Kind::Address},
            {"serve", "delay", Kind::Number},
            {"serve", "jitter", Kind::Number},
            {"serve", "error-rate", Kind::Number},
            {"serve", "threads", Kind::Number},
            {"chess", "opponents", Kind::Number},
            {"chess", "master-move", Kind::Number},
            {"chess", "opponent-move", Kind::Number},
            {"chess", "moves", Kind::Number},
            {"chess", "mode", Kind::Word},
            {"chess", "time-scale", Kind::Number},
            {"chess", "trace", Kind::Path},
            {"scale", "coroutines", Kind::Number},
            {"scale", "threads", Kind::Number},
            {"scale", "seconds", Kind::Number},
            {"scale", "thread-cap", Kind::Number},
            {"scale", "trace", Kind::Path},
            {"bench", "runs", Kind::Number},
            {"bench", "server", Kind::Url},
            {"bench", "goal", Kind::Word},
        };
        return list;
    }

private Q_SLOTS:
    // Each option, given wrong values: negative, huge, text and empty (a path: empty, or a file
    // where a folder is meant). Each gets status 2 and a message naming the option or the value.
    void everyOptionRejectsWrongValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("value");
        for (const Option &option : options()) {
            QStringList values;
            switch (option.kind) {
            case Kind::Number:
                values = {"-1", "1e12", "ten", ""};
                break;
            case Kind::Word:
                values = {"-1", "1e12", "nosuch", ""};
                break;
            case Kind::Url:
                values = {"-1", "1e12", "ftp://127.0.0.1/flags", "not a url", ""};
                break;
            case Kind::Address:
                values = {"-1", "1e12", "localhost.nowhere", "999.1.1.1", ""};
                break;
            case Kind::Path:
                values = {""};
                // A folder option given a file.
                if (QByteArray(option.name) != "trace")
                    values.append(QStringLiteral(LAB_SOURCE_DIR "/README.md"));
                break;
            }
            for (const QString &value : std::as_const(values)) {
                QStringList arguments;
                if (*option.command)
                    arguments.append(QLatin1String(option.command));
                arguments << QStringLiteral("--%1").arg(QLatin1String(option.name)) << value;
                QTest::addRow("%s --%s '%s'", *option.command ? option.command : "window", option.name,
                    qPrintable(value.size() > 20 ? QStringLiteral("file") : value))
                    << arguments << value;
            }
        }
    }

    void everyOptionRejectsWrongValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, value);
        const Result result = run(arguments);
        QVERIFY2(result.status == 2, qPrintable(QStringLiteral("status %1: %2").arg(result.status).arg(result.err)));
        const QString option = arguments.at(arguments.size() - 2);
        const bool named = result.err.contains(option) || (!value.isEmpty() && result.err.contains(value));
        QVERIFY2(named, qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("--help")), qPrintable(result.err));
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{"--bogus"} << "Unknown option 'bogus'";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
        QTest::newRow("unknown demo") << QStringList{"--demo", "nosuch"} << "unknown demo 'nosuch'";
        QTest::newRow("missing demo name") << QStringList{"--demo"} << "Missing value after '--demo'";
        QTest::newRow("scale text") << QStringList{"--time-scale", "fast"} << "--time-scale needs a number";
        QTest::newRow("scale negative") << QStringList{"--time-scale", "-1"} << "--time-scale must be between";
        QTest::newRow("scale empty") << QStringList{"--time-scale", ""} << "--time-scale needs a value";
        QTest::newRow("spinner mode") << QStringList{"spinner", "--mode", "fast"} << "unknown mode 'fast'";
        QTest::newRow("spinner seconds zero")
            << QStringList{"spinner", "--seconds", "0"} << "--seconds must be between";
        QTest::newRow("spinner seconds huge") << QStringList{"spinner", "--seconds", "1e12"} << "--seconds must be";
        QTest::newRow("spinner seconds nan")
            << QStringList{"spinner", "--seconds", "nan"} << "--seconds needs a number";
        QTest::newRow("countdown scale huge") << QStringList{"countdown", "--time-scale", "1e9"} << "must be between";
        QTest::newRow("countdown extra") << QStringList{"countdown", "extra"} << "unexpected argument 'extra'";
        QTest::newRow("countdown unknown") << QStringList{"countdown", "--fast"} << "Unknown option 'fast'";
        QTest::newRow("bench unknown") << QStringList{"bench", "nosuch"} << "unknown benchmark 'nosuch'";
        QTest::newRow("bench empty") << QStringList{"bench", ""} << "unknown benchmark ''";
        QTest::newRow("bench negative") << QStringList{"bench", "-1"} << "Unknown option '1'";
        QTest::newRow("flags mode") << QStringList{"flags", "--mode", "fast"} << "--mode must be";
        QTest::newRow("flags limit") << QStringList{"flags", "--limit", "-1"} << "--limit N must be >= 1";
        QTest::newRow("flags code") << QStringList{"flags", "123"} << "each CC argument must be";
        QTest::newRow("flags error rate")
            << QStringList{"flags", "--error-rate", "2"} << "--error-rate must be between";
        QTest::newRow("flags server") << QStringList{"flags", "--server", "notaurl"} << "http:// or https:// URL";
        QTest::newRow("flags timeout") << QStringList{"flags", "--timeout", "0"} << "--timeout must be between";
        QTest::newRow("serve port") << QStringList{"serve", "--port", "99999"} << "--port must be between";
        QTest::newRow("serve delay") << QStringList{"serve", "--delay", "x"} << "--delay needs a number";
        QTest::newRow("serve bind") << QStringList{"serve", "--bind", "nowhere"} << "--bind needs an IP address";
    }

    void rejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result result = run(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("--help")), qPrintable(result.err));
    }

    void helpAndVersion()
    {
        const Result help = run({"--help"});
        QCOMPARE(help.status, 0);
        for (const char *word : {"plates", "latency", "spinner", "countdown", "coroutines", "flags", "serve", "chess",
                 "scale", "bench", "--demo", "--time-scale"})
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
        const Result version = run({"--version"});
        QCOMPARE(version.status, 0);
        QVERIFY(version.out.contains(QLatin1String("concurrency-lab 0.")));
        const Result demos = run({"--list-demos"});
        QCOMPARE(demos.status, 0);
        QCOMPARE(demos.out.split(u'\n', Qt::SkipEmptyParts),
            (QStringList{"plates", "latency", "spinner", "countdown", "coroutines", "flags", "chess", "scale", "primes",
                "trace"}));
    }

    void countdownOrder_data()
    {
        QTest::addColumn<bool>("blocking");
        QTest::addColumn<QString>("order");
        QTest::newRow("awaited") << false << "C3 C2 A3 C1 D3 A2 B3 D2 A1 D1 B2 B1";
        QTest::newRow("blocking") << true << "A3 A2 A1 B3 B2 B1 C3 C2 C1 D3 D2 D1";
    }

    void primesPrintsTheBooksLines()
    {
        const Result result = run({"primes", "--mode", "executor-map", "--workers", "2"});
        QCOMPARE(result.status, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 22, qPrintable(result.out));
        QCOMPARE(lines[0],
            QStringLiteral("Checking 20 numbers with 2 processes, largest first, results in submission order:"));
        // f'{n:16}  {label} {elapsed:9.6f}s', in submission order: the numbers sorted largest first
        static const QRegularExpression line(QStringLiteral("^[ 0-9]{16}  [P ] [ 0-9][0-9]\\.[0-9]{6}s$"));
        for (int i = 1; i <= 20; ++i)
            QVERIFY2(line.match(lines[i]).hasMatch(), qPrintable(lines[i]));
        QVERIFY(lines[1].startsWith(QStringLiteral("9999999999999999     ")));
        QVERIFY(lines[2].startsWith(QStringLiteral("9999999999999917  P ")));
        QVERIFY(lines[20].startsWith(QStringLiteral("               2  P ")));
        QVERIFY(QRegularExpression(QStringLiteral("^Total time: [0-9]+\\.[0-9]{2}s$")).match(lines[21]).hasMatch());
        QCOMPARE(run({"primes", "--mode", "fibres"}).status, 2);
        QCOMPARE(run({"primes", "--mode", "sequential", "--gil"}).status, 2);
        QCOMPARE(run({"primes-worker"}).status, 2); // the app starts its workers, nobody else
    }

    void countdownOrder()
    {
        QFETCH(bool, blocking);
        QFETCH(QString, order);
        QStringList arguments{"countdown", "--time-scale", "0.1"};
        if (blocking)
            arguments << "--blocking";
        const Result result = run(arguments);
        QCOMPARE(result.status, 0);
        // The lab's line: elapsed with 4 decimals and an s, one tab per column, "LABEL = n".
        static const QRegularExpression line(
            QStringLiteral("^ *(\\d+\\.\\d{4})s \\t(\\t*)([A-D]) = (\\d)$"), QRegularExpression::MultilineOption);
        QStringList seen;
        for (auto it = line.globalMatch(result.out); it.hasNext();) {
            const auto match = it.next();
            QCOMPARE(match.captured(2).size(), match.captured(3).at(0).unicode() - 'A');
            seen.append(match.captured(3) + match.captured(4));
        }
        if (blocking) {
            QCOMPARE(seen.join(u' '), order); // one countdown after the other: no timing can change it
        } else {
            // The lab's order ("C3 C2 A3 C1 ..."), up to the near ties a busy machine may swap.
            const QString problem = countdownOrderProblem(seen);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        static const QRegularExpression total(QStringLiteral("total: (\\d+\\.\\d\\d)s"));
        const double seconds = total.match(result.out).captured(1).toDouble();
        // 6.0 s awaited, 12.0 s blocking, at a tenth of the time: never less (the sleeps add up to
        // it), and not twice that however busy the machine.
        const double expected = blocking ? 1.2 : 0.6;
        QVERIFY2(seconds >= expected - 0.01 && seconds < 2 * expected, qPrintable(result.out));
    }

    void spinnerStalls_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("stalls");
        QTest::newRow("blocking") << "blocking" << true;
        QTest::newRow("coroutine") << "coroutine" << false;
    }

    void spinnerStalls()
    {
        QFETCH(QString, mode);
        QFETCH(bool, stalls);
        const Result result = run({"spinner", "--mode", mode, "--seconds", "0.5"});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.contains(QLatin1String("thinking!")));
        QVERIFY(result.out.contains(QLatin1String("Answer: 42\n")));
        static const QRegularExpression stall(QStringLiteral("longest event-loop stall: (\\d+\\.\\d\\d) s"));
        const double seconds = stall.match(result.out).captured(1).toDouble();
        // Blocking: the 0.5 s run freezes the loop in one piece; the coroutine never for half of it.
        if (stalls)
            QVERIFY2(seconds >= 0.45 && seconds < 1.5, qPrintable(result.out));
        else
            QVERIFY2(seconds < 0.25, qPrintable(result.out));
    }

    void flagsReport()
    {
        // The book's flags2 report, against the built-in server in the same process.
        const Result result = run({"flags", "--delay", "0.2", "-a", "-l", "30", "--verbose"});
        QCOMPARE(result.status, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.value(0).startsWith(QLatin1String("DELAY site: http://127.0.0.1:")), qPrintable(result.out));
        QCOMPARE(lines.value(1), QStringLiteral("Searching for 30 flags: from AD to CD"));
        QCOMPARE(lines.value(2), QStringLiteral("30 concurrent connections will be used."));
        QVERIFY(lines.contains(QStringLiteral("BR OK")));
        QVERIFY(lines.contains(QStringLiteral("--------------------")));
        QVERIFY(lines.contains(QStringLiteral("30 flags downloaded.")));
        static const QRegularExpression elapsed(
            QStringLiteral("^Elapsed time: (\\d+\\.\\d\\d)s$"), QRegularExpression::MultilineOption);
        const double seconds = elapsed.match(result.out).captured(1).toDouble();
        QVERIFY2(seconds >= 0.19 && seconds < 1.0, qPrintable(result.out)); // about one round trip

        const Result refused = run({"flags", "--server", "http://127.0.0.1:1/flags"});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QLatin1String("cannot reach the flag server")), qPrintable(refused.err));
    }

    void unwritableTrace()
    {
        const Result result = run({"countdown", "--time-scale", "0.01", "--trace", "/nonexistent/dir/t.json"});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QLatin1String("Cannot write /nonexistent/dir/t.json")), qPrintable(result.err));
    }

    // A command prints the same figures on every machine: a Portuguese or German locale does not
    // turn "41,000,000" into "41.000.000" nor "1.3 years" into "1,3 years".
    void commandNumbersDoNotFollowTheUsersLocale()
    {
        for (const char *locale : {"pt_BR.UTF-8", "de_DE.UTF-8"}) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(locale));
            environment.insert(QStringLiteral("LANG"), QString::fromLatin1(locale));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(LAB_BINARY), {"latency", "--no-http", "--ram-mib", "8"});
            QVERIFY(process.waitForFinished(120'000));
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            QCOMPARE(process.exitCode(), 0);
            QVERIFY2(out.contains(QLatin1String("41,000,000")), qPrintable(out));
            QVERIFY2(out.contains(QLatin1String("1.3 years")), qPrintable(out));
        }
    }

    // The window mode reports a trace it cannot write and exits 1, as the headless commands do.
    void unwritableTraceInTheWindow()
    {
        QTemporaryDir config;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LAB_BINARY),
            {"--demo", "countdown", "--run", "--quit-after-run", "--time-scale", "0.01", "--trace",
                "/nonexistent/dir/t.json"});
        QVERIFY(process.waitForFinished(120'000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(out.contains(QLatin1String("countdown: total:")), qPrintable(out)); // the run itself happened
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("Cannot write /nonexistent/dir/t.json")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
