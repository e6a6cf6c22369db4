// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/primespage.h"

#include "models/core/numberlocale.h"
#include "models/primes/loiterexercise.h"
#include "models/primes/primessweep.h"
#include "widgets/cpumeter.h"
#include "widgets/reflowbox.h"
#include "widgets/speedupchart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace Lab {

namespace {
int cores()
{
    return std::max(1, QThread::idealThreadCount());
}
} // namespace

PrimesPage::PrimesPage(const PageContext &context, QWidget *parent)
    : DemoPage(context, QStringLiteral("primes"), parent)
    , m_run(new PrimesRun(context.recorder, this))
    , m_sweep(new PrimesSweep(context.recorder, this))
    , m_loiter(new LoiterExercise(context.recorder, this))
    , m_mode(new QComboBox(this))
    , m_workers(new QSpinBox(this))
    , m_gil(new QCheckBox(tr("Simulate &a GIL"), this))
    , m_interval(new QSpinBox(this))
    , m_sweepSwitch(new QCheckBox(tr("S&weep 1 to %1 workers").arg(2 * cores()), this))
    , m_output(new QPlainTextEdit(this))
    , m_cpuMeter(new CpuMeter(this))
    , m_chart(new SpeedupChart(this))
    , m_cpuTimer(new QTimer(this))
    , m_workerProgram(QCoreApplication::applicationFilePath())
{
    m_mode->addItem(tr("Sequential (one worker thread)"), int(Sequential));
    m_mode->addItem(tr("Threads"), int(Threads));
    m_mode->addItem(tr("Processes"), int(Processes));
    m_mode->addItem(tr("Coroutines on the event loop"), int(Coroutines));
    m_mode->addItem(tr("executor.map: processes, submission order"), int(ExecutorMap));
    m_mode->addItem(tr("executor.map exercise: loiter(n)"), int(Loiter));
    m_mode->setCurrentIndex(Threads);
    addKnob(tr("&Mode:"), m_mode);

    m_workers->setRange(1, 64);
    m_workers->setValue(cores());
    m_workers->setAccessibleName(tr("Workers"));
    addKnob(tr("&Workers:"), m_workers);

    m_gil->setToolTip(tr("Each check must hold one global lock, handed on every switch interval, as CPython's GIL: "
                         "the threads take turns. Processes each have their own."));
    addKnob(QString(), m_gil);

    m_interval->setRange(1, 1000);
    m_interval->setValue(int(SimulatedGil::DefaultSwitchIntervalNs / 1'000'000));
    m_interval->setSuffix(tr(" ms"));
    m_interval->setToolTip(tr("How long a thread holds the GIL before handing it on (CPython: 5 ms), and how long "
                              "a coroutine computes before it awaits."));
    addKnob(tr("Switch &interval:"), m_interval);

    m_sweepSwitch->setToolTip(tr("Run sequential, then this mode with 1, 2, … workers, and draw the speed-up."));
    addKnob(QString(), m_sweepSwitch);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &PrimesPage::updateControls);
    connect(m_gil, &QCheckBox::toggled, this, &PrimesPage::updateControls);
    connect(m_sweepSwitch, &QCheckBox::toggled, this, &PrimesPage::updateControls);
    connect(m_run, &PrimesRun::resultReady, this, [this](const PrimeResult &result) {
        appendLine(primeLine(result));
    });
    connect(m_run, &PrimesRun::finished, this, &PrimesPage::runFinished);
    connect(m_loiter, &LoiterExercise::line, this, &PrimesPage::appendLine);
    connect(m_loiter, &LoiterExercise::finished, this, [this](bool stopped) {
        finishRun([stopped] {
            return stopped ? tr("Stopped.") : tr("Results in submission order: %n results.", nullptr, 5);
        });
    });
    connect(m_sweep, &PrimesSweep::baselineMeasured, this, [this](qint64 ns) {
        m_sequentialNs = ns;
        appendLine(tr("sequential  %1 s").arg(numberLocale().toString(double(ns) / 1e9, 'f', 2), 7));
    });
    connect(m_sweep, &PrimesSweep::pointMeasured, this, [this](const SweepPoint &point) {
        appendLine(tr("%1 workers  %2 s  speed-up %3×")
                       .arg(point.workers, 3)
                       .arg(numberLocale().toString(double(point.elapsedNs) / 1e9, 'f', 2), 7)
                       .arg(numberLocale().toString(point.speedup, 'f', 2), 5));
        std::vector<SpeedupChart::Point> points;
        for (const SweepPoint &p : m_sweep->points())
            points.push_back({p.workers, p.speedup});
        m_chart->setPoints(std::move(points));
    });
    connect(m_sweep, &PrimesSweep::finished, this, &PrimesPage::sweepFinished);
    m_cpuTimer->setInterval(250);
    connect(m_cpuTimer, &QTimer::timeout, this, &PrimesPage::sampleCpu);
    setVisual(createVisual());
    updateControls();
}

PrimesPage::~PrimesPage() = default;

QWidget *PrimesPage::createVisual()
{
    auto *visual = new QWidget(this);
    auto *layout = new QVBoxLayout(visual);
    layout->setContentsMargins(0, 0, 0, 0);

    m_output->setReadOnly(true);
    // A line longer than the output wraps: nothing scrolls sideways (the number lines fit, see fitOutput()).
    m_output->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setAccessibleName(tr("Output"));
    m_output->setTabStopDistance(m_output->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    fitOutput();
    m_output->installEventFilter(this);

    auto *meters = new QWidget(visual);
    auto *metersLayout = new QHBoxLayout(meters);
    metersLayout->setContentsMargins(0, 0, 0, 0);
    auto *cpu = new QGroupBox(tr("CPU per core"), meters);
    cpu->setToolTip(tr("How busy each core is, from /proc/stat, four times a second."));
    cpu->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred); // as wide as its bars need
    auto *cpuLayout = new QVBoxLayout(cpu);
    cpuLayout->addWidget(m_cpuMeter);
    metersLayout->addWidget(cpu);
    // A short title: a group box is at least as wide as its title.
    auto *sweep = new QGroupBox(tr("Speed-up"), meters);
    sweep->setToolTip(tr("Speed-up over sequential against workers, measured on this machine by a sweep."));
    auto *sweepLayout = new QVBoxLayout(sweep);
    m_chart->setRange(2 * cores(), cores());
    sweepLayout->addWidget(m_chart);
    metersLayout->addWidget(sweep, 1);

    // The output's whole lines first; the meters beside it where both fit, below it in a narrow window.
    auto *box = new ReflowBox(m_output, meters, visual);
    box->setWideStretch(4, 3);
    layout->addWidget(box);
    return visual;
}

QString PrimesPage::title() const
{
    return tr("Parallelism and the GIL");
}

QString PrimesPage::lesson() const
{
    return tr("CPU-bound work is faster only in parallel: threads on all cores are, threads that take turns holding "
              "a GIL are not, processes are again (each has its own), and coroutines on one event loop never are.");
}

bool PrimesPage::isRunning() const
{
    return m_run->isRunning() || m_sweep->isRunning() || m_loiter->isRunning();
}

PrimesSettings PrimesPage::settings() const
{
    PrimesSettings settings;
    const int exercise = m_mode->currentData().toInt();
    settings.mode = exercise == Loiter ? PrimesMode::Threads : PrimesMode(exercise);
    settings.workers = m_workers->value();
    settings.gil =
        m_gil->isChecked() && (settings.mode == PrimesMode::Threads || settings.mode == PrimesMode::Processes);
    settings.switchIntervalNs = qint64(m_interval->value()) * 1'000'000;
    settings.workerProgram = m_workerProgram;
    return settings;
}

void PrimesPage::updateControls()
{
    const int exercise = m_mode->currentData().toInt();
    const bool pooled = exercise == Threads || exercise == Processes || exercise == ExecutorMap;
    m_workers->setEnabled(pooled);
    m_gil->setEnabled(exercise == Threads || exercise == Processes);
    m_interval->setEnabled((exercise == Threads && m_gil->isChecked()) || exercise == Coroutines);
    m_sweepSwitch->setEnabled(pooled);
    const auto show = [this](const char *file, const char *name) {
        showCode(SourceSnippet::load(QLatin1String(file), QLatin1String(name)));
    };
    switch (exercise) {
    case Sequential:
        return show("models/primes/trialdivision.cpp", "is-prime");
    case Threads:
        return m_gil->isChecked() ? show("models/primes/threadcheckers.cpp", "gil-check")
                                  : show("models/primes/threadcheckers.cpp", "thread-worker");
    case Processes:
        return show("models/primes/primesworker.cpp", "process-worker");
    case Coroutines:
        return show("models/primes/primesrun.cpp", "coroutine-check");
    case ExecutorMap:
        return show("models/primes/primesrun.cpp", "report");
    case Loiter:
        return show("models/primes/loiterexercise.cpp", "loiter");
    }
}

void PrimesPage::fitOutput()
{
    // At least a whole line of numbers ("9999999999999917  P  0.342560s"), in the font of the moment,
    // and a few of them.
    m_output->setMinimumWidth(m_output->fontMetrics().horizontalAdvance(QString(34, QLatin1Char('0'))));
    m_output->setMinimumHeight(m_output->fontMetrics().lineSpacing() * 8);
}

bool PrimesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_output && event->type() == QEvent::FontChange) // presenter mode and the zoom keys
        fitOutput();
    return DemoPage::eventFilter(watched, event);
}

void PrimesPage::appendLine(const QString &line)
{
    m_output->appendPlainText(line);
}

void PrimesPage::startRun()
{
    m_output->clear();
    const int exercise = m_mode->currentData().toInt();
    if (exercise == Loiter) {
        m_loiter->start(m_context.timeScale);
        return;
    }
    const PrimesSettings run = settings();
    if (m_sweepSwitch->isChecked() && m_sweepSwitch->isEnabled()) {
        m_chart->setPoints({});
        appendLine(tr("Sweep: %1").arg(PrimesRun::heading(run)));
        m_sweep->start(run, 2 * cores());
        return;
    }
    appendLine(PrimesRun::heading(run));
    m_run->start(run);
}

void PrimesPage::runFinished(const PrimesSummary &summary)
{
    if (summary.settings.mode == PrimesMode::Sequential && !summary.stopped && summary.error.isEmpty())
        m_sequentialNs = summary.elapsedNs;
    appendLine(tr("Total time: %1s").arg(numberLocale().toString(double(summary.elapsedNs) / 1e9, 'f', 2)));
    showFigures(&summary);
    if (!summary.error.isEmpty())
        return finishRun(tr("Failed: %1").arg(summary.error));
    if (summary.stopped)
        return finishRun([checked = summary.checked] {
            return tr("Stopped after %n checks.", nullptr, checked);
        });
    finishRun([summary, sequentialNs = m_sequentialNs, pids = m_run->workerPids()] {
        return figuresText(summary, sequentialNs, pids);
    });
}

void PrimesPage::sweepFinished(const QString &error)
{
    showFigures(nullptr);
    if (!error.isEmpty())
        return finishRun(tr("Sweep ended: %1").arg(error));
    finishRun([points = int(m_sweep->points().size())] {
        return tr("Sweep done: %n points.", nullptr, points);
    });
}

void PrimesPage::showFigures(const PrimesSummary *summary)
{
    m_figures = summary ? figuresText(*summary, m_sequentialNs, m_run->workerPids()) : QString();
}

QString PrimesPage::figuresText(const PrimesSummary &summary, qint64 sequentialNs, const std::vector<qint64> &pids)
{
    const QLocale locale = numberLocale();
    QStringList lines;
    lines << tr("checked %1 in %2 s")
                 .arg(locale.toString(summary.checked), locale.toString(double(summary.elapsedNs) / 1e9, 'f', 2));
    if (summary.settings.mode != PrimesMode::Sequential && sequentialNs > 0 && summary.elapsedNs > 0)
        lines << tr("speed-up over sequential (%1 s here): %2×")
                     .arg(locale.toString(double(sequentialNs) / 1e9, 'f', 2),
                         locale.toString(double(sequentialNs) / double(summary.elapsedNs), 'f', 2));
    else if (summary.settings.mode != PrimesMode::Sequential)
        lines << tr("run Sequential once to see the speed-up");
    if (summary.gilSwitches > 0)
        lines << tr("the GIL changed hands %n times", nullptr, summary.gilSwitches);
    if (!pids.empty()) {
        // Process ids are names, not amounts: no digit grouping.
        QStringList names;
        for (const qint64 pid : pids)
            names << QString::number(pid);
        lines << tr("worker processes: %1 (this one: %2)")
                     .arg(names.join(QLatin1String(", ")), QString::number(QCoreApplication::applicationPid()));
    }
    return lines.join(QLatin1String("; "));
}

void PrimesPage::takeResultsFrom(DemoPage &previous)
{
    if (auto *before = qobject_cast<PrimesPage *>(&previous)) {
        // The output is the program's, as it printed it; the figures and the chart are the page's.
        m_output->setPlainText(before->m_output->toPlainText());
        m_figures = before->m_figures;
        m_sequentialNs = before->m_sequentialNs;
        m_chart->setPoints(before->m_chart->points());
    }
    DemoPage::takeResultsFrom(previous);
}

void PrimesPage::stop()
{
    m_sweep->stop();
    m_run->stop();
    m_loiter->stop();
}

void PrimesPage::reset()
{
    stop();
    m_output->clear();
    m_figures.clear();
    m_chart->setPoints({});
    setResult({}); // Reset puts back everything on the page, the last run's summary included
}

void PrimesPage::sampleCpu()
{
    m_cpuMeter->setLoads(m_cpuUsage.sample());
}

void PrimesPage::showEvent(QShowEvent *event)
{
    DemoPage::showEvent(event);
    sampleCpu(); // the starting counters
    m_cpuTimer->start();
}

void PrimesPage::hideEvent(QHideEvent *event)
{
    m_cpuTimer->stop();
    DemoPage::hideEvent(event);
}

} // namespace Lab
