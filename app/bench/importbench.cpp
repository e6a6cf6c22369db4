// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/benchfigures.h"
#include "app/bench/benchprocess.h"
#include "models/core/clock.h"
#include "models/trace/tracefileloader.h"
#include "models/trace/tracerecorder.h"
#include "widgets/timelinewidget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

namespace Lab {

namespace {

constexpr int EventCount = 2'200'000;
constexpr int Processes = 9;
constexpr int ThreadsPerProcess = 8; // 72 threads, plus the two main threads' names

// A Chromium-like trace of @p events events (about 68 bytes each, as in the 149 MB, 2.2 M event
// trace a user opened): nine processes whose pool threads share a name, complete slices with
// short args, begin/end pairs, instants and flows, with their metadata. Deterministic.
bool writeChromiumLikeTrace(const QString &path, int events, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    QByteArray out;
    out.reserve(8 << 20);
    out += "{\"traceEvents\":[\n";
    for (int p = 0; p < Processes; ++p) {
        const QByteArray pid = QByteArray::number(1000 + p);
        out += "{\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":0,\"name\":\"process_name\",\"args\":{\"name\":\""
            + (p == 0 ? "Browser" : "Renderer") + "\"}},\n";
        for (int t = 0; t < ThreadsPerProcess; ++t)
            out += "{\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + QByteArray::number(p * 100 + t)
                + ",\"name\":\"thread_name\",\"args\":{\"name\":\"" + (t == 0 ? "CrMain" : "ThreadPoolForegroundWorker")
                + "\"}},\n";
    }
    quint64 state = 0x9E3779B97F4A7C15ull;
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    static const char *const names[] = {"RunTask", "V8.Execute", "Layout", "Paint", "Parse", "GC"};
    std::vector<qint64> clock(std::size_t(Processes * ThreadsPerProcess), 1'000'000'000);
    int written = 0;
    int flow = 0;
    while (written < events) {
        const int thread = int(next() % clock.size());
        const QByteArray pid = QByteArray::number(1000 + thread / ThreadsPerProcess);
        const QByteArray tid = QByteArray::number(thread / ThreadsPerProcess * 100 + thread % ThreadsPerProcess);
        qint64 &ts = clock[std::size_t(thread)];
        const QByteArray head = "{\"pid\":" + pid + ",\"tid\":" + tid + ",\"ts\":";
        const char *name = names[next() % 6];
        const int kind = int(next() % 100);
        const qint64 dur = 5 + qint64(next() % 400);
        if (kind < 70) {
            out += head + QByteArray::number(ts) + ",\"ph\":\"X\",\"cat\":\"cc\",\"name\":\"" + name
                + "\",\"dur\":" + QByteArray::number(dur) + "},\n";
            written += 1;
        } else if (kind < 90) {
            out += head + QByteArray::number(ts) + ",\"ph\":\"B\",\"cat\":\"v8\",\"name\":\"" + name + "\"},\n";
            out += head + QByteArray::number(ts + dur) + ",\"ph\":\"E\",\"cat\":\"v8\"},\n";
            written += 2;
        } else if (kind < 98) {
            out += head + QByteArray::number(ts) + ",\"ph\":\"i\",\"s\":\"t\",\"name\":\"" + name + "\"},\n";
            written += 1;
        } else {
            // A flow from this slice to one on another thread, later.
            const QByteArray id = QByteArray::number(++flow);
            out += head + QByteArray::number(ts)
                + ",\"ph\":\"X\",\"name\":\"PostTask\",\"dur\":" + QByteArray::number(dur) + "},\n";
            out += head + QByteArray::number(ts + 1) + ",\"ph\":\"s\",\"cat\":\"task\",\"name\":\"post\",\"id\":" + id
                + "},\n";
            const int other = (thread + 1) % int(clock.size());
            const qint64 at = std::max(clock[std::size_t(other)], ts + dur);
            out += "{\"pid\":" + QByteArray::number(1000 + other / ThreadsPerProcess)
                + ",\"tid\":" + QByteArray::number(other / ThreadsPerProcess * 100 + other % ThreadsPerProcess)
                + ",\"ts\":" + QByteArray::number(at)
                + ",\"ph\":\"f\",\"bp\":\"e\",\"cat\":\"task\",\"name\":\"post\",\"id\":" + id + "},\n";
            written += 3;
        }
        ts += dur + 1 + qint64(next() % 50);
        if (out.size() > (6 << 20)) {
            if (file.write(out) != out.size()) {
                *error = file.errorString();
                return false;
            }
            out.clear();
        }
    }
    out.chop(2); // the last ",\n"
    out += "\n]}\n";
    if (file.write(out) != out.size() || !file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

QJsonObject measureImportFloor(const WorkerOptions &options)
{
    // The floor: reading the same file and parsing it with Qt's JSON reader alone, building nothing.
    const qint64 start = nowNs();
    const double cpuBefore = cpuSeconds();
    QFile file(options.file);
    if (!file.open(QIODevice::ReadOnly))
        return {{QStringLiteral("skipped"), file.errorString()}};
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    const double seconds = double(nowNs() - start) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    if (error.error != QJsonParseError::NoError)
        return {{QStringLiteral("skipped"), error.errorString()}};
    return {{QStringLiteral("seconds"), seconds}, {QStringLiteral("cpuSeconds"), cpu},
        {QStringLiteral("events"), document.object().value(QLatin1String("traceEvents")).toArray().size()}};
}

QJsonObject measureImportGui(const WorkerOptions &options)
{
    // As File > Open trace does it: the load on a worker thread while the GUI thread's event loop
    // runs; a 5 ms timer on the GUI thread measures its longest gap meanwhile. Then the timeline
    // pulls the recording on the GUI thread (a stall of its own, measured apart).
    const qint64 baselineKiB = currentRssKiB();
    TraceRecorder recorder;
    // The window's timeline exists before the file is opened.
    TimelineWidget widget(&recorder);
    widget.setLive(false);
    widget.resize(1600, 600);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer gapClock;
    qint64 longestGapNs = 0;
    QTimer ticker;
    ticker.setInterval(5);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGapNs = std::max(longestGapNs, gapClock.nsecsElapsed());
        gapClock.restart();
    });
    const qint64 start = nowNs();
    QFuture<TraceFileLoader::Outcome> future = QtConcurrent::run([&recorder, path = options.file] {
        return TraceFileLoader::load(path, &recorder);
    });
    QFutureWatcher<TraceFileLoader::Outcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    gapClock.start();
    ticker.start();
    if (!future.isFinished())
        loop.exec();
    ticker.stop();
    const double loadSeconds = double(nowNs() - start) / 1e9;
    const double loadCpuSeconds = cpuSeconds() - cpuBefore;
    const TraceFileLoader::Outcome outcome = future.result();
    if (outcome.status != TraceFileLoader::Status::Opened)
        return {{QStringLiteral("skipped"), outcome.error}};
    const qint64 afterLoadPeakKiB = peakRssKiB();

    // The timeline copies the recording in steps, as the window has it do: the longest step is
    // the longest the GUI thread stops answering.
    const qint64 refreshStart = nowNs();
    double longestStepMs = 0;
    for (bool more = true; more;) {
        const qint64 stepStart = nowNs();
        more = widget.refreshSome(TimelineWidget::RefreshStep);
        longestStepMs = std::max(longestStepMs, double(nowNs() - stepStart) / 1e6);
        QCoreApplication::processEvents();
    }
    widget.fitAll();
    const double refreshMs = double(nowNs() - refreshStart) / 1e6;
    return {{QStringLiteral("seconds"), loadSeconds}, {QStringLiteral("cpuSeconds"), loadCpuSeconds},
        {QStringLiteral("longestGapMs"), double(longestGapNs) / 1e6}, {QStringLiteral("refreshMs"), refreshMs},
        {QStringLiteral("refreshStepMs"), longestStepMs}, {QStringLiteral("events"), outcome.events},
        {QStringLiteral("spans"), outcome.spans}, {QStringLiteral("instants"), outcome.instants},
        {QStringLiteral("links"), outcome.links}, {QStringLiteral("lanes"), outcome.tasks},
        {QStringLiteral("skippedEvents"), outcome.skippedCount}, {QStringLiteral("loadPeakRssKiB"), afterLoadPeakKiB},
        {QStringLiteral("baselineRssKiB"), baselineKiB}};
}

QJsonObject measureLinkRecording(const WorkerOptions &options)
{
    // What a demo pays per await arrow: addLink() with a label that follows the language, made
    // where the arrow is drawn as the demos make it (the flags' "reply arrived"), beside addSpan()
    // in the same process as the anchor; CPU time too, which a busy machine's waiting for a core
    // does not inflate.
    TraceRecorder recorder;
    const TaskId task = recorder.addTask(QStringLiteral("task"), QStringLiteral("GUI thread"));
    const qint64 origin = recorder.origin();
    double cpu = cpuSeconds();
    qint64 start = nowNs();
    for (int i = 0; i < options.count; ++i)
        recorder.addLink(i % 2 ? task : EventLoopTask, i % 2 ? EventLoopTask : task, origin + i,
            TraceText("Lab::FlagDownloader", "reply arrived: coroutine resumed"));
    const double linkNs = double(nowNs() - start) / options.count;
    const double linkCpuNs = (cpuSeconds() - cpu) * 1e9 / options.count;
    cpu = cpuSeconds();
    start = nowNs();
    for (int i = 0; i < options.count; ++i)
        recorder.addSpan(task, TaskState::Running, origin + i, origin + i + 1);
    const double spanNs = double(nowNs() - start) / options.count;
    const double spanCpuNs = (cpuSeconds() - cpu) * 1e9 / options.count;

    // A label with a number (the plates' "plate %1 saved"), its values made per link; and the same
    // arrow with its words translated per link into a plain text, as the demos drew it before.
    const auto timeLinks = [&options](const auto &addLink) {
        TraceRecorder other;
        const TaskId hand = other.addTask(QStringLiteral("hand 1"), QStringLiteral("GUI thread"));
        const qint64 begin = nowNs();
        for (int i = 0; i < options.count; ++i)
            addLink(other, hand, other.origin() + i, i % 18 + 1);
        return double(nowNs() - begin) / options.count;
    };
    const double valueLinkNs = timeLinks([](TraceRecorder &other, TaskId hand, qint64 time, int plate) {
        other.addLink(
            hand, EventLoopTask, time, TraceText("Lab::PlateSpinning", "plate %1 saved", {QString::number(plate)}));
    });
    const double translatedLinkNs = timeLinks([](TraceRecorder &other, TaskId hand, qint64 time, int plate) {
        other.addLink(
            hand, EventLoopTask, time, QCoreApplication::translate("Lab::PlateSpinning", "plate %1 saved").arg(plate));
    });
    return {{QStringLiteral("count"), options.count}, {QStringLiteral("addLinkNs"), linkNs},
        {QStringLiteral("addLinkCpuNs"), linkCpuNs}, {QStringLiteral("addSpanNs"), spanNs},
        {QStringLiteral("addSpanCpuNs"), spanCpuNs}, {QStringLiteral("addLinkWithValueNs"), valueLinkNs},
        {QStringLiteral("addLinkTranslatedPerLinkNs"), translatedLinkNs}};
}

BenchSection runImportBenchmark(const BenchConfig &config)
{
    // Quick: a trace of 20k events (1.6 MB instead of 170) and 10k arrows.
    const int events = config.quick ? 20'000 : EventCount;
    const int links = config.quick ? 10'000 : 1'000'000;
    const QString eventCount =
        events >= 1'000'000 ? QStringLiteral("%1 M").arg(double(events) / 1e6) : shortCount(events);
    BenchSection section;
    section.name = QStringLiteral("import");
    section.title = QStringLiteral("opening a %1 event Chromium-like trace, beside Qt's JSON reader on the same "
                                   "file; recording await arrows")
                        .arg(eventCount);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chromium-like.json"));
    reportProgress(QStringLiteral("import: writing a %1 event trace").arg(eventCount));
    QString error;
    if (!dir.isValid() || !writeChromiumLikeTrace(path, events, &error)) {
        section.errors << QStringLiteral("import: could not write the trace: %1").arg(error);
        return section;
    }
    const double megabytes = double(QFileInfo(path).size()) / 1e6;
    const QStringList file{QStringLiteral("--file"), path};

    // Side by side in one run: first the floor, then ours, on the same file (in the page cache by now).
    reportProgress(QStringLiteral("import: parse floor (QJsonDocument)"));
    const ChildResult floor = runBenchWorker(QStringList{QStringLiteral("import-floor")} + file, 300);
    reportProgress(QStringLiteral("import: open as the window does"));
    const ChildResult ours = runBenchWorker(QStringList{QStringLiteral("import-gui")} + file, 300);
    double floorSeconds = 0;
    if (floor.ok() && !floor.json.contains(QLatin1String("skipped"))) {
        floorSeconds = floor.number("seconds");
        section.add({QStringLiteral("import_floor"), QStringLiteral("floor: QFile::readAll + QJsonDocument::fromJson"),
            floorSeconds, QStringLiteral("s"), {}, {}, 0,
            QStringLiteral("CPU %1 s; peak RSS %2 MiB")
                .arg(floor.number("cpuSeconds"), 0, 'f', 2)
                .arg(floor.number("peakRssKiB") / 1024, 0, 'f', 0)});
    } else {
        section.errors << (floor.ok() ? floor.json.value(QLatin1String("skipped")).toString() : floor.error);
    }
    if (ours.ok() && !ours.json.value(QLatin1String("skipped")).isString()) {
        section.add({QStringLiteral("import_load"),
            QStringLiteral("open %1 MB, %2 events: read, parse, load")
                .arg(megabytes, 0, 'f', 0)
                .arg(qint64(ours.number("events"))),
            ours.number("seconds"), QStringLiteral("s"), BenchGoal::atMost(6),
            floorSeconds > 0 ? QStringLiteral("floor") : QString(), floorSeconds,
            QStringLiteral("CPU %1 s; %2 spans, %3 instants, %4 links, %5 lanes")
                .arg(ours.number("cpuSeconds"), 0, 'f', 2)
                .arg(qint64(ours.number("spans")))
                .arg(qint64(ours.number("instants")))
                .arg(qint64(ours.number("links")))
                .arg(qint64(ours.number("lanes")))});
        section.add({QStringLiteral("import_gui_gap"), QStringLiteral("open: longest GUI-thread gap while loading"),
            ours.number("longestGapMs"), QStringLiteral("ms"), BenchGoal::atMost(50), {}, 0,
            QStringLiteral("5 ms timer on the GUI thread")});
        section.add({QStringLiteral("import_refresh_step"),
            QStringLiteral("open: longest timeline copy step on the GUI thread"), ours.number("refreshStepMs"),
            QStringLiteral("ms"), BenchGoal::atMost(50), {}, 0,
            QStringLiteral("%1 ms for the whole copy, after the load").arg(ours.number("refreshMs"), 0, 'f', 0)});
        const double loadPeakMiB = ours.number("loadPeakRssKiB") / 1024;
        section.add({QStringLiteral("import_peak_rss"), QStringLiteral("open: peak RSS over the file's size"),
            loadPeakMiB * 1024 * 1024 / 1e6 / megabytes, QStringLiteral("x"), BenchGoal::atMost(3), {}, 0,
            QStringLiteral("%1 MiB at the load's end, %2 MiB with the timeline, %3 MiB before")
                .arg(loadPeakMiB, 0, 'f', 0)
                .arg(ours.number("peakRssKiB") / 1024, 0, 'f', 0)
                .arg(ours.number("baselineRssKiB") / 1024, 0, 'f', 0)});
    } else {
        section.errors << (ours.ok() ? ours.json.value(QLatin1String("skipped")).toString() : ours.error);
    }
    reportProgress(QStringLiteral("import: recording %1 await arrows").arg(shortCount(links)));
    const ChildResult arrows = runBenchWorker(
        QStringList{QStringLiteral("import-record-links"), QStringLiteral("--count"), QString::number(links)}, 120);
    if (arrows.ok())
        section.add({QStringLiteral("record_add_link"),
            QStringLiteral("record: addLink() with a label, %1 links").arg(shortCount(links)),
            arrows.number("addLinkNs"), QStringLiteral("ns"), BenchGoal::atMost(100), QStringLiteral("addSpan()"),
            arrows.number("addSpanNs"),
            QStringLiteral("per link, its label a TraceText made per link; CPU %1 ns (addSpan() %2 ns); "
                           "a label with a number made per link: %3 ns (as a text translated per link: %4 ns)")
                .arg(arrows.number("addLinkCpuNs"), 0, 'f', 1)
                .arg(arrows.number("addSpanCpuNs"), 0, 'f', 1)
                .arg(arrows.number("addLinkWithValueNs"), 0, 'f', 1)
                .arg(arrows.number("addLinkTranslatedPerLinkNs"), 0, 'f', 1)});
    else
        section.errors << arrows.error;
    section.notes << QStringLiteral("trace: %1 MB written by the bench, 9 processes of 8 threads (pool threads "
                                    "sharing a name), 70 % complete slices, begin/end pairs, instants, flows")
                         .arg(megabytes, 0, 'f', 1)
                  << QStringLiteral("open: TraceFileLoader on a worker thread (as File > Open trace), the GUI "
                                    "thread's event loop running; peak RSS includes the GUI libraries' baseline");
    return section;
}

} // namespace Lab
