// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/countdownpage.h"
#include "app/flagspage.h"
#include "app/mainwindow.h"
#include "app/themefocusframe.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/codeview.h"
#include "widgets/countdownlogview.h"
#include "widgets/timelinewidget.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <memory>

#include "tests/common/testwindow.h"

using namespace Lab;

// The keys a speaker (or a presentation clicker) drives the demos with, sent to the window.
class TestKeyboard : public QObject
{
    Q_OBJECT

    // Slow enough that a run is still going when the second Space arrives.
    static constexpr double TimeScale = 0.5;
    TestWindow m_test;

    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_test.window.get(), Qt::Key(key), modifiers);
    }

    int currentIndex() const { return int(m_test.window->pages().indexOf(m_test.window->currentPage())); }

    void focus(QWidget *widget)
    {
        widget->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(widget->hasFocus());
    }

    static void collectMenuActions(const QMenu *menu, QList<QAction *> &actions)
    {
        for (QAction *action : menu->actions()) {
            actions.append(action);
            if (action->menu())
                collectMenuActions(action->menu(), actions);
        }
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_test.open(TimeScale, true));
        m_test.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_test.window.get()));
    }

    void cleanup() { m_test.close(); }

    void pageKeysAndArrowsMoveBetweenDemos_data()
    {
        QTest::addColumn<int>("next");
        QTest::addColumn<int>("previous");
        QTest::newRow("page keys (clickers)") << int(Qt::Key_PageDown) << int(Qt::Key_PageUp);
        QTest::newRow("arrows (clickers)") << int(Qt::Key_Right) << int(Qt::Key_Left);
    }

    void pageKeysAndArrowsMoveBetweenDemos()
    {
        QFETCH(int, next);
        QFETCH(int, previous);
        QCOMPARE(currentIndex(), 0);
        key(next);
        QCOMPARE(currentIndex(), 1);
        key(next);
        QCOMPARE(currentIndex(), 2);
        key(previous);
        QCOMPARE(currentIndex(), 1);
        key(previous);
        key(previous); // the first demo stays the first
        QCOMPARE(currentIndex(), 0);
        for (int i = 0; i < m_test.window->pages().size() + 2; ++i)
            key(next);
        QCOMPARE(currentIndex(), m_test.window->pages().size() - 1);
    }

    void arrowsStayInFieldsThatUseThem()
    {
        QVERIFY(m_test.window->showDemo(QStringLiteral("flags")));
        auto *page = qobject_cast<FlagsPage *>(m_test.window->currentPage());
        const int flags = currentIndex();
        QLineEdit *url = page->baseUrl();
        focus(url);
        url->setCursorPosition(0);
        key(Qt::Key_Right);
        QCOMPARE(currentIndex(), flags);
        key(Qt::Key_Left);
        QCOMPARE(currentIndex(), flags);
        // Letters and Space type into the field: no run starts, no switch flips.
        const bool blocking = page->blockingSwitch()->isChecked();
        const QString text = url->text();
        QTest::keyClicks(url, QStringLiteral("b r"));
        QCOMPARE(url->text().size(), text.size() + 3);
        QCOMPARE(page->blockingSwitch()->isChecked(), blocking);
        QVERIFY(!page->isRunning());
        // A spin box takes the arrows too, but PageDown (what a clicker sends) still moves on.
        auto *spin = page->findChild<QSpinBox *>();
        QVERIFY(spin);
        focus(spin);
        key(Qt::Key_Right);
        QCOMPARE(currentIndex(), flags);
        key(Qt::Key_PageDown);
        QCOMPARE(currentIndex(), flags + 1);
    }

    void spaceRunsAndStops()
    {
        QVERIFY(m_test.window->showDemo(QStringLiteral("countdown")));
        auto *page = qobject_cast<CountdownPage *>(m_test.window->currentPage());
        // Even over a focused check box: Space is the speaker's run key (Enter presses buttons).
        focus(page->blockingSwitch());
        key(Qt::Key_Space);
        QTRY_VERIFY(page->isRunning());
        QVERIFY(!page->blockingSwitch()->isChecked());
        QTRY_VERIFY(page->log()->rowCount() >= 1);
        key(Qt::Key_Space);
        QVERIFY(!page->isRunning());
        QVERIFY(page->runButton()->isEnabled());
        key(Qt::Key_Space);
        QTRY_VERIFY(page->isRunning());
        page->stop();
        // Enter presses the focused check box (a key press goes to the focused widget).
        QTest::keyClick(page->blockingSwitch(), Qt::Key_Return);
        QTRY_VERIFY(page->blockingSwitch()->isChecked());
    }

    void bTogglesBlockingAndRResets()
    {
        QVERIFY(m_test.window->showDemo(QStringLiteral("countdown")));
        auto *page = qobject_cast<CountdownPage *>(m_test.window->currentPage());
        auto *blockAction = m_test.window->findChild<QAction *>(QStringLiteral("block"));
        QVERIFY(blockAction->isEnabled());
        QVERIFY(!page->blockingSwitch()->isChecked());
        key(Qt::Key_B);
        QVERIFY(page->blockingSwitch()->isChecked());
        QVERIFY(blockAction->isChecked());
        key(Qt::Key_B);
        QVERIFY(!page->blockingSwitch()->isChecked());
        QVERIFY(!blockAction->isChecked());
        // The switch clicked with the mouse: the menu item follows.
        QTest::mouseClick(page->blockingSwitch(), Qt::LeftButton, {}, QPoint(8, page->blockingSwitch()->height() / 2));
        QVERIFY(blockAction->isChecked());
        page->blockingSwitch()->setChecked(false);

        page->run();
        QTRY_VERIFY(page->log()->rowCount() >= 1);
        key(Qt::Key_R);
        QVERIFY(!page->isRunning());
        QCOMPARE(page->log()->rowCount(), 0);

        // A page without the switch: B does nothing, and the menu says so.
        QVERIFY(m_test.window->showDemo(QStringLiteral("latency")));
        QVERIFY(!m_test.window->currentPage()->blockingSwitch());
        QVERIFY(!blockAction->isEnabled());
        key(Qt::Key_B);
    }

    void tAndCShowAndHideTimelineAndCode()
    {
        DemoPage *page = m_test.window->currentPage();
        auto *code = page->findChild<CodeView *>();
        QVERIFY(m_test.window->timeline()->isVisible());
        QVERIFY(code->isVisible());
        key(Qt::Key_T);
        QVERIFY(!m_test.window->timeline()->isVisible());
        QVERIFY(!m_test.window->isTimelineVisible());
        key(Qt::Key_T);
        QVERIFY(m_test.window->timeline()->isVisible());
        key(Qt::Key_C);
        QVERIFY(!code->isVisible());
        // Every page: the next one shows no code either.
        key(Qt::Key_PageDown);
        QVERIFY(!m_test.window->currentPage()->findChild<CodeView *>()->isVisible());
        key(Qt::Key_C);
        QVERIFY(m_test.window->currentPage()->findChild<CodeView *>()->isVisible());
    }

    void f11AndEscape()
    {
        key(Qt::Key_Escape);
        QVERIFY(!m_test.window->isPresenterMode());
        key(Qt::Key_F11);
        QVERIFY(m_test.window->isPresenterMode());
        QVERIFY(m_test.window->windowState() & Qt::WindowFullScreen);
        key(Qt::Key_Escape);
        QVERIFY(!m_test.window->isPresenterMode());
        QVERIFY(!(m_test.window->windowState() & Qt::WindowFullScreen));
        key(Qt::Key_F11);
        key(Qt::Key_F11);
        QVERIFY(!m_test.window->isPresenterMode());
    }

    void everyKeyIsInAMenu()
    {
        QList<QAction *> inMenus;
        for (QAction *action : m_test.window->menuBar()->actions()) {
            if (action->menu())
                collectMenuActions(action->menu(), inMenus);
        }
        int keyed = 0;
        for (QAction *action : m_test.window->actions()) {
            if (action->shortcuts().isEmpty())
                continue;
            ++keyed;
            QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
        }
        QVERIFY(keyed >= 13);
        const QStringList keys{QStringLiteral("PgDown"), QStringLiteral("Space"), QStringLiteral("B"),
            QStringLiteral("R"), QStringLiteral("T"), QStringLiteral("C"), QStringLiteral("F11"), QStringLiteral("Esc"),
            QStringLiteral("Ctrl+=")};
        QStringList shown;
        for (const QAction *action : std::as_const(inMenus))
            shown.append(action->shortcut().toString(QKeySequence::PortableText));
        for (const QString &k : keys)
            QVERIFY2(shown.contains(k), qPrintable(k));
    }

    void focusIsVisible()
    {
        QPushButton *run = m_test.window->currentPage()->runButton();
        focus(run);
        ThemeFocusFrame *frame = nullptr;
        QTRY_VERIFY((frame = m_test.window->findChild<ThemeFocusFrame *>()) && frame->isVisible());
        QCOMPARE(frame->widget(), run);
        const QRect ring(frame->mapTo(m_test.window.get(), QPoint()), frame->size());
        const QRect button(run->mapTo(m_test.window.get(), QPoint()), run->size());
        QVERIFY(ring.contains(button));
        QVERIFY(ring.width() >= button.width() + 2 * frame->lineWidth());
        // Tab moves it along.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(frame->widget() && frame->widget() != run);
        QCOMPARE(frame->widget(), QApplication::focusWidget());
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
