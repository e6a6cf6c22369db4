// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"
#include "app/presenterlegend.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/codeview.h"
#include "widgets/timelinewidget.h"

#include <QFontInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

#include <memory>

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
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!m_test.window->isPresenterMode());
    }
};

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
