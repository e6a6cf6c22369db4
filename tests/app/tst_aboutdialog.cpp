// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/aboutdialog.h"
#include "app/mainwindow.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"

#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Lab;

// Help > About as a reader sees it: what the app is, the licences, the credits; Esc closes it.
class TestAboutDialog : public QObject
{
    Q_OBJECT

    // Everything the dialog shows, tab by tab, as plain text.
    static QString visibleText(const AboutDialog &dialog)
    {
        QStringList parts;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            parts.append(label->text());
        for (const QTextBrowser *browser : dialog.findChildren<QTextBrowser *>())
            parts.append(browser->toPlainText());
        for (const QPlainTextEdit *edit : dialog.findChildren<QPlainTextEdit *>())
            parts.append(edit->toPlainText());
        return parts.join(u'\n');
    }

private Q_SLOTS:
    void namesTheLicencesAndTheCredits_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("MIT") << QStringLiteral("MIT");
        QTest::newRow("flags public domain") << QStringLiteral("public domain");
        QTest::newRow("Qt version") << QString::fromLatin1(qVersion());
        QTest::newRow("Qt licence") << QStringLiteral("LGPLv3");
        QTest::newRow("QCoro") << QStringLiteral("QCoro, under the MIT licence");
        QTest::newRow("country names licence") << QStringLiteral("version 2.1 or later");
        QTest::newRow("talk") << QStringLiteral("Modern Concurrency");
        QTest::newRow("book") << QStringLiteral("Fluent Python");
        QTest::newRow("author") << QStringLiteral("Luciano Ramalho");
    }

    void namesTheLicencesAndTheCredits()
    {
        QFETCH(QString, expected);
        AboutDialog dialog;
        QVERIFY2(visibleText(dialog).contains(expected, Qt::CaseInsensitive), qPrintable(expected));
    }

    void showsTheLicenceFileItself()
    {
        QFile licence(QStringLiteral(LAB_SOURCE_DIR "/LICENSE"));
        QVERIFY(licence.open(QIODevice::ReadOnly));
        AboutDialog dialog;
        const auto *text = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(text);
        QCOMPARE(text->toPlainText(), QString::fromUtf8(licence.readAll()));
        QVERIFY(text->toPlainText().contains(QLatin1String("Permission is hereby granted")));
    }

    void showsTheIcon()
    {
        AboutDialog dialog;
        bool found = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            found = found || !label->pixmap().isNull();
        QVERIFY2(found, "the SVG icon did not load from the resources");
    }

    void noTextIsClipped()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (int i = 0; i < dialog.tabs()->count(); ++i) {
            dialog.tabs()->setCurrentIndex(i);
            QCoreApplication::processEvents();
            // Long text wraps and scrolls down; nothing runs off to the right.
            QWidget *tab = dialog.tabs()->currentWidget();
            auto areas = tab->findChildren<QAbstractScrollArea *>();
            if (auto *area = qobject_cast<QAbstractScrollArea *>(tab))
                areas.append(area);
            QVERIFY(!areas.isEmpty());
            for (const QAbstractScrollArea *area : std::as_const(areas))
                QCOMPARE(area->horizontalScrollBar()->maximum(), 0);
        }
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY2(label->width() >= qMin(label->sizeHint().width(), label->minimumSizeHint().width()),
                qPrintable(label->text()));
    }

    void escapeCloses()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void helpMenuOpensIt()
    {
        TraceRecorder recorder;
        EventLoopMonitor monitor(&recorder);
        FlagServerThread flagServer;
        MainWindow window(PageContext{&recorder, &monitor, 0.1, &flagServer});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *about = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->text().remove(u'&') == QLatin1String("Help")) {
                for (QAction *action : menu->menu()->actions()) {
                    if (action->text().contains(QLatin1String("About")))
                        about = action;
                }
            }
        }
        QVERIFY(about);
        about->trigger();
        QPointer<AboutDialog> dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        about->trigger(); // a second time raises the same dialog
        QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
