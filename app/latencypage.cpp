// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/latencypage.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"
#include "models/flags/flagserverthread.h"
#include "models/latency/latencymeasurer.h"
#include "widgets/latencychart.h"
#include "widgets/reflowbox.h"
#include "widgets/wholewidthtable.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lab {

namespace {

constexpr int MeasuredRows = 6; // L1, L2, RAM, fsync, loopback, HTTP

QTableWidget *createTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new WholeWidthTable(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    // The device names are long ("network: HTTP GET, …"): they wrap, the figures keep their width.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setAccessibleName(name);
    // Every row on screen, however many lines a device's name wraps to, as narrow as a few words of it.
    table->setWrappingColumn(0, 12);
    table->fitHeightToRows(MeasuredRows);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells, const QString &toolTip = {})
{
    if (table->rowCount() <= row)
        table->setRowCount(row + 1);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        if (column > 0 && column < cells.size() - 1)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(toolTip);
        table->setItem(row, column, item);
    }
}

} // namespace

LatencyPage::LatencyPage(const PageContext &context, QWidget *parent)
    : DemoPage(context, QStringLiteral("latency"), parent)
    , m_measurer(new LatencyMeasurer(context.recorder, this))
    , m_talkTable(createTable({tr("device"), tr("CPU cycles"), tr("human scale")}, tr("In the talk"), this))
    , m_measuredTable(createTable(
          {tr("device"), tr("time"), tr("CPU cycles"), tr("human scale")}, tr("Measured on this machine"), this))
    , m_chart(new LatencyChart(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_code(new QComboBox(this))
{
    runButton()->setText(tr("&Measure again"));
    runButton()->setAccessibleName(tr("Measure again"));
    m_code->addItem(tr("Pointer chasing"), QStringLiteral("pointer-chase"));
    m_code->addItem(tr("Write + fsync"), QStringLiteral("fsync"));
    m_code->addItem(tr("Loopback echo server"), QStringLiteral("echo"));
    addKnob(tr("&Code:"), m_code);
    connect(m_code, &QComboBox::currentIndexChanged, this, &LatencyPage::showSelectedCode);

    connect(m_measurer, &LatencyMeasurer::progress, this, [this](int done, int total, const QString &step) {
        record(ProgressStep{done, total, step});
    });
    connect(m_measurer, &LatencyMeasurer::rowMeasured, this, [this](const LatencyMeasurement &row) {
        record(row);
    });
    connect(m_measurer, &LatencyMeasurer::finished, this, [this](const LatencyReport &report) {
        record(report);
        int failed = 0;
        for (const auto &row : report.rows)
            failed += row.ok() ? 0 : 1;
        finishRun([failed, stopped = report.stopped, rows = int(report.rows.size()), elapsedNs = report.elapsedNs,
                      hz = report.clock.hz, stall = longestStallSeconds()] {
            const QLocale locale = numberLocale();
            QString summary = stopped
                ? tr("Stopped after %n rows", nullptr, rows)
                : tr("%n rows measured in %1 s at %2 GHz", nullptr, rows)
                      .arg(locale.toString(double(elapsedNs) / 1e9, 'f', 2), locale.toString(hz / 1e9, 'f', 2));
            if (failed > 0)
                summary += tr(", %n could not be measured", nullptr, failed);
            return tr("%1, off the GUI thread — longest event-loop stall %2 s")
                .arg(summary, locale.toString(stall, 'f', 2));
        });
    });

    setVisual(createVisual());
    fillTalkTable();
    clearMeasured();
    showSelectedCode();
}

QWidget *LatencyPage::createVisual()
{
    auto *visual = new QWidget(this);
    auto *layout = new QVBoxLayout(visual);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *progressRow = new QHBoxLayout;
    m_progress->setAccessibleName(tr("Measuring progress"));
    m_progress->setFormat(tr("%v of %m steps"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setAccessibleName(tr("Measuring step"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_status, 1);
    layout->addLayout(progressRow);

    m_clock->setWordWrap(true);
    m_clock->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clock->setAccessibleName(tr("Clock rate"));
    layout->addWidget(m_clock);

    auto *talk = new QGroupBox(tr("In the talk (Fluent Python, Table 18-1)"), visual);
    auto *talkLayout = new QVBoxLayout(talk);
    talkLayout->addWidget(m_talkTable);
    auto *measured = new QGroupBox(tr("Measured on this machine"), visual);
    auto *measuredLayout = new QVBoxLayout(measured);
    measuredLayout->addWidget(m_measuredTable);
    talkLayout->addStretch();
    measuredLayout->addStretch();
    // Side by side where both fit whole, one above the other in a narrow window.
    auto *tables = new ReflowBox(talk, measured, visual);
    tables->setWideStretch(2, 3);
    layout->addWidget(tables);

    m_chart->setSeriesNames({tr("the talk"), tr("measured here")});
    layout->addWidget(m_chart, 1);
    return visual;
}

QString LatencyPage::title() const
{
    return tr("Latency in human scale");
}

QString LatencyPage::lesson() const
{
    return tr("If one CPU cycle took a second, a RAM read would take minutes and a network round trip years: "
              "that is why a program that waits for I/O should do something else meanwhile.");
}

bool LatencyPage::isRunning() const
{
    return m_measurer->isRunning();
}

void LatencyPage::fillTalkTable()
{
    const auto &table = talkLatencyTable();
    m_talkTable->setRowCount(int(table.size()));
    for (int i = 0; i < int(table.size()); ++i) {
        const LatencyRow &row = table[std::size_t(i)];
        setRow(m_talkTable, i, {latencyCategoryName(row.category), formatCycles(row.cycles), humanScale(row.cycles)},
            tr("The human scale is computed: %1 cycles at one second each.").arg(formatCycles(row.cycles)));
    }
}

void LatencyPage::clearMeasured()
{
    m_rows.clear();
    m_measuredTable->setRowCount(0);
    m_clock->setText(tr("Press “Measure again” to time these on this machine. Each time is turned into CPU "
                        "cycles with a clock rate estimated from timed dependent adds."));
    m_status->clear();
    m_progress->setValue(0);
    updateChart();
}

QString LatencyPage::deviceLabel(const LatencyMeasurement &row) const
{
    // The Flags page may have told the shared server to wait: say so where the figure is read.
    if (row.probe == LatencyProbe::Http && m_serverDelay > 0)
        return tr("%1 (with its %2 s simulated delay)").arg(row.device, numberLocale().toString(m_serverDelay));
    return row.device;
}

void LatencyPage::showRow(const LatencyMeasurement &row)
{
    const int index = int(m_rows.size());
    m_rows.push_back(row);
    QString tip = row.method;
    if (!row.result.note.isEmpty())
        tip += u'\n' + row.result.note.toString();
    const QString device = deviceLabel(row);
    if (row.ok())
        setRow(m_measuredTable, index,
            {device, formatNanoseconds(row.result.ns), formatCycles(row.cycles), row.humanScaleText()}, tip);
    else
        setRow(m_measuredTable, index, {device, tr("—"), tr("—"), row.result.error.toString()}, tip);
    updateChart();
}

void LatencyPage::showReport(const LatencyReport &report)
{
    m_rows.clear();
    m_measuredTable->setRowCount(0);
    for (const auto &row : report.rows)
        showRow(row);
    m_clock->setText(
        tr("Clock: %1 GHz — %2.").arg(numberLocale().toString(report.clock.hz / 1e9, 'f', 2), report.clock.method));
    m_clock->setToolTip(tr("Each time is turned into cycles at this clock rate, and the cycles into the talk's "
                           "human scale (one cycle = one second). Times are medians (I/O) or the best of several "
                           "runs (memory); hover a row for how it was measured."));
}

void LatencyPage::updateChart()
{
    std::vector<LatencyChart::Bar> bars;
    int group = 0;
    for (const LatencyRow &talk : talkLatencyTable()) {
        bars.push_back(
            {tr("%1 (talk)").arg(latencyCategoryName(talk.category)), talk.cycles, humanScale(talk.cycles), 0, group});
        for (const LatencyMeasurement &row : m_rows) {
            if (row.category == talk.category)
                bars.push_back({deviceLabel(row), row.ok() ? row.cycles : 0, row.humanScaleText(), 1, group});
        }
        ++group;
    }
    m_chart->setBars(std::move(bars));
}

void LatencyPage::showSelectedCode()
{
    showCode(SourceSnippet::load(QStringLiteral("models/latency/latencyprobes.cpp"), m_code->currentData().toString()));
}

void LatencyPage::startRun()
{
    forgetReplay();
    m_history.clear();
    showRunStart();
    LatencyOptions options;
    m_serverDelay = 0;
    FlagServerThread *server = m_context.flagServer;
    if (server && server->isListening()) {
        options.httpUrl = QUrl(server->baseUrl().toString() + QLatin1Char('/'));
        const FlagServerSettings settings = server->settings();
        m_serverDelay = settings.delay + settings.jitter;
        if (settings.delay > 0 || settings.jitter > 0)
            options.httpNote = TraceText("Lab::LatencyPage",
                QT_TRANSLATE_NOOP("Lab::LatencyPage",
                    "includes the built-in server's simulated delay of %1 s (jitter %2 s), set on the Flags page"),
                {numberLocale().toString(settings.delay), numberLocale().toString(settings.jitter)});
    }
    m_options = options;
    m_measurer->setOptions(options);
    m_measurer->start();
}

void LatencyPage::takeResultsFrom(DemoPage &previous)
{
    auto *before = qobject_cast<LatencyPage *>(&previous);
    if (before && !before->m_history.isEmpty()) {
        m_serverDelay = before->m_serverDelay;
        m_options = before->m_options;
        // The rows were named in the language of the moment they were measured.
        const auto retranslate = [this](LatencyEvent event) {
            if (auto *progress = std::get_if<ProgressStep>(&event)) {
                progress->step = latencyStepText(progress->done, progress->total, m_options);
            } else if (auto *row = std::get_if<LatencyMeasurement>(&event)) {
                retranslateMeasurement(*row, m_options);
            } else {
                auto &report = std::get<LatencyReport>(event);
                for (LatencyMeasurement &row : report.rows)
                    retranslateMeasurement(row, m_options);
                report.clock.method = report.clock.describeMethod();
            }
            return event;
        };
        m_history.clear();
        for (std::size_t i = 0; i < before->m_history.size(); ++i) {
            const auto &entry = before->m_history.at(i);
            m_history.append(entry.time, retranslate(entry.value));
        }
        showLiveState();
    }
    DemoPage::takeResultsFrom(previous);
}

void LatencyPage::stop()
{
    if (m_measurer->isRunning())
        m_measurer->stop(); // finished() follows with what was measured, which ends the run on the page
}

void LatencyPage::reset()
{
    stop();
    forgetReplay();
    m_history.clear();
    clearMeasured();
    setResult({});
}

void LatencyPage::showProgressStep(const ProgressStep &progress)
{
    m_progress->setRange(0, progress.total);
    m_progress->setValue(progress.done);
    m_status->setText(progress.done < progress.total ? tr("Measuring: %1…").arg(progress.step) : tr("Done."));
}

void LatencyPage::showRunStart()
{
    clearMeasured();
    m_clock->setText(tr("Estimating the clock rate…"));
}

void LatencyPage::record(LatencyEvent event)
{
    if (!isReplaying())
        apply(event);
    m_history.append(nowNs(), std::move(event));
}

void LatencyPage::apply(const LatencyEvent &event)
{
    if (const auto *progress = std::get_if<ProgressStep>(&event))
        showProgressStep(*progress);
    else if (const auto *row = std::get_if<LatencyMeasurement>(&event))
        showRow(*row);
    else
        showReport(std::get<LatencyReport>(event));
}

void LatencyPage::showEvents(std::size_t count)
{
    m_shownEvents = count;
    showRunStart();
    for (std::size_t i = 0; i < count; ++i)
        apply(m_history.at(i).value);
}

bool LatencyPage::showReplayedState(qint64 time)
{
    const std::size_t count = m_history.countAt(time);
    // A playing replay asks about 60 times a second: rebuild only when an event comes or goes.
    if (m_history.isEmpty())
        return false;
    if (isReplaying() && count == m_shownEvents)
        return true;
    showEvents(count);
    return true;
}

void LatencyPage::showLiveState()
{
    showEvents(m_history.size());
}

} // namespace Lab
