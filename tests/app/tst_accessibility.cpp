// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/demoregistry.h"
#include "app/flagspage.h"
#include "app/mainwindow.h"
#include "models/flags/flaggridmodel.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/chessboardview.h"
#include "widgets/chesstotalschart.h"
#include "widgets/codeview.h"
#include "widgets/coroutinestepview.h"
#include "widgets/countdownlogview.h"
#include "widgets/eventloopmeter.h"
#include "widgets/latencychart.h"
#include "widgets/platesview.h"
#include "widgets/spinnerwidget.h"
#include "widgets/timelinewidget.h"

#include <QAccessible>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "tests/common/testwindow.h"

using namespace Lab;

// What a screen reader hears: every control the keyboard reaches, and every live view, has a
// name that says what it is; the flag grid tells each flag's state in words.
class TestAccessibility : public QObject
{
    Q_OBJECT

    TestWindow m_test;

    static QString accessibleName(QWidget *widget)
    {
        QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
        if (!interface)
            return {};
        // On Linux a combo box's Name is its current value (AT-SPI reads the label from the
        // Label relation): what it is comes from its accessible name or the label it has.
        if (qobject_cast<QComboBox *>(widget)) {
            if (!widget->accessibleName().isEmpty())
                return widget->accessibleName();
            const auto labels = interface->relations(QAccessible::Label);
            return labels.isEmpty() ? QString() : labels.first().first->text(QAccessible::Name);
        }
        return interface->text(QAccessible::Name);
    }

    static bool isCustomView(const QWidget *widget)
    {
        return qobject_cast<const TimelineWidget *>(widget) || qobject_cast<const PlatesView *>(widget)
            || qobject_cast<const SpinnerWidget *>(widget) || qobject_cast<const ChessBoardView *>(widget)
            || qobject_cast<const ChessTotalsChart *>(widget) || qobject_cast<const LatencyChart *>(widget)
            || qobject_cast<const CountdownLogView *>(widget) || qobject_cast<const EventLoopMeter *>(widget)
            || qobject_cast<const CodeView *>(widget);
    }

    // The controls of the window a user can reach now: the keyboard can focus them, or they are
    // one of the live views. A spin box's inner line edit hands its focus to the spin box: the spin box speaks.
    QList<QWidget *> reachableControls() const
    {
        QList<QWidget *> controls;
        for (QWidget *widget : m_test.window->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(m_test.window.get()) || widget->isWindow())
                continue;
            if (widget->focusProxy()) // the proxy takes the focus, and is checked itself
                continue;
            if (widget->focusPolicy() != Qt::NoFocus || isCustomView(widget))
                controls.append(widget);
        }
        return controls;
    }

    // A name says what the control is: words, not a class name or a bare number.
    static bool isMeaningful(const QString &name, const QWidget *widget)
    {
        static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"));
        const QString trimmed = name.trimmed();
        return word.match(trimmed).hasMatch() && trimmed != QLatin1String(widget->metaObject()->className())
            && !trimmed.startsWith(QLatin1String("qt_"));
    }

    static QString describe(const QWidget *widget)
    {
        return QStringLiteral("%1 '%2'").arg(QLatin1String(widget->metaObject()->className()), widget->objectName());
    }

    static QListView *flagView(FlagsPage *page)
    {
        for (QListView *view : page->findChildren<QListView *>()) {
            if (view->model() == page->grid())
                return view;
        }
        return nullptr;
    }

    // The Name of every child of @p view's accessible interface: one per cell.
    static QStringList cellTexts(QAbstractItemView *view)
    {
        QStringList texts;
        QAccessibleInterface *interface = view ? QAccessible::queryAccessibleInterface(view) : nullptr;
        if (!interface)
            return texts;
        for (int i = 0; i < interface->childCount(); ++i) {
            if (QAccessibleInterface *child = interface->child(i); child && child->role() == QAccessible::ListItem)
                texts.append(child->text(QAccessible::Name));
        }
        return texts;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_test.open(0.1)); }

    void cleanup() { m_test.close(); }

    void everyControlHasAName_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<bool>("presenter");
        // Every demo the window lists, so a page added later is checked too, and each in presenter
        // mode (its key legend, its zoomed layout).
        for (const QString &id : demoIds()) {
            QTest::newRow(qPrintable(id)) << id << false;
            QTest::newRow(qPrintable(id + QLatin1String(" presenter"))) << id << true;
        }
    }

    void everyControlHasAName()
    {
        QFETCH(QString, demo);
        QFETCH(bool, presenter);
        m_test.window->setPresenterMode(presenter);
        QVERIFY(m_test.window->showDemo(demo));
        QCoreApplication::processEvents();
        const QList<QWidget *> controls = reachableControls();
        QVERIFY(controls.size() > 5);
        QStringList unnamed;
        for (QWidget *control : controls) {
            const QString name = accessibleName(control);
            if (!isMeaningful(name, control))
                unnamed.append(QStringLiteral("%1 named '%2'").arg(describe(control), name));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("; "))));

        // Two controls with one name cannot be told apart by ear.
        QMultiHash<QString, QWidget *> byName;
        for (QWidget *control : controls) {
            if (control->focusPolicy() != Qt::NoFocus)
                byName.insert(accessibleName(control), control);
        }
        QStringList ambiguous;
        for (const QString &name : byName.uniqueKeys()) {
            if (byName.count(name) > 1)
                ambiguous.append(QStringLiteral("'%1' (%2 controls)").arg(name).arg(byName.count(name)));
        }
        QVERIFY2(ambiguous.isEmpty(), qPrintable(ambiguous.join(QLatin1String("; "))));
    }

    void flagGridTellsEachFlagsState()
    {
        QVERIFY(m_test.window->showDemo(QStringLiteral("flags")));
        auto *page = qobject_cast<FlagsPage *>(m_test.window->currentPage());
        QVERIFY(page);
        FlagGridModel *grid = page->grid();
        grid->reset({QStringLiteral("BR"), QStringLiteral("CD"), QStringLiteral("ZZ"), QStringLiteral("CN")},
            [](const QString &code) {
                return code == QLatin1String("BR") ? QStringLiteral("Brazil") : QString();
            });
        const qint64 sent = 1'000'000'000;
        FlagResult done{QStringLiteral("BR"), FlagState::Done};
        done.requestNs = sent;
        done.finishedNs = sent + 210'000'000;
        grid->setResult(0, done);
        FlagResult error{QStringLiteral("CD"), FlagState::Error, FlagError::HttpStatus,
            QStringLiteral("HTTP 503 - Service Unavailable"), 503};
        error.requestNs = sent;
        error.finishedNs = sent + 500'000'000;
        grid->setResult(1, error);
        FlagResult notFound{QStringLiteral("ZZ"), FlagState::NotFound};
        notFound.requestNs = sent;
        notFound.finishedNs = sent + 120'000'000;
        grid->setResult(2, notFound);
        grid->setResult(3, FlagResult{QStringLiteral("CN"), FlagState::Downloading});

        const QStringList expected{QStringLiteral("BR — Brazil: downloaded in 0.21 s"),
            QStringLiteral("CD: error: HTTP 503 - Service Unavailable"),
            QStringLiteral("ZZ: not found (HTTP 404) after 0.12 s"), QStringLiteral("CN: downloading")};
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(grid->data(grid->index(row), Qt::AccessibleTextRole).toString(), expected[row]);
        QCOMPARE(grid->data(grid->index(0), Qt::AccessibleDescriptionRole).toString(),
            QStringLiteral("downloaded in 0.21 s"));

        // What a screen reader gets from the grid on screen: one child per flag, in words.
        const QStringList heard = cellTexts(flagView(page));
        QCOMPARE(heard, expected);
    }

    void flagGridTellsARealRun()
    {
        QVERIFY(m_test.window->showDemo(QStringLiteral("flags")));
        auto *page = qobject_cast<FlagsPage *>(m_test.window->currentPage());
        QVERIFY(page);
        page->delay()->setValue(0.05);
        page->errorRate()->setValue(0);
        QSignalSpy finished(page, &DemoPage::runFinished);
        page->run();
        QVERIFY(finished.wait(30000));
        const QStringList heard = cellTexts(flagView(page));
        QCOMPARE(heard.size(), page->grid()->rowCount());
        QVERIFY(heard.size() >= 20);
        // Every cell tells its final state; the downloaded ones how long they took.
        static const QRegularExpression final(
            QStringLiteral("^[A-Z]{2}( — .+)?: (downloaded in \\d+\\.\\d\\d s|not found .*|error: .+)$"));
        int downloaded = 0;
        for (const QString &text : heard) {
            QVERIFY2(final.match(text).hasMatch(), qPrintable(text));
            downloaded += text.contains(QLatin1String(": downloaded in ")) ? 1 : 0;
        }
        QCOMPARE(downloaded, page->grid()->count(FlagState::Done));
        QVERIFY(downloaded > 0);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
