// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The timeline panel in the window. File > Open trace: a saved Chrome trace comes back onto the
// timeline; a bad file leaves the timeline as it was and says what is wrong. The timeline keeps
// its keys when it has focus, though the window binds some of them too.
#include "app/mainwindow.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/chrometraceexporter.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/timelinepanel.h"
#include "widgets/timelinewidget.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "tests/common/testwindow.h"

using namespace Lab;

class TestTimelineWindow : public QObject
{
    Q_OBJECT
    TestWindow m_test;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_test.recorder.clear();
        QVERIFY(m_test.open(0.1));
    }

    void cleanup() { m_test.close(); }

    void theFileMenuOffersIt()
    {
        const auto actions = m_test.window->menuBar()->actions().constFirst()->menu()->actions();
        QVERIFY(std::any_of(actions.begin(), actions.end(), [](const QAction *action) {
            return action->text().contains(QStringLiteral("Open trace"));
        }));
        QCOMPARE(m_test.window->timelinePanel()->timeline(), m_test.window->timeline());
    }

    void aSavedTraceComesBack()
    {
        // A recording saved by another session of the app.
        TraceRecorder saved;
        const qint64 o = saved.origin();
        const TaskId br = saved.addTask(QStringLiteral("download BR"), QStringLiteral("worker 1"));
        saved.addSpan(br, TaskState::AwaitingIo, o + 1'000'000, o + 900'000'000, QStringLiteral("get BR"));
        saved.addSpan(EventLoopTask, TaskState::Blocked, o + 100'000'000, o + 400'000'000, QStringLiteral("frozen"));
        const QString path = m_dir.filePath(QStringLiteral("saved.json"));
        QVERIFY(ChromeTraceExporter(&saved).writeFile(path, nullptr));

        QString error;
        QVERIFY2(m_test.window->openTrace(path, &error), qPrintable(error));
        TimelineWidget *timeline = m_test.window->timeline();
        QVERIFY(!timeline->isLive());
        QVERIFY(timeline->laneOf(br) > 0);
        QCOMPARE(timeline->lanes().lane(timeline->laneOf(br)).task.name, QStringLiteral("download BR"));
        QVERIFY(timeline->lanes().latest() >= 900'000'000);
        // It can be replayed like a run.
        QVERIFY(timeline->canReplay());
        timeline->setReplayTime(200'000'000);
        QCOMPARE(timeline->lanes().lane(0).stateAt(timeline->replayTime()), std::optional(TaskState::Blocked));
        timeline->stopReplay();
    }

    void theFocusedTimelineKeepsItsKeysButNotTheClickers()
    {
        const TaskId task = m_test.recorder.addTask(QStringLiteral("t"), QStringLiteral("worker 1"));
        m_test.recorder.addSpan(
            task, TaskState::Running, m_test.recorder.origin(), m_test.recorder.origin() + 2'000'000'000);
        TimelineWidget *timeline = m_test.window->timeline();
        timeline->refresh();
        timeline->fitAll();
        timeline->setFocus();
        QTRY_VERIFY(timeline->hasFocus());
        DemoPage *page = m_test.window->currentPage();
        const qint64 start = timeline->mapping().start();
        // D pans the view; the window's demo list does not move.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D);
        QCOMPARE(m_test.window->currentPage(), page);
        QVERIFY(timeline->mapping().start() > start);
        // A clicker's Page Down and Right still go to the next demo, and back.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        QVERIFY(m_test.window->currentPage() != page);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp);
        QCOMPARE(m_test.window->currentPage(), page);
        timeline->setFocus();
        QTRY_VERIFY(timeline->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QVERIFY(m_test.window->currentPage() != page);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(m_test.window->currentPage(), page);
        timeline->setFocus();
        QTRY_VERIFY(timeline->hasFocus());
        // Escape leaves replay instead of full screen.
        timeline->setReplayTime(1'000'000'000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!timeline->isReplaying());
        // Space still runs the demo: the window's key.
        QSignalSpy aboutToRun(page, &DemoPage::aboutToRun);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_COMPARE(aboutToRun.count(), 1);
        page->stop();
    }

    void aCutShortTraceOpensAndSaysWhatWasSkipped()
    {
        // A crashed process's trace: no closing bracket, one event with a broken stamp.
        const QByteArray content = R"([{"ph":"M","pid":1,"tid":7,"name":"thread_name","args":{"name":"main"}},
            {"ph":"X","pid":1,"tid":7,"ts":0,"dur":2000,"name":"work"},
            {"ph":"X","pid":1,"tid":7,"ts":"later","dur":2,"name":"bad"},
            {"ph":"X","pid":1,"tid":7,"ts":3000,"dur":500,"name":"more"},)";
        const QString path = m_dir.filePath(QStringLiteral("crashed.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        QString error;
        QVERIFY2(m_test.window->openTrace(path, &error), qPrintable(error));
        const QString message = m_test.window->lastOpenMessage();
        QVERIFY2(message.contains(QStringLiteral("cut short")) && message.contains(QStringLiteral("skipped")),
            qPrintable(message));
        TimelineWidget *timeline = m_test.window->timeline();
        QCOMPARE(timeline->lanes().lane(1).task.name, QStringLiteral("main"));
        QCOMPARE(timeline->lanes().lane(1).size(), std::size_t(2));
    }

    void aBadFileIsRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("an image") << QByteArray("\x89PNG\r\n\x1a\n....") << QStringLiteral("not a Chrome trace");
        QTest::newRow("settings") << QByteArray(R"({"theme":"dark"})") << QStringLiteral("not a Chrome trace");
        QTest::newRow("no event usable") << QByteArray(R"([{"ph":"X","ts":"soon","dur":2,"name":"a"}])")
                                         << QStringLiteral("no events");
    }

    void aBadFileIsRefusedWithAReason()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        // What the timeline showed before stays.
        const TaskId kept = m_test.recorder.addTask(QStringLiteral("kept"), QStringLiteral("worker 1"));
        m_test.recorder.addSpan(
            kept, TaskState::Running, m_test.recorder.origin(), m_test.recorder.origin() + 1'000'000);
        m_test.window->timeline()->refresh();
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();

        QString error;
        QVERIFY(!m_test.window->openTrace(path, &error));
        QVERIFY2(error.contains(QStringLiteral("bad.json")) && error.contains(reason), qPrintable(error));
        QVERIFY(m_test.window->timeline()->laneOf(kept) > 0);
        QVERIFY(!m_test.window->openTrace(m_dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.json")));
    }
};

QTEST_MAIN(TestTimelineWindow)
#include "tst_timelinewindow.moc"
