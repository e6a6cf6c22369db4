// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/chesspage.h"
#include "app/countdownpage.h"
#include "app/flagspage.h"
#include "app/mainwindow.h"
#include "app/platespage.h"
#include "app/presenterlegend.h"
#include "models/flags/flaggridmodel.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/chessboardview.h"
#include "widgets/codeview.h"
#include "widgets/countdownlogview.h"
#include "widgets/platesview.h"
#include "widgets/timelinepanel.h"
#include "widgets/timelinewidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFontInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

#include "../common/offscreenscreen.h"
#include "tests/common/testwindow.h"

using namespace Lab;

// Presenter mode as the back row sees it: every text at least 24 px on a 1080-line screen, and
// the zoom keys scale every text, not just the ones that inherit the window's font.
class TestPresenter : public QObject
{
    Q_OBJECT

    TestWindow m_test;

    QListWidget *demoList() const
    {
        for (auto *list : m_test.window->findChildren<QListWidget *>()) {
            if (list->accessibleName() == QLatin1String("Demos"))
                return list;
        }
        return nullptr;
    }

    QLabel *lessonLabel(DemoPage *page) const
    {
        for (auto *label : page->findChildren<QLabel *>()) {
            if (label->text() == page->lesson())
                return label;
        }
        return nullptr;
    }

    static double pixels(const QWidget *widget) { return QFontInfo(widget->font()).pixelSize(); }

    // Every widget the audience can see, with what it shows, for the failure message.
    QList<QWidget *> visibleWidgets() const
    {
        QList<QWidget *> widgets;
        for (QWidget *widget : m_test.window->findChildren<QWidget *>()) {
            if (widget->isVisible() && widget->window() == m_test.window.get())
                widgets.append(widget);
        }
        return widgets;
    }

    static QString describe(const QWidget *widget)
    {
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            text = label->text().left(40);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
        return QStringLiteral("%1 %2 \"%3\": %4 px")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text)
            .arg(pixels(widget));
    }

    // F11 as a speaker presses it, on a full-HD screen.
    void enterPresenterModeAt1920x1080()
    {
        QTest::keyClick(m_test.window.get(), Qt::Key_F11);
        QVERIFY(m_test.window->isPresenterMode());
        m_test.window->resize(1920, 1080);
        QTRY_COMPARE(m_test.window->size(), QSize(1920, 1080));
    }

    // True if all of @p rect (in @p widget's coordinates) is on screen: not scrolled away or cut off.
    static bool wholeOnScreen(const QWidget *widget, const QRect &rect)
    {
        return widget->isVisible() && widget->visibleRegion().boundingRect().contains(rect)
            && widget->visibleRegion().intersected(rect) == QRegion(rect);
    }

    // Shows page @p id by the keys (Page Down from the first page) and runs it with the Run button.
    DemoPage *showAndRun(const QString &id)
    {
        QWidget *window = m_test.window.get();
        for (int i = 0; i < m_test.window->pages().size() && m_test.window->currentPage()->id() != id; ++i)
            QTest::keyClick(window, Qt::Key_PageDown);
        DemoPage *page = m_test.window->currentPage();
        if (page->id() != id)
            return nullptr;
        QTest::mouseClick(page->runButton(), Qt::LeftButton);
        return page;
    }

    // The Run button comes back when the run is over (a run may start a moment after the click).
    static bool runEnds(DemoPage *page)
    {
        return QTest::qWaitFor(
            [page] {
                return page->runButton()->isEnabled();
            },
            120000);
    }

    // How many pixels of @p image inside @p rect are near @p colour.
    static int pixelsNear(const QImage &image, const QRect &rect, QColor colour)
    {
        int count = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                        + std::abs(c.blue() - colour.blue())
                    < 60)
                    ++count;
            }
        }
        return count;
    }

    // The first widget on screen smaller than it needs to show itself, or wrapped text cut short; empty if none.
    QString firstSqueezed(DemoPage *page) const
    {
        for (QWidget *widget : visibleWidgets()) {
            // Qt's own parts of a control (a spin box's line edit, a scroll bar) follow the control.
            if (widget->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QHeaderView *>(widget))
                continue;
            const QSize needs = widget->minimumSizeHint().boundedTo(widget->maximumSize());
            const auto *label = qobject_cast<QLabel *>(widget);
            const bool squeezed =
                (widget->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored && widget->width() < needs.width())
                || (widget->sizePolicy().verticalPolicy() != QSizePolicy::Ignored && widget->height() < needs.height())
                || (label && label->wordWrap() && !label->text().isEmpty()
                    && label->height() < label->heightForWidth(label->width()));
            if (squeezed)
                return page->id() + QLatin1String(": ") + describe(widget)
                    + QStringLiteral(" %1x%2, needs %3x%4")
                          .arg(widget->width())
                          .arg(widget->height())
                          .arg(needs.width())
                          .arg(label && label->wordWrap() ? label->heightForWidth(label->width()) : needs.height());
        }
        return {};
    }

private Q_SLOTS:
    void init() { QVERIFY(m_test.open(0.1)); }

    void cleanup() { m_test.close(); }

    void presenterModeMakesEveryTextLarge()
    {
        QVERIFY(demoList()->isVisible());
        QVERIFY(!m_test.window->legend()->isVisible());
        m_test.window->setPresenterMode(true);
        QVERIFY(m_test.window->isPresenterMode());
        QVERIFY(m_test.window->windowState() & Qt::WindowFullScreen);
        m_test.window->resize(1920, 1080);
        QVERIFY(!demoList()->isVisible());
        QVERIFY(m_test.window->legend()->isVisible());
        QVERIFY(m_test.window->legend()->text().contains(QLatin1String("Space")));
        QVERIFY(m_test.window->legend()->text().contains(QLatin1String("PgDown")));

        // Every page, every visible widget: labels, buttons, knobs, code, timeline, status bar.
        for (DemoPage *page : m_test.window->pages()) {
            QVERIFY(m_test.window->showDemo(page->id()));
            QApplication::processEvents();
            const QList<QWidget *> widgets = visibleWidgets();
            QVERIFY(widgets.size() > 20);
            for (const QWidget *widget : widgets)
                QVERIFY2(pixels(widget) >= 24, qPrintable(page->id() + QLatin1String(": ") + describe(widget)));
        }
        // The menus too, though they are windows of their own.
        for (const QMenu *menu : m_test.window->findChildren<QMenu *>())
            QVERIFY2(pixels(menu) >= 24, qPrintable(menu->title()));

        // Leaving gives the window back as it was.
        const double presenterLesson = pixels(lessonLabel(m_test.window->currentPage()));
        m_test.window->setPresenterMode(false);
        QVERIFY(!(m_test.window->windowState() & Qt::WindowFullScreen));
        QVERIFY(demoList()->isVisible());
        QVERIFY(!m_test.window->legend()->isVisible());
        QVERIFY(pixels(lessonLabel(m_test.window->currentPage())) < presenterLesson);
    }

    void zoomScalesEveryText_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("larger") << 1.5;
        QTest::newRow("smaller") << 0.7;
        QTest::newRow("largest") << MainWindow::MaxZoom;
    }

    void zoomScalesEveryText()
    {
        QFETCH(double, zoom);
        DemoPage *page = m_test.window->currentPage();
        // Widgets that inherit the window's font and widgets that set a size of their own.
        const QList<QWidget *> widgets{lessonLabel(page), page->runButton(), demoList(),
            page->findChild<CodeView *>()->findChild<QPlainTextEdit *>(), m_test.window->timeline()};
        QList<double> before;
        for (const QWidget *widget : widgets) {
            QVERIFY(widget);
            before.append(widget->font().pointSizeF());
        }
        // The lesson is larger than the buttons, the list larger than the buttons: ratios stay.
        QVERIFY(pixels(lessonLabel(page)) > pixels(page->runButton()));

        m_test.window->setZoom(zoom);
        QCOMPARE(m_test.window->zoom(), zoom);
        for (int i = 0; i < widgets.size(); ++i) {
            const double ratio = widgets[i]->font().pointSizeF() / before[i];
            QVERIFY2(std::abs(ratio - zoom) < 0.03,
                qPrintable(QStringLiteral("%1: %2").arg(describe(widgets[i])).arg(ratio)));
        }
        m_test.window->setZoom(1.0);
        for (int i = 0; i < widgets.size(); ++i)
            QCOMPARE(widgets[i]->font().pointSizeF(), before[i]);
    }

    void zoomKeys()
    {
        const double button = m_test.window->currentPage()->runButton()->font().pointSizeF();
        QTest::keyClick(m_test.window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(m_test.window->zoom(), 1.1);
        QTest::keyClick(m_test.window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(m_test.window->zoom(), 1.2);
        QVERIFY(m_test.window->currentPage()->runButton()->font().pointSizeF() > button * 1.15);
        QTest::keyClick(m_test.window.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(m_test.window->zoom(), 1.1);
        QTest::keyClick(m_test.window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_test.window->zoom(), 1.0);
        QCOMPARE(m_test.window->currentPage()->runButton()->font().pointSizeF(), button);
        // Bounded both ways.
        for (int i = 0; i < 40; ++i)
            QTest::keyClick(m_test.window.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(m_test.window->zoom(), MainWindow::MinZoom);
    }

    void zoomInPresenterModeKeepsTheFloor()
    {
        m_test.window->setPresenterMode(true);
        const double lesson = pixels(lessonLabel(m_test.window->currentPage()));
        m_test.window->setZoom(1.5);
        QVERIFY(pixels(lessonLabel(m_test.window->currentPage())) >= lesson * 1.4);
        for (const QWidget *widget : visibleWidgets())
            QVERIFY2(pixels(widget) >= 36, qPrintable(describe(widget)));
    }

    void keyLegendCanBeHidden()
    {
        m_test.window->setPresenterMode(true);
        QVERIFY(m_test.window->legend()->isVisible());
        QTest::keyClick(m_test.window.get(), Qt::Key_H);
        QVERIFY(!m_test.window->legend()->isVisible());
        QTest::keyClick(m_test.window.get(), Qt::Key_H);
        QVERIFY(m_test.window->legend()->isVisible());
        QTest::mouseClick(m_test.window->legend()->closeButton(), Qt::LeftButton);
        QVERIFY(!m_test.window->legend()->isVisible());
        // Hidden stays hidden the next time presenter mode starts.
        m_test.window->setPresenterMode(false);
        m_test.window->setPresenterMode(true);
        QVERIFY(!m_test.window->legend()->isVisible());
    }

    void presenterModeLeavesTheRoomToTheDemo()
    {
        enterPresenterModeAt1920x1080();
        MainWindow *window = m_test.window.get();
        // No menu bar, no toolbar; the code and the timeline fold away, each back with its key.
        QVERIFY(!window->menuBar()->isVisible());
        for (const QToolBar *bar : window->findChildren<QToolBar *>())
            QVERIFY(!bar->isVisible());
        QVERIFY(!window->isCodeVisible());
        QVERIFY(!window->isTimelineVisible());
        QVERIFY(!window->timeline()->isVisible());
        QTest::keyClick(window, Qt::Key_T);
        QVERIFY(window->timeline()->isVisible());
        // The timeline takes the smaller share: the demo stays the star.
        QVERIFY(window->timelinePanel()->height() < window->currentPage()->height());
        QTest::keyClick(window, Qt::Key_C);
        QVERIFY(window->currentPage()->findChild<CodeView *>()->isVisible());
        QTest::keyClick(window, Qt::Key_C);
        QVERIFY(!window->currentPage()->findChild<CodeView *>()->isVisible());

        // Each mode remembers its own choice: the plain window shows both, presenter mode its timeline again.
        QTest::keyClick(window, Qt::Key_F11);
        QVERIFY(!window->isPresenterMode());
        QVERIFY(window->menuBar()->isVisible());
        QVERIFY(window->isCodeVisible());
        QVERIFY(window->timeline()->isVisible());
        QTest::keyClick(window, Qt::Key_F11);
        QVERIFY(window->isPresenterMode());
        QVERIFY(window->timeline()->isVisible());
        QVERIFY(!window->isCodeVisible());
    }

    void presenterFiguresAt1920x1080_data()
    {
        QTest::addColumn<bool>("timeline");
        QTest::newRow("timeline folded away") << false;
        // T brings the timeline back: it takes the smaller share, and every figure still holds.
        QTest::newRow("timeline shown") << true;
    }

    void presenterFiguresAt1920x1080()
    {
        QFETCH(bool, timeline);
        enterPresenterModeAt1920x1080();
        MainWindow *window = m_test.window.get();
        if (timeline) {
            QTest::keyClick(window, Qt::Key_T);
            QVERIFY(window->timeline()->isVisible());
            QTRY_VERIFY(window->timelinePanel()->height() >= window->timelinePanel()->minimumSizeHint().height());
        }

        // Flags: all 20 cells on screen at once, each at least 96 px wide with room for its flag.
        auto *flags = qobject_cast<FlagsPage *>(showAndRun(QStringLiteral("flags")));
        QVERIFY(flags);
        QVERIFY(runEnds(flags));
        QListView *grid = nullptr;
        for (auto *view : flags->findChildren<QListView *>()) {
            if (view->accessibleName() == QLatin1String("Flag grid"))
                grid = view;
        }
        QVERIFY(grid);
        QCOMPARE(grid->model()->rowCount(), 20);
        // Once the full-screen layout settled: the last cell whole on screen.
        QTRY_VERIFY(wholeOnScreen(grid->viewport(), grid->visualRect(grid->model()->index(19, 0))));

        for (int row = 0; row < 20; ++row) {
            const QModelIndex index = grid->model()->index(row, 0);
            const QRect cell = grid->visualRect(index);
            const QString where = QStringLiteral("flag %1 at %2,%3 %4x%5")
                                      .arg(row)
                                      .arg(cell.x())
                                      .arg(cell.y())
                                      .arg(cell.width())
                                      .arg(cell.height());
            QVERIFY2(cell.width() >= 96, qPrintable(where));
            QVERIFY2(wholeOnScreen(grid->viewport(), cell), qPrintable(where));
            // The picture: the cell less two lines of text (code and name) and margins.
            QVERIFY2(cell.height() - 2 * grid->fontMetrics().height() - 12 >= 48, qPrintable(where));
        }

        // Chess: boards of 360 px and more, the first row whole on screen, every piece distinct from
        // its square, the white ones on light squares too.
        QTest::keyClick(window, Qt::Key_PageDown);
        auto *chess = qobject_cast<ChessPage *>(window->currentPage());
        QVERIFY(chess);
        QApplication::processEvents();
        const QList<ChessBoardView *> boards = chess->findChildren<ChessBoardView *>();
        QVERIFY(boards.size() >= 6);
        for (const ChessBoardView *board : boards)
            QVERIFY2(board->width() >= 368 && board->height() >= 368, qPrintable(board->caption()));
        QTRY_VERIFY(wholeOnScreen(boards.first(), boards.first()->rect()));
        const QImage image = boards.first()->grab().toImage();
        const int square = (std::min(boards.first()->width(), boards.first()->height()) - 8) / 8;
        QVERIFY(square >= 45);
        const int left = (boards.first()->width() - 8 * square) / 2;
        const auto squareRect = [&](int file, int rank) {
            return QRect(left + file * square, 4 + (7 - rank) * square, square, square).adjusted(2, 2, -2, -2);
        };
        // d1 white queen on a light square, c1 white bishop on a dark one; d8 black queen on a dark
        // square, c8 black bishop on a light one: solid fill and a contrasting outline each time.
        for (const auto &[file, rank] : {std::pair{3, 0}, {2, 0}, {3, 7}, {2, 7}}) {
            const bool white = rank == 0;
            const int fill = pixelsNear(image, squareRect(file, rank), white ? Qt::white : Qt::black);
            const int ring = pixelsNear(image, squareRect(file, rank), white ? Qt::black : Qt::white);
            QVERIFY2(fill > square * 2 && ring > square, qPrintable(QStringLiteral("%1 %2").arg(file).arg(rank)));
        }

        // Plates: the 18 plates and their numbers whole on screen, room for a number under each.
        QTest::keyClick(window, Qt::Key_Home); // nothing on Home: the keys below move pages
        while (window->currentPage()->id() != QLatin1String("plates"))
            QTest::keyClick(window, Qt::Key_PageUp);
        auto *plates = qobject_cast<PlatesPage *>(window->currentPage());
        QApplication::processEvents();
        PlatesView *platesView = plates->view();
        QTRY_VERIFY(wholeOnScreen(platesView, platesView->rect()));
        QVERIFY(platesView->height() >= platesView->minimumSizeHint().height());
        // Two rows of nine: each row holds a plate over its number at the window's text size.
        QVERIFY(platesView->height() / 2 >= 5 * platesView->fontMetrics().height());

        // Countdown: at the end of a run, all 12 lines on screen at once.
        auto *countdown = qobject_cast<CountdownPage *>(showAndRun(QStringLiteral("countdown")));
        QVERIFY(countdown);
        QVERIFY(runEnds(countdown));
        auto *log = countdown->findChild<CountdownLogView *>();
        QCOMPARE(log->rowCount(), 12);
        for (int row = 0; row < 12; ++row) {
            const QRect line = log->visualItemRect(log->item(row, 0));
            QVERIFY2(wholeOnScreen(log->viewport(), line), qPrintable(QString::number(row)));
        }

        // Every button on every page at least 32 px tall, every text at least 24 px.
        for (DemoPage *page : window->pages()) {
            QVERIFY(window->showDemo(page->id()));
            QApplication::processEvents();
            for (QWidget *widget : visibleWidgets()) {
                if (qobject_cast<QAbstractButton *>(widget))
                    QVERIFY2(widget->height() >= 32, qPrintable(page->id() + QLatin1String(": ") + describe(widget)));
                QVERIFY2(pixels(widget) >= 24, qPrintable(page->id() + QLatin1String(": ") + describe(widget)));
            }
        }
        // With the timeline shown, its buttons too.
        if (!timeline)
            QTest::keyClick(window, Qt::Key_T);
        QApplication::processEvents();
        for (const QAbstractButton *button : window->timelinePanel()->findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                QVERIFY2(button->height() >= 32, qPrintable(describe(button)));
        }
    }

    // A projector's 1024 x 700, the plain window: every widget gets at least the size it needs to
    // show itself (a visual that does not fit scrolls instead of being squeezed), wrapped text gets
    // the height of its lines, and the demos' visuals keep their own minimum.
    void smallWindowKeepsEveryVisualWhole()
    {
        MainWindow *window = m_test.window.get();
        window->resize(1024, 700);
        QTRY_COMPARE(window->size(), QSize(1024, 700));
        for (DemoPage *page : window->pages()) {
            QVERIFY(window->showDemo(page->id()));
            // Once the layout settled (a page lays out again when it is shown).
            QTRY_COMPARE(firstSqueezed(page), QString());
        }
        // The chess boards keep their size, and their area the height of one.
        QVERIFY(window->showDemo(QStringLiteral("chess")));
        QApplication::processEvents();
        const auto boards = window->currentPage()->findChildren<ChessBoardView *>();
        QVERIFY(!boards.isEmpty());
        QVERIFY(boards.first()->size() == boards.first()->sizeHint());
        QVERIFY(boards.first()->parentWidget()->parentWidget()->height() >= boards.first()->height());
    }

    void toolbarButtonEntersPresenterMode()
    {
        QToolButton *button = nullptr;
        for (auto *tool : m_test.window->findChildren<QToolButton *>()) {
            if (tool->defaultAction() && tool->defaultAction()->objectName() == QLatin1String("presenterMode"))
                button = tool;
        }
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_test.window->isPresenterMode());
        // The toolbar is gone in presenter mode: Esc leaves, and the toolbar comes back.
        QVERIFY(!button->isVisible());
        QTest::keyClick(m_test.window.get(), Qt::Key_Escape);
        QVERIFY(!m_test.window->isPresenterMode());
        QVERIFY(button->isVisible());
    }
};

// A full-HD screen, as on stage: full screen is the screen's size.
int main(int argc, char **argv)
{
    return Lab::execOnScreen<TestPresenter>(argc, argv, 1920, 1080);
}
#include "tst_presenter.moc"
