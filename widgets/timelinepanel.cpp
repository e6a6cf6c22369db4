// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/timelinepanel.h"

#include "models/core/numberlocale.h"
#include "widgets/followingsplitter.h"
#include "widgets/timelinepainter.h"
#include "widgets/timelinewidget.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Lab {

namespace {
// Spans of one task listed at once: enough to read around the selection, cheap to build.
constexpr int ListedSpans = 400;

QToolButton *toolButton(QWidget *parent, const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setAutoRaise(true);
    return button;
}

// Return: next hit; Shift+Return: previous.
class SearchField : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    std::function<void(bool)> onReturn;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onReturn) {
            onReturn(event->modifiers() & Qt::ShiftModifier);
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};
} // namespace

TimelinePanel::TimelinePanel(TraceRecorder *recorder, QWidget *parent)
    : QWidget(parent)
    , m_timeline(new TimelineWidget(recorder, this))
    , m_splitter(new FollowingSplitter(Qt::Horizontal, this))
{
    m_play = toolButton(this, tr("Play replay"), tr("Replay the recording from the cursor (P)"));
    m_stepBack = toolButton(this, tr("Previous event"), tr("Step back to the previous event (,)"));
    m_stepForward = toolButton(this, tr("Next event"), tr("Step on to the next event (.)"));
    m_stop = toolButton(this, tr("Stop replay"), tr("Leave replay: the demo shows the end of the run again (Esc)"));
    m_speed = new QComboBox(this);
    m_speed->setAccessibleName(tr("Replay speed"));
    m_speed->setToolTip(tr("Replay speed ([ slower, ] faster)"));
    for (const double speed : TimelineWidget::ReplaySpeeds)
        m_speed->addItem(tr("%1×").arg(speed), speed);
    m_speed->setCurrentIndex(m_speed->findData(1.0));
    m_time = new QLabel(this);
    m_time->setAccessibleName(tr("Replay time"));
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000.000 ms / 000.000 ms")));

    auto *search = new SearchField(this);
    m_search = search;
    m_search->setPlaceholderText(tr("Search span labels (e.g. BR)"));
    m_search->setAccessibleName(tr("Search span labels"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(fontMetrics().averageCharWidth() * 32);
    m_previousHit = toolButton(this, tr("Previous hit"), tr("Previous span matching the search (Shift+Return)"));
    m_nextHit = toolButton(this, tr("Next hit"), tr("Next span matching the search (Return)"));
    m_hits = new QLabel(this);
    m_hits->setAccessibleName(tr("Search hits"));
    m_showAll = new QToolButton(this);
    m_showAll->setText(tr("Show all lanes"));
    m_showAll->setToolTip(tr("Show the lanes hidden from the label column's context menu"));
    m_showAll->setAutoRaise(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_play, m_stepBack, m_stepForward, m_stop, m_speed, m_time})
        bar->addWidget(widget);
    bar->addStretch(1);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_search, m_previousHit, m_nextHit, m_hits, m_showAll})
        bar->addWidget(widget);

    auto *pane = new QWidget(this);
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(4, 0, 0, 0);
    m_details = new QLabel(pane);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Selected span"));
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_statistics = new QLabel(pane);
    m_statistics->setWordWrap(true);
    m_statistics->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_statistics->setAccessibleName(tr("Statistics of the selected range"));
    m_statistics->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_spans = new QListWidget(pane);
    m_spans->setAccessibleName(tr("Spans of the selected task"));
    m_spans->setUniformItemSizes(true);
    paneLayout->addWidget(m_details);
    paneLayout->addWidget(m_statistics);
    paneLayout->addWidget(m_spans, 1);
    m_pane = pane;
    updatePaneWidth();

    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(true);
    // Until the user drags it: the details get the width of their longest lines, but no more than
    // three tenths of a narrow panel (their lines wrap there), the timeline keeps the rest.
    m_splitter->setShares([this](int length) {
        const int pane = std::max(m_pane->minimumWidth(), std::min(m_paneWidth, length * 3 / 10));
        return QList<int>{length - pane, pane};
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_timeline);

    connect(m_play, &QToolButton::clicked, m_timeline, &TimelineWidget::toggleReplayPlaying);
    connect(m_stepBack, &QToolButton::clicked, m_timeline, &TimelineWidget::stepToPreviousEvent);
    connect(m_stepForward, &QToolButton::clicked, m_timeline, &TimelineWidget::stepToNextEvent);
    connect(m_stop, &QToolButton::clicked, m_timeline, &TimelineWidget::stopReplay);
    connect(m_speed, &QComboBox::activated, this, [this](int index) {
        m_timeline->setReplaySpeed(m_speed->itemData(index).toDouble());
    });
    connect(m_search, &QLineEdit::textChanged, m_timeline, &TimelineWidget::setSearchText);
    search->onReturn = [this](bool backwards) {
        if (backwards)
            m_timeline->previousSearchHit();
        else
            m_timeline->nextSearchHit();
    };
    connect(m_previousHit, &QToolButton::clicked, m_timeline, &TimelineWidget::previousSearchHit);
    connect(m_nextHit, &QToolButton::clicked, m_timeline, &TimelineWidget::nextSearchHit);
    connect(m_showAll, &QToolButton::clicked, m_timeline, &TimelineWidget::showAllLanes);

    connect(m_timeline, &TimelineWidget::replayStateChanged, this, &TimelinePanel::updateReplayControls);
    connect(m_timeline, &TimelineWidget::liveChanged, this, &TimelinePanel::updateReplayControls);
    connect(m_timeline, &TimelineWidget::liveChanged, this, &TimelinePanel::updateDetails);
    connect(m_timeline, &TimelineWidget::selectionChanged, this, &TimelinePanel::updateDetails);
    connect(m_timeline, &TimelineWidget::rangeChanged, this, &TimelinePanel::updateStatistics);
    connect(m_timeline, &TimelineWidget::searchChanged, this, &TimelinePanel::updateSearch);
    connect(m_timeline, &TimelineWidget::lanesChanged, this, &TimelinePanel::updateSearch);
    updateIcons();
    updateReplayControls();
    updateDetails();
    updateStatistics();
    updateSearch();
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        updateIcons();
    if (event->type() == QEvent::FontChange)
        updatePaneWidth();
    QWidget::changeEvent(event);
}

void TimelinePanel::updatePaneWidth()
{
    // Room for the longest lines of the details and statistics in any zoom (a presenter's larger
    // text gets a wider pane): a statistics line with two-digit averages, an await site's line.
    if (!m_pane)
        return;
    const QFontMetrics metrics(m_pane->font());
    const QString widest = tr("Tasks waiting (I/O or sleep): %1")
                               .arg(tr("%1 on average, %2 at peak")
                                        .arg(numberLocale().toString(10.0, 'f', 1), numberLocale().toString(100)));
    const int margins = m_pane->layout() ? m_pane->layout()->contentsMargins().left() + 8 : 8;
    m_paneWidth = std::max(metrics.horizontalAdvance(widest), metrics.averageCharWidth() * 40) + margins;
    // Narrower than that in a narrow window, where the lines wrap: a few words a line still.
    m_pane->setMinimumWidth(metrics.averageCharWidth() * 20 + margins);
    m_splitter->follow();
}

void TimelinePanel::updateIcons()
{
    m_shownPlaying = m_timeline->isReplayPlaying();
    m_play->setIcon(style()->standardIcon(m_shownPlaying ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_stepBack->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_stepForward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_previousHit->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_nextHit->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
}

void TimelinePanel::updateReplayControls()
{
    const bool can = m_timeline->canReplay();
    const bool playing = m_timeline->isReplayPlaying();
    m_play->setEnabled(can);
    m_play->setText(playing ? tr("Pause replay") : tr("Play replay"));
    m_play->setAccessibleName(m_play->text());
    m_play->setToolTip(playing ? tr("Pause the replay (P)") : tr("Replay the recording from the cursor (P)"));
    m_stepBack->setEnabled(can);
    m_stepForward->setEnabled(can);
    m_stop->setEnabled(m_timeline->isReplaying());
    const int index = m_speed->findData(m_timeline->replaySpeed());
    if (index >= 0)
        m_speed->setCurrentIndex(index);
    const auto format = TimelinePainter::formatDuration;
    m_time->setText(m_timeline->isReplaying()
            ? tr("%1 / %2").arg(format(m_timeline->replayTime()), format(m_timeline->lanes().latest()))
            : QString());
    // Called every frame of a replay: the icon changes only when playing starts or stops.
    if (playing != m_shownPlaying)
        updateIcons();
}

void TimelinePanel::updateDetails()
{
    m_spans->clear();
    const auto selected = m_timeline->selectedSpan();
    if (!selected) {
        m_details->setText(tr("Click a span for its details; Shift+drag over the timeline to select a time range."));
        return;
    }
    m_details->setText(m_timeline->selectedSpanDetails());
    int line = -1;
    m_spans->addItems(m_timeline->spanLines(selected->task, ListedSpans, &line));
    if (line >= 0) {
        m_spans->setCurrentRow(line);
        m_spans->scrollToItem(m_spans->currentItem(), QAbstractItemView::PositionAtCenter);
    }
}

void TimelinePanel::updateStatistics()
{
    if (!m_timeline->hasRange()) {
        m_statistics->clear();
        m_statistics->hide();
        return;
    }
    const RangeStatistics stats = m_timeline->rangeStatistics();
    const auto format = TimelinePainter::formatDuration;
    const auto tasks = [&stats](Activity activity) {
        return tr("%1 on average, %2 at peak")
            .arg(numberLocale().toString(stats.averageOf(activity), 'f', 1))
            .arg(stats.peakOf(activity));
    };
    QStringList lines{tr("Range %1 to %2 (%3)").arg(format(stats.from), format(stats.to), format(stats.duration())),
        tr("Tasks running: %1").arg(tasks(Activity::Running)),
        tr("Tasks waiting (I/O or sleep): %1").arg(tasks(Activity::Waiting)),
        tr("Tasks queued: %1").arg(tasks(Activity::Queued))};
    if (stats.peakOf(Activity::Blocked) > 0)
        lines << tr("Tasks blocked: %1").arg(tasks(Activity::Blocked));
    lines << tr("Event loop busy %1 %, blocked %2 %")
                 .arg(numberLocale().toString(stats.loopBusy * 100.0, 'f', 0))
                 .arg(numberLocale().toString(stats.loopBlocked * 100.0, 'f', 0));
    lines << (stats.longestStall > 0
            ? tr("Longest stall: %1 (from %2)").arg(format(stats.longestStall), format(stats.longestStallStart))
            : tr("No stall"));
    lines << tr("Throughput: %1 span ends per second (%2 in the range)")
                 .arg(numberLocale().toString(stats.throughput, 'f', stats.throughput < 10 ? 1 : 0))
                 .arg(stats.spanEnds);
    m_statistics->setText(lines.join(u'\n'));
    m_statistics->show();
}

void TimelinePanel::updateSearch()
{
    const bool searching = !m_timeline->searchText().isEmpty();
    const int count = searching ? m_timeline->searchHitCount() : 0;
    m_previousHit->setEnabled(count > 0);
    m_nextHit->setEnabled(count > 0);
    if (!searching)
        m_hits->clear();
    else if (count == 0)
        m_hits->setText(tr("no hits"));
    else if (m_timeline->currentSearchHit() >= 0)
        m_hits->setText(tr("%1 of %n hits", nullptr, count).arg(m_timeline->currentSearchHit() + 1));
    else
        m_hits->setText(tr("%n hits", nullptr, count));
    const int hidden = m_timeline->lanes().hiddenCount();
    m_showAll->setVisible(hidden > 0);
    m_showAll->setText(tr("Show all lanes (%n hidden)", nullptr, hidden));
}

} // namespace Lab
