// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/timelinewidget.h"

#include "models/core/clock.h"
#include "models/trace/chrometraceexporter.h"
#include "models/trace/tracerecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHash>
#include <QHelpEvent>
#include <QImageWriter>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <random>

namespace Lab {

namespace {

// What paintLane() draws: one span, or (count > 1) a run of spans narrower than a pixel.
struct Block
{
    double x0 = 0;
    double x1 = 0;
    TaskState state = TaskState::Running;
    std::size_t first = 0;
    std::size_t count = 1;
};

// A merged block stops growing here, so a long dense stretch still shows how its state changes.
constexpr double MaxMergedWidth = 4.0;

// The first index >= from whose span ends after t. Ends are sorted (spans of a task never
// overlap); galloping first makes skipping k spans cost O(log k) and stay in cache.
std::size_t firstEndingAfter(const std::vector<qint64> &ends, std::size_t from, qint64 t)
{
    const std::size_t n = ends.size();
    if (from >= n || ends[from] > t)
        return from;
    std::size_t lo = from;
    std::size_t step = 1;
    std::size_t hi = from + 1;
    while (hi < n && ends[hi] <= t) {
        lo = hi;
        step *= 2;
        hi = lo + step;
    }
    hi = std::min(hi, n);
    const auto begin = ends.begin();
    return std::size_t(std::upper_bound(begin + std::ptrdiff_t(lo + 1), begin + std::ptrdiff_t(hi), t) - begin);
}

// A few samples a pixel, each weighted by its duration: enough to find the dominant state, and
// cheap for any count.
template<typename Columns>
void addWeights(const Columns &lane, std::size_t from, std::size_t to, std::array<qint64, TaskStateCount> &weight)
{
    const std::size_t stride = std::max<std::size_t>(1, (to - from) / 4);
    for (std::size_t i = from; i < to; i += stride)
        weight[std::size_t(lane.states[i])] += lane.ends[i] - lane.starts[i] + 1;
}

// Calls visit(Block) for what is visible, left to right: the work depends on the pixels, not the spans.
template<typename Columns, typename Visit>
void forEachBlock(const Columns &lane, const TimelineMapping &mapping, Visit &&visit)
{
    const auto &starts = lane.starts;
    const auto &ends = lane.ends;
    const std::size_t n = starts.size();
    // The mapping's math with the divisions hoisted out of the loop.
    const qint64 origin = mapping.start();
    const double pixelsPerNs = mapping.width() / double(mapping.range());
    const double nsPerPixel = mapping.nsPerPixel();
    const auto toX = [origin, pixelsPerNs](qint64 t) {
        return double(t - origin) * pixelsPerNs;
    };
    const auto toTime = [origin, nsPerPixel](double x) {
        return origin + qint64(std::floor(x * nsPerPixel + 0.5));
    };

    std::size_t i = firstEndingAfter(ends, 0, mapping.start() - 1);
    while (i < n && starts[i] <= mapping.end()) {
        const double x0 = toX(starts[i]);
        double x1 = toX(ends[i]);
        if (x1 - x0 >= 1.0) {
            visit(Block{x0, x1, lane.states[i], i, 1});
            ++i;
            continue;
        }
        std::array<qint64, TaskStateCount> weight{};
        addWeights(lane, i, i + 1, weight);
        const std::size_t first = i;
        std::size_t last = i;
        for (;;) {
            // Swallow every span ending within this pixel column, then look at the one crossing it.
            const std::size_t next = firstEndingAfter(ends, last + 1, toTime(std::floor(x1) + 1.0));
            if (next > last + 1) {
                addWeights(lane, last + 1, next, weight);
                x1 = std::max(x1, toX(ends[next - 1]));
                last = next - 1;
            }
            if (next >= n)
                break;
            const double nextX0 = toX(starts[next]);
            const double nextX1 = toX(ends[next]);
            if (nextX1 - nextX0 >= 1.0 || nextX0 - x1 >= 1.0 || nextX0 - x0 >= MaxMergedWidth
                || nextX0 > mapping.width())
                break;
            addWeights(lane, next, next + 1, weight);
            x1 = std::max(x1, nextX1);
            last = next;
        }
        const auto dominant = std::max_element(weight.begin(), weight.end()) - weight.begin();
        visit(Block{x0, std::max(x1, x0 + 1.0), TaskState(dominant), first, last - first + 1});
        i = last + 1;
    }
}

QString formatDuration(qint64 ns)
{
    const qint64 magnitude = std::abs(ns);
    if (magnitude >= 1'000'000'000)
        return TimelineWidget::tr("%1 s").arg(double(ns) / 1e9, 0, 'f', 3);
    if (magnitude >= 1'000'000)
        return TimelineWidget::tr("%1 ms").arg(double(ns) / 1e6, 0, 'f', 3);
    if (magnitude >= 1'000)
        return TimelineWidget::tr("%1 µs").arg(double(ns) / 1e3, 0, 'f', 3);
    return TimelineWidget::tr("%1 ns").arg(ns);
}

// A tick label: the unit of the step between ticks and just enough decimals to tell them apart.
QString formatTick(qint64 ns, qint64 step)
{
    double unit = 1.0;
    QString pattern = TimelineWidget::tr("%1 ns");
    if (step >= 100'000'000) {
        unit = 1e9;
        pattern = TimelineWidget::tr("%1 s");
    } else if (step >= 100'000) {
        unit = 1e6;
        pattern = TimelineWidget::tr("%1 ms");
    } else if (step >= 100) {
        unit = 1e3;
        pattern = TimelineWidget::tr("%1 µs");
    }
    const int decimals = std::max(0, int(std::ceil(std::log10(unit / double(step)) - 1e-9)));
    return pattern.arg(double(ns) / unit, 0, 'f', decimals);
}

// 1, 2 or 5 times a power of ten, at least raw.
qint64 niceStep(double raw)
{
    if (!(raw > 1.0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double mantissa = raw / power;
    const double nice = mantissa <= 1.0 ? 1.0 : mantissa <= 2.0 ? 2.0 : mantissa <= 5.0 ? 5.0 : 10.0;
    return qint64(nice * power);
}

// Opaque blends for the tall grid lines and stall bands: translucent fills that tall make the
// raster engine hand every frame to its thread pool, which costs more than the fill.
QColor mix(const QColor &from, const QColor &to, double amount)
{
    const auto channel = [amount](int a, int b) {
        return int(std::lround(a + (b - a) * amount));
    };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

QColor textColorOn(const QColor &background)
{
    const int luminance = (299 * background.red() + 587 * background.green() + 114 * background.blue()) / 1000;
    return luminance > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

struct TimelineWidget::Layout
{
    QSize size;
    int labelWidth = 0;
    int plotWidth = 1;
    QRect legend; // state colours, top strip
    QRect axis; // time ruler
    QRect pinned; // the event loop's lane
    QRect rows; // the scrolling lanes
};

TimelineWidget::TimelineWidget(TraceRecorder *recorder, QWidget *parent)
    : QWidget(parent)
    , m_recorder(recorder)
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setAccessibleName(tr("Timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    m_liveTimer.setInterval(16);
    connect(&m_liveTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    rebuildRows();
    refresh();
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    if (live) {
        m_followAll = true;
        m_liveTimer.start();
        refresh();
    } else {
        m_liveTimer.stop();
        update();
    }
    Q_EMIT liveChanged(live);
}

void TimelineWidget::fitAll()
{
    updateLayout();
    m_followAll = true;
    if (m_live)
        follow();
    else if (m_latest > 0)
        m_mapping.fit(0, m_latest + m_latest / 50);
    else
        m_mapping.fit(0, 1'000'000'000);
    update();
}

void TimelineWidget::refresh()
{
    if (m_recorder) {
        const quint64 generation = m_recorder->generation();
        if (generation != m_generation)
            startOver(generation);
        pull();
        // A clear() while pulling mixed two recordings: take the new one alone.
        if (m_recorder->generation() != generation) {
            startOver(m_recorder->generation());
            pull();
        }
    }
    if (m_live)
        follow();
    updateLayout();
    update();
}

void TimelineWidget::startOver(quint64 generation)
{
    m_generation = generation;
    m_origin = m_recorder->origin();
    m_latest = 0;
    m_now = 0;
    m_spanCount = 0;
    m_instantCount = 0;
    m_lanes.clear();
    rebuildRows();
    m_scrollBar->setValue(0);
}

void TimelineWidget::pull()
{
    std::vector<Span> incoming;
    m_spanCount = m_recorder->copySpans(m_spanCount, incoming);
    // Tasks after spans: every span copied belongs to a task listed.
    bool tasksAdded = false;
    for (const TaskInfo &task : m_recorder->tasks()) {
        if (task.id >= m_lanes.size())
            m_lanes.resize(task.id + 1);
        Lane &lane = m_lanes[task.id];
        if (!lane.known) {
            lane.task = task;
            lane.known = true;
            tasksAdded = true;
        }
    }
    for (Lane &lane : m_lanes) {
        if (lane.hasOpen)
            lane.removeLast();
        lane.hasOpen = false;
    }
    for (Span &span : incoming) {
        if (span.task >= m_lanes.size() || !m_lanes[span.task].known)
            continue;
        const qint64 end = std::max(span.start, span.end) - m_origin;
        m_lanes[span.task].append(span.start - m_origin, end, span.state, std::move(span.label));
        m_latest = std::max(m_latest, end);
    }

    const qint64 now = nowNs();
    m_now = now - m_origin;
    for (Span &span : m_recorder->openSpans(now)) {
        if (span.task >= m_lanes.size() || !m_lanes[span.task].known)
            continue;
        Lane &lane = m_lanes[span.task];
        lane.append(span.start - m_origin, span.end - m_origin, span.state, std::move(span.label));
        lane.hasOpen = true;
        m_latest = std::max(m_latest, span.end - m_origin);
    }

    const std::vector<Instant> instants = m_recorder->instants();
    for (std::size_t i = m_instantCount; i < instants.size(); ++i) {
        const Instant &instant = instants[i];
        if (instant.task >= m_lanes.size() || !m_lanes[instant.task].known)
            continue;
        auto &laneInstants = m_lanes[instant.task].instants;
        LaneInstant item{instant.time - m_origin, instant.label};
        const auto at = std::upper_bound(
            laneInstants.begin(), laneInstants.end(), item.time, [](qint64 t, const LaneInstant &other) {
                return t < other.time;
            });
        laneInstants.insert(at, std::move(item));
    }
    m_instantCount = instants.size();
    m_latest = std::max(m_latest, m_recorder->latest() - m_origin);
    if (tasksAdded)
        rebuildRows();
}

void TimelineWidget::Lane::append(qint64 start, qint64 end, TaskState state, QString label)
{
    // Spans of a task arrive in order (each closes before the next opens); one recorded late goes
    // in its place, moving the tail once.
    const auto at = starts.empty() || start >= starts.back()
        ? starts.size()
        : std::size_t(std::upper_bound(starts.begin(), starts.end(), start) - starts.begin());
    starts.insert(starts.begin() + std::ptrdiff_t(at), start);
    ends.insert(ends.begin() + std::ptrdiff_t(at), end);
    states.insert(states.begin() + std::ptrdiff_t(at), state);
    labels.insert(labels.begin() + std::ptrdiff_t(at), std::move(label));
}

void TimelineWidget::Lane::removeLast()
{
    starts.pop_back();
    ends.pop_back();
    states.pop_back();
    labels.pop_back();
}

void TimelineWidget::rebuildRows()
{
    const QFontMetrics metrics = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    m_rowHeight = metrics.height() + 10;
    m_headerHeight = metrics.height() + 4;
    m_order.clear();
    m_rows.clear();
    m_laneOfTask.assign(m_lanes.size(), -1);

    // The GUI thread's group first, then the others in order of appearance.
    std::vector<std::pair<QString, std::vector<TaskId>>> groups;
    QHash<QString, std::size_t> groupOf;
    int widest = 0;
    const bool hasLoop = !m_lanes.empty() && m_lanes[EventLoopTask].known;
    if (hasLoop) {
        m_laneOfTask[EventLoopTask] = 0;
        m_order.push_back(EventLoopTask);
        groupOf.insert(m_lanes[EventLoopTask].task.thread, 0);
        groups.push_back({m_lanes[EventLoopTask].task.thread, {}});
        widest = boldMetrics.horizontalAdvance(m_lanes[EventLoopTask].task.name);
    }
    for (TaskId id = 0; id < m_lanes.size(); ++id) {
        if (!m_lanes[id].known || (hasLoop && id == EventLoopTask))
            continue;
        const QString &thread = m_lanes[id].task.thread;
        auto group = groupOf.constFind(thread);
        if (group == groupOf.constEnd()) {
            group = groupOf.insert(thread, groups.size());
            groups.push_back({thread, {}});
        }
        groups[*group].second.push_back(id);
    }

    const int indent = metrics.averageCharWidth() * 2;
    int top = 0;
    for (const auto &[thread, members] : groups) {
        if (members.empty())
            continue;
        m_rows.push_back({-1, top, m_headerHeight, thread});
        top += m_headerHeight;
        widest = std::max(widest, boldMetrics.horizontalAdvance(thread));
        for (TaskId id : members) {
            const int lane = int(m_order.size());
            m_order.push_back(id);
            m_laneOfTask[id] = lane;
            m_rows.push_back({lane, top, m_rowHeight, {}});
            top += m_rowHeight;
            widest = std::max(widest, indent + metrics.horizontalAdvance(m_lanes[id].task.name));
        }
    }
    m_contentHeight = top;
    const int character = metrics.averageCharWidth();
    m_labelWidth = std::clamp(widest + 2 * character, 12 * character, 30 * character);
}

QSize TimelineWidget::paintSize() const
{
    return QSize(width() - (m_scrollNeeded ? m_scrollBar->width() : 0), height());
}

int TimelineWidget::scrollValue() const
{
    return m_scrollNeeded ? m_scrollBar->value() : 0;
}

TimelineWidget::Layout TimelineWidget::layoutFor(QSize size) const
{
    const int text = fontMetrics().height();
    Layout layout;
    layout.size = size;
    layout.labelWidth = m_labelWidth;
    layout.plotWidth = std::max(1, size.width() - m_labelWidth);
    layout.legend = QRect(0, 0, size.width(), text + 8);
    layout.axis = QRect(0, layout.legend.bottom() + 1, size.width(), text + 6);
    layout.pinned = QRect(0, layout.axis.bottom() + 1, size.width(), m_rowHeight);
    const int rowsTop = layout.pinned.bottom() + 2; // a one-pixel rule under the pinned lane
    layout.rows = QRect(0, rowsTop, size.width(), std::max(0, size.height() - rowsTop));
    return layout;
}

int TimelineWidget::fullHeight() const
{
    return layoutFor(size()).rows.top() + m_contentHeight;
}

void TimelineWidget::updateLayout()
{
    const Layout layout = layoutFor(size());
    const int viewport = layout.rows.height();
    m_scrollNeeded = m_contentHeight > viewport;
    if (m_scrollNeeded) {
        const int barWidth = m_scrollBar->sizeHint().width();
        m_scrollBar->setGeometry(width() - barWidth, layout.rows.top(), barWidth, viewport);
        m_scrollBar->setRange(0, m_contentHeight - viewport);
        m_scrollBar->setPageStep(viewport);
        m_scrollBar->setSingleStep(m_rowHeight);
    } else {
        m_scrollBar->setRange(0, 0);
    }
    m_scrollBar->setVisible(m_scrollNeeded);
    m_mapping.setWidth(layoutFor(paintSize()).plotWidth);
}

void TimelineWidget::follow()
{
    const qint64 newest = std::max(m_now, m_latest);
    if (m_followAll)
        m_mapping.fit(0, newest);
    else
        m_mapping.fit(newest - m_mapping.range(), newest);
}

int TimelineWidget::laneOf(TaskId task) const
{
    return task < m_laneOfTask.size() ? m_laneOfTask[task] : -1;
}

QRect TimelineWidget::laneRect(int lane) const
{
    const Layout layout = layoutFor(paintSize());
    if (lane == 0 && !m_order.empty())
        return QRect(0, layout.pinned.top(), layout.size.width(), m_rowHeight);
    for (const Row &row : m_rows) {
        if (row.lane == lane)
            return QRect(0, layout.rows.top() + row.top - scrollValue(), layout.size.width(), row.height);
    }
    return {};
}

QString TimelineWidget::toolTipAt(const QPoint &pos) const
{
    const Layout layout = layoutFor(paintSize());
    int laneIndex = -1;
    if (layout.pinned.contains(pos)) {
        laneIndex = m_order.empty() ? -1 : 0;
    } else if (layout.rows.contains(pos)) {
        const int y = pos.y() - layout.rows.top() + scrollValue();
        const auto row = std::partition_point(m_rows.begin(), m_rows.end(), [y](const Row &row) {
            return row.top + row.height <= y;
        });
        if (row != m_rows.end() && row->top <= y)
            laneIndex = row->lane;
    }
    if (laneIndex < 0 || laneIndex >= laneCount())
        return {};
    const Lane &lane = m_lanes[m_order[std::size_t(laneIndex)]];
    QStringList lines{
        QStringLiteral("<b>%1</b> <i>(%2)</i>").arg(lane.task.name.toHtmlEscaped(), lane.task.thread.toHtmlEscaped())};
    if (pos.x() < layout.labelWidth)
        return lines.constFirst();

    const double x = pos.x() - layout.labelWidth;
    const qint64 from = m_mapping.mapXToTime(x - 0.5);
    const qint64 to = m_mapping.mapXToTime(x + 0.5);
    const std::size_t first = firstEndingAfter(lane.ends, 0, from - 1);
    const auto last = std::size_t(std::upper_bound(lane.starts.begin(), lane.starts.end(), to) - lane.starts.begin());
    if (last > first) {
        if (last - first > 1)
            lines << tr("%n spans in this pixel: zoom in to tell them apart", nullptr, int(last - first));
        const std::size_t pick = std::min(last - 1, firstEndingAfter(lane.ends, first, m_mapping.mapXToTime(x) - 1));
        if (!lane.labels[pick].isEmpty())
            lines << lane.labels[pick].toHtmlEscaped();
        lines << tr("State: %1").arg(taskStateName(lane.states[pick]));
        lines << tr("Start: %1").arg(formatDuration(lane.starts[pick]));
        const bool open = lane.hasOpen && pick + 1 == lane.size();
        lines << (open ? tr("Duration: %1 (still going)") : tr("Duration: %1"))
                     .arg(formatDuration(lane.ends[pick] - lane.starts[pick]));
    }
    const qint64 near = qint64(3.0 * m_mapping.nsPerPixel());
    const qint64 at = m_mapping.mapXToTime(x);
    auto instant =
        std::lower_bound(lane.instants.begin(), lane.instants.end(), at - near, [](const LaneInstant &item, qint64 t) {
            return item.time < t;
        });
    for (int shown = 0; instant != lane.instants.end() && instant->time <= at + near && shown < 3; ++instant, ++shown)
        lines << tr("Event at %1: %2").arg(formatDuration(instant->time), instant->label.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QColor TimelineWidget::stateColor(TaskState state)
{
    // Mid-tone, saturated: readable on white and on dark bases; text on them picks black or white.
    switch (state) {
    case TaskState::Running:
        return QColor(0x43, 0xa0, 0x47);
    case TaskState::AwaitingIo:
        return QColor(0x1e, 0x88, 0xe5);
    case TaskState::Sleeping:
        return QColor(0x8e, 0x24, 0xaa);
    case TaskState::Queued:
        return QColor(0xf9, 0xa8, 0x25);
    case TaskState::Blocked:
        return QColor(0xd3, 0x2f, 0x2f);
    }
    return QColor(Qt::gray);
}

QImage TimelineWidget::renderImage(QSize size, qreal devicePixelRatio) const
{
    if (size.isEmpty() || !(devicePixelRatio > 0))
        return {};
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    const int maxScroll = std::max(0, m_contentHeight - layoutFor(size).rows.height());
    paintTimeline(painter, size, std::clamp(scrollValue(), 0, maxScroll));
    return image;
}

bool TimelineWidget::exportPng(const QString &path, QString *error) const
{
    const int exportWidth = paintSize().width() >= 400 ? paintSize().width() : 1200;
    const QImage image = renderImage(QSize(exportWidth, std::max(height(), fullHeight())), devicePixelRatioF());
    QImageWriter writer(path, "png");
    if (writer.write(image))
        return true;
    if (error)
        *error = tr("Could not write the image %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
    return false;
}

bool TimelineWidget::exportTrace(const QString &path, QString *error) const
{
    if (!m_recorder) {
        if (error)
            *error = tr("There is no recording to export.");
        return false;
    }
    return ChromeTraceExporter(m_recorder).writeFile(path, error);
}

double TimelineWidget::medianPaintMs(TimelineWidget *widget, QSize size, int repetitions)
{
    widget->resize(size);
    widget->refresh();
    widget->fitAll();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> times;
    for (int i = 0; i < std::max(1, repetitions); ++i) {
        QElapsedTimer timer;
        timer.start();
        widget->render(&image);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const auto middle = times.begin() + std::ptrdiff_t(times.size() / 2);
    std::nth_element(times.begin(), middle, times.end());
    return *middle;
}

void TimelineWidget::addSyntheticSpans(TraceRecorder *recorder, int spanCount, int taskCount)
{
    std::minstd_rand random(20260101);
    const qint64 origin = recorder->origin();
    const QString guiThread = recorder->tasks().front().thread;
    taskCount = std::max(1, taskCount);
    qint64 longest = 0;
    for (int task = 0; task < taskCount; ++task) {
        const QString thread = task % 4 == 0 ? guiThread : QStringLiteral("worker %1").arg(task % 4);
        const TaskId id = recorder->addTask(QStringLiteral("task %1").arg(task + 1), thread);
        const int count = spanCount / taskCount + (task < spanCount % taskCount ? 1 : 0);
        qint64 time = origin;
        for (int i = 0; i < count; ++i) {
            const qint64 duration = 1'000 + qint64(random() % 99'000);
            recorder->addSpan(id, TaskState(random() % 4), time, time + duration);
            time += duration;
        }
        longest = std::max(longest, time - origin);
    }
    for (int stall = 1; stall <= 3; ++stall) {
        const qint64 start = origin + longest * stall / 4;
        const qint64 length = longest / 40;
        recorder->addSpan(EventLoopTask, TaskState::Blocked, start, start + length,
            QCoreApplication::translate("Lab::EventLoopMonitor", "UI frozen for %1 s")
                .arg(double(length) / 1e9, 0, 'f', 1));
    }
}

QSize TimelineWidget::sizeHint() const
{
    return QSize(900, 400);
}

QSize TimelineWidget::minimumSizeHint() const
{
    return QSize(m_labelWidth + 150, layoutFor(QSize(0, 0)).rows.top() + 2 * m_rowHeight);
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        rebuildRows();
        updateLayout();
    }
    QWidget::changeEvent(event);
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLayout();
}

void TimelineWidget::zoomAt(double x, double factor)
{
    // Live, "now" stays at the right edge: the zoom changes how much history the window shows.
    if (m_live) {
        m_followAll = false;
        x = m_mapping.width();
    }
    m_mapping.zoomAt(x, factor);
    update();
}

void TimelineWidget::scrollBy(int dy)
{
    m_scrollBar->setValue(m_scrollBar->value() + dy);
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const double x = event->position().x() - m_labelWidth;
    if ((event->modifiers() & Qt::ShiftModifier) || x < 0) {
        const int delta = angle.y() != 0 ? angle.y() : angle.x();
        scrollBy(-delta * m_rowHeight / 40); // one notch (120) = three lanes
    } else if (angle.y() != 0) {
        zoomAt(x, std::pow(1.0015, angle.y())); // one notch zooms by 20 %
    } else if (angle.x() != 0) {
        setLive(false);
        m_mapping.pan(angle.x() / 2.0);
        update();
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && event->position().x() >= m_labelWidth) {
        m_dragging = true;
        m_dragLast = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    const QPointF delta = event->position() - m_dragLast;
    m_dragLast = event->position();
    if (std::abs(delta.x()) >= 1.0) {
        setLive(false);
        m_mapping.pan(delta.x());
    }
    scrollBy(-int(delta.y()));
    update();
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        fitAll();
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const double center = m_mapping.width() / 2.0;
    switch (event->key()) {
    case Qt::Key_F:
        fitAll();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(center, 1.5);
        break;
    case Qt::Key_Minus:
        zoomAt(center, 1.0 / 1.5);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        setLive(false);
        m_mapping.pan((event->key() == Qt::Key_Left ? 0.1 : -0.1) * m_mapping.width());
        update();
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
        scrollBy(event->key() == Qt::Key_Up ? -m_rowHeight : m_rowHeight);
        break;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        scrollBy(event->key() == Qt::Key_PageUp ? -m_scrollBar->pageStep() : m_scrollBar->pageStep());
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    // A non-blocking popup owned by the widget: nothing runs on after the widget is gone.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu->addAction(tr("Fit all")), &QAction::triggered, this, &TimelineWidget::fitAll);
    QAction *live = menu->addAction(tr("Follow live"));
    live->setCheckable(true);
    live->setChecked(m_live);
    connect(live, &QAction::toggled, this, &TimelineWidget::setLive);
    menu->addSeparator();
    // Queued: the file dialogs open once the menu is gone, not inside its signal.
    connect(menu->addAction(tr("Export as PNG…")), &QAction::triggered, this, &TimelineWidget::exportPngInteractively,
        Qt::QueuedConnection);
    connect(menu->addAction(tr("Export as Chrome trace JSON…")), &QAction::triggered, this,
        &TimelineWidget::exportTraceInteractively, Qt::QueuedConnection);
    menu->popup(event->globalPos());
}

void TimelineWidget::exportPngInteractively()
{
    QPointer self(this);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export timeline as PNG"), QStringLiteral("timeline.png"), tr("PNG images (*.png)"));
    if (!self || path.isEmpty())
        return;
    QString error;
    if (!exportPng(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void TimelineWidget::exportTraceInteractively()
{
    QPointer self(this);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export timeline as Chrome trace JSON"),
        QStringLiteral("timeline.json"), tr("Chrome trace JSON (*.json)"));
    if (!self || path.isEmpty())
        return;
    QString error;
    if (!exportTrace(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintTimeline(painter, paintSize(), scrollValue());
}

void TimelineWidget::paintTimeline(QPainter &painter, QSize size, int scrollY) const
{
    const Layout layout = layoutFor(size);
    TimelineMapping mapping = m_mapping;
    mapping.setWidth(layout.plotWidth);
    const QPalette &palette = this->palette();
    painter.fillRect(QRect(QPoint(0, 0), size), palette.base());
    painter.fillRect(QRect(0, 0, layout.labelWidth, size.height()), palette.window());
    paintLegend(painter, layout);
    paintStallBands(painter, layout, mapping);
    paintAxis(painter, layout, mapping);
    if (!m_order.empty())
        paintLane(painter, m_lanes[m_order.front()], layout.pinned.top(), layout, mapping);
    painter.fillRect(0, layout.pinned.bottom() + 1, size.width(), 1, palette.color(QPalette::Mid));

    painter.save();
    painter.setClipRect(layout.rows);
    QFont bold = font();
    bold.setBold(true);
    auto row = std::partition_point(m_rows.begin(), m_rows.end(), [scrollY](const Row &row) {
        return row.top + row.height <= scrollY;
    });
    for (; row != m_rows.end() && row->top < scrollY + layout.rows.height(); ++row) {
        const int top = layout.rows.top() + row->top - scrollY;
        if (row->lane >= 0) {
            paintLane(painter, m_lanes[m_order[std::size_t(row->lane)]], top, layout, mapping);
            continue;
        }
        const QRect header(0, top, size.width(), row->height);
        painter.fillRect(header, palette.window());
        painter.setFont(bold);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(header.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, row->thread);
        painter.setFont(font());
    }
    painter.restore();
    painter.fillRect(
        layout.labelWidth - 1, layout.axis.top(), 1, size.height() - layout.axis.top(), palette.color(QPalette::Mid));
}

void TimelineWidget::paintLegend(QPainter &painter, const Layout &layout) const
{
    const QPalette &palette = this->palette();
    const QFontMetrics metrics = fontMetrics();
    painter.fillRect(layout.legend, palette.window());
    const int box = std::max(8, metrics.ascent() - 2);
    const int middle = layout.legend.center().y();
    int x = 8;
    const auto swatch = [&](const QBrush &brush, const QString &name) {
        const QRect square(x, middle - box / 2, box, box);
        painter.fillRect(square, brush);
        painter.setPen(palette.color(QPalette::WindowText));
        x += box + 4;
        painter.drawText(QRect(x, layout.legend.top(), metrics.horizontalAdvance(name) + 1, layout.legend.height()),
            Qt::AlignVCenter | Qt::AlignLeft, name);
        x += metrics.horizontalAdvance(name) + 14;
    };
    for (int state = 0; state < TaskStateCount; ++state)
        swatch(stateColor(TaskState(state)), taskStateName(TaskState(state)));
    const QRect merged(x, middle - box / 2, box, box);
    painter.fillRect(merged, palette.color(QPalette::Mid));
    swatch(QBrush(QColor(255, 255, 255, 150), Qt::BDiagPattern), tr("many short spans (zoom in)"));
    const QString hint = tr("Wheel: zoom · Shift+wheel: scroll · Drag: pan · F: fit all");
    if (x + metrics.horizontalAdvance(hint) + 8 < layout.size.width()) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(layout.legend.adjusted(x, 0, -8, 0), Qt::AlignVCenter | Qt::AlignRight, hint);
    }
}

void TimelineWidget::paintAxis(QPainter &painter, const Layout &layout, const TimelineMapping &mapping) const
{
    const QPalette &palette = this->palette();
    painter.fillRect(layout.axis, palette.window());
    const QRect corner(6, layout.axis.top(), layout.labelWidth - 12, layout.axis.height());
    painter.setPen(m_live ? stateColor(TaskState::Blocked) : palette.color(QPalette::WindowText));
    const QString status = m_live ? tr("● Live") : tr("View: %1").arg(formatDuration(mapping.range()));
    painter.drawText(corner, Qt::AlignVCenter | Qt::AlignLeft,
        painter.fontMetrics().elidedText(status, Qt::ElideRight, corner.width()));

    const qint64 step = niceStep(mapping.nsPerPixel() * 110.0);
    qint64 tick = qint64(std::ceil(double(mapping.start()) / double(step))) * step;
    const QColor grid = mix(palette.color(QPalette::Base), palette.color(QPalette::Mid), 0.3);
    const int gridHeight = layout.size.height() - layout.pinned.top();
    painter.setPen(palette.color(QPalette::WindowText));
    for (; tick <= mapping.end(); tick += step) {
        const int x = layout.labelWidth + int(std::lround(mapping.mapTimeToX(tick)));
        painter.fillRect(x, layout.axis.bottom() - 3, 1, 4, palette.color(QPalette::WindowText));
        painter.drawText(QRect(x + 3, layout.axis.top(), 200, layout.axis.height()), Qt::AlignVCenter | Qt::AlignLeft,
            formatTick(tick, step));
        painter.fillRect(x, layout.pinned.top(), 1, gridHeight, grid);
    }
}

void TimelineWidget::paintStallBands(QPainter &painter, const Layout &layout, const TimelineMapping &mapping) const
{
    if (m_order.empty())
        return;
    // Faint red through every lane: while the loop was frozen, nothing else on it moved either.
    const QColor band = mix(palette().color(QPalette::Base), stateColor(TaskState::Blocked), 0.16);
    const Lane &loop = m_lanes[m_order.front()];
    forEachBlock(loop, mapping, [&](const Block &block) {
        if (block.count != 1 || loop.states[block.first] != TaskState::Blocked || block.x1 - block.x0 < 2.0)
            return;
        const int x0 = layout.labelWidth + int(std::floor(std::max(block.x0, 0.0)));
        const int x1 = layout.labelWidth + int(std::ceil(std::min(block.x1, double(layout.plotWidth))));
        painter.fillRect(QRect(x0, layout.pinned.top(), x1 - x0, layout.size.height() - layout.pinned.top()), band);
    });
}

void TimelineWidget::paintLane(
    QPainter &painter, const Lane &lane, int top, const Layout &layout, const TimelineMapping &mapping) const
{
    const QPalette &palette = this->palette();
    const QFontMetrics metrics = fontMetrics();
    const bool isLoop = lane.task.id == EventLoopTask;
    const int indent = isLoop ? 6 : 6 + metrics.averageCharWidth() * 2;
    const QRect labelRect(indent, top, layout.labelWidth - indent - 4, m_rowHeight);
    if (isLoop) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
    }
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
        painter.fontMetrics().elidedText(lane.task.name, Qt::ElideRight, labelRect.width()));
    painter.setFont(font());
    painter.fillRect(layout.labelWidth, top + m_rowHeight - 1, layout.plotWidth, 1,
        mix(palette.color(QPalette::Base), palette.color(QPalette::Mid), 0.25));

    struct Merged
    {
        int x0;
        int x1;
        std::size_t count;
    };
    struct Pending
    {
        int x0 = 0;
        int x1 = 0;
        TaskState state = TaskState::Running;
        std::size_t count = 0;
    } pending;
    std::vector<Merged> merged;
    std::array<QColor, TaskStateCount> colors;
    for (int state = 0; state < TaskStateCount; ++state)
        colors[std::size_t(state)] = stateColor(TaskState(state));
    std::array<QString, TaskStateCount> stateNames;
    const int y = top + 3;
    const int height = m_rowHeight - 6;
    const int left = layout.labelWidth;
    const int minLabelWidth = metrics.averageCharWidth() * 3 + 6;
    forEachBlock(lane, mapping, [&](const Block &block) {
        const double x0 = std::max(block.x0, 0.0);
        const double x1 = std::min(block.x1, double(layout.plotWidth));
        if (x0 >= layout.plotWidth)
            return;
        const int ix0 = left + int(std::floor(x0));
        const int ix1 = std::max(ix0 + 1, left + int(std::ceil(x1)));
        const QColor &color = colors[std::size_t(block.state)];
        if (block.count > 1) {
            // Neighbouring blocks of one colour are filled at once.
            if (pending.count > 0 && (pending.state != block.state || ix0 > pending.x1)) {
                painter.fillRect(pending.x0, y, pending.x1 - pending.x0, height, colors[std::size_t(pending.state)]);
                pending.count = 0;
            }
            if (pending.count == 0)
                pending = {ix0, ix1, block.state, 0};
            pending.x1 = std::max(pending.x1, ix1);
            pending.count += block.count;
            if (!merged.empty() && ix0 <= merged.back().x1) {
                merged.back().x1 = std::max(merged.back().x1, ix1);
                merged.back().count += block.count;
            } else {
                merged.push_back({ix0, ix1, block.count});
            }
            return;
        }
        if (pending.count > 0) {
            painter.fillRect(pending.x0, y, pending.x1 - pending.x0, height, colors[std::size_t(pending.state)]);
            pending.count = 0;
        }
        // A one-pixel gap between wide neighbours keeps back-to-back spans of one state apart.
        const int width = ix1 - ix0 >= 3 ? ix1 - ix0 - 1 : ix1 - ix0;
        painter.fillRect(ix0, y, width, height, color);
        if (width < minLabelWidth)
            return;
        const QString &label = lane.labels[block.first];
        QString &stateName = stateNames[std::size_t(block.state)];
        if (label.isEmpty() && stateName.isEmpty())
            stateName = taskStateName(block.state);
        const QRect textRect(ix0 + 3, y, width - 6, height);
        painter.setPen(textColorOn(color));
        painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(label.isEmpty() ? stateName : label, Qt::ElideRight, textRect.width()));
    });

    if (pending.count > 0)
        painter.fillRect(pending.x0, y, pending.x1 - pending.x0, height, colors[std::size_t(pending.state)]);
    const QBrush hatch(QColor(255, 255, 255, 150), Qt::BDiagPattern);
    for (const Merged &run : merged) {
        const QRect area(run.x0, y, run.x1 - run.x0, height);
        painter.fillRect(area, hatch);
        const QString count =
            tr("%n spans", nullptr, int(std::min<std::size_t>(run.count, std::numeric_limits<int>::max())));
        const int textWidth = metrics.horizontalAdvance(count) + 8;
        if (area.width() < textWidth + 8)
            continue;
        const QRect box(area.center().x() - textWidth / 2, y + 1, textWidth, height - 2);
        QColor background = palette.color(QPalette::Base);
        background.setAlpha(210);
        painter.fillRect(box, background);
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(box, Qt::AlignCenter, count);
    }
    paintInstants(painter, lane, top, layout, mapping);
}

void TimelineWidget::paintInstants(
    QPainter &painter, const Lane &lane, int top, const Layout &layout, const TimelineMapping &mapping) const
{
    const auto &instants = lane.instants;
    auto instant =
        std::lower_bound(instants.begin(), instants.end(), mapping.start(), [](const LaneInstant &item, qint64 t) {
            return item.time < t;
        });
    std::vector<QLine> ticks;
    while (instant != instants.end() && instant->time <= mapping.end()) {
        const double x = mapping.mapTimeToX(instant->time);
        const int ix = layout.labelWidth + int(x);
        ticks.emplace_back(ix, top + 1, ix, top + m_rowHeight - 2);
        ticks.emplace_back(ix - 2, top + 1, ix + 2, top + 1);
        // One tick a pixel column, however many instants fall in it.
        const qint64 nextColumn = mapping.mapXToTime(std::floor(x) + 1.0);
        instant = std::lower_bound(instant + 1, instants.end(), nextColumn, [](const LaneInstant &item, qint64 t) {
            return item.time < t;
        });
    }
    if (ticks.empty())
        return;
    painter.setPen(palette().color(QPalette::Text));
    painter.drawLines(ticks.data(), int(ticks.size()));
}

} // namespace Lab
