// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/demoregistry.h"
#include "app/mainwindow.h"
#include "app/screenshots.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"

#include <QCoroTask>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Lab;

// The screenshot tour without a display (the e2e test runs it under Xvfb): one real picture per
// demo in the window and in presenter mode, and the countdown's blocking run; folders it cannot use are named.
class TestScreenshots : public QObject
{
    Q_OBJECT

    // Distinct colours on a grid of samples: a blank or one-colour picture has one or two.
    static int sampledColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        return int(colours.size());
    }

private Q_SLOTS:
    void folderProblems()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(screenshotFolderProblem(dir.path()), QString());
        QCOMPARE(screenshotFolderProblem(dir.filePath(QStringLiteral("missing"))), QStringLiteral("no such folder"));
        QFile file(dir.filePath(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(screenshotFolderProblem(file.fileName()), QStringLiteral("not a folder"));
        QCOMPARE(screenshotFolderProblem(QString()), QStringLiteral("no folder given"));
        // Trying the folder leaves nothing behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("file")});
    }

    void onePicturePerDemo()
    {
        TraceRecorder recorder;
        EventLoopMonitor monitor(&recorder);
        FlagServerThread flagServer;
        MainWindow window(PageContext{&recorder, &monitor, 0.05, &flagServer, nullptr});
        window.resize(1200, 800);
        monitor.start();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        QCOMPARE(QCoro::waitFor(takeScreenshots(&window, dir.path(), 0.05)), 0);

        QStringList expected;
        for (const QString &id : demoIds())
            expected << id + QLatin1String(".png") << QLatin1String("presenter-") + id + QLatin1String(".png");
        expected << QStringLiteral("countdown-blocking.png");
        QStringList written = QDir(dir.path()).entryList(QDir::Files);
        written.sort();
        expected.sort();
        QCOMPARE(written, expected);
        QSet<size_t> seen;
        for (const QString &name : std::as_const(written)) {
            const QImage image(dir.filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            QVERIFY2(image.width() >= 600 && image.height() >= 400, qPrintable(name));
            QVERIFY2(sampledColours(image) > 20, qPrintable(name));
            seen.insert(qHashBits(image.constBits(), size_t(image.sizeInBytes())));
        }
        QCOMPARE(seen.size(), written.size()); // no two pictures alike
        QVERIFY(!window.isPresenterMode()); // the tour leaves the window as it found it
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
