// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/corospage.h"
#include "app/countdownpage.h"
#include "app/flagspage.h"
#include "app/language.h"
#include "app/latencypage.h"
#include "app/mainwindow.h"
#include "app/platespage.h"
#include "app/primespage.h"
#include "app/windowhost.h"
#include "models/core/clock.h"
#include "models/flags/flaggridmodel.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/coroutinestepview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Lab;

namespace {

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
    });
}

} // namespace

// A speaker with results on screen switches the language from the menu: every page keeps what it
// showed (the Flags table and grid, the Latency tables, the knobs, the summaries), written again in
// the new language with its numbers, and a run in progress stops and says why.
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    TraceRecorder m_recorder;
    FlagServerThread m_flagServer;
    std::unique_ptr<EventLoopMonitor> m_monitor;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<WindowHost> m_host;

    MainWindow *window() const { return m_host->window(); }

    // The demo list, found as a user finds it: by its accessible name, in the window's language.
    QListWidget *demoList() const
    {
        const QString name = QCoreApplication::translate("Lab::MainWindow", "Demos");
        for (QListWidget *list : window()->findChildren<QListWidget *>()) {
            if (list->accessibleName() == name)
                return list;
        }
        return nullptr;
    }

    // A click on the demo's title in the list.
    template<typename Page>
    Page *clickDemo(const QString &id)
    {
        QListWidget *list = demoList();
        if (!list)
            return nullptr;
        const QList<DemoPage *> pages = window()->pages();
        for (int row = 0; row < pages.size(); ++row) {
            if (pages[row]->id() != id)
                continue;
            QListWidgetItem *item = list->item(row);
            list->scrollToItem(item);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        }
        return qobject_cast<Page *>(window()->currentPage());
    }

    // Language ▸ <name>, with the mouse: the menu bar's title, then the language's entry.
    bool chooseLanguage(const QString &code)
    {
        QPointer<MainWindow> before = window();
        QMenuBar *bar = window()->menuBar();
        const QList<QAction *> menus = bar->actions();
        QAction *languageMenu = menus.at(menus.size() - 2); // before Help
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(languageMenu).center());
        QMenu *menu = languageMenu->menu();
        if (!QTest::qWaitFor([menu] {
                return menu->isVisible();
            }))
            return false;
        QAction *entry = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toString() == code)
                entry = action;
        }
        if (!entry)
            return false;
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(entry).center());
        // The window is built again in the new language, and the old one goes.
        return QTest::qWaitFor(
                   [&] {
                       return before.isNull() && m_language->current() == code;
                   },
                   10000)
            && QTest::qWaitForWindowExposed(window());
    }

    // Run, with the mouse, and wait for the run's end.
    bool runToEnd(DemoPage *page, int timeoutMs = 120000)
    {
        QSignalSpy finished(page, &DemoPage::runFinished);
        QTest::mouseClick(page->runButton(), Qt::LeftButton);
        return finished.wait(timeoutMs);
    }

    // Every demo's name fits the list, whatever the language made of it.
    bool demoNamesFit() const
    {
        QListWidget *list = demoList();
        if (!list)
            return false;
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            if (list->viewport()->width() < list->fontMetrics().horizontalAdvance(item->text()))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_monitor = std::make_unique<EventLoopMonitor>(&m_recorder);
        m_language = std::make_unique<Language>();
        m_language->setChoice(QStringLiteral("en"));
        // No settings: what the new window shows, it can only have taken from the old one.
        m_host = std::make_unique<WindowHost>(
            PageContext{&m_recorder, m_monitor.get(), 0.1, &m_flagServer}, m_language.get());
        m_monitor->start();
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void cleanupTestCase()
    {
        m_host.reset();
        m_language->setChoice(QStringLiteral("en"));
        m_language.reset();
        m_monitor.reset();
        QSettings().clear();
    }

    void resultsSurviveASwitch()
    {
        // Flags: 5 at once, no delay (typed into the knobs), then Run.
        auto *flags = clickDemo<FlagsPage>(QStringLiteral("flags"));
        QVERIFY(flags);
        for (QAbstractSpinBox *knob :
            {static_cast<QAbstractSpinBox *>(flags->delay()), static_cast<QAbstractSpinBox *>(flags->concurrency())}) {
            knob->setFocus();
            QTest::keyClick(knob, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(knob, knob == flags->delay() ? QStringLiteral("0") : QStringLiteral("5"));
            QTest::keyClick(knob, Qt::Key_Tab);
        }
        QCOMPARE(flags->delay()->value(), 0.0);
        QCOMPARE(flags->concurrency()->value(), 5);
        QTest::mouseClick(flags->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(flags->runButton()->isEnabled(), 60000);
        QCOMPARE(flags->results()->rowCount(), 1);
        QCOMPARE(cell(flags->results(), 0, 1), QStringLiteral("Coroutines, 5 at once"));
        QCOMPARE(cell(flags->results(), 0, 4), QStringLiteral("20"));
        const QString englishSeconds = cell(flags->results(), 0, 6);
        QVERIFY2(englishSeconds.contains(u'.'), qPrintable(englishSeconds));
        const QString englishFlagsSummary = flags->resultText();
        QVERIFY2(englishFlagsSummary.contains(QLatin1String("20 flags downloaded")), qPrintable(englishFlagsSummary));

        // Latency: Measure again, with the mouse.
        auto *latency = clickDemo<LatencyPage>(QStringLiteral("latency"));
        QVERIFY(latency);
        QTest::mouseClick(latency->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(latency->runButton()->isEnabled() && !latency->resultText().isEmpty()
                && latency->resultText() != QCoreApplication::translate("Lab::DemoPage", "Running…"),
            60000);
        const int measuredRows = latency->measuredTable()->rowCount();
        QVERIFY(measuredRows >= 5);
        const QString englishDevice = cell(latency->measuredTable(), 0, 0); // "L1 cache (16 KiB)"
        QVERIFY2(englishDevice.startsWith(QLatin1String("L1 cache")), qPrintable(englishDevice));
        const QString englishL1 = cell(latency->measuredTable(), 0, 1); // a few ns, with decimals
        QVERIFY2(englishL1.contains(u'.'), qPrintable(englishL1));
        QCOMPARE(cell(latency->talkTable(), 3, 1), QStringLiteral("41,000,000"));
        const QString englishLatencySummary = latency->resultText();
        const QString englishTalkDevice = cell(latency->talkTable(), 0, 0);

        // Language ▸ Português (Brasil), with Latency on screen.
        TraceRecorder *latencyRecording = latency->recorder();
        const qint64 switchStart = nowNs();
        QVERIFY(chooseLanguage(QStringLiteral("pt_BR")));
        const qint64 switchEnd = nowNs();
        QCOMPARE(window()->currentPage()->id(), QStringLiteral("latency"));
        QVERIFY2(demoNamesFit(), "the demo list kept a width too narrow for the Portuguese names");
        // Building the new window held the loop, but that is not the last run's: its recording
        // gets no stall from the switch.
        for (const Span &span : latencyRecording->spans()) {
            QVERIFY2(!(span.task == EventLoopTask && span.state == TaskState::Blocked && span.start >= switchStart
                         && span.start <= switchEnd),
                "the language switch was recorded as a stall of the Latency run");
        }
        QCOMPARE(window()->currentPage()->recorder(), latencyRecording);
        // Its spans are named in Portuguese now, as the table's rows.
        const QString loopback = QCoreApplication::translate("Lab::Latency", "network: loopback TCP round trip");
        QVERIFY(loopback != QLatin1String("network: loopback TCP round trip"));
        const std::vector<Span> latencySpans = latencyRecording->spans();
        QVERIFY(std::any_of(latencySpans.cbegin(), latencySpans.cend(), [&](const Span &span) {
            return span.label == loopback;
        }));
        QVERIFY(std::none_of(latencySpans.cbegin(), latencySpans.cend(), [](const Span &span) {
            return span.label == QLatin1String("network: loopback TCP round trip");
        }));

        latency = qobject_cast<LatencyPage *>(window()->currentPage());
        QVERIFY(latency);
        QCOMPARE(latency->measuredTable()->rowCount(), measuredRows);
        const QString device = cell(latency->measuredTable(), 0, 0);
        QVERIFY2(!device.isEmpty() && device != englishDevice, qPrintable(device));
        const QString l1 = cell(latency->measuredTable(), 0, 1);
        QVERIFY2(l1.contains(u',') && !l1.contains(u'.'), qPrintable(l1));
        QCOMPARE(cell(latency->talkTable(), 3, 1), QStringLiteral("41.000.000"));
        QVERIFY(cell(latency->talkTable(), 0, 0) != englishTalkDevice);
        QVERIFY2(!latency->resultText().isEmpty() && latency->resultText() != englishLatencySummary,
            qPrintable(latency->resultText()));
        QVERIFY2(latency->progress()->value() == latency->progress()->maximum(), "the progress was not kept");

        // Flags, by a click in the (Portuguese) list: the table, the grid, the knobs, the summary.
        flags = clickDemo<FlagsPage>(QStringLiteral("flags"));
        QVERIFY(flags);
        QCOMPARE(flags->delay()->value(), 0.0);
        QCOMPARE(flags->concurrency()->value(), 5);
        QCOMPARE(flags->results()->rowCount(), 1);
        const QString mode = cell(flags->results(), 0, 1);
        QVERIFY2(mode.contains(QLatin1String("5")) && mode != QLatin1String("Coroutines, 5 at once"), qPrintable(mode));
        QCOMPARE(cell(flags->results(), 0, 4), QStringLiteral("20"));
        const QString seconds = cell(flags->results(), 0, 6);
        QVERIFY2(seconds.contains(u',') && !seconds.contains(u'.'), qPrintable(seconds));
        const QString summary = flags->resultText();
        QVERIFY2(summary != englishFlagsSummary && summary.contains(QLatin1String("20")), qPrintable(summary));
        QVERIFY2(!summary.contains(QLatin1String("downloaded")), qPrintable(summary));
        // Every number of the summary in the window's locale: no "0.05 s" beside "0,05 s".
        QVERIFY2(!summary.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))), qPrintable(summary));
        QCOMPARE(flags->grid()->rowCount(), 20);
        QStringList names;
        for (int row = 0; row < 20; ++row)
            names.append(flags->grid()->index(row, 0).data(FlagGridModel::NameRole).toString());
        QVERIFY2(names.contains(QStringLiteral("Alemanha")), qPrintable(names.join(u',')));
        // Its recording is still on the timeline, its lanes in Portuguese.
        QVERIFY(window()->recording()->tasks().size() > 20);
        QCOMPARE(window()->recording()->tasks().front().name,
            QCoreApplication::translate("Lab::TraceRecorder", "Event loop"));
        QVERIFY(window()->recording()->tasks().front().name != QLatin1String("Event loop"));
        // And so are the spans' labels that the run wrote in English.
        int decoded = 0;
        for (const Span &span : window()->recording()->spans()) {
            QVERIFY2(span.label != QLatin1String("decode/save"), "a span label stayed in English");
            decoded += span.label == QCoreApplication::translate("Lab::FlagDownloader", "decode/save") ? 1 : 0;
        }
        QCOMPARE(decoded, 20);
    }

    // A run in progress stops when the language changes, and its result line says so.
    void aRunningPageStopsAndSaysWhy()
    {
        auto *plates = clickDemo<PlatesPage>(QStringLiteral("plates"));
        QVERIFY(plates);
        QTest::mouseClick(plates->runButton(), Qt::LeftButton);
        QVERIFY(plates->isRunning());
        QTRY_VERIFY(plates->replayFrames() > 2);

        QVERIFY(chooseLanguage(QStringLiteral("zh_CN")));
        plates = qobject_cast<PlatesPage *>(window()->currentPage());
        QVERIFY(plates);
        QVERIFY(demoNamesFit());
        QVERIFY(!plates->isRunning());
        QVERIFY(plates->runButton()->isEnabled());
        const QString result = plates->resultText();
        const QString why =
            QCoreApplication::translate("Lab::DemoPage", "The language changed, which stopped the run: %1")
                .section(QStringLiteral("%1"), 0, 0);
        QVERIFY2(!why.isEmpty() && hasChinese(why), qPrintable(why));
        QVERIFY2(result.startsWith(why), qPrintable(result));
        QVERIFY2(hasChinese(result), qPrintable(result));
        // The plates stay as the run left them, and the run can be replayed; the timeline marks the
        // stop, in Chinese like the hands' spans.
        QVERIFY(plates->replayFrames() > 2);
        const auto instants = plates->recorder()->instants();
        QVERIFY(std::any_of(instants.cbegin(), instants.cend(), [](const Instant &instant) {
            return instant.task == EventLoopTask
                && instant.label == QCoreApplication::translate("Lab::DemoPage", "Run stopped: the language changed")
                && hasChinese(instant.label);
        }));
        int handSpans = 0;
        for (const Span &span : plates->recorder()->spans()) {
            if (span.task != EventLoopTask && !span.label.isEmpty()) {
                QVERIFY2(hasChinese(span.label), qPrintable(span.label));
                ++handSpans;
            }
        }
        QVERIFY(handSpans > 0);
        QVERIFY2(hasChinese(plates->countersText()), qPrintable(plates->countersText()));

        // And the other pages still have theirs, now in Chinese.
        auto *flags = clickDemo<FlagsPage>(QStringLiteral("flags"));
        QVERIFY(flags);
        QCOMPARE(flags->results()->rowCount(), 1);
        QVERIFY2(hasChinese(cell(flags->results(), 0, 1)), qPrintable(cell(flags->results(), 0, 1)));
        QVERIFY2(hasChinese(flags->resultText()), qPrintable(flags->resultText()));
        QCOMPARE(flags->concurrency()->value(), 5);
        QCOMPARE(flags->grid()->rowCount(), 20);
    }

    // What the runs recorded in English is written again in Portuguese after a switch from the
    // menu: the countdown's await arrows, the primes workers' lanes and is_prime(n) spans, the
    // failure the Latency lane noted for a server that does not answer, and the semaphore's log.
    void recordedLabelsFollowASwitch()
    {
        if (m_language->current() != QLatin1String("en"))
            QVERIFY(chooseLanguage(QStringLiteral("en")));

        // Countdown: a run of the coroutine version, which draws an arrow at every sleep and wake-up.
        auto *countdown = clickDemo<CountdownPage>(QStringLiteral("countdown"));
        QVERIFY(countdown);
        QVERIFY(runToEnd(countdown));
        const auto hasLink = [](const TraceRecorder *recorder, const QString &label) {
            const std::vector<Link> links = recorder->links();
            return std::any_of(links.cbegin(), links.cend(), [&label](const Link &link) {
                return link.label == label;
            });
        };
        const QString fired = QStringLiteral("timer fired: task resumed");
        QVERIFY(hasLink(countdown->recorder(), fired));

        // Primes: threads, chosen with the keyboard.
        auto *primes = clickDemo<PrimesPage>(QStringLiteral("primes"));
        QVERIFY(primes);
        QComboBox *mode = primes->modeSelector();
        const int threads = mode->findData(int(PrimesPage::Threads));
        while (mode->currentIndex() != threads)
            QTest::keyClick(mode, mode->currentIndex() < threads ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(runToEnd(primes));
        const auto laneNamed = [](const TraceRecorder *recorder, const QString &name) {
            const std::vector<TaskInfo> tasks = recorder->tasks();
            return std::any_of(tasks.cbegin(), tasks.cend(), [&name](const TaskInfo &task) {
                return task.name == name;
            });
        };
        QVERIFY(laneNamed(primes->recorder(), QStringLiteral("worker 1")));

        // Latency: the flag server waits longer than the HTTP probe's 3 s, as a server that is down.
        auto *flags = clickDemo<FlagsPage>(QStringLiteral("flags"));
        QVERIFY(flags);
        const auto typeDelay = [](QDoubleSpinBox *delay, const QString &seconds) {
            delay->setFocus();
            QTest::keyClick(delay, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(delay, seconds);
            QTest::keyClick(delay, Qt::Key_Tab);
        };
        typeDelay(flags->delay(), QStringLiteral("5"));
        QCOMPARE(flags->delay()->value(), 5.0);
        auto *latency = clickDemo<LatencyPage>(QStringLiteral("latency"));
        QVERIFY(latency);
        QVERIFY(runToEnd(latency));
        const auto hasInstant = [](const TraceRecorder *recorder, const QString &label) {
            const std::vector<Instant> instants = recorder->instants();
            return std::any_of(instants.cbegin(), instants.cend(), [&label](const Instant &instant) {
                return instant.task != EventLoopTask && instant.label == label;
            });
        };
        QVERIFY(hasInstant(latency->recorder(), QStringLiteral("timeout after 3 s")));
        flags = clickDemo<FlagsPage>(QStringLiteral("flags"));
        QVERIFY(flags);
        typeDelay(flags->delay(), QStringLiteral("0"));

        // Coroutines by hand, the semaphore: the last exercise, a prediction typed, then Run.
        auto *coros = clickDemo<CorosPage>(QStringLiteral("coroutines"));
        QVERIFY(coros);
        QTest::keyClick(coros->exerciseBox(), Qt::Key_End);
        QCOMPARE(coros->exerciseBox()->currentIndex(), int(CorosPage::SemaphoreIndex));
        QTest::keyClicks(coros->view()->predictionEdit(), QStringLiteral("three at a time"));
        QVERIFY(runToEnd(coros));
        const QString taskIn = QStringLiteral("task 1 is in (1 inside)");
        QVERIFY2(
            coros->view()->logLines().join(u'\n').contains(taskIn), qPrintable(coros->view()->logLines().join(u'\n')));

        // Language ▸ Português (Brasil), with the semaphore's log on screen.
        QVERIFY(chooseLanguage(QStringLiteral("pt_BR")));
        const auto portuguese = [](const char *context, const char *source) {
            const QString text = QCoreApplication::translate(context, source);
            return text != QLatin1String(source) ? text : QString();
        };

        const QString firedNow = portuguese("Lab::CountdownDemo", "timer fired: task resumed");
        QVERIFY(!firedNow.isEmpty());
        QVERIFY(hasLink(window()->page(QStringLiteral("countdown"))->recorder(), firedNow));
        QVERIFY2(!hasLink(window()->page(QStringLiteral("countdown"))->recorder(), fired),
            "an await arrow stayed in English");

        TraceRecorder *primesRecording = window()->page(QStringLiteral("primes"))->recorder();
        const QString worker = portuguese("Lab::PrimesRun", "worker %1");
        QVERIFY(!worker.isEmpty());
        QVERIFY(laneNamed(primesRecording, worker.arg(1)));
        QVERIFY2(!laneNamed(primesRecording, QStringLiteral("worker 1")), "a primes lane stayed in English");
        int checks = 0;
        for (const Span &span : primesRecording->spans()) {
            if (span.task != EventLoopTask && span.state == TaskState::Running) {
                const QString n = span.label.section(u'(', 1).section(u')', 0, 0);
                QCOMPARE(span.label, QCoreApplication::translate("Lab::ThreadCheckers", "is_prime(%1)").arg(n));
                ++checks;
            }
        }
        QVERIFY(checks >= 20);

        const QString timeout = portuguese("Lab::HttpResponse", "timeout after %1 s");
        QVERIFY(!timeout.isEmpty());
        QVERIFY(hasInstant(window()->page(QStringLiteral("latency"))->recorder(), timeout.arg(3)));
        QVERIFY2(
            !hasInstant(window()->page(QStringLiteral("latency"))->recorder(), QStringLiteral("timeout after 3 s")),
            "the Latency lane's note stayed in English");

        coros = qobject_cast<CorosPage *>(window()->currentPage());
        QVERIFY(coros);
        const QString log = coros->view()->logLines().join(u'\n');
        const QString taskInNow = portuguese("Lab::SemaphoreExercise", "task %1 is in (%2 inside)");
        QVERIFY(!taskInNow.isEmpty());
        QVERIFY2(log.contains(taskInNow.arg(1).arg(1)), qPrintable(log));
        QVERIFY2(!log.contains(taskIn), qPrintable(log));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
