// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/aboutdialog.h"
#include "app/bench/loopsbench.h"
#include "app/eventlooptab.h"
#include "models/core/eventloopchoice.h"
#include "widgets/chesstotalschart.h"
#include "widgets/eventloopmeter.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Lab;

// The pluggable event loop: the app runs on GLib's or Qt's UNIX dispatcher, says which, and
// switches. Registered twice in CI: as is (GLib) and with QT_NO_GLIB=1.
class TestEventLoopSwitch : public QObject
{
    Q_OBJECT

    struct Result
    {
        int status = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments, const QStringList &environment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_NO_GLIB"));
        for (const QString &pair : environment)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LAB_BINARY), arguments);
        if (!process.waitForFinished(120000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_config.isValid());
    }

    void thisProcessRunsOnTheLoopItsEnvironmentAsks()
    {
        // Under the second CI registration this is QT_NO_GLIB=1 and Qt's UNIX dispatcher.
        QCOMPARE(runningEventLoop(), eventLoopFromEnvironment());
        QVERIFY(!runningDispatcherClass().isEmpty());
    }

    void theAppStartsAndRunsADemoOnEither_data()
    {
        QTest::addColumn<QString>("loop");
        QTest::addColumn<QString>("expected");
        QTest::newRow("glib") << "glib"
                              << "GLib's main loop";
        QTest::newRow("unix") << "unix"
                              << "Qt's UNIX dispatcher";
    }

    void theAppStartsAndRunsADemoOnEither()
    {
        QFETCH(QString, loop);
        QFETCH(QString, expected);
        const QStringList home{QStringLiteral("XDG_CONFIG_HOME=") + m_config.path()};
        const Result version = run({QStringLiteral("--event-loop"), loop, QStringLiteral("--version")}, home);
        QCOMPARE(version.status, 0);
        QVERIFY2(version.out.contains(QStringLiteral("event loop: %1").arg(expected)), qPrintable(version.out));
        // The window, a countdown run to its end, quit: the same coroutines on this loop.
        const Result demo = run({QStringLiteral("--event-loop"), loop, QStringLiteral("--demo"),
                                    QStringLiteral("countdown"), QStringLiteral("--time-scale"), QStringLiteral("0.05"),
                                    QStringLiteral("--run"), QStringLiteral("--quit-after-run")},
            home);
        QVERIFY2(demo.status == 0, qPrintable(demo.err));
        QVERIFY2(demo.out.startsWith(QLatin1String("countdown: ")), qPrintable(demo.out));
    }

    void optionWinsOverEnvironment()
    {
        const Result glib = run({QStringLiteral("--event-loop"), QStringLiteral("glib"), QStringLiteral("--version")},
            {QStringLiteral("QT_NO_GLIB=1")});
        QVERIFY2(glib.out.contains(QLatin1String("GLib's main loop")), qPrintable(glib.out));
        const Result unixLoop = run({QStringLiteral("--version")}, {QStringLiteral("QT_NO_GLIB=1")});
        QVERIFY2(unixLoop.out.contains(QLatin1String("Qt's UNIX dispatcher")), qPrintable(unixLoop.out));
    }

    void settingPicksItWhenNothingElseDoes()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        QDir().mkpath(config.path() + QStringLiteral("/Concurrency Lab"));
        QSettings stored(config.path() + QStringLiteral("/Concurrency Lab/concurrency-lab.conf"), QSettings::IniFormat);
        stored.setValue(EventLoopTab::settingKey(), QStringLiteral("unix"));
        stored.sync();
        const Result version = run({QStringLiteral("--version")}, {QStringLiteral("XDG_CONFIG_HOME=") + config.path()});
        QVERIFY2(version.out.contains(QLatin1String("Qt's UNIX dispatcher")), qPrintable(version.out));
    }

    void badValueIsRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("word") << "libuv";
        QTest::newRow("upper case") << "GLIB";
        QTest::newRow("empty") << "";
    }

    void badValueIsRefused()
    {
        QFETCH(QString, value);
        const Result result = run({QStringLiteral("--event-loop"), value});
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(QLatin1String("--event-loop")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void aboutTabSaysWhichAndOffersTheOther()
    {
        QSettings settings(m_config.path() + QStringLiteral("/about.conf"), QSettings::IniFormat);
        AboutDialog dialog(nullptr, &settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tab = dialog.findChild<EventLoopTab *>();
        QVERIFY(tab);
        dialog.tabs()->setCurrentWidget(tab);
        QVERIFY2(tab->runningLabel()->text().contains(eventLoopName(runningEventLoop())),
            qPrintable(tab->runningLabel()->text()));
        QVERIFY(tab->runningLabel()->text().contains(runningDispatcherClass()));
        QVERIFY(!tab->restartButton()->isEnabled());
        // The other loop, chosen with the keyboard: kept as the setting, and the restart is offered.
        tab->choice()->setFocus();
        QTest::keyClick(tab->choice(), runningEventLoop() == EventLoopKind::Glib ? Qt::Key_Down : Qt::Key_Up);
        const EventLoopKind other =
            runningEventLoop() == EventLoopKind::Glib ? EventLoopKind::Unix : EventLoopKind::Glib;
        QCOMPARE(settings.value(EventLoopTab::settingKey()).toString(), eventLoopKey(other));
        QVERIFY(tab->restartButton()->isEnabled());
        QTest::mouseClick(tab->restartButton(), Qt::LeftButton);
        // The app is asked to start again on it once its windows are closed.
        QCOMPARE(qApp->property(EventLoopTab::restartProperty()).toString(), eventLoopKey(other));
        QTRY_VERIFY(!dialog.isVisible());
        qApp->setProperty(EventLoopTab::restartProperty(), QVariant());
    }

    void aboutTabChartsTheLastComparison()
    {
        const QString path = loopsComparisonFile();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QJsonObject values{{"glib", 0.51}, {"unix", 0.52}, {"asyncio", 0.50}, {"uvloop", 0.49}};
        file.write(QJsonDocument(QJsonObject{{"date", "2026-12-04T17:00:00"},
                                     {"rows",
                                         QJsonArray{QJsonObject{{"figure", "20 flags at a 0.5 s delay: wall"},
                                                        {"unit", "s"}, {"values", values}},
                                             QJsonObject{{"figure", "heartbeat lag p99"}, {"unit", "ms"},
                                                 {"values", QJsonObject{{"glib", 0.4}, {"unix", 0.3}}}}}}})
                       .toJson());
        file.close();
        AboutDialog dialog;
        const QList<ChessTotalsChart *> charts = dialog.findChildren<ChessTotalsChart *>();
        QCOMPARE(charts.size(), 2);
        QCOMPARE(charts[0]->bars().size(), std::size_t(4));
        QCOMPARE(charts[0]->bars()[3].valueText, QStringLiteral("0.49 s"));
        QCOMPARE(charts[1]->bars()[3].valueText, QStringLiteral("not measured"));
        QVERIFY(charts[1]->bars()[1].ms > 0);
        QFile::remove(path);
        AboutDialog empty;
        QVERIFY(empty.findChildren<ChessTotalsChart *>().isEmpty());
    }
};

QTEST_MAIN(TestEventLoopSwitch)
#include "tst_eventloopswitch.moc"
