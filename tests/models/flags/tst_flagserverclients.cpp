// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// `concurrency-lab serve` as the book's clients meet it: the lab's own `flags` command, which
// names the server it used, and a script in the book's style (httpx, asyncio, .gif URLs).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestFlagServerClients : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void flagsNamesAnotherServerByUrl();
    void flagsNamesTheBuiltInServersMode_data();
    void flagsNamesTheBuiltInServersMode();
    void bookStyleHttpxScript();
    void serveOnThreadsAnswersAndLogsEveryRequest();

private:
    QString run(const QStringList &arguments);

    QProcess m_serve;
    QString m_baseUrl; // http://127.0.0.1:PORT/flags
};

void TestFlagServerClients::initTestCase()
{
    m_serve.start(QStringLiteral(LAB_BINARY), {"serve", "--port", "0", "--delay", "0.05", "--quiet"});
    QVERIFY(m_serve.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += m_serve.readAllStandardOutput()).contains('\n'), 20000);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/flags)/")).match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    QVERIFY2(out.contains("the book's DELAY server"), out.constData());
    m_baseUrl = match.captured(1);
}

void TestFlagServerClients::cleanupTestCase()
{
    m_serve.terminate(); // SIGTERM: serve stops cleanly
    QVERIFY(m_serve.waitForFinished(20000));
    QCOMPARE(m_serve.exitCode(), 0);
}

QString TestFlagServerClients::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LAB_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return QStringLiteral("(did not finish)");
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestFlagServerClients::flagsNamesAnotherServerByUrl()
{
    // Not "LOCAL site": the lab cannot know this server's mode, its URL says which it is.
    const QString out = run({"flags", "--server", m_baseUrl, "BR", "JP"});
    QVERIFY2(out.startsWith(QStringLiteral("Site: %1\n").arg(m_baseUrl)), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("2 flags downloaded.")), qPrintable(out));
}

void TestFlagServerClients::flagsNamesTheBuiltInServersMode_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("label");
    QTest::newRow("no delay") << QStringList{} << "LOCAL";
    QTest::newRow("delay") << QStringList{"--delay", "0.05"} << "DELAY";
    QTest::newRow("jitter") << QStringList{"--jitter", "0.05"} << "DELAY";
    QTest::newRow("errors") << QStringList{"--error-rate", "0.5"} << "ERROR";
}

void TestFlagServerClients::flagsNamesTheBuiltInServersMode()
{
    QFETCH(QStringList, options);
    QFETCH(QString, label);
    const QString out = run(QStringList{"flags", "BR"} + options);
    QVERIFY2(out.startsWith(label + QStringLiteral(" site: http://127.0.0.1:")), qPrintable(out));
}

void TestFlagServerClients::bookStyleHttpxScript()
{
    // Debian's interpreter first: it is the one python3-httpx installs for.
    QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python))
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty() || QProcess::execute(python, {"-c", "import httpx"}) != 0)
        QSKIP("python3 with httpx is missing (Debian: python3-httpx)");
    QTemporaryDir dest;
    QVERIFY(dest.isValid());
    QProcess script;
    script.start(python,
        {QStringLiteral(LAB_SOURCE_DIR "/tests/models/flags/scripts/flags_httpx_asyncio.py"), m_baseUrl, dest.path()});
    QVERIFY(script.waitForFinished(120000));
    const QString out = QString::fromUtf8(script.readAllStandardOutput());
    QVERIFY2(script.exitCode() == 0, qPrintable(out + QString::fromUtf8(script.readAllStandardError())));
    QVERIFY2(out.contains(QLatin1String("20 flags downloaded in ")), qPrintable(out));
    const QStringList saved = QDir(dest.path()).entryList({QStringLiteral("*.gif")}, QDir::Files);
    QCOMPARE(saved.size(), 20);
    for (const QString &name : saved) {
        QFile file(dest.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.read(6) == "GIF89a", qPrintable(name)); // what `file` reads: "GIF image data"
    }
}

void TestFlagServerClients::serveOnThreadsAnswersAndLogsEveryRequest()
{
    // Three servers share one port; the log (written by the main thread) and the totals cover all three.
    QProcess serve;
    serve.start(QStringLiteral(LAB_BINARY), {"serve", "--port", "0", "--threads", "3"});
    QVERIFY(serve.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += serve.readAllStandardOutput()).contains('\n'), 20000);
    QVERIFY2(out.contains("on 3 threads"), out.constData());
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/flags)/")).match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    for (int round = 0; round < 3; ++round) {
        const QString got = run({"flags", "--server", match.captured(1)});
        QVERIFY2(got.contains(QLatin1String("20 flags downloaded.")), qPrintable(got));
    }
    serve.terminate();
    QVERIFY(serve.waitForFinished(20000));
    QCOMPARE(serve.exitCode(), 0);
    out += serve.readAllStandardOutput();
    QVERIFY2(out.contains("Stopped after 60 requests: 60 answered, 0 dropped"), out.constData());
    const QList<QByteArray> log = serve.readAllStandardError().trimmed().split('\n');
    QCOMPARE(log.count(), 60);
    for (const QByteArray &line : log)
        QVERIFY2(line.startsWith("/flags/") && line.contains(".png 200 "), line.constData());
}

QTEST_GUILESS_MAIN(TestFlagServerClients)
#include "tst_flagserverclients.moc"
