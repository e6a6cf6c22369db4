// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/commandline.h"

#include "app/bench/benchcommand.h"
#include "app/demoregistry.h"
#include "app/eventlooptab.h"
#include "app/headless/chesscommand.h"
#include "app/headless/clioptions.h"
#include "app/headless/coroscommand.h"
#include "app/headless/flagscommand.h"
#include "app/headless/headlesscommands.h"
#include "app/headless/inspectcommand.h"
#include "app/headless/latencycommand.h"
#include "app/headless/platescommand.h"
#include "app/headless/primescommand.h"
#include "app/headless/scalecommand.h"
#include "app/headless/servecommand.h"
#include "app/headless/tracecommand.h"
#include "app/headless/tracefileoption.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/screenshots.h"
#include "app/windowhost.h"
#include "models/core/eventloopchoice.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <utility>

namespace Lab {

namespace {
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("concurrency-lab"));
    QCoreApplication::setOrganizationName(QStringLiteral("Concurrency Lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAB_VERSION));
}

QString commandsHelp()
{
    return QCoreApplication::translate("Lab::Cli",
        "Commands (each has its own --help):\n"
        "  plates     spin N plates with H hands; print plates up, fallen and visits\n"
        "  latency    print the talk's latency table and the same rows measured here\n"
        "  spinner    run the spinner demo in the terminal\n"
        "  countdown  run the countdown demo in the terminal\n"
        "  coroutines resume coroutines by hand and step a toy event loop\n"
        "  flags      download flags from the flag server and print the book's report\n"
        "  serve      run the flag server alone, for curl, browsers and scripts\n"
        "  chess      play a simultaneous chess exhibition on a simulated clock; print the totals\n"
        "  scale      start N sleepers as coroutines or threads; print time and memory\n"
        "  trace      run a Python program and record its tasks, threads and loop blocks\n"
        "  primes     check the book's 20 numbers sequentially, on threads, processes or coroutines\n"
        "  bench      run benchmarks and print figures and ratios\n"
        "  inspect    load a trace file as the window does and print what the timeline would show\n"
        "With no command the window opens.");
}

// Calls a function once, after @p window painted its first frame and the loop turned once more.
class FirstFrame : public QObject
{
public:
    FirstFrame(QWidget *window, std::function<void()> then)
        : m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, std::exchange(m_then, nullptr));
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// The value of --event-loop, read before the parser runs (the version line names the loop).
QString requestedEventLoop(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--event-loop"))
            return arguments.value(i + 1);
        if (arguments[i].startsWith(QLatin1String("--event-loop=")))
            return arguments[i].mid(13);
    }
    return {};
}

// --event-loop wins, then QT_NO_GLIB in the environment, then the setting; GLib by default.
EventLoopKind pickEventLoop(const QString &requested)
{
    EventLoopKind kind = EventLoopKind::Glib;
    if (parseEventLoopKind(requested, &kind))
        return kind;
    if (eventLoopSetInEnvironment())
        return EventLoopKind::Unix;
    if (parseEventLoopKind(QSettings().value(EventLoopTab::settingKey()).toString(), &kind))
        return kind;
    return EventLoopKind::Glib;
}

// Help ▸ About ▸ Event loop asked for a restart: the same command line on the chosen loop.
void restartOnEventLoop(const QString &key)
{
    QStringList arguments = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments[i] == QLatin1String("--event-loop"))
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        else if (arguments[i].startsWith(QLatin1String("--event-loop=")))
            arguments.remove(i);
        else
            ++i;
    }
    arguments << QStringLiteral("--event-loop") << key;
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        std::fprintf(stderr, "concurrency-lab: could not start again on %s\n", qPrintable(key));
}

int runGui(int argc, char **argv)
{
    // Options are checked before the window system is touched: --help and mistakes need no display.
    setIdentity();
    const EventLoopKind eventLoop = pickEventLoop(requestedEventLoop(argumentList(argc, argv)));
    // --version says which loop the window would run on.
    QCoreApplication::setApplicationVersion(QStringLiteral(LAB_VERSION "\n")
        + QCoreApplication::translate("Lab::Cli", "event loop: %1 (--event-loop %2)")
              .arg(eventLoopName(eventLoop), eventLoopKey(eventLoop)));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Lab::Cli", "Concurrency Lab: makes concurrency visible.\n\n") + commandsHelp());
    parser.addPositionalArgument(
        QStringLiteral("command"), QCoreApplication::translate("Lab::Cli", "A command."), QStringLiteral("[command]"));
    parser.addOption({QStringLiteral("demo"),
        QCoreApplication::translate("Lab::Cli", "Open the window on demo <name>: %1.")
            .arg(demoIds().join(QLatin1String(", "))),
        QStringLiteral("name")});
    parser.addOption({QStringLiteral("list-demos"), QCoreApplication::translate("Lab::Cli", "Print the demo names.")});
    parser.addOption({QStringLiteral("time-scale"),
        QCoreApplication::translate("Lab::Cli", "Multiply every demo delay by <x> (default 1)."), QStringLiteral("x")});
    parser.addOption({QStringLiteral("run"), QCoreApplication::translate("Lab::Cli", "Run the demo once it shows.")});
    parser.addOption({QStringLiteral("quit-after-run"),
        QCoreApplication::translate("Lab::Cli", "Print the run's result and quit when it ends.")});
    parser.addOption(traceFileOption());
    parser.addOption({QStringLiteral("open"),
        QCoreApplication::translate("Lab::Cli", "Open the window on the trace file <file> (as File > Open trace)."),
        QStringLiteral("file")});
    parser.addOption({QStringLiteral("event-loop"),
        QCoreApplication::translate("Lab::Cli",
            "Run the window on <loop>: glib (GLib's main loop, Debian's default) or unix (Qt's own "
            "dispatcher, as QT_NO_GLIB=1). Default: Help > About > Event loop's choice."),
        QStringLiteral("loop")});
    parser.addOption({QStringLiteral("screenshots"),
        QCoreApplication::translate("Lab::Cli",
            "Run each demo to a telling moment, save the window as <dir>/<demo>.png and in presenter mode as "
            "<dir>/presenter-<demo>.png, quit."),
        QStringLiteral("dir")});
    if (const int status = parseArguments(parser, argumentList(argc, argv)); status >= 0)
        return status;
    setIdentity();
    EventLoopKind requested = EventLoopKind::Glib;
    if (parser.isSet(QStringLiteral("event-loop"))
        && !parseEventLoopKind(parser.value(QStringLiteral("event-loop")), &requested))
        return usageError(QCoreApplication::translate("Lab::Cli", "--event-loop must be glib or unix, not '%1'")
                              .arg(parser.value(QStringLiteral("event-loop"))));
    // The GUI thread's dispatcher is made with the application object: choose it first.
    chooseEventLoop(eventLoop);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("Lab::Cli", "unknown command '%1'\n%2")
                              .arg(parser.positionalArguments().first(), commandsHelp()));
    if (parser.isSet(QStringLiteral("list-demos"))) {
        std::printf("%s\n", qPrintable(demoIds().join(u'\n')));
        return 0;
    }
    double timeScale = 1.0;
    if (!readNumber(parser, QStringLiteral("time-scale"), 0.001, 100.0, &timeScale))
        return UsageError;
    if (parser.isSet(QStringLiteral("screenshots"))) {
        const QString folder = parser.value(QStringLiteral("screenshots"));
        if (const QString problem = screenshotFolderProblem(folder); !problem.isEmpty())
            return usageError(QStringLiteral("cannot save screenshots to '%1': %2").arg(folder, problem));
        return runScreenshots(argc, argv, folder, timeScale);
    }
    if (parser.isSet(QStringLiteral("open")) && !QFileInfo(parser.value(QStringLiteral("open"))).isFile())
        return usageError(QCoreApplication::translate("Lab::Cli", "cannot open '%1': no such file")
                              .arg(parser.value(QStringLiteral("open"))));
    const QString demo = parser.value(QStringLiteral("demo"));
    if (parser.isSet(QStringLiteral("demo")) && !demoIds().contains(demo))
        return usageError(QCoreApplication::translate("Lab::Cli", "unknown demo '%1': use one of %2")
                              .arg(demo, demoIds().join(QLatin1String(", "))));

    QApplication app(argc, argv);
    // The same id names the installed .desktop entry and icon (resources/desktop/).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.concurrencylab.ConcurrencyLab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.concurrencylab.ConcurrencyLab.svg")));
    // The language follows the system unless the user chose one; switching it rebuilds the window
    // (WindowHost). First, so that even the recording's lane names are in that language.
    Language language;
    language.applySaved();
    TraceRecorder recorder;
    EventLoopMonitor monitor(&recorder);
    // The flag server starts with the app, on loopback, on a thread of its own (see FlagServerThread).
    FlagServerThread flagServer;
    // What the window remembers (knobs, layout, zoom, theme) lives in the user's settings; a --demo
    // or --time-scale on the command line wins over them.
    QSettings settings;
    WindowHost host(PageContext{&recorder, &monitor, timeScale, &flagServer, &settings}, &language);
    if (!demo.isEmpty())
        host.window()->showDemo(demo);
    const QString tracePath = parser.value(QStringLiteral("trace"));
    // The recording on screen when the run ended (each page keeps its own; the recordings outlive the window).
    TraceRecorder *shownRecording = &recorder;
    if (parser.isSet(QStringLiteral("quit-after-run"))) {
        QObject::connect(&host, &WindowHost::runFinished, &app, [&](const QString &id, const QString &summary) {
            std::printf("%s: %s\n", qPrintable(id), qPrintable(summary));
            std::fflush(stdout);
            // Leave the finished state on screen for a moment (screenshots, a watching audience).
            QTimer::singleShot(500, &app, [&] {
                shownRecording = host.window()->recording();
                host.window()->close();
            });
        });
    }
    monitor.start();
    host.window()->show();
    if (parser.isSet(QStringLiteral("open"))) {
        const QString openPath = parser.value(QStringLiteral("open"));
        // Once the window shows, as if the user had chosen the file: a refusal says why in a message box.
        QTimer::singleShot(0, &host, [&host, openPath] {
            host.window()->openTraceInteractively(openPath);
        });
    }
    // Start-up painting is not the run's: it starts once the window's first frame is on screen.
    FirstFrame firstFrame(host.window(), [&host, run = parser.isSet(QStringLiteral("run"))] {
        if (run)
            host.window()->currentPage()->run();
    });
    const int status = QApplication::exec();
    // As the headless commands do: a trace that cannot be written is an error, not a silent success.
    if (!writeTraceIfAsked(*shownRecording, tracePath))
        return 1;
    if (const QVariant restart = app.property(EventLoopTab::restartProperty()); restart.isValid()) {
        settings.sync(); // the new process reads what this one remembered
        restartOnEventLoop(restart.toString());
    }
    return status;
}

int runBench(int argc, char **argv, bool worker)
{
    // Benchmarks paint widgets offscreen: they need no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A worker that measures no widget runs without the GUI libraries' baseline, so its peak
    // RSS is closer to what the figure itself costs.
    const QByteArray figure = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    const bool needsWidgets = !worker || figure.startsWith("timeline-paint") || figure.startsWith("flags-gui")
        || figure.startsWith("primes-gui") || figure.startsWith("import-gui");
    std::unique_ptr<QCoreApplication> app(
        needsWidgets ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    setIdentity();
    return worker ? runBenchWorkerCommand(QCoreApplication::arguments())
                  : runBenchCommand(QCoreApplication::arguments());
}
} // namespace

int runConcurrencyLab(int argc, char **argv)
{
    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (command == "primes-worker") // a worker process of the primes demo: no Qt application at all
        return runPrimesWorkerCommand(argc, argv);
    if (command == "bench" || command == "bench-worker")
        return runBench(argc, argv, command == "bench-worker");
    using Command = int (*)(const QStringList &);
    const std::pair<const char *, Command> headless[] = {
        {"plates", runPlatesCommand},
        {"latency", runLatencyCommand},
        {"spinner", runSpinnerCommand},
        {"countdown", runCountdownCommand},
        {"coroutines", runCorosCommand},
        {"flags", runFlagsCommand},
        {"serve", runServeCommand},
        {"chess", runChessCommand},
        {"scale", runScaleCommand},
        {"inspect", runInspectCommand},
        {"trace", runTraceCommand},
        {"primes", runPrimesCommand},
    };
    for (const auto &[name, run] : headless) {
        if (command == name) {
            QCoreApplication app(argc, argv);
            setIdentity();
            // What the commands print reads the same on every machine, whatever the user's locale:
            // "4.05" and "41,000,000" (the C locale, with its group separator).
            QLocale c = QLocale::c();
            c.setNumberOptions(QLocale::DefaultNumberOptions);
            QLocale::setDefault(c);
            return run(QCoreApplication::arguments());
        }
    }
    return runGui(argc, argv);
}

} // namespace Lab
