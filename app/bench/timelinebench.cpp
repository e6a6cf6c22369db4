// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/bench/benchfigures.h"
#include "app/bench/benchprocess.h"
#include "models/core/clock.h"
#include "models/trace/rangestatistics.h"
#include "models/trace/tracerecorder.h"
#include "widgets/timelinewidget.h"

#include <QImage>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace Lab {

namespace {

constexpr int SpanCount = 1'000'000;
constexpr int LaneCount = 20;
constexpr int PaintRepeats = 30;
constexpr int PaintWidth = 1600;
constexpr int PaintHeight = 600;
constexpr int ReplayFrames = 300;
constexpr int StatisticsRepeats = 5;

// Back-to-back spans on @p lanes tasks, round robin, of pseudo-random states and lengths
// (10 µs to 1 ms), the way busy demo tasks fill a recording. Deterministic, so every run paints
// the same picture. Calls @p record(task, state, start, end) for each.
class SpanGenerator
{
public:
    SpanGenerator(TraceRecorder *recorder, int lanes)
    {
        for (int lane = 0; lane < lanes; ++lane)
            m_tasks.push_back(recorder->addTask(
                QStringLiteral("task %1").arg(lane + 1), QStringLiteral("worker %1").arg(lane % 4 + 1)));
        m_cursors.assign(m_tasks.size(), recorder->origin());
    }

    TaskId task(int i) const { return m_tasks[std::size_t(i) % m_tasks.size()]; }
    TaskState nextState() { return TaskState(next() % TaskStateCount); }

    // The next span of task(i): [start, end].
    std::pair<qint64, qint64> nextSpan(int i)
    {
        qint64 &cursor = m_cursors[std::size_t(i) % m_cursors.size()];
        const qint64 start = cursor;
        cursor += 10'000 + qint64(next() % 990'000);
        return {start, cursor};
    }

private:
    quint64 next()
    {
        // xorshift64: a few cycles, so the timing is the recorder's, not the generator's.
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }

    std::vector<TaskId> m_tasks;
    std::vector<qint64> m_cursors;
    quint64 m_state = 0x9E3779B97F4A7C15ull;
};

void fillRecorder(TraceRecorder *recorder, int spans, int lanes)
{
    SpanGenerator generator(recorder, lanes);
    for (int i = 0; i < spans; ++i) {
        const auto [start, end] = generator.nextSpan(i);
        recorder->addSpan(generator.task(i), generator.nextState(), start, end);
    }
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

} // namespace

// Records options.count spans with addSpan() into @p recorder; returns ns per span, or -1 if some were lost.
double timeAddSpan(TraceRecorder &recorder, const WorkerOptions &options)
{
    SpanGenerator generator(&recorder, options.lanes);
    const qint64 start = nowNs();
    for (int i = 0; i < options.count; ++i) {
        const auto [spanStart, spanEnd] = generator.nextSpan(i);
        recorder.addSpan(generator.task(i), generator.nextState(), spanStart, spanEnd);
    }
    const double ns = double(nowNs() - start) / options.count;
    return recorder.spanCount() == std::size_t(options.count) ? ns : -1;
}

// The same with setState(), how demos record: it reads the clock, closes the task's open span and opens the next.
double timeSetState(TraceRecorder &recorder, const WorkerOptions &options)
{
    SpanGenerator generator(&recorder, options.lanes);
    const qint64 start = nowNs();
    for (int i = 0; i < options.count; ++i)
        recorder.setState(generator.task(i), generator.nextState());
    const double ns = double(nowNs() - start) / options.count;
    // Each setState() closes the task's open span, except the first one of each task.
    return recorder.spanCount() + std::size_t(options.lanes) >= std::size_t(options.count) ? ns : -1;
}

QJsonObject measureRecording(const WorkerOptions &options)
{
    const qint64 baselineKiB = currentRssKiB();
    // A first recording grows into fresh pages; after clear() the next one refills the same
    // storage, as every run after the first does in the app.
    TraceRecorder recorder;
    const double addSpanFreshNs = timeAddSpan(recorder, options);
    recorder.clear();
    const double addSpanNs = timeAddSpan(recorder, options);
    recorder.clear();
    const double setStateNs = timeSetState(recorder, options);
    TraceRecorder fresh;
    const double setStateFreshNs = timeSetState(fresh, options);
    for (const double ns : {addSpanFreshNs, addSpanNs, setStateNs, setStateFreshNs}) {
        if (ns < 0)
            return {{QStringLiteral("error"), QStringLiteral("the recorder lost spans")}};
    }
    return {{QStringLiteral("count"), options.count}, {QStringLiteral("lanes"), options.lanes},
        {QStringLiteral("addSpanNs"), addSpanNs}, {QStringLiteral("addSpanFreshNs"), addSpanFreshNs},
        {QStringLiteral("setStateNs"), setStateNs}, {QStringLiteral("setStateFreshNs"), setStateFreshNs},
        {QStringLiteral("baselineRssKiB"), baselineKiB}};
}

QJsonObject measureTimelinePaint(const WorkerOptions &options)
{
    TraceRecorder recorder;
    fillRecorder(&recorder, options.count, options.lanes);
    // The widget pulls what is recorded as it is built: time building it and the refresh() together.
    qint64 start = nowNs();
    TimelineWidget widget(&recorder);
    widget.setLive(false);
    widget.resize(PaintWidth, PaintHeight);
    widget.refresh();
    const double refreshMs = double(nowNs() - start) / 1e6;
    widget.fitAll();

    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    start = nowNs();
    widget.render(&image);
    const double firstMs = double(nowNs() - start) / 1e6;
    std::vector<double> paints;
    for (int i = 0; i < options.repeats; ++i) {
        start = nowNs();
        widget.render(&image);
        paints.push_back(double(nowNs() - start) / 1e6);
    }

    // Replaying at 1x: each frame moves the cursor 16.7 ms and repaints.
    std::vector<double> frames = TimelineWidget::replayFrameMs(&widget, ReplayFrames);
    std::sort(frames.begin(), frames.end());
    const double p99 = frames.empty() ? 0.0 : frames[std::min(frames.size() - 1, frames.size() * 99 / 100)];
    // Statistics of a range covering the whole recording: every span counts.
    std::vector<double> statistics;
    std::size_t spanEnds = 0;
    for (int i = 0; i < StatisticsRepeats; ++i) {
        start = nowNs();
        const RangeStatistics stats = widget.lanes().statistics(0, widget.lanes().latest() + 1);
        statistics.push_back(double(nowNs() - start) / 1e6);
        spanEnds = std::size_t(stats.spanEnds);
    }
    if (spanEnds < std::size_t(options.count))
        return {{QStringLiteral("error"),
            QStringLiteral("the statistics counted %1 of %2 spans").arg(spanEnds).arg(options.count)}};
    return {{QStringLiteral("count"), options.count}, {QStringLiteral("lanes"), options.lanes},
        {QStringLiteral("width"), widget.width()}, {QStringLiteral("height"), widget.height()},
        {QStringLiteral("repeats"), options.repeats}, {QStringLiteral("refreshMs"), refreshMs},
        {QStringLiteral("firstPaintMs"), firstMs}, {QStringLiteral("medianPaintMs"), median(paints)},
        {QStringLiteral("maxPaintMs"), paints.empty() ? 0.0 : *std::max_element(paints.begin(), paints.end())},
        {QStringLiteral("replayFrames"), int(frames.size())}, {QStringLiteral("replayMedianMs"), median(frames)},
        {QStringLiteral("replayP99Ms"), p99}, {QStringLiteral("statisticsMs"), median(statistics)},
        {QStringLiteral("statisticsSpans"), qint64(spanEnds)}};
}

BenchSection runTimelineBenchmark(const BenchConfig &config)
{
    const int spans = config.quick ? 10'000 : SpanCount;
    const int repeats = config.quick ? 3 : PaintRepeats;
    BenchSection section;
    section.name = QStringLiteral("timeline");
    section.title = QStringLiteral("recording %1 spans on the GUI thread, and painting them")
                        .arg(QLocale(QLocale::English).toString(spans));
    const QString spanCount = shortCount(spans);
    const QStringList common = {
        QStringLiteral("--count"), QString::number(spans), QStringLiteral("--lanes"), QString::number(LaneCount)};
    constexpr double KiB = 1.0 / 1024;

    const FigureRuns record = runFigure(section, config, QStringLiteral("recording %1 spans").arg(spanCount),
        QStringList{QStringLiteral("timeline-record")} + common,
        {QStringLiteral("addSpanNs"), QStringLiteral("addSpanFreshNs"), QStringLiteral("setStateNs"),
            QStringLiteral("setStateFreshNs"), QStringLiteral("peakRssKiB"), QStringLiteral("baselineRssKiB")},
        120);
    if (record.ok()) {
        const BenchStat addSpan = record.stat("addSpanNs");
        section.add(statRow(QStringLiteral("record_add_span"),
            QStringLiteral("record: addSpan(), %1 spans").arg(spanCount), addSpan, QStringLiteral("ns"),
            BenchGoal::atMost(100), {}, 0, QStringLiteral("per span, storage of an earlier recording reused")));
        section.add(statRow(QStringLiteral("record_add_span_fresh"),
            QStringLiteral("record: addSpan(), first %1 spans").arg(spanCount), record.stat("addSpanFreshNs"),
            QStringLiteral("ns"), {}, QStringLiteral("reused"), addSpan.median,
            QStringLiteral("per span, into fresh pages of a new process")));
        section.add(
            statRow(QStringLiteral("record_set_state"), QStringLiteral("record: setState(), %1 spans").arg(spanCount),
                record.stat("setStateNs"), QStringLiteral("ns"), {}, QStringLiteral("addSpan()"), addSpan.median,
                QStringLiteral("per span, storage reused")));
        section.add(statRow(QStringLiteral("record_set_state_fresh"),
            QStringLiteral("record: setState(), first %1 spans").arg(spanCount), record.stat("setStateFreshNs"),
            QStringLiteral("ns"), {}, QStringLiteral("addSpan()"), addSpan.median,
            QStringLiteral("per span, fresh pages")));
        section.add(statRow(QStringLiteral("record_peak_rss"), QStringLiteral("record: peak RSS"),
            record.stat("peakRssKiB", KiB), QStringLiteral("MiB"), {}, {}, 0,
            QStringLiteral("%1 MiB before recording").arg(record.median("baselineRssKiB") * KiB, 0, 'f', 1)));
    }

    const FigureRuns paint = runFigure(section, config, QStringLiteral("painting %1 spans").arg(spanCount),
        QStringList{QStringLiteral("timeline-paint")} + common
            + QStringList{QStringLiteral("--repeats"), QString::number(repeats)},
        {QStringLiteral("medianPaintMs"), QStringLiteral("maxPaintMs"), QStringLiteral("firstPaintMs"),
            QStringLiteral("replayMedianMs"), QStringLiteral("replayP99Ms"), QStringLiteral("statisticsMs"),
            QStringLiteral("refreshMs"), QStringLiteral("peakRssKiB"), QStringLiteral("width"),
            QStringLiteral("height"), QStringLiteral("replayFrames")},
        300);
    if (paint.ok()) {
        const BenchStat paintMedian = paint.stat("medianPaintMs");
        section.add(statRow(QStringLiteral("paint_median"),
            QStringLiteral("paint %1x%2, fit all: median of %3")
                .arg(paint.median("width"))
                .arg(paint.median("height"))
                .arg(repeats),
            paintMedian, QStringLiteral("ms"), BenchGoal::atMost(8), {}, 0,
            QStringLiteral("max %1 ms").arg(paint.median("maxPaintMs"), 0, 'f', 2)));
        section.add(statRow(QStringLiteral("paint_first"), QStringLiteral("paint: first frame"),
            paint.stat("firstPaintMs"), QStringLiteral("ms"), {}, QStringLiteral("median"), paintMedian.median));
        section.add(statRow(QStringLiteral("replay_frame_median"),
            QStringLiteral("replay at 1x, fit all: median frame of %1").arg(paint.median("replayFrames")),
            paint.stat("replayMedianMs"), QStringLiteral("ms"), BenchGoal::atMost(16), {}, 0,
            QStringLiteral("cursor step + repaint")));
        section.add(statRow(QStringLiteral("replay_frame_p99"), QStringLiteral("replay: 99th percentile frame"),
            paint.stat("replayP99Ms"), QStringLiteral("ms"), BenchGoal::atMost(16)));
        section.add(statRow(QStringLiteral("selection_statistics"),
            QStringLiteral("range statistics over all %1 spans: median of %2").arg(spanCount).arg(StatisticsRepeats),
            paint.stat("statisticsMs"), QStringLiteral("ms"), {}, {}, 0,
            QStringLiteral("%1 span ends counted").arg(paint.median("statisticsSpans"), 0, 'f', 0)));
        section.add(statRow(QStringLiteral("paint_refresh"),
            QStringLiteral("load: build the widget + refresh(), %1 spans").arg(spanCount), paint.stat("refreshMs"),
            QStringLiteral("ms")));
        section.add(statRow(QStringLiteral("paint_peak_rss"), QStringLiteral("paint: peak RSS"),
            paint.stat("peakRssKiB", KiB), QStringLiteral("MiB")));
    }
    section.notes << QStringLiteral("spans: back-to-back on 20 tasks (4 threads), pseudo-random states and "
                                    "lengths 10 µs-1 ms, no labels; the same data on every run")
                  << QStringLiteral("record: one recorder records, is cleared and records again (as each run "
                                    "after the first in the app); the goal is on the second, the first is shown "
                                    "beside it: a fresh page costs the kernel's fault and zeroing")
                  << QStringLiteral("paint: TimelineWidget::render() into a QImage on the offscreen platform, "
                                    "after refresh() and fitAll(); the first frame is timed apart")
                  << QStringLiteral("replay: advanceReplay(16.7 ms) and render() per frame, the cursor moving "
                                    "over the fitted view; statistics: TimelineLanes::statistics() over "
                                    "the whole recording (averages, and peaks from radix-sorted span edges)");
    return section;
}

} // namespace Lab
