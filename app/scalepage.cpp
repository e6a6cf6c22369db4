// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/scalepage.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"
#include "models/scale/pythonreference.h"
#include "models/scale/scalerun.h"
#include "models/trace/eventloopmonitor.h"
#include "widgets/wholewidthtable.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lab {

ScalePage::ScalePage(const PageContext &context, QWidget *parent)
    : DemoPage(context, QStringLiteral("scale"), parent)
    , m_run(new ScaleRun(context.recorder, this))
    , m_kind(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_threadCap(new QSpinBox(this))
    , m_seconds(new QDoubleSpinBox(this))
    , m_started(new QProgressBar(this))
    , m_finished(new QProgressBar(this))
    , m_figures(new WholeWidthTable(0, 2, this))
    , m_reference(new QLabel(this))
{
    m_kind->addItem(tr("Coroutines on the event loop"), int(SleeperKind::Coroutines));
    m_kind->addItem(tr("OS threads"), int(SleeperKind::Threads));
    addKnob(tr("Slee&pers:"), m_kind);

    m_count->setRange(1, ScaleRun::MaxCoroutines);
    m_count->setGroupSeparatorShown(true);
    m_count->setSingleStep(1000);
    m_count->setValue(m_coroutineCount);
    addKnob(tr("&N:"), m_count);
    m_count->setAccessibleName(tr("Number of sleepers"));

    m_threadCap->setRange(1, ScaleRun::MaxThreadCap);
    m_threadCap->setGroupSeparatorShown(true);
    m_threadCap->setSingleStep(1000);
    m_threadCap->setValue(ScaleRun::DefaultThreadCap);
    m_threadCap->setToolTip(tr("At most this many threads are started, whatever N says. Each thread reserves a "
                               "stack of 8 MiB of address space; raise the cap with care."));
    addKnob(tr("Thread &cap:"), m_threadCap);

    m_seconds->setRange(0.05, 10.0);
    m_seconds->setDecimals(2);
    m_seconds->setSingleStep(0.1);
    m_seconds->setValue(1.0);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setToolTip(tr("How long each sleeper sleeps."));
    addKnob(tr("S&leep:"), m_seconds);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScalePage::updateKindControls);
    connect(m_run, &ScaleRun::updated, this, &ScalePage::recordFigures);
    connect(m_run, &ScaleRun::finished, this, [this](const ScaleFigures &figures) {
        finishRun([figures, stall = longestStallSeconds()] {
            const QLocale locale = numberLocale();
            const QString comparison = figures.peakAlive == 0 ? QString()
                : figures.kind == SleeperKind::Coroutines
                ? tr(" (asyncio: about %1 KiB a task, elsewhere)")
                      .arg(locale.toString(PythonReference::KibibytesPerTask))
                : tr(" (Python: about %1 KiB a thread, elsewhere)")
                      .arg(locale.toString(PythonReference::KibibytesPerThread));
            return tr("%1%2 — longest event-loop stall %3 s")
                .arg(scaleSummary(figures), comparison, locale.toString(stall, 'f', 2));
        });
    });
    setVisual(createVisual());
    updateKindControls();
}

QWidget *ScalePage::createVisual()
{
    auto *visual = new QWidget(this);
    auto *layout = new QVBoxLayout(visual);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *live = new QGroupBox(tr("Live, on this machine"), visual);
    auto *liveLayout = new QVBoxLayout(live);
    m_started->setAccessibleName(tr("Sleepers started"));
    m_finished->setAccessibleName(tr("Sleepers finished"));
    for (auto *bar : {m_started, m_finished}) {
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setFormat(QString());
        liveLayout->addWidget(bar);
    }
    m_figures->setHorizontalHeaderLabels({tr("figure"), tr("value")});
    m_figures->verticalHeader()->hide();
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    m_figures->setAccessibleName(tr("Live figures"));
    QFont big = m_figures->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_figures->setFont(big);
    // As tall as its rows and never sideways: a long value wraps in a narrow window, not cut short.
    static_cast<WholeWidthTable *>(m_figures)->setWrappingColumn(1, 16);
    static_cast<WholeWidthTable *>(m_figures)->fitHeightToRows(0);
    m_figures->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    liveLayout->addWidget(m_figures);
    liveLayout->addStretch();
    layout->addWidget(live, 3);

    auto *reference =
        new QGroupBox(tr("Python 3.11 for comparison — a reference measured elsewhere, not here"), visual);
    auto *referenceLayout = new QVBoxLayout(reference);
    m_reference->setText(PythonReference::text());
    m_reference->setWordWrap(true);
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reference->setAccessibleName(tr("Python reference"));
    referenceLayout->addWidget(m_reference);
    layout->addWidget(reference);
    return visual;
}

QString ScalePage::title() const
{
    return tr("How many can you run?");
}

QString ScalePage::lesson() const
{
    return tr("A sleeping coroutine is a small object on the heap and the event loop keeps answering; a sleeping "
              "thread is a stack and a kernel task. Start a million of one and a few thousand of the other.");
}

bool ScalePage::isRunning() const
{
    return m_run->isRunning();
}

void ScalePage::updateKindControls()
{
    const auto kind = SleeperKind(m_kind->currentData().toInt());
    // Each kind keeps its own N: a million coroutines must not become a million threads.
    if (m_shownKind == int(SleeperKind::Threads))
        m_threadCount = m_count->value();
    else if (m_shownKind == int(SleeperKind::Coroutines))
        m_coroutineCount = m_count->value();
    m_shownKind = int(kind);
    m_count->setMaximum(kind == SleeperKind::Threads ? ScaleRun::MaxThreadCap : ScaleRun::MaxCoroutines);
    m_count->setValue(kind == SleeperKind::Threads ? m_threadCount : m_coroutineCount);
    m_threadCap->setEnabled(kind == SleeperKind::Threads);
    showCode(SourceSnippet::load(kind == SleeperKind::Threads ? QStringLiteral("models/scale/threadsleepers.cpp")
                                                              : QStringLiteral("models/scale/scalerun.cpp"),
        kind == SleeperKind::Threads ? QStringLiteral("thread-sleeper") : QStringLiteral("coroutine-sleeper")));
}

QString ScalePage::figure(const QString &name) const
{
    for (int row = 0; row < m_figures->rowCount(); ++row) {
        if (m_figures->item(row, 0) && m_figures->item(row, 0)->text() == name)
            return m_figures->item(row, 1) ? m_figures->item(row, 1)->text() : QString();
    }
    return {};
}

void ScalePage::recordFigures(const ScaleFigures &figures)
{
    // The window's own health beside the figures: with coroutines it stays near zero.
    const EventLoopMonitor *monitor = m_context.monitor;
    m_live = {figures, monitor->currentLagNs(), monitor->longestStallNs()};
    m_history.append(nowNs(), m_live);
    if (!isReplaying())
        showFigures(m_live);
}

void ScalePage::showFigures(const ScaleFrame &frame)
{
    const ScaleFigures &figures = frame.figures;
    auto rows = scaleFigureRows(figures);
    rows.emplace_back(tr("event loop"),
        tr("lag now %1 ms, longest stall %2 s")
            .arg(numberLocale().toString(double(frame.lagNs) / 1e6, 'f', 1),
                numberLocale().toString(double(frame.longestStallNs) / 1e9, 'f', 2)));
    m_figures->setRowCount(int(rows.size()));
    for (int row = 0; row < int(rows.size()); ++row) {
        for (int column = 0; column < 2; ++column) {
            const QString &text = column == 0 ? rows[std::size_t(row)].first : rows[std::size_t(row)].second;
            if (auto *item = m_figures->item(row, column))
                item->setText(text);
            else
                m_figures->setItem(row, column, new QTableWidgetItem(text));
        }
    }
    m_started->setRange(0, std::max(figures.target, 1));
    m_started->setValue(figures.started);
    m_started->setFormat(tr("started %1 of %2").arg(formatCount(figures.started), formatCount(figures.target)));
    m_finished->setRange(0, std::max(figures.target, 1));
    m_finished->setValue(figures.finished);
    m_finished->setFormat(tr("finished %1 of %2").arg(formatCount(figures.finished), formatCount(figures.target)));
}

void ScalePage::startRun()
{
    forgetReplay();
    m_history.clear();
    m_run->setKind(SleeperKind(m_kind->currentData().toInt()));
    m_run->setCount(m_count->value());
    m_run->setThreadCap(m_threadCap->value());
    m_run->setSeconds(m_seconds->value() * m_context.timeScale);
    m_run->start();
}

void ScalePage::stop()
{
    if (!m_run->isRunning())
        return;
    // Threads wake at once; coroutines cannot be woken early, so the run ends within one sleep.
    if (m_run->kind() == SleeperKind::Coroutines)
        setResult(tr("Stopping: no more are started; those asleep wake within %1 s.")
                      .arg(numberLocale().toString(m_run->seconds())));
    m_run->stop(); // finished() follows, which ends the run on the page
}

void ScalePage::reset()
{
    stop();
    forgetReplay();
    m_history.clear();
    m_live = {};
    clearFigures();
    setResult({});
}

void ScalePage::clearFigures()
{
    m_figures->setRowCount(0);
    for (auto *bar : {m_started, m_finished}) {
        bar->setValue(0);
        bar->setFormat(QString());
    }
}

bool ScalePage::showReplayedState(qint64 time)
{
    if (m_history.isEmpty())
        return false;
    if (const ScaleFrame *frame = m_history.valueAt(time))
        showFigures(*frame);
    else
        clearFigures(); // before the run's first figures
    return true;
}

void ScalePage::showLiveState()
{
    showFigures(m_live);
}

void ScalePage::takeResultsFrom(DemoPage &previous)
{
    if (auto *before = qobject_cast<ScalePage *>(&previous)) {
        // Each kind keeps its own N: the one not shown is no knob of its own.
        m_coroutineCount = before->m_coroutineCount;
        m_threadCount = before->m_threadCount;
        if (!before->m_history.isEmpty()) {
            m_history = before->m_history;
            m_live = before->m_live;
            showLiveState();
        }
    }
    DemoPage::takeResultsFrom(previous);
}

} // namespace Lab
