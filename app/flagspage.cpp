// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/flagspage.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"
#include "models/flags/countrynames.h"
#include "models/flags/flagcodes.h"
#include "models/flags/flagdownloader.h"
#include "models/flags/flaggridmodel.h"
#include "models/flags/flagserver.h"
#include "models/flags/flagserverthread.h"
#include "widgets/flagcelldelegate.h"
#include "widgets/flowlayout.h"
#include "widgets/wholegridview.h"
#include "widgets/wholewidthtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Lab {

namespace {
enum FlagSet { Popular, Book, Every };

QDoubleSpinBox *secondsBox(QWidget *parent, double value, double max, const QString &tip)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.0, max);
    box->setDecimals(2);
    box->setSingleStep(0.1);
    box->setValue(value);
    box->setSuffix(QCoreApplication::translate("Lab::FlagsPage", " s"));
    box->setToolTip(tip);
    return box;
}
} // namespace

FlagsPage::FlagsPage(const PageContext &context, QWidget *parent)
    : DemoPage(context, QStringLiteral("flags"), parent)
    , m_downloader(new FlagDownloader(context.recorder, this))
    , m_grid(new FlagGridModel(this))
    , m_set(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_resultsBy(new QComboBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_perHost(new QCheckBox(tr("Qt's default: 6 connections per &host"), this))
    , m_timeout(secondsBox(this, 3.1, 60, tr("The client gives up on a flag after this long (the book uses 3.1 s).")))
    , m_delay(secondsBox(this, 0.5, 30, tr("The built-in server waits this long before answering each request.")))
    , m_jitter(secondsBox(this, 0.0, 30, tr("Each answer waits up to this much longer, at random.")))
    , m_errorRate(new QDoubleSpinBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_saveDirectory(new QLineEdit(this))
    , m_serverStatus(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_view(new WholeGridView(this))
    , m_results(new WholeWidthTable(0, 7, this))
{
    m_set->addItem(tr("20 most populous"), Popular);
    m_set->addItem(tr("All 194 (the book's set)"), Book);
    m_set->addItem(tr("Every code AA–ZZ (676, most 404)"), Every);
    addKnob(tr("F&lags:"), m_set);

    m_mode->addItem(tr("Sequential"), int(FlagDownloadMode::Sequential));
    m_mode->addItem(tr("Thread pool"), int(FlagDownloadMode::Threads));
    m_mode->addItem(tr("Coroutines"), int(FlagDownloadMode::Coroutines));
    m_mode->setCurrentIndex(2);
    addKnob(tr("&Mode:"), m_mode);

    m_concurrency->setRange(0, FlagDownloader::MaxConcurrency);
    m_concurrency->setSpecialValueText(tr("default"));
    m_concurrency->setToolTip(tr("Requests at once: threads in the pool (default 20) or the coroutines' semaphore "
                                 "(default: all at once). At most %1.")
                                  .arg(FlagDownloader::MaxConcurrency));
    addKnob(tr("At &once:"), m_concurrency);
    m_perHost->setToolTip(tr("Use one QNetworkAccessManager: Qt 6.4 opens at most 6 connections per host and port, "
                             "so the coroutines' requests go out in waves of 6."));
    addKnob({}, m_perHost);
    addBlockingSwitch()->setToolTip(
        tr("Sequential only: each download is a blocking call on the GUI thread — the window freezes and the grid "
           "fills only at the end."));
    addKnob(tr("T&imeout:"), m_timeout);

    // Progress follows the clock, not every flag: QProgressBar::setValue() repaints at once, and 194 flags
    // landing together made 388 synchronous repaints, a stall of tens of ms on the GUI thread.
    m_clock.setInterval(50);
    connect(&m_clock, &QTimer::timeout, this, &FlagsPage::showProgress);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &FlagsPage::updateModeControls);
    connect(m_resultsBy, &QComboBox::currentIndexChanged, this, &FlagsPage::updateModeControls);
    connect(m_downloader, &FlagDownloader::flagChanged, this, &FlagsPage::onFlagChanged);
    connect(m_downloader, &FlagDownloader::finished, this, [this](const FlagTotals &totals) {
        m_clock.stop();
        showProgress();
        m_run.stallSeconds = longestStallSeconds();
        recordRun(totals);
        finishRun([run = m_run] {
            return summarize(run);
        });
    });
    setVisual(createVisual());
    // The server's knobs sit in the visual, not in the row: remembered all the same.
    for (QWidget *knob : std::initializer_list<QWidget *>{m_delay, m_jitter, m_errorRate, m_baseUrl, m_saveDirectory})
        rememberKnob(knob);
    // Remembered last, so that every other knob keeps the settings key it had.
    m_resultsBy->addItem(tr("All at once"));
    m_resultsBy->addItem(tr("As completed"));
    m_resultsBy->setToolTip(tr("Coroutines: each download ends its own flag (all at once), or an async generator "
                               "yields each result as its download ends and one loop takes them in that order, "
                               "moving the progress bar (the book's as_completed)."));
    addKnob(tr("Res&ults:"), m_resultsBy);
    updateModeControls();
    restartServer();
}

QWidget *FlagsPage::createVisual()
{
    auto *visual = new QWidget(this);
    auto *layout = new QVBoxLayout(visual);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *progressRow = new QHBoxLayout;
    m_progress->setAccessibleName(tr("Flags finished"));
    m_progress->setFormat(tr("%v of %m flags"));
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    QFont big = m_elapsed->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_elapsed->setFont(big);
    m_elapsed->setMinimumWidth(m_elapsed->fontMetrics().horizontalAdvance(QStringLiteral("000.00 s ")));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_elapsed);
    layout->addLayout(progressRow);

    m_view->setModel(m_grid);
    m_view->setItemDelegate(new FlagCellDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setAccessibleName(tr("Flag grid"));
    // Every flag on screen: the grid is as tall as its rows, first under the progress bar; what
    // does not fit in a small window scrolls with the page's visual, the server's knobs last.
    layout->addWidget(m_view, 3);

    m_results->setHorizontalHeaderLabels(
        {tr("run"), tr("mode"), tr("flags"), tr("server"), tr("ok"), tr("not found / errors"), tr("seconds")});
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAccessibleName(tr("Results of every run"));
    m_results->setMaximumHeight(m_results->fontMetrics().height() * 7);
    // Never sideways: the mode and the server's settings wrap in a narrow window.
    static_cast<WholeWidthTable *>(m_results)->setWrappingColumn(1, 10);
    static_cast<WholeWidthTable *>(m_results)->setWrappingColumn(3, 12);
    layout->addWidget(m_results, 1);
    layout->addWidget(createSettings());
    return visual;
}

QWidget *FlagsPage::createSettings()
{
    auto *server = new QGroupBox(tr("Server"), this);
    auto *rows = new QVBoxLayout(server);
    // The server's knobs wrap to a second row in a narrow window, each caption with its field.
    auto *row = new FlowLayout;
    rows->addLayout(row);
    m_errorRate->setRange(0, 100);
    m_errorRate->setSuffix(tr(" %"));
    m_errorRate->setDecimals(0);
    m_errorRate->setToolTip(tr("After the delay, this share of requests fails with a real HTTP error (418, 500, 502 "
                               "or 503), and a few countries always answer 404."));
    m_baseUrl->setPlaceholderText(tr("built-in server"));
    m_baseUrl->setClearButtonEnabled(true);
    m_baseUrl->setToolTip(tr("Download from another server instead, e.g. http://127.0.0.1:8001/flags "
                             "(a `concurrency-lab serve`)."));
    auto *restart = new QPushButton(tr("Restart ser&ver"), this);
    restart->setAccessibleName(tr("Restart the built-in server"));
    const std::pair<QString, QWidget *> fields[] = {
        {tr("&Delay:"), m_delay}, {tr("&Jitter:"), m_jitter}, {tr("&Errors:"), m_errorRate}, {tr("&URL:"), m_baseUrl}};
    for (const auto &[text, field] : fields) {
        auto *pair = new QWidget(server);
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(text, pair);
        label->setBuddy(field);
        field->setAccessibleName(QString(text).remove(u'&').remove(u':'));
        pairLayout->addWidget(label);
        pairLayout->addWidget(field, 1);
        row->addWidget(pair);
    }
    row->addWidget(restart);
    m_baseUrl->setMinimumWidth(
        m_baseUrl->fontMetrics().horizontalAdvance(QStringLiteral("http://127.0.0.1:8001/flags")));
    m_serverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *saveRow = new QHBoxLayout;
    auto *saveLabel = new QLabel(tr("S&ave flags to:"), server);
    saveLabel->setBuddy(m_saveDirectory);
    m_saveDirectory->setPlaceholderText(tr("not saved (type a folder to save cc.png files, as the book's scripts do)"));
    m_saveDirectory->setClearButtonEnabled(true);
    m_saveDirectory->setAccessibleName(tr("Folder to save the flags to"));
    auto *browse = new QPushButton(tr("Bro&wse…"), server);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Save the flags to"), m_saveDirectory->text());
        if (!folder.isEmpty())
            m_saveDirectory->setText(folder);
    });
    saveRow->addWidget(saveLabel);
    saveRow->addWidget(m_saveDirectory, 1);
    saveRow->addWidget(browse);
    rows->addLayout(saveRow);
    rows->addWidget(m_serverStatus);
    for (auto *box : {m_delay, m_jitter, m_errorRate})
        connect(box, &QDoubleSpinBox::valueChanged, this, &FlagsPage::applyServerSettings);
    connect(restart, &QPushButton::clicked, this, &FlagsPage::restartServer);
    return server;
}

QString FlagsPage::title() const
{
    return tr("Flags");
}

QString FlagsPage::lesson() const
{
    return tr("Downloading is mostly waiting: one request after the other waits once per flag; threads or "
              "coroutines wait for all of them at the same time and finish in about one round trip.");
}

bool FlagsPage::isRunning() const
{
    return m_downloader->isRunning();
}

void FlagsPage::applyServerSettings()
{
    m_context.flagServer->setSettings({m_delay->value(), m_jitter->value(), m_errorRate->value() / 100.0});
}

void FlagsPage::restartServer()
{
    FlagServerThread *server = m_context.flagServer;
    if (isRunning())
        stop();
    const quint16 port = server->isListening() ? server->port() : 0;
    server->close();
    // Same port when possible, so a URL typed elsewhere (curl, a browser) keeps working.
    const bool ok = server->listen(QHostAddress::LocalHost, port) || server->listen(QHostAddress::LocalHost, 0);
    applyServerSettings();
    m_serverStatus->setText(ok ? tr("Built-in server at %1").arg(server->baseUrl().toString())
                               : tr("The built-in server could not start: %1").arg(server->errorString()));
}

void FlagsPage::updateModeControls()
{
    const auto mode = FlagDownloadMode(m_mode->currentData().toInt());
    blockingSwitch()->setEnabled(mode == FlagDownloadMode::Sequential);
    m_concurrency->setEnabled(mode != FlagDownloadMode::Sequential);
    m_perHost->setEnabled(mode == FlagDownloadMode::Coroutines);
    m_resultsBy->setEnabled(mode == FlagDownloadMode::Coroutines);
    if (mode == FlagDownloadMode::Coroutines && m_resultsBy->currentIndex() == 1) {
        showCode(SourceSnippet::load(
            QStringLiteral("models/flags/flagdownloaderascompleted.cpp"), QStringLiteral("ascompleted")));
        return;
    }
    const QString snippet = mode == FlagDownloadMode::Sequential ? QStringLiteral("sequential")
        : mode == FlagDownloadMode::Threads                      ? QStringLiteral("threads")
                                                                 : QStringLiteral("coroutines");
    showCode(SourceSnippet::load(QStringLiteral("models/flags/flagdownloader.cpp"), snippet));
}

void FlagsPage::startRun()
{
    QStringList codes;
    switch (m_set->currentData().toInt()) {
    case Popular:
        codes = popularFlagCodes();
        codes.sort();
        break;
    case Book:
        codes = FlagServer::bookCodes();
        break;
    default:
        codes = everyFlagCode();
        break;
    }
    QUrl base = m_context.flagServer->baseUrl();
    if (!m_baseUrl->text().trimmed().isEmpty()) {
        base = QUrl::fromUserInput(m_baseUrl->text().trimmed());
        if (!base.isValid() || !base.scheme().startsWith(QLatin1String("http"))) {
            finishRun([url = m_baseUrl->text()] {
                return tr("“%1” is not an http:// or https:// URL.").arg(url);
            });
            return;
        }
    }
    FlagDownloadOptions options;
    options.mode = FlagDownloadMode(m_mode->currentData().toInt());
    options.blocking = options.mode == FlagDownloadMode::Sequential && blockingSwitch()->isChecked();
    options.maxConcurrency = m_concurrency->value();
    options.perHostLimit = m_perHost->isChecked();
    options.asCompleted = options.mode == FlagDownloadMode::Coroutines && m_resultsBy->currentIndex() == 1;
    options.timeout = m_timeout->value();
    options.saveDirectory = m_saveDirectory->text().trimmed();

    m_run = {};
    m_run.mode = options.mode;
    m_run.concurrency = FlagDownloader::concurrencyFor(options, int(codes.size()));
    m_run.blocking = options.blocking;
    m_run.asCompleted = options.asCompleted;
    m_run.url = m_baseUrl->text().trimmed();
    m_run.delay = m_delay->value();
    m_run.jitter = m_jitter->value();
    m_run.errorRate = m_errorRate->value();
    forgetReplay();
    m_history.clear();
    m_live.clear();
    for (const QString &code : codes)
        m_live.push_back({code});
    m_runStartNs = nowNs();
    showGridOf(m_live);
    m_progress->setRange(0, int(codes.size()));
    m_progress->setValue(0);
    m_runTime.start();
    m_clock.start();
    showProgress();
    if (options.blocking) {
        // The blocking run holds the loop from its first request to its last: show the cleared grid
        // now, or the previous run's flags stay on screen through the freeze.
        m_view->doItemsLayout();
        m_view->viewport()->repaint();
        m_progress->repaint();
        m_elapsed->repaint();
    }
    m_downloader->start(base, codes, options);
}

void FlagsPage::showProgress()
{
    if (isReplaying())
        return; // the replay shows its own moment; leaveReplay() calls this again
    if (m_live.empty()) { // no run since the last reset
        m_progress->reset();
        m_elapsed->clear();
        return;
    }
    m_progress->setValue(m_downloader->finishedCount());
    const qint64 ns = m_downloader->isRunning() ? m_runTime.nsecsElapsed() : m_downloader->totals().elapsedNs;
    m_elapsed->setText(tr("%1 s").arg(numberLocale().toString(double(ns) / 1e9, 'f', 2)));
}

QString FlagsPage::modeName(FlagDownloadMode mode)
{
    switch (mode) {
    case FlagDownloadMode::Sequential:
        return tr("Sequential");
    case FlagDownloadMode::Threads:
        return tr("Thread pool");
    case FlagDownloadMode::Coroutines:
        break;
    }
    return tr("Coroutines");
}

QString FlagsPage::describe(const Run &run)
{
    //: A run of the Flags page: the mode, then how many requests were in flight at once.
    const QString mode = modeName(run.mode);
    const QString concurrency = numberLocale().toString(run.concurrency);
    if (run.blocking)
        return tr("%1, %2 at once, blocking").arg(mode, concurrency);
    if (run.asCompleted)
        return tr("%1, %2 at once, as completed").arg(mode, concurrency);
    return tr("%1, %2 at once").arg(mode, concurrency);
}

QString FlagsPage::summarize(const Run &run)
{
    const QLocale locale = numberLocale();
    const FlagTotals &totals = run.totals;
    //: The counts of a Flags run; each phrase has its own plural forms.
    const QString counts =
        tr("%1, %2, %3")
            .arg(tr("%n flags downloaded", nullptr, totals.ok), tr("%n not found", nullptr, totals.notFound),
                tr("%n errors", nullptr, totals.errors));
    const QString seconds = locale.toString(double(totals.elapsedNs) / 1e9, 'f', 2);
    const QString stall = locale.toString(run.stallSeconds, 'f', 2);
    return totals.stopped
        ? tr("%1: %2 in %3 s, stopped — longest event-loop stall %4 s").arg(describe(run), counts, seconds, stall)
        : tr("%1: %2 in %3 s — longest event-loop stall %4 s").arg(describe(run), counts, seconds, stall);
}

void FlagsPage::recordRun(const FlagTotals &totals)
{
    m_run.totals = totals;
    m_runs.push_back(m_run);
    showRun(int(m_runs.size()), m_run);
}

void FlagsPage::showRun(int number, const Run &run)
{
    const QLocale locale = numberLocale();
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    const QString server = run.url.isEmpty()
        ? tr("built-in, delay %1 s, jitter %2 s, errors %3 %")
              .arg(locale.toString(run.delay), locale.toString(run.jitter), locale.toString(run.errorRate))
        : run.url;
    const FlagTotals &totals = run.totals;
    const QStringList cells{locale.toString(number), describe(run), locale.toString(totals.total()), server,
        locale.toString(totals.ok), tr("%1 / %2").arg(locale.toString(totals.notFound), locale.toString(totals.errors)),
        locale.toString(double(totals.elapsedNs) / 1e9, 'f', 2)};
    for (int column = 0; column < cells.size(); ++column)
        m_results->setItem(row, column, new QTableWidgetItem(cells[column]));
    m_results->scrollToBottom();
}

void FlagsPage::takeResultsFrom(DemoPage &previous)
{
    auto *before = qobject_cast<FlagsPage *>(&previous);
    if (!before)
        return DemoPage::takeResultsFrom(previous);
    m_run = before->m_run;
    m_runs = before->m_runs;
    for (std::size_t i = 0; i < m_runs.size(); ++i)
        showRun(int(i) + 1, m_runs[i]);
    // The last run's grid, every cell named in this window's language.
    m_history = before->m_history;
    m_live = before->m_live;
    m_runStartNs = before->m_runStartNs;
    showGridOf(m_live);
    m_progress->setRange(0, int(m_live.size()));
    m_progress->setValue(before->m_progress->value());
    if (!m_runs.empty())
        m_elapsed->setText(tr("%1 s").arg(numberLocale().toString(double(m_run.totals.elapsedNs) / 1e9, 'f', 2)));
    DemoPage::takeResultsFrom(previous);
}

void FlagsPage::showGridOf(const std::vector<FlagResult> &cells)
{
    QStringList codes;
    for (const FlagResult &cell : cells)
        codes.append(cell.code);
    m_grid->reset(codes, [server = m_context.flagServer](const QString &cc) {
        return countryDisplayName(cc, QLocale(), server->countryName(cc));
    });
    for (int row = 0; row < int(cells.size()); ++row)
        m_grid->setResult(row, cells[std::size_t(row)]);
}

void FlagsPage::stop()
{
    if (m_downloader->isRunning())
        m_downloader->stop(); // finished() follows with the totals, which ends the run on the page
}

void FlagsPage::reset()
{
    stop();
    forgetReplay();
    m_clock.stop();
    m_history.clear();
    m_live.clear();
    m_grid->reset({});
    m_progress->reset(); // no text: nothing done, nothing to do
    m_elapsed->clear();
    setResult({});
}

void FlagsPage::onFlagChanged(int row, const FlagResult &result)
{
    if (row < 0 || row >= int(m_live.size()))
        return;
    m_history.append(nowNs(), {row, result});
    m_live[std::size_t(row)] = result;
    if (isReplaying())
        return;
    m_grid->setResult(row, result);
    // As completed, the consuming loop moves the bar itself, one step per result it takes.
    if (m_downloader->options().asCompleted && isFinal(result.state))
        m_progress->setValue(m_downloader->finishedCount());
}

void FlagsPage::showCells(const std::vector<const FlagResult *> &cells)
{
    // Only the cells that differ: the view repaints those alone, which keeps scrubbing smooth.
    for (int row = 0; row < m_grid->rowCount() && row < int(cells.size()); ++row) {
        const FlagResult &target = *cells[std::size_t(row)];
        const FlagGridModel::Cell &shown = m_grid->cell(row);
        if (shown.state != target.state || shown.message != target.message
            || shown.image.cacheKey() != target.image.cacheKey())
            m_grid->setResult(row, target);
    }
}

bool FlagsPage::showReplayedState(qint64 time)
{
    if (m_live.empty())
        return false; // no run yet: nothing to show again
    m_clock.stop();
    std::vector<FlagResult> queued;
    queued.reserve(m_live.size());
    for (const FlagResult &result : m_live)
        queued.push_back({result.code});
    std::vector<const FlagResult *> cells;
    cells.reserve(queued.size());
    for (const FlagResult &result : queued)
        cells.push_back(&result);
    const std::size_t count = m_history.countAt(time);
    for (std::size_t i = 0; i < count; ++i) {
        const FlagChange &change = m_history.at(i).value;
        cells[std::size_t(change.row)] = &change.result;
    }
    showCells(cells);
    const int finished = int(std::count_if(cells.begin(), cells.end(), [](const FlagResult *cell) {
        return isFinal(cell->state);
    }));
    m_progress->setValue(finished);
    const qint64 runEnd = m_downloader->isRunning() ? nowNs() : m_runStartNs + m_downloader->totals().elapsedNs;
    const qint64 elapsed = m_runStartNs == 0 ? 0 : std::clamp(time - m_runStartNs, qint64(0), runEnd - m_runStartNs);
    m_elapsed->setText(tr("%1 s").arg(numberLocale().toString(double(elapsed) / 1e9, 'f', 2)));
    return true;
}

void FlagsPage::showLiveState()
{
    std::vector<const FlagResult *> cells;
    cells.reserve(m_live.size());
    for (const FlagResult &result : m_live)
        cells.push_back(&result);
    showCells(cells);
    if (m_downloader->isRunning())
        m_clock.start();
    showProgress();
}

} // namespace Lab
