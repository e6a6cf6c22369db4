// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/hostileserver.h"

// `concurrency-lab flags --server` against a server of our own that attacks it: in every mode
// the report names each attack the same way, prints nothing a terminal would act on, ends in
// bounded time, and --save writes nothing through a link.
namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run runFlags(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LAB_BINARY), QStringList{QStringLiteral("flags")} + arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestFlagsCommandHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_baseUrl = m_server.baseUrl(); }
    void verboseReport_data();
    void verboseReport();
    void saveRefusesALink();

private:
    HostileServer m_server;
    QUrl m_baseUrl;
};

void TestFlagsCommandHostile::verboseReport_data()
{
    QTest::addColumn<QStringList>("mode");
    QTest::newRow("sequential") << QStringList{"--mode", "sequential"};
    QTest::newRow("blocking") << QStringList{"--blocking"};
    QTest::newRow("threads") << QStringList{"--mode", "threads"};
    QTest::newRow("coroutines") << QStringList{"--mode", "coroutines"};
}

void TestFlagsCommandHostile::verboseReport()
{
    QFETCH(QStringList, mode);
    const Run run = runFlags(QStringList{"EN", "BL", "HG", "RF", "RL", "ES", "GB", "BR", "--server",
                                 m_baseUrl.toString(), "--verbose", "--timeout", "2"}
        + mode);
    QVERIFY2(run.status == 0, run.err.constData());
    // Nothing a terminal would act on, and no line longer than a screen or two.
    for (const char c : run.out)
        QVERIFY2(c == '\n' || (uchar(c) >= 0x20 && c != 0x7f), run.out.constData());
    for (const QByteArray &line : run.out.split('\n'))
        QVERIFY2(line.size() <= 160, line.constData());
    const QString out = QString::fromUtf8(run.out);
    for (const char *expected :
        {"EN error: answer too large (over 2 MiB)\n", "BL error: answer too large (over 2 MiB)\n",
            "HG error: image too large (5600 × 5600 px, at most 1024 a side)\n", "RF error: HTTP 302 - Found\n",
            "RL error: HTTP 301 - Moved Permanently\n", "ES error: HTTP 500 - ]0;owned[2J[31mBad1m news ",
            "GB error: connection closed by the server\n", "BR OK\n", "1 flag downloaded.\n", "7 errors.\n"})
        QVERIFY2(out.contains(QString::fromUtf8(expected)), qPrintable(out));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.openConnections(), 0, 10000);
}

void TestFlagsCommandHostile::saveRefusesALink()
{
    // savedir/br.png -> ../outside/precious.txt: the flag is not saved, the outside file untouched.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QDir(root.path()).mkpath(QStringLiteral("savedir"));
    QDir(root.path()).mkpath(QStringLiteral("outside"));
    QFile precious(root.filePath(QStringLiteral("outside/precious.txt")));
    QVERIFY(precious.open(QIODevice::WriteOnly));
    precious.write("precious");
    precious.close();
    QVERIFY(QFile::link(QStringLiteral("../outside/precious.txt"), root.filePath(QStringLiteral("savedir/br.png"))));
    const Run run = runFlags({"BR", "FR", "--server", m_baseUrl.toString(), "--verbose", "--save",
        root.filePath(QStringLiteral("savedir"))});
    QVERIFY2(run.status == 0, run.err.constData());
    QVERIFY2(run.out.contains("BR error: cannot save ") && run.out.contains("it is a link to"), run.out.constData());
    QVERIFY2(run.out.contains("FR OK\n"), run.out.constData());
    QVERIFY(precious.open(QIODevice::ReadOnly));
    QCOMPARE(precious.readAll(), QByteArray("precious"));
    QVERIFY(QFileInfo(root.filePath(QStringLiteral("savedir/br.png"))).isSymLink());
    QFile saved(root.filePath(QStringLiteral("savedir/fr.png")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().startsWith("\x89PNG"));
}

QTEST_GUILESS_MAIN(TestFlagsCommandHostile)
#include "tst_flagscommandhostile.moc"
