// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The "Your program" page driven as a user does: pick the page in the list, type a command, click
// Run or Stop; the console, the result line and the recording show what the program did.
#include "app/tracepage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include "../common/testwindow.h"

using namespace Lab;

class TestTracePage : public QObject
{
    Q_OBJECT
private:
    TestWindow m_window;

    TracePage *openPageByMouse()
    {
        auto *list = m_window.window->findChild<QListWidget *>();
        const auto items = list->findItems(QStringLiteral("Your program"), Qt::MatchExactly);
        if (items.size() != 1)
            return nullptr;
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
        return qobject_cast<TracePage *>(m_window.window->currentPage());
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void init() { QVERIFY(m_window.open(1.0)); }
    void cleanup() { m_window.close(); }

    void aTypedProgramRunsAndItsBlockingSleepShowsOnTheLoopLane()
    {
        TracePage *page = openPageByMouse();
        QVERIFY(page);
        type(page->commandEdit(), QStringLiteral("python3 countdown.py blocking"));
        type(page->folderEdit(), QStringLiteral(LAB_SOURCE_DIR "/tests/models/pytrace"));
        QCOMPARE(page->exampleBox()->currentIndex(), page->exampleBox()->count() - 1); // "Your own command"
        QTest::mouseClick(page->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && page->resultText().contains(u"exited with status 0"), 60000);
        QVERIFY(page->console()->toPlainText().startsWith(u"A 3\nA 2\nA 1\nB 3"));
        int blocks = 0;
        for (const TaskInfo &task : page->recorder()->tasks())
            if (task.name == u"event loop (MainThread)")
                for (const Span &span : page->recorder()->spans())
                    blocks += span.task == task.id && span.state == TaskState::Blocked;
        QCOMPARE(blocks, 3);
    }

    void anExampleChosenByKeyboardRuns()
    {
        TracePage *page = openPageByMouse();
        QVERIFY(page);
        page->exampleBox()->setFocus();
        QTest::keyClick(page->exampleBox(), Qt::Key_Down);
        QTest::keyClick(page->exampleBox(), Qt::Key_Down);
        QTest::keyClick(page->exampleBox(), Qt::Key_Down); // "Thread pool and a thread"
        QCOMPARE(page->commandEdit()->text(), QStringLiteral("python3 threads.py"));
        QTest::mouseClick(page->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && page->resultText().contains(u"exited with status 0"), 60000);
        QVERIFY(page->console()->toPlainText().contains(u"squares: [1, 4, 9, 16]"));
        int workers = 0;
        for (const TaskInfo &task : page->recorder()->tasks())
            workers += task.name.startsWith(u"ThreadPoolExecutor-");
        QCOMPARE(workers, 2);
    }

    void stopEndsAHangingProgramAndSaysSo()
    {
        TracePage *page = openPageByMouse();
        QVERIFY(page);
        type(page->commandEdit(),
            QStringLiteral(
                "python3 -c \"import asyncio; print('started', flush=True); asyncio.run(asyncio.sleep(600))\""));
        QTest::mouseClick(page->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->console()->toPlainText().contains(u"started"), 30000);
        QTest::mouseClick(page->stopButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && page->resultText().startsWith(u"Stopped"), 10000);
        QVERIFY(page->runButton()->isEnabled());
    }

    void aProgramThatCannotStartIsExplained()
    {
        TracePage *page = openPageByMouse();
        QVERIFY(page);
        type(page->commandEdit(), QStringLiteral("no-such-program-here"));
        QTest::mouseClick(page->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->resultText().startsWith(u"Cannot run: cannot start no-such-program-here"), 10000);
        QVERIFY(page->runButton()->isEnabled());
    }
};

QTEST_MAIN(TestTracePage)
#include "tst_tracepage.moc"
