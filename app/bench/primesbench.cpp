// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/benchfigures.h"
#include "app/bench/benchprocess.h"
#include "app/mainwindow.h"
#include "app/primespage.h"
#include "models/core/clock.h"
#include "models/flags/flagserverthread.h"
#include "models/primes/primesrun.h"
#include "models/spinner/primes.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"

#include <QApplication>
#include <QComboBox>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>

namespace Lab {

namespace {

constexpr int Workers = 2;
// The GUI figure runs the page this many times, so its percentiles rest on enough heartbeats.
constexpr int GuiRuns = 4;

// Quick: the book's numbers a million times smaller, each still a prime or not as the book's is,
// so a check does a thousandth of the divisions.
std::vector<quint64> quickNumbers()
{
    std::vector<quint64> numbers;
    for (const quint64 n : bookNumbers()) {
        const bool prime = isPrimeFast(n);
        quint64 small = std::max<quint64>(n / 1'000'000, 2);
        while (isPrimeFast(small) != prime)
            ++small;
        numbers.push_back(small);
    }
    return numbers;
}

std::vector<quint64> numbersToCheck(const WorkerOptions &options)
{
    return options.numbers.empty() ? bookNumbers() : options.numbers;
}

// The floor: the same trial division as a plain loop, nothing recorded, nothing checked between divisions.
bool plainIsPrime(quint64 n)
{
    if (n < 2)
        return false;
    if (n % 2 == 0)
        return n == 2;
    const quint64 root = integerSqrt(n);
    for (quint64 i = 3; i <= root; i += 2) {
        if (n % i == 0)
            return false;
    }
    return true;
}

QJsonObject runPrimes(PrimesMode mode, int workers, bool gil, const std::vector<quint64> &numbers)
{
    TraceRecorder recorder;
    PrimesRun run(&recorder);
    PrimesSettings settings;
    settings.mode = mode;
    settings.workers = workers;
    settings.gil = gil;
    settings.numbers = numbers;
    settings.workerProgram = QCoreApplication::applicationFilePath();
    QObject::connect(&run, &PrimesRun::finished, [] {
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, [&] {
        run.start(settings);
    });
    QCoreApplication::exec();
    const PrimesSummary &summary = run.summary();
    if (!summary.error.isEmpty())
        return {{QStringLiteral("error"), summary.error}};
    return {{QStringLiteral("wallSeconds"), double(summary.elapsedNs) / 1e9},
        {QStringLiteral("checked"), summary.checked}, {QStringLiteral("workers"), summary.settings.workers},
        {QStringLiteral("gilSwitches"), summary.gilSwitches}};
}

qint64 percentile(std::vector<qint64> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = std::size_t(std::min(double(samples.size() - 1), p / 100.0 * double(samples.size())));
    return samples[index];
}

// The whole window on the Primes page, the mode's workers on every core, run @p guiRuns times as a
// user clicks Run; the window's EventLoopMonitor measures the GUI thread's heartbeat over each run.
QJsonObject measurePrimesGui(PrimesPage::Exercise exercise, int guiRuns)
{
    TraceRecorder recorder;
    EventLoopMonitor monitor(&recorder);
    FlagServerThread server; // the window's Flags page expects the app's flag server
    MainWindow window(PageContext{&recorder, &monitor, 1.0, &server});
    window.showDemo(QStringLiteral("primes"));
    auto *page = qobject_cast<PrimesPage *>(window.currentPage());
    if (!page)
        return {{QStringLiteral("error"), QStringLiteral("the window has no Primes page")}};
    page->modeSelector()->setCurrentIndex(page->modeSelector()->findData(int(exercise)));
    page->workersBox()->setValue(Workers);
    std::vector<qint64> samples;
    int runs = 0;
    qint64 busyNs = 0;
    QObject::connect(page, &DemoPage::runFinished, [&] {
        // The monitor is reset as each run starts: its samples are this run's.
        samples.insert(samples.end(), monitor.lagSamples().begin(), monitor.lagSamples().end());
        busyNs += page->primesRun()->summary().elapsedNs;
        if (++runs == guiRuns)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        else
            QTimer::singleShot(100, page, &DemoPage::run);
    });
    monitor.start();
    window.show();
    QTimer::singleShot(500, page, &DemoPage::run);
    QCoreApplication::exec();
    window.close();
    return {{QStringLiteral("samples"), qint64(samples.size())}, {QStringLiteral("heartbeatMs"), monitor.interval()},
        {QStringLiteral("runs"), runs}, {QStringLiteral("busySeconds"), double(busyNs) / 1e9},
        {QStringLiteral("lagP50Ms"), double(percentile(samples, 50)) / 1e6},
        {QStringLiteral("lagP99Ms"), double(percentile(samples, 99)) / 1e6},
        {QStringLiteral("lagMaxMs"), double(percentile(samples, 100)) / 1e6}};
}

ChildResult runPrimesWorker(
    BenchSection &section, const QString &figure, const QString &label, int timeoutSeconds, const QStringList &options)
{
    reportProgress(QStringLiteral("primes: %1").arg(label));
    ChildResult result = runBenchWorker(
        QStringList{figure, QStringLiteral("--limit"), QString::number(Workers)} + options, timeoutSeconds);
    if (result.ok() && result.json.contains(QStringLiteral("error")))
        result.error = result.json.value(QStringLiteral("error")).toString();
    if (result.ok() && result.json.contains(QStringLiteral("skipped"))) {
        section.notes
            << QStringLiteral("%1: skipped (%2)").arg(label, result.json.value(QStringLiteral("skipped")).toString());
        result.error = QStringLiteral("skipped");
        return result;
    }
    if (!result.ok())
        section.errors << QStringLiteral("%1: %2").arg(label, result.error);
    return result;
}

BenchRow wallRow(const QString &id, const QString &figure, const ChildResult &result, const QString &anchorName,
    double anchorValue, const QString &note = {})
{
    return {id, figure, result.number("wallSeconds"), QStringLiteral("s"), {}, anchorName, anchorValue, note};
}

} // namespace

QJsonObject measurePrimesFloor(const WorkerOptions &options)
{
    const std::vector<quint64> numbers = numbersToCheck(options);
    const qint64 start = nowNs();
    int primes = 0;
    for (const quint64 n : numbers)
        primes += plainIsPrime(n) ? 1 : 0;
    const qint64 elapsed = nowNs() - start;
    return {{QStringLiteral("wallSeconds"), double(elapsed) / 1e9}, {QStringLiteral("primes"), primes}};
}

QJsonObject measurePrimesSequential(const WorkerOptions &options)
{
    return runPrimes(PrimesMode::Sequential, 1, false, numbersToCheck(options));
}

QJsonObject measurePrimesThreads(const WorkerOptions &options)
{
    return runPrimes(PrimesMode::Threads, options.limit, false, numbersToCheck(options));
}

QJsonObject measurePrimesThreadsGil(const WorkerOptions &options)
{
    return runPrimes(PrimesMode::Threads, options.limit, true, numbersToCheck(options));
}

QJsonObject measurePrimesProcesses(const WorkerOptions &options)
{
    return runPrimes(PrimesMode::Processes, options.limit, false, numbersToCheck(options));
}

QJsonObject measurePrimesPython(const WorkerOptions &options)
{
    const QString python = findPython();
    if (python.isEmpty())
        return {{QStringLiteral("skipped"), QStringLiteral("python3 not found")}};
    QStringList numbers;
    for (const quint64 n : numbersToCheck(options))
        numbers << QString::number(n);
    const ChildResult result = runPythonScript(python, QStringLiteral("primes_sequential.py"), numbers, 600);
    if (!result.ok())
        return {{QStringLiteral("error"), result.error}};
    return result.json;
}

QJsonObject measurePrimesGuiThreads(const WorkerOptions &options)
{
    return measurePrimesGui(PrimesPage::Threads, options.repeats);
}

QJsonObject measurePrimesGuiProcesses(const WorkerOptions &options)
{
    return measurePrimesGui(PrimesPage::Processes, options.repeats);
}

BenchSection runPrimesBenchmark(const BenchConfig &config)
{
    BenchSection section;
    section.name = QStringLiteral("primes");
    section.title = config.quick
        ? QStringLiteral("the book's 20 numbers, a million times smaller, by trial division: parallel speed-up, the "
                         "GIL, the floor")
        : QStringLiteral("the book's 20 numbers by trial division: parallel speed-up, the GIL, the floor");
    const QString times = QStringLiteral("×");
    QStringList numbers;
    if (config.quick) {
        QStringList list;
        for (const quint64 n : quickNumbers())
            list << QString::number(n);
        numbers = {QStringLiteral("--numbers"), list.join(u',')};
    }

    const ChildResult floor =
        runPrimesWorker(section, QStringLiteral("primes-floor"), QStringLiteral("floor"), 120, numbers);
    const ChildResult sequential =
        runPrimesWorker(section, QStringLiteral("primes-sequential"), QStringLiteral("sequential"), 120, numbers);
    const ChildResult threads =
        runPrimesWorker(section, QStringLiteral("primes-threads"), QStringLiteral("threads"), 120, numbers);
    const ChildResult gil = runPrimesWorker(
        section, QStringLiteral("primes-threads-gil"), QStringLiteral("threads with a GIL"), 120, numbers);
    const ChildResult processes =
        runPrimesWorker(section, QStringLiteral("primes-processes"), QStringLiteral("processes"), 120, numbers);
    if (!floor.ok() || !sequential.ok())
        return section;
    const double floorWall = floor.number("wallSeconds");
    const double sequentialWall = sequential.number("wallSeconds");
    section.add(wallRow(
        QStringLiteral("floor_wall"), QStringLiteral("plain C++ loop, one thread (the floor): wall"), floor, {}, 0));
    section.add(wallRow(QStringLiteral("sequential_wall"), QStringLiteral("sequential mode, one worker thread: wall"),
        sequential, QStringLiteral("floor"), floorWall));
    section.add({QStringLiteral("sequential_vs_floor"), QStringLiteral("trial division against the floor"),
        sequentialWall / floorWall, times, BenchGoal::atMost(1.2), {}, 0,
        QStringLiteral("sequential wall / plain loop wall")});
    const std::tuple<const ChildResult *, const char *, const char *, BenchGoal> parallel[] = {
        {&threads, "threads", "2 threads", BenchGoal::atLeast(1.8)},
        {&gil, "threads_gil", "2 threads with a GIL (5 ms switch interval)", BenchGoal::atMost(1.1)},
        {&processes, "processes", "2 processes", BenchGoal::atLeast(1.8)},
    };
    for (const auto &[result, id, label, goal] : parallel) {
        if (!result->ok())
            continue;
        const double wall = result->number("wallSeconds");
        QString note = QStringLiteral("%1 checked").arg(result->number("checked"));
        if (result->number("gilSwitches") > 0)
            note += QStringLiteral(", the GIL changed hands %1 times").arg(result->number("gilSwitches"));
        section.add(wallRow(QStringLiteral("%1_wall").arg(QLatin1String(id)),
            QStringLiteral("%1: wall").arg(QLatin1String(label)), *result, QStringLiteral("sequential"), sequentialWall,
            note));
        section.add({QStringLiteral("%1_speedup").arg(QLatin1String(id)),
            QStringLiteral("%1: speed-up over sequential").arg(QLatin1String(label)), sequentialWall / wall, times,
            goal, {}, 0, {}});
    }

    const ChildResult python =
        runPrimesWorker(section, QStringLiteral("primes-python"), QStringLiteral("Python, sequential"), 700, numbers);
    if (python.ok()) {
        section.add(wallRow(QStringLiteral("python_wall"), QStringLiteral("Python trial division, sequential: wall"),
            python, QStringLiteral("sequential"), sequentialWall));
        section.notes << QStringLiteral("Python: resources/bench/primes_sequential.py (Python %1), the same 20 numbers "
                                        "by the same trial division, one after another")
                             .arg(python.json.value(QStringLiteral("python")).toString());
    }

    // The GUI figures check the page's own numbers, the book's: quick runs them once instead.
    const QStringList guiRuns{QStringLiteral("--repeats"), QString::number(config.quick ? 1 : GuiRuns)};
    const std::pair<const char *, const char *> gui[] = {{"threads", "2 threads"}, {"processes", "2 processes"}};
    for (const auto &[mode, label] : gui) {
        const ChildResult result = runPrimesWorker(section, QStringLiteral("primes-gui-%1").arg(QLatin1String(mode)),
            QStringLiteral("GUI, %1").arg(QLatin1String(label)), 300, guiRuns);
        if (!result.ok())
            continue;
        const QString name = QStringLiteral("GUI while %1 fill the cores").arg(QLatin1String(label));
        const QString id = QStringLiteral("gui_%1").arg(QLatin1String(mode));
        section.add({id + QStringLiteral("_lag_p99"), name + QStringLiteral(": heartbeat lag p99"),
            result.number("lagP99Ms"), QStringLiteral("ms"), BenchGoal::atMost(5), {}, 0,
            QStringLiteral("%1 heartbeats of %2 ms over %3 runs (%4 s busy); p50 %5 ms")
                .arg(result.number("samples"))
                .arg(result.number("heartbeatMs"))
                .arg(result.number("runs"))
                .arg(result.number("busySeconds"), 0, 'f', 2)
                .arg(result.number("lagP50Ms"), 0, 'f', 2)});
        section.add({id + QStringLiteral("_lag_max"), name + QStringLiteral(": heartbeat lag max"),
            result.number("lagMaxMs"), QStringLiteral("ms"), {}, {}, 0, {}});
    }
    section.notes << QStringLiteral("each figure in a fresh process; speed-ups are sequential wall / mode wall, both "
                                    "measured in this run; the workers run at nice 10 so that the GUI thread keeps "
                                    "its turn");
    return section;
}

} // namespace Lab
