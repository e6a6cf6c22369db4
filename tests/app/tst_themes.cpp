// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"
#include "app/theme.h"
#include "app/themefocusframe.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/codeeditor.h"
#include "widgets/codeview.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QProxyStyle>
#include <QPushButton>
#include <QStyle>
#include <QTest>

#include <memory>

#include "tests/common/testwindow.h"

using namespace Lab;

Q_DECLARE_METATYPE(Lab::Theme)

// The themes as a reader of the screen (or of a washed-out projector) meets them.
class TestThemes : public QObject
{
    Q_OBJECT

    TestWindow m_test;
    QPalette m_platformPalette;

    CodeEditor *codeEditor() const { return m_test.window->currentPage()->findChild<CodeEditor *>(); }

private Q_SLOTS:
    void initTestCase()
    {
        // What the platform gives before any theme of ours: "System" must come back to it.
        m_platformPalette = QApplication::palette();
    }

    void init() { QVERIFY(m_test.open(0.1)); }

    void cleanup()
    {
        m_test.window->setTheme(Theme::System);
        m_test.close();
    }

    void keysRoundTrip()
    {
        for (Theme theme : AllThemes)
            QCOMPARE(themeFromKey(themeKey(theme)), theme);
        QCOMPARE(themeFromKey(QStringLiteral("no such theme")), Theme::System);
        // Fusion underneath, so that the palettes look the same on every desktop.
        const auto *style = qobject_cast<const QProxyStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
    }

    void switchingChangesTheWindowAndTheCode_data()
    {
        QTest::addColumn<Theme>("theme");
        QTest::newRow("light") << Theme::Light;
        QTest::newRow("dark") << Theme::Dark;
        QTest::newRow("high contrast") << Theme::HighContrast;
    }

    void switchingChangesTheWindowAndTheCode()
    {
        QFETCH(Theme, theme);
        const QPalette expected = themePalette(theme);
        m_test.window->setTheme(theme);
        QCOMPARE(m_test.window->theme(), theme);
        // Qt hands the new palette to the widgets through the event loop.
        QTRY_COMPARE(m_test.window->palette().color(QPalette::Window), expected.color(QPalette::Window));
        QCOMPARE(m_test.window->palette().color(QPalette::WindowText), expected.color(QPalette::WindowText));
        QCOMPARE(codeEditor()->palette().color(QPalette::Base), expected.color(QPalette::Base));
        QCOMPARE(codeEditor()->palette().color(QPalette::Text), expected.color(QPalette::Text));
        QCOMPARE(m_test.window->currentPage()->runButton()->palette().color(QPalette::ButtonText),
            expected.color(QPalette::ButtonText));
        // The View > Theme menu shows which one is on.
        const QString name = QStringLiteral("theme-") + themeKey(theme);
        auto *action = m_test.window->findChild<QAction *>(name);
        QVERIFY(action);
        QVERIFY(action->isChecked());
        QCOMPARE(action->actionGroup()->checkedAction(), action);
    }

    void lightAndDarkDiffer()
    {
        m_test.window->setTheme(Theme::Light);
        QTRY_COMPARE(
            m_test.window->palette().color(QPalette::Window), themePalette(Theme::Light).color(QPalette::Window));
        const QColor light = m_test.window->palette().color(QPalette::Window);
        m_test.window->setTheme(Theme::Dark);
        QTRY_COMPARE(
            m_test.window->palette().color(QPalette::Window), themePalette(Theme::Dark).color(QPalette::Window));
        const QColor dark = m_test.window->palette().color(QPalette::Window);
        QVERIFY(light.lightness() > 180);
        QVERIFY(dark.lightness() < 70);
    }

    void systemFollowsThePlatform()
    {
        m_test.window->setTheme(Theme::Dark);
        m_test.window->setTheme(Theme::System);
        for (auto role : {QPalette::Window, QPalette::WindowText, QPalette::Base, QPalette::Text, QPalette::Highlight})
            QCOMPARE(QApplication::palette().color(role), m_platformPalette.color(role));
        QTRY_COMPARE(m_test.window->palette().color(QPalette::Window), m_platformPalette.color(QPalette::Window));
    }

    void textIsReadable_data()
    {
        QTest::addColumn<Theme>("theme");
        QTest::addColumn<double>("minimum");
        // WCAG: 4.5 : 1 for body text (AA), 7 : 1 (AAA) for the projector theme.
        QTest::newRow("light") << Theme::Light << 4.5;
        QTest::newRow("dark") << Theme::Dark << 4.5;
        QTest::newRow("high contrast") << Theme::HighContrast << 7.0;
    }

    void textIsReadable()
    {
        QFETCH(Theme, theme);
        QFETCH(double, minimum);
        m_test.window->setTheme(theme);
        QTRY_COMPARE(codeEditor()->palette().color(QPalette::Base), themePalette(theme).color(QPalette::Base));
        QTRY_COMPARE(
            m_test.window->palette().color(QPalette::Highlight), themePalette(theme).color(QPalette::Highlight));
        const QPalette p = m_test.window->palette();
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {{QPalette::WindowText, QPalette::Window},
            {QPalette::Text, QPalette::Base}, {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase}};
        for (const auto &[ink, paper] : pairs) {
            const double ratio = contrastRatio(p.color(ink), p.color(paper));
            QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2: %3").arg(ink).arg(paper).arg(ratio)));
        }
        // The code panel's own colours: co_await and comments.
        const QColor base = codeEditor()->palette().color(QPalette::Base);
        QVERIFY2(contrastRatio(codeEditor()->coroutineColour(), base) >= 4.5,
            qPrintable(codeEditor()->coroutineColour().name()));
        QVERIFY2(contrastRatio(codeEditor()->commentColour(), base) >= 4.5,
            qPrintable(codeEditor()->commentColour().name()));
        // Disabled text (Stop before a run) stays legible in the projector theme.
        if (theme == Theme::HighContrast)
            QVERIFY(contrastRatio(p.color(QPalette::Disabled, QPalette::ButtonText), p.color(QPalette::Button)) >= 7);
    }

    void highContrastIsBlackWhiteYellowWithAThickFocusFrame()
    {
        m_test.window->setTheme(Theme::HighContrast);
        QTRY_COMPARE(m_test.window->palette().color(QPalette::Window), QColor(Qt::black));
        const QPalette p = m_test.window->palette();
        QCOMPARE(p.color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(p.color(QPalette::WindowText), QColor(Qt::white));
        QCOMPARE(p.color(QPalette::Highlight), QColor(Qt::yellow));
        QVERIFY(contrastRatio(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7.0);
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);

        QPushButton *run = m_test.window->currentPage()->runButton();
        m_test.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_test.window.get()));
        run->setFocus(Qt::TabFocusReason);
        ThemeFocusFrame *frame = nullptr;
        QTRY_VERIFY((frame = m_test.window->findChild<ThemeFocusFrame *>()) && frame->widget() == run);
        QCOMPARE(frame->lineWidth(), 3);
        // The ring is drawn in yellow around the button.
        const QImage image = m_test.window->grab().toImage();
        const QPoint corner = frame->mapTo(m_test.window.get(), QPoint(1, frame->height() / 2));
        QCOMPARE(image.pixelColor(corner * image.devicePixelRatio()), QColor(Qt::yellow));
        m_test.window->setTheme(Theme::Light);
        QCOMPARE(frame->lineWidth(), 2);
    }
};

QTEST_MAIN(TestThemes)
#include "tst_themes.moc"
