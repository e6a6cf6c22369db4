// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/sourcesnippet.h"

#include <QFile>
#include <QTest>

using namespace Lab;

// The code panel shows the compiled-in source: the same lines, at the same line numbers, as the file.
class TestSourceSnippet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesTheFileOnDisk_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mustContain");
        const QString spinner = QStringLiteral("models/spinner/spinnerdemo.cpp");
        QTest::newRow("countdown") << "models/countdown/countdowndemo.cpp"
                                   << "countdown"
                                   << "co_await Lab::sleepForSeconds(delay)";
        QTest::newRow("blocking") << spinner << "blocking"
                                  << "QThread::usleep";
        QTest::newRow("thread") << spinner << "thread"
                                << "QThread::create";
        QTest::newRow("coroutine") << spinner << "coroutine"
                                   << "co_await Lab::sleepForSeconds(seconds)";
        QTest::newRow("cpu-blocking") << spinner << "cpu-blocking"
                                      << "Lab::checkPrimeLasting(seconds)";
        QTest::newRow("cpu-pool") << spinner << "cpu-pool"
                                  << "co_await QtConcurrent::run";
    }

    void matchesTheFileOnDisk()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, mustContain);
        const SourceSnippet snippet = SourceSnippet::load(file, name);
        QVERIFY(snippet.isValid());
        QVERIFY(snippet.text.contains(mustContain));
        QVERIFY(!snippet.text.contains(QLatin1String("snippet-begin")));
        QFile source(QStringLiteral(LAB_SOURCE_DIR "/") + file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(source.readAll()).split(u'\n');
        const QStringList shown = snippet.text.split(u'\n');
        QCOMPARE(lines.mid(snippet.firstLine - 1, shown.size()), shown);
    }

    void missingSnippetIsInvalid()
    {
        QVERIFY(!SourceSnippet::load(QStringLiteral("models/countdown/countdowndemo.cpp"), QStringLiteral("nope"))
                     .isValid());
        QVERIFY(!SourceSnippet::load(QStringLiteral("no/such/file.cpp"), QStringLiteral("countdown")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSourceSnippet)
#include "tst_sourcesnippet.moc"
