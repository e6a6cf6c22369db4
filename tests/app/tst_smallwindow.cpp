// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/corospage.h"
#include "app/mainwindow.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/codeview.h"
#include "widgets/coroutinestepview.h"
#include "widgets/followingsplitter.h"
#include "widgets/timelinepainter.h"
#include "widgets/timelinepanel.h"
#include "widgets/timelinewidget.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFocusFrame>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitterHandle>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "../common/offscreenscreen.h"

using namespace Lab;

// The plain window at a projector's 1024 x 700 and at its default size, as a learner or a speaker
// uses it: every page's visual gets a usable room, nothing scrolls sideways or is cut at an edge,
// the timeline's share shrinks with the window, and a splitter the user drags stays where it was
// left, page by page, from one start of the app to the next.
class TestSmallWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TraceRecorder m_recorder;
    FlagServerThread m_flagServer;
    std::unique_ptr<EventLoopMonitor> m_monitor;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    int m_files = 0;

    // A window with the settings file of this test; @p size, or the window's default size if invalid.
    void openWindow(QSize size)
    {
        m_window = std::make_unique<MainWindow>(
            PageContext{&m_recorder, m_monitor.get(), 0.1, &m_flagServer, m_settings.get()});
        if (size.isValid())
            m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        if (size.isValid())
            QTRY_COMPARE(m_window->size(), size);
    }

    void closeWindow()
    {
        m_window->close(); // saves the settings, as closing the app does
        m_window.reset();
    }

    void key(Qt::Key key) { QTest::keyClick(m_window.get(), key); }

    // Page Up back to the first page, as a speaker would.
    void goToFirstPage()
    {
        for (int i = 0; i < m_window->pages().size() && m_window->currentPage() != m_window->pages().first(); ++i)
            key(Qt::Key_PageUp);
        QCOMPARE(m_window->currentPage(), m_window->pages().first());
    }

    // Page Down from the first page until page @p id is on screen.
    DemoPage *goToPage(const QString &id)
    {
        goToFirstPage();
        for (int i = 0; i < m_window->pages().size() && m_window->currentPage()->id() != id; ++i)
            key(Qt::Key_PageDown);
        return m_window->currentPage()->id() == id ? m_window->currentPage() : nullptr;
    }

    static bool isInside(const QWidget *widget, const QWidget *ancestor)
    {
        for (const QWidget *w = widget; w; w = w->parentWidget()) {
            if (w == ancestor)
                return true;
        }
        return false;
    }

    // True if all of @p widget is inside every widget that holds it, up to the window: nothing of it cut at an edge.
    static bool isWhole(const QWidget *widget)
    {
        QRect rect = widget->rect();
        const QRect whole = rect;
        for (const QWidget *w = widget; !w->isWindow(); w = w->parentWidget()) {
            rect = rect.translated(w->pos()).intersected(w->parentWidget()->rect());
            if (rect.size() != whole.size())
                return false;
        }
        return true;
    }

    static QString describe(const QWidget *widget)
    {
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            text = label->text().left(40);
        return QStringLiteral("%1 \"%2\" \"%3\" %4x%5")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->accessibleName(), text)
            .arg(widget->width())
            .arg(widget->height());
    }

    // What a user of page @p page would find cut, squeezed or scrolling sideways; empty if nothing.
    QString firstProblem(DemoPage *page, QSize usable) const
    {
        const QString where = page->id() + QLatin1String(": ");
        auto *area = qobject_cast<QScrollArea *>(page->visualArea());
        if (!area || !area->isVisible())
            return where + QLatin1String("no visual on screen");
        // The visual: a usable room, its whole width (what is taller than the room scrolls down).
        const QSize room = area->viewport()->size();
        if (room.width() < usable.width() || room.height() < usable.height())
            return where
                + QStringLiteral("the visual gets %1x%2, wants %3x%4")
                      .arg(room.width())
                      .arg(room.height())
                      .arg(usable.width())
                      .arg(usable.height());
        if (area->widget()->width() > room.width() || area->horizontalScrollBar()->isVisible())
            return where
                + QStringLiteral("the visual scrolls sideways: %1 px wide in %2 px")
                      .arg(area->widget()->width())
                      .arg(room.width());
        const QWidget *code = page->findChild<CodeView *>();
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            // Qt's own parts of a control follow it; the focus ring is drawn around the focused widget.
            if (!widget->isVisible() || widget->objectName().startsWith(QLatin1String("qt_"))
                || qobject_cast<QFocusFrame *>(widget))
                continue;
            // Code lines are as long as their authors wrote them: the code panel scrolls them.
            if (isInside(widget, code))
                continue;
            // Nothing inside the visual scrolls sideways either (its tables, lists and logs).
            if (auto *scroller = qobject_cast<QAbstractScrollArea *>(widget);
                scroller && scroller != area && scroller->horizontalScrollBar()->isVisible())
                return where + describe(widget) + QLatin1String(" scrolls sideways");
            // Every cell's text whole: as wide as its column needs, or wrapped in a row as tall as it needs.
            if (auto *table = qobject_cast<QTableView *>(widget)) {
                const QAbstractItemView *view = table; // sizeHintFor…() are public here
                for (int column = 0; column < table->model()->columnCount(); ++column) {
                    if (!table->wordWrap() && table->columnWidth(column) < view->sizeHintForColumn(column))
                        return where + describe(widget) + QStringLiteral(" cuts column %1's text").arg(column);
                }
                for (int row = 0; table->wordWrap() && row < table->model()->rowCount(); ++row) {
                    if (table->rowHeight(row) < view->sizeHintForRow(row))
                        return where + describe(widget) + QStringLiteral(" cuts row %1's text").arg(row);
                }
            }
            // Every item of a grid inside it (the flags): no grid hides items in a scrolling of its own.
            if (auto *list = qobject_cast<QListView *>(widget);
                list && list->viewMode() == QListView::IconMode && isInside(list, area->viewport())) {
                for (int row = 0; row < list->model()->rowCount(); ++row) {
                    const QRect item = list->visualRect(list->model()->index(row, 0));
                    if (!list->viewport()->rect().contains(item))
                        return where + describe(widget)
                            + QStringLiteral(" hides item %1 at %2,%3").arg(row).arg(item.x()).arg(item.y());
                }
            }
            // Outside the visual's scrolling: on screen whole, at the size it needs.
            if (isInside(widget, area->viewport()))
                continue;
            if (!isWhole(widget))
                return where + describe(widget) + QLatin1String(" is cut off");
            const QSize needs = widget->minimumSizeHint().boundedTo(widget->maximumSize());
            if (widget->width() < needs.width() || widget->height() < needs.height())
                return where + describe(widget)
                    + QStringLiteral(" is squeezed: needs %1x%2").arg(needs.width()).arg(needs.height());
            if (auto *label = qobject_cast<QLabel *>(widget); label && label->wordWrap() && !label->text().isEmpty()
                && label->height() < label->heightForWidth(label->width()))
                return where + describe(widget) + QLatin1String(" has its wrapped lines cut");
        }
        // The timeline's legend: every entry within the timeline's width.
        TimelineWidget *timeline = m_window->timeline();
        if (timeline->isVisible()) {
            for (const auto &entry : TimelinePainter::legendEntries(timeline->width(), timeline->fontMetrics())) {
                if (entry.rect.right() >= timeline->width())
                    return where
                        + QStringLiteral("the timeline's legend entry \"%1\" is cut at %2 px")
                              .arg(entry.name)
                              .arg(timeline->width());
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("default")));
    }

    void init()
    {
        m_monitor = std::make_unique<EventLoopMonitor>(&m_recorder);
        // A file of its own per test: QSettings caches files by name within the process.
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("lab-%1.ini").arg(++m_files)), QSettings::IniFormat);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_monitor.reset();
    }

    void everyPageIsUsable_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QSize>("usable");
        // The visual's room at least: most of the page's width, and the height of a good part of it.
        QTest::newRow("projector 1024x700") << QSize(1024, 700) << QSize(420, 250);
        QTest::newRow("default size") << QSize() << QSize(560, 330);
    }

    void everyPageIsUsable()
    {
        QFETCH(QSize, size);
        QFETCH(QSize, usable);
        openWindow(size);
        for (DemoPage *p : m_window->pages())
            qWarning() << p->id() << p->visualArea()->minimumSizeHint() << p->minimumSizeHint()
                       << p->findChild<CodeView *>()->minimumSizeHint() << p->codeSplitter()->minimumSizeHint();
        qWarning() << m_window->minimumSizeHint() << m_window->findChild<QListWidget *>()->width()
                   << m_window->timelinePanel()->minimumSizeHint();
        QVERIFY(m_window->isTimelineVisible());
        QVERIFY(m_window->isCodeVisible());
        goToFirstPage();
        QStringList seen;
        for (int i = 0; i < m_window->pages().size(); ++i) {
            if (i > 0)
                key(Qt::Key_PageDown);
            DemoPage *page = m_window->currentPage();
            QVERIFY(!seen.contains(page->id()));
            seen.append(page->id());
            // Once the page laid out (a page lays out again when it is shown).
            QTRY_COMPARE(firstProblem(page, usable), QString());
            // And with what a run puts on screen: rows of results, a log, a summary.
            if (auto *coros = qobject_cast<CorosPage *>(page)) {
                // The exercise with the most on screen, the toy loop (its log and heap), chosen with the
                // arrow keys; the prediction skipped with its key.
                QComboBox *exercise = coros->exerciseBox();
                exercise->setFocus(Qt::TabFocusReason);
                while (exercise->currentIndex() < CorosPage::ToyLoopIndex)
                    QTest::keyClick(exercise, Qt::Key_Down);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::AltModifier);
                QTRY_VERIFY(coros->view()->skipPredictionBox()->isChecked());
            }
            key(Qt::Key_Space);
            if (!QTest::qWaitFor(
                    [page] {
                        return page->runButton()->isEnabled();
                    },
                    20000))
                key(Qt::Key_Space); // an endless demo (plates, chess): Space stops it
            QTRY_VERIFY_WITH_TIMEOUT(page->runButton()->isEnabled(), 20000);
            QTRY_COMPARE(firstProblem(page, usable), QString());
        }
        QCOMPARE(seen.size(), m_window->pages().size());

        // Chosen from the list with the mouse, too: the same pages, the same room.
        auto *list = m_window->findChild<QListWidget *>();
        QVERIFY(list);
        for (int row = 0; row < list->count(); ++row) {
            const QRect item = list->visualItemRect(list->item(row));
            QVERIFY(list->viewport()->rect().contains(item)); // every demo's name whole in the list
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item.center());
            QCOMPARE(m_window->currentPage(), m_window->pages().at(row));
            QTRY_COMPARE(firstProblem(m_window->currentPage(), usable), QString());
        }
    }

    // Zooming in on a projector's 1024 px: the window stays on the screen, however wide the
    // visuals' text grows (a visual scrolls sideways only then, as a last resort).
    void zoomingInKeepsTheWindowOnScreen()
    {
        openWindow(QSize(1024, 700));
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(m_window->zoom(), 1.6);
        for (int i = 0; i < m_window->pages().size(); ++i) {
            QApplication::processEvents();
            QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
                qPrintable(m_window->currentPage()->id() + QString::number(m_window->minimumSizeHint().width())));
            QCOMPARE(m_window->size(), QSize(1024, 700));
            key(Qt::Key_PageDown);
        }
    }

    // The timeline takes a smaller share of a short window: the page keeps the room its visual needs.
    void timelineShareShrinksWithTheWindow()
    {
        openWindow(QSize(1400, 900));
        TimelinePanel *panel = m_window->timelinePanel();
        const auto share = [this, panel] {
            return double(panel->height()) / double(panel->height() + m_window->currentPage()->height());
        };
        const double tall = share();
        QVERIFY2(tall > 0.3 && tall < 0.45, qPrintable(QString::number(tall)));
        m_window->resize(1024, 700);
        QTRY_COMPARE(m_window->size(), QSize(1024, 700));
        QTRY_VERIFY2(share() < tall - 0.05, qPrintable(QString::number(share())));
        // Still a timeline: the ruler, the event loop's lane and lanes below it.
        QVERIFY(panel->height() >= panel->minimumSizeHint().height());
        QVERIFY(m_window->timeline()->height() >= m_window->timeline()->minimumSizeHint().height());
        // And back: the split follows the window both ways.
        m_window->resize(1400, 900);
        QTRY_VERIFY(std::abs(share() - tall) < 0.02);
    }

    // A splitter dragged with the mouse keeps the user's sizes, on its page only, and the next
    // start of the app shows them again; one never dragged follows the window.
    void draggedSplittersAreRemembered()
    {
        openWindow(QSize(1024, 700));
        DemoPage *spinner = goToPage(QStringLiteral("spinner"));
        QVERIFY(spinner);
        FollowingSplitter *split = spinner->codeSplitter();
        QVERIFY(!split->isDragged());
        QTRY_VERIFY(split->sizes().at(1) > 0);
        const QList<int> before = split->sizes();

        // Drag the handle between the visual and the code 60 px to the left: more room for the code.
        QSplitterHandle *handle = split->handle(1);
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip - QPoint(60, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(60, 0));
        QVERIFY(split->isDragged());
        const QList<int> dragged = split->sizes();
        QCOMPARE(dragged.at(0), before.at(0) - 60);
        QCOMPARE(dragged.at(1), before.at(1) + 60);

        // The page and the timeline: the timeline 40 px taller.
        FollowingSplitter *main = m_window->timelineSplitter();
        QVERIFY(!main->isDragged());
        const QList<int> mainBefore = main->sizes();
        QSplitterHandle *mainHandle = main->handle(1);
        const QPoint mainGrip = mainHandle->rect().center();
        QTest::mousePress(mainHandle, Qt::LeftButton, {}, mainGrip);
        QTest::mouseMove(mainHandle, mainGrip - QPoint(0, 40));
        QTest::mouseRelease(mainHandle, Qt::LeftButton, {}, mainGrip - QPoint(0, 40));
        QVERIFY(main->isDragged());
        const QList<int> mainDragged = main->sizes();
        QCOMPARE(mainDragged.at(1), mainBefore.at(1) + 40);

        // A wider window: the dragged splits keep the user's sizes, not the rule's.
        m_window->resize(1100, 700);
        QTRY_COMPARE(m_window->size(), QSize(1100, 700));
        QTRY_VERIFY(split->sizes().at(0) + split->sizes().at(1) > dragged.at(0) + dragged.at(1));
        QVERIFY(split->sizes().at(0) * 5 < (split->sizes().at(0) + split->sizes().at(1)) * 3);
        m_window->resize(1024, 700);
        QTRY_COMPARE(m_window->size(), QSize(1024, 700));

        // Another page was not dragged: it follows the window.
        DemoPage *countdown = goToPage(QStringLiteral("countdown"));
        QVERIFY(countdown);
        QVERIFY(!countdown->codeSplitter()->isDragged());
        const QList<int> countdownSizes = countdown->codeSplitter()->sizes();

        // The next start of the app, with the same settings: the user's splits again, page by page.
        closeWindow();
        openWindow(QSize(1024, 700));
        spinner = goToPage(QStringLiteral("spinner"));
        QVERIFY(spinner);
        QVERIFY(spinner->codeSplitter()->isDragged());
        QTRY_COMPARE(spinner->codeSplitter()->sizes(), dragged);
        QVERIFY(m_window->timelineSplitter()->isDragged());
        QCOMPARE(m_window->timelineSplitter()->sizes(), mainDragged);
        countdown = goToPage(QStringLiteral("countdown"));
        QVERIFY(!countdown->codeSplitter()->isDragged());
        QTRY_COMPARE(countdown->codeSplitter()->sizes(), countdownSizes);
    }
};

// A screen larger than the window, as a desktop's: the window is 1024 x 700 because it was made so.
int main(int argc, char **argv)
{
    return Lab::execOnScreen<TestSmallWindow>(argc, argv, 1920, 1080);
}
#include "tst_smallwindow.moc"
