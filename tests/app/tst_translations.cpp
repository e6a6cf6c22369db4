// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/demoregistry.h"
#include "app/flagspage.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/windowhost.h"
#include "models/flags/flaggridmodel.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Lab;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "unfinished", "obsolete", "vanished" or empty
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = {context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString catalogueFile(const QString &code)
{
    return QStringLiteral(LAB_SOURCE_DIR "/translations/concurrencylab_%1.ts").arg(code);
}

// The placeholders a string carries (%1, %2, %n, %L1), as a sorted set.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0).remove(u'L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList describe(const QList<Message> &messages)
{
    QStringList lines;
    for (const Message &message : messages.mid(0, 8))
        lines.append(QStringLiteral("  %1: \"%2\"").arg(message.context, message.source.left(80)));
    if (messages.size() > 8)
        lines.append(QStringLiteral("  … and %1 more").arg(messages.size() - 8));
    return lines;
}

QMenu *menuTitled(MainWindow *window, int index)
{
    const QList<QAction *> menus = window->menuBar()->actions();
    return index < menus.size() ? menus.at(index)->menu() : nullptr;
}

QString languageMenuTitle(MainWindow *window)
{
    // The Language menu sits just before the last menu (Help).
    const QList<QAction *> menus = window->menuBar()->actions();
    return menus.size() >= 2 ? menus.at(menus.size() - 2)->text() : QString();
}

QString lessonShown(MainWindow *window)
{
    // The lesson is the page's first label: a user reads it before anything else.
    const auto labels = window->currentPage()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text() == window->currentPage()->lesson())
            return label->text();
    }
    return {};
}

} // namespace

// The Brazilian Portuguese and Simplified Chinese catalogues: complete, current with the
// sources, compiled into the binary, and the window switches to them while running.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The test chooses languages: keep the user's own settings out of it, and theirs out of ours.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    // Every message translated, none left over from strings the code no longer has, and every
    // translation keeps the placeholders its source fills in.
    void catalogueIsComplete()
    {
        QFETCH(QString, code);
        QString error;
        const QList<Message> messages = readCatalogue(catalogueFile(code), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100, qPrintable(QString::number(messages.size())));
        QList<Message> unfinished;
        QList<Message> leftOver;
        QList<Message> empty;
        QList<Message> badPlaceholders;
        for (const Message &message : messages) {
            if (message.type == QLatin1String("unfinished"))
                unfinished.append(message);
            else if (message.type == QLatin1String("obsolete") || message.type == QLatin1String("vanished"))
                leftOver.append(message);
            if (message.translations.isEmpty()
                || std::any_of(message.translations.cbegin(), message.translations.cend(), [](const QString &text) {
                       return text.trimmed().isEmpty();
                   }))
                empty.append(message);
            for (const QString &translation : message.translations) {
                // Plural forms may spell the count out only where the language needs it.
                QStringList want = placeholders(message.source);
                QStringList got = placeholders(translation);
                if (message.numerus) {
                    want.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (want != got) {
                    badPlaceholders.append(message);
                    break;
                }
            }
        }
        QVERIFY2(unfinished.isEmpty(),
            qPrintable(QStringLiteral("%1 unfinished:\n").arg(unfinished.size()) + describe(unfinished).join(u'\n')));
        QVERIFY2(leftOver.isEmpty(),
            qPrintable(
                QStringLiteral("%1 obsolete or vanished:\n").arg(leftOver.size()) + describe(leftOver).join(u'\n')));
        QVERIFY2(
            empty.isEmpty(), qPrintable(QStringLiteral("%1 empty:\n").arg(empty.size()) + describe(empty).join(u'\n')));
        QVERIFY2(badPlaceholders.isEmpty(),
            qPrintable(QStringLiteral("%1 with other placeholders than their source:\n").arg(badPlaceholders.size())
                + describe(badPlaceholders).join(u'\n')));
    }

    void catalogueMatchesSources_data() { catalogueIsComplete_data(); }

    // lupdate over today's sources finds no string the catalogue does not translate yet.
    void catalogueMatchesSources()
    {
        QFETCH(QString, code);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("copy_%1.ts").arg(code));
        QVERIFY(QFile::copy(catalogueFile(code), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(LAB_LUPDATE),
            {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                QStringLiteral("none"), QStringLiteral("-I"), QStringLiteral(LAB_SOURCE_DIR),
                QStringLiteral("@" LAB_LUPDATE_SOURCES), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QCOMPARE(lupdate.exitCode(), 0);

        QString error;
        const QList<Message> messages = readCatalogue(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<Message> untranslated;
        for (const Message &message : messages) {
            if (message.type == QLatin1String("unfinished"))
                untranslated.append(message);
        }
        // And no translation of a string the sources no longer have (lupdate -no-obsolete drops it).
        const QList<Message> before = readCatalogue(catalogueFile(code), &error);
        QList<Message> stale;
        for (const Message &old : before) {
            if (std::none_of(messages.cbegin(), messages.cend(), [&](const Message &message) {
                    return message.context == old.context && message.source == old.source;
                }))
                stale.append(old);
        }
        QVERIFY2(stale.isEmpty(),
            qPrintable(QStringLiteral("%1 translations in %2 are of strings the sources no longer have (run the "
                                      "update_translations target):\n")
                           .arg(stale.size())
                           .arg(QFileInfo(catalogueFile(code)).fileName())
                + describe(stale).join(u'\n')));
        QVERIFY2(untranslated.isEmpty(),
            qPrintable(QStringLiteral("%1 strings in the sources are not in %2 yet (run the update_translations "
                                      "target and translate them):\n")
                           .arg(untranslated.size())
                           .arg(QFileInfo(catalogueFile(code)).fileName())
                + describe(untranslated).join(u'\n')));
    }

    void catalogueIsCompiledIn_data() { catalogueIsComplete_data(); }

    void catalogueIsCompiledIn()
    {
        QFETCH(QString, code);
        QVERIFY(QFile::exists(Language::catalogue(code)));
        QTranslator translator;
        QVERIFY(translator.load(Language::catalogue(code)));
        QCOMPARE(translator.language(), code);
        const QString run = translator.translate("Lab::DemoPage", "&Run");
        QVERIFY(!run.isEmpty());
        QVERIFY(run != QLatin1String("&Run"));
    }

    void systemLanguageIsOneWeHave()
    {
        const QString system = Language::systemLanguage();
        QVERIFY(std::any_of(
            Language::available().cbegin(), Language::available().cend(), [&](const LanguageOption &option) {
                return option.code == system;
            }));
    }

    // The user picks Português, then 简体中文, then English from the menu: each time the window
    // shows the same demo, in that language, without a restart.
    void switchingChangesVisibleText()
    {
        TraceRecorder recorder;
        EventLoopMonitor monitor(&recorder);
        FlagServerThread flagServer;
        Language language;
        language.setChoice(QStringLiteral("en"));
        // Real time: the run started below is still going when the language switches.
        WindowHost host(PageContext{&recorder, &monitor, 1.0, &flagServer}, &language);
        QSignalSpy replaced(&host, &WindowHost::windowReplaced);
        QVERIFY(host.window()->showDemo(QStringLiteral("countdown")));
        QCOMPARE(host.window()->currentPage()->runButton()->text(), QStringLiteral("&Run"));
        QCOMPARE(menuTitled(host.window(), 0)->title(), QStringLiteral("&File"));
        QCOMPARE(languageMenuTitle(host.window()), QStringLiteral("Lan&guage"));
        const QString englishLesson = lessonShown(host.window());
        QVERIFY(!englishLesson.isEmpty());

        // A run in progress stops, and the status bar says why.
        host.window()->currentPage()->run();
        QTRY_VERIFY(host.window()->currentPage()->isRunning());

        struct Expected
        {
            QString code, run, file, languageMenu;
        };
        const Expected expected[] = {
            {QStringLiteral("pt_BR"), QStringLiteral("&Executar"), QStringLiteral("&Arquivo"),
                QStringLiteral("&Idioma")},
            {QStringLiteral("zh_CN"), QStringLiteral("运行(&R)"), QStringLiteral("文件(&F)"),
                QStringLiteral("语言(&G)")},
            {QStringLiteral("en"), QStringLiteral("&Run"), QStringLiteral("&File"), QStringLiteral("Lan&guage")},
        };
        for (const Expected &e : expected) {
            QPointer<MainWindow> before = host.window();
            // As the menu does it: pick the language's entry.
            QMenu *menu = nullptr;
            for (QAction *action : host.window()->menuBar()->actions()) {
                if (action->text() == languageMenuTitle(host.window()))
                    menu = action->menu();
            }
            QVERIFY(menu);
            QAction *entry = nullptr;
            for (QAction *action : menu->actions()) {
                if (action->data().toString() == e.code)
                    entry = action;
            }
            QVERIFY2(entry, qPrintable(e.code));
            entry->trigger();
            QTRY_VERIFY(host.window() != before);
            QTRY_VERIFY(before.isNull()); // the old window is gone, not hidden behind

            MainWindow *window = host.window();
            QCOMPARE(language.current(), e.code);
            QCOMPARE(window->currentPage()->id(), QStringLiteral("countdown"));
            QCOMPARE(window->currentPage()->runButton()->text(), e.run);
            QCOMPARE(menuTitled(window, 0)->title(), e.file);
            QCOMPARE(languageMenuTitle(window), e.languageMenu);
            const QString lesson = lessonShown(window);
            QVERIFY(!lesson.isEmpty());
            if (e.code == QLatin1String("en"))
                QCOMPARE(lesson, englishLesson);
            else
                QVERIFY2(lesson != englishLesson, qPrintable(lesson));
            if (e.code == QLatin1String("zh_CN"))
                QVERIFY2(lesson.contains(QStringLiteral("协程")) || lesson.contains(QStringLiteral("事件循环")),
                    qPrintable(lesson));
            QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), e.code);
            if (e.code == QLatin1String("pt_BR")) {
                QVERIFY(!window->currentPage()->isRunning());
                QVERIFY2(!window->statusBar()->currentMessage().isEmpty(), "the stopped run is not mentioned");
            }
        }
        QCOMPARE(replaced.count(), 3);

        // A presenter switching language stays in presenter mode.
        host.window()->setPresenterMode(true);
        language.setChoice(QStringLiteral("pt_BR"));
        QVERIFY(host.window()->isPresenterMode());
        QCOMPARE(host.window()->currentPage()->runButton()->text(), QStringLiteral("&Executar"));
        host.window()->setPresenterMode(false);

        // "System default" forgets the choice.
        language.setChoice(QString());
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
        QCOMPARE(language.current(), Language::systemLanguage());

        // So does View > Reset to defaults: the window comes back in the system's language
        // and its Language menu ticks "System default".
        language.setChoice(QStringLiteral("zh_CN"));
        const int before = replaced.count();
        host.window()->resetToDefaults();
        QTRY_VERIFY(replaced.count() > before);
        QVERIFY(language.choice().isEmpty());
        QCOMPARE(language.current(), Language::systemLanguage());
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
        const QList<QAction *> menus = host.window()->menuBar()->actions();
        const QMenu *languages = menus.at(menus.size() - 2)->menu(); // before Help
        QVERIFY(languages);
        QVERIFY(!languages->actions().isEmpty());
        QVERIFY2(languages->actions().constFirst()->isChecked(), "\"System default\" is not ticked");
    }

    // A speaker switches language with a run's results on screen: the results table, the grid and
    // the summary stay, written again in the new language, and so do the timeline's lanes.
    void switchingKeepsTheResults()
    {
        TraceRecorder recorder;
        EventLoopMonitor monitor(&recorder);
        FlagServerThread flagServer;
        Language language;
        language.setChoice(QStringLiteral("en"));
        WindowHost host(PageContext{&recorder, &monitor, 0.1, &flagServer}, &language);
        host.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(host.window()));
        QVERIFY(host.window()->showDemo(QStringLiteral("flags")));
        auto *flags = qobject_cast<FlagsPage *>(host.window()->currentPage());
        QVERIFY(flags);
        flags->delay()->setValue(0);
        QTest::mouseClick(flags->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(flags->runButton()->isEnabled(), 60000);
        QCOMPARE(flags->results()->rowCount(), 1);
        QCOMPARE(flags->results()->item(0, 1)->text(), QStringLiteral("Coroutines, 20 at once"));
        const QString englishSummary = flags->resultText();
        // Each page keeps its own recording, and the recordings outlive a language switch.
        const auto flagsRecording = [&host] {
            return host.window()->currentPage()->recorder();
        };
        QVERIFY(englishSummary.startsWith(QLatin1String("Coroutines, 20 at once: 20 flags downloaded")));
        QCOMPARE(flagsRecording()->tasks().front().name, QStringLiteral("Event loop"));
        const auto lanes = flagsRecording()->tasks().size();
        QVERIFY(lanes > 20); // the event loop and a lane per flag

        // Language ▸ Português (Brasil), with the mouse.
        MainWindow *window = host.window();
        QMenuBar *bar = window->menuBar();
        QAction *languageMenu = bar->actions().at(bar->actions().size() - 2); // before Help
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(languageMenu).center());
        QMenu *menu = languageMenu->menu();
        QTRY_VERIFY(menu->isVisible());
        QAction *portuguese = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toString() == QLatin1String("pt_BR"))
                portuguese = action;
        }
        QVERIFY(portuguese);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(portuguese).center());
        QTRY_VERIFY(host.window() != window);

        auto *after = qobject_cast<FlagsPage *>(host.window()->currentPage());
        QVERIFY(after);
        QCOMPARE(after->results()->rowCount(), 1);
        const QString mode = after->results()->item(0, 1)->text();
        QVERIFY2(!mode.isEmpty() && mode != QLatin1String("Coroutines, 20 at once"), qPrintable(mode));
        QVERIFY2(
            !after->resultText().isEmpty() && after->resultText() != englishSummary, qPrintable(after->resultText()));
        // The grid keeps its 20 flags, with the countries' Portuguese names.
        QListView *grid = nullptr;
        for (auto *view : after->findChildren<QListView *>()) {
            if (view->model() && view->model()->rowCount() == 20)
                grid = view;
        }
        QVERIFY(grid);
        QStringList names;
        for (int row = 0; row < 20; ++row)
            names.append(grid->model()->index(row, 0).data(FlagGridModel::NameRole).toString());
        QVERIFY2(names.contains(QStringLiteral("Brasil")), qPrintable(names.join(u',')));
        QVERIFY2(names.contains(QStringLiteral("Alemanha")), qPrintable(names.join(u',')));
        // The recording stays, its lanes named in Portuguese.
        QCOMPARE(flagsRecording()->tasks().size(), lanes);
        QCOMPARE(
            flagsRecording()->tasks().front().name, QCoreApplication::translate("Lab::TraceRecorder", "Event loop"));
        QVERIFY(flagsRecording()->tasks().front().name != QLatin1String("Event loop"));
        QVERIFY(flagsRecording()->tasks().back().thread != QLatin1String("GUI thread"));
        language.setChoice(QStringLiteral("en"));
    }

    void switchingMidRunLeavesNothingBehind_data()
    {
        QTest::addColumn<QString>("demo");
        for (const QString &id : demoIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    // Whatever runs when the language changes is stopped and its page deleted: a timer, a reply
    // or a worker that finishes afterwards must find nothing to resume into.
    void switchingMidRunLeavesNothingBehind()
    {
        QFETCH(QString, demo);
        TraceRecorder recorder;
        EventLoopMonitor monitor(&recorder);
        FlagServerThread flagServer;
        Language language;
        language.setChoice(QStringLiteral("en"));
        WindowHost host(PageContext{&recorder, &monitor, 0.2, &flagServer}, &language);
        QVERIFY(host.window()->showDemo(demo));
        host.window()->currentPage()->run();
        QPointer<MainWindow> before = host.window();
        QPointer<DemoPage> page = host.window()->currentPage();
        language.setChoice(QStringLiteral("zh_CN"));
        QTRY_VERIFY(before.isNull());
        QVERIFY(page.isNull());
        QCOMPARE(host.window()->currentPage()->id(), demo);
        QVERIFY(!host.window()->currentPage()->isRunning());
        // Long enough for the stopped run's pending timers and replies to come due.
        QTest::qWait(300);
        // The new page runs, and speaks the new language.
        host.window()->currentPage()->run();
        const QString result = host.window()->currentPage()->resultText();
        QVERIFY2(std::any_of(result.cbegin(), result.cend(),
                     [](QChar c) {
                         return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
                     }),
            qPrintable(result));
        host.window()->currentPage()->stop();
        language.setChoice(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
