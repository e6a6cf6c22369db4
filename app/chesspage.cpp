// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/chesspage.h"

#include "models/chess/chessexhibition.h"
#include "models/chess/chessgames.h"
#include "models/chess/simulatedclock.h"
#include "models/core/clock.h"
#include "models/core/numberlocale.h"
#include "widgets/chessboardview.h"
#include "widgets/chesstotalschart.h"
#include "widgets/flowlayout.h"
#include "widgets/reflowbox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Lab {

ChessPage::ChessPage(const PageContext &context, QWidget *parent)
    : DemoPage(context, QStringLiteral("chess"), parent)
    , m_exhibition(new ChessExhibition(context.recorder, this))
    , m_clock(m_exhibition->clock())
    , m_opponents(new QSpinBox(this))
    , m_masterMove(new QDoubleSpinBox(this))
    , m_opponentMove(new QDoubleSpinBox(this))
    , m_movePairs(new QSpinBox(this))
    , m_mode(new QComboBox(this))
    , m_speed(new QComboBox(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
{
    const ExhibitionParams defaults;
    m_opponents->setRange(1, ExhibitionParams::MaxOpponents);
    m_opponents->setValue(defaults.opponents);
    m_masterMove->setRange(0.1, 3600);
    m_masterMove->setDecimals(1);
    m_masterMove->setSuffix(tr(" s"));
    m_masterMove->setValue(defaults.masterMoveSeconds);
    m_opponentMove->setRange(0, 3600);
    m_opponentMove->setDecimals(1);
    m_opponentMove->setSuffix(tr(" s"));
    m_opponentMove->setValue(defaults.opponentMoveSeconds);
    m_movePairs->setRange(1, ExhibitionParams::MaxMovePairs);
    m_movePairs->setValue(defaults.movePairs);
    m_mode->addItem(tr("simultaneous"), int(ExhibitionSchedule::Simultaneous));
    m_mode->addItem(tr("sequential"), int(ExhibitionSchedule::Sequential));
    m_mode->addItem(tr("both, one after the other"), -1);
    // Real seconds per simulated second.
    m_speed->addItem(tr("real time"), 1.0);
    m_speed->addItem(tr("1 min per second"), 1.0 / 60);
    m_speed->addItem(tr("10 min per second"), 1.0 / 600);
    m_speed->addItem(tr("1 h per second"), 1.0 / 3600);
    m_speed->addItem(tr("as fast as possible"), 0.0);
    m_speed->setCurrentIndex(1);

    addKnob(tr("&Opponents:"), m_opponents);
    addKnob(tr("&Her move:"), m_masterMove);
    addKnob(tr("The&ir move:"), m_opponentMove);
    addKnob(tr("Move p&airs:"), m_movePairs);
    addKnob(tr("Sche&dule:"), m_mode);
    addKnob(tr("Sp&eed:"), m_speed);

    const auto paramsChanged = [this] {
        m_results.clear(); // they were for other parameters
        updateTotals();
        rebuildBoards();
    };
    connect(m_opponents, &QSpinBox::valueChanged, this, paramsChanged);
    connect(m_movePairs, &QSpinBox::valueChanged, this, paramsChanged);
    connect(m_masterMove, &QDoubleSpinBox::valueChanged, this, paramsChanged);
    connect(m_opponentMove, &QDoubleSpinBox::valueChanged, this, paramsChanged);
    connect(m_speed, &QComboBox::currentIndexChanged, this, &ChessPage::applySpeed);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_clock->isPaused())
            m_clock->resume();
        else
            m_clock->pause();
    });
    connect(m_clock, &SimulatedClock::pausedChanged, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Res&ume") : tr("&Pause"));
        refresh();
    });
    connect(m_exhibition, &ChessExhibition::finished, this, &ChessPage::onFinished);
    m_refresh.setInterval(50);
    connect(&m_refresh, &QTimer::timeout, this, &ChessPage::refresh);

    setVisual(createVisual());
    showCode(SourceSnippet::load(QStringLiteral("models/chess/chessexhibition.cpp"), QStringLiteral("master")));
    applySpeed();
    rebuildBoards();
    updateTotals();
    refresh();
}

QWidget *ChessPage::createVisual()
{
    auto *visual = new QWidget(this);
    auto *layout = new QVBoxLayout(visual);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_clockLabel = new QLabel(visual);
    QFont clockFont = m_clockLabel->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 2);
    clockFont.setBold(true);
    m_clockLabel->setFont(clockFont);
    m_clockLabel->setToolTip(tr("The simulated clock (h:mm:ss)"));
    m_clockLabel->setMinimumWidth(QFontMetrics(clockFont).horizontalAdvance(QStringLiteral("000:00:00")));
    m_pause->setEnabled(false);
    m_status = new QLabel(visual);
    m_status->setWordWrap(true);
    top->addWidget(m_clockLabel);
    top->addWidget(m_pause);
    top->addWidget(m_status, 1);
    layout->addLayout(top);

    m_lockNote = new QLabel(tr("The parameters are locked during a run: Stop it to change them."), visual);
    m_lockNote->setVisible(false);
    layout->addWidget(m_lockNote);

    m_scroll = new QScrollArea(visual);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("Boards"));
    // The boards wrap to the width and scroll down: no board is cut at the side.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_boardGrid = new QWidget(m_scroll);
    m_boardLayout = new FlowLayout(m_boardGrid);
    m_scroll->setWidget(m_boardGrid);

    auto *summary = new QWidget(visual);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    m_chart = new ChessTotalsChart(summary);
    summaryLayout->addWidget(m_chart);
    m_totals = new QLabel(summary);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A wrapped label in a scrolling page does not always get its height for its width: keep room for the lines.
    m_totals->setMinimumHeight(m_totals->fontMetrics().lineSpacing() * 6);
    m_totals->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    summaryLayout->addWidget(m_totals);
    summaryLayout->addStretch(1);
    // On a wide screen (presenter mode) the totals go beside the boards, which keep the height.
    layout->addWidget(new ReflowBox(m_scroll, summary, 50, visual), 1);
    return visual;
}

QString ChessPage::title() const
{
    return tr("Chess exhibition");
}

QString ChessPage::lesson() const
{
    return tr(
        "One master, many opponents: while they think she moves on. Played one game after the other the "
        "exhibition takes 12 hours; walking from board to board, about one hour — the master is the event loop, the "
        "opponents' thinking is the I/O it does not wait for.");
}

bool ChessPage::isRunning() const
{
    return m_running;
}

ExhibitionParams ChessPage::currentParams() const
{
    ExhibitionParams params;
    params.opponents = m_opponents->value();
    params.masterMoveSeconds = m_masterMove->value();
    params.opponentMoveSeconds = m_opponentMove->value();
    params.movePairs = m_movePairs->value();
    return params;
}

void ChessPage::applySpeed()
{
    m_clock->setTimeScale(m_speed->currentData().toDouble() * m_context.timeScale);
}

void ChessPage::startRun()
{
    const ExhibitionParams params = currentParams();
    if (const QString problem = params.validate(); !problem.isEmpty()) {
        finishRun(tr("Cannot start: %1.").arg(problem));
        return;
    }
    m_results.clear();
    m_pending.clear();
    forgetReplay();
    m_recording = true;
    m_history.clear();
    const int mode = m_mode->currentData().toInt();
    if (mode < 0)
        m_pending = {ExhibitionSchedule::Simultaneous, ExhibitionSchedule::Sequential};
    else
        m_pending = {ExhibitionSchedule(mode)};
    m_running = true;
    setKnobsLocked(true);
    m_exhibition->setParams(params);
    m_clock->resume();
    applySpeed();
    rebuildBoards();
    updateTotals();
    m_refresh.start();
    startNext();
}

void ChessPage::startNext()
{
    if (!m_running || m_pending.empty())
        return;
    m_exhibition->setSchedule(m_pending.front());
    m_pending.erase(m_pending.begin());
    m_exhibition->start();
    refresh();
}

void ChessPage::onFinished(qint64 endMs)
{
    m_results[m_exhibition->schedule()] = {endMs, m_exhibition->masterWaitingMs()};
    updateTotals();
    refresh();
    if (!m_pending.empty()) {
        // From the loop: we are inside the last opponent's coroutine here.
        QMetaObject::invokeMethod(this, &ChessPage::startNext, Qt::QueuedConnection);
        return;
    }
    m_running = false;
    m_refresh.stop();
    setKnobsLocked(false);
    std::vector<std::pair<ExhibitionSchedule, qint64>> ends;
    for (const auto &[schedule, result] : m_results)
        ends.emplace_back(schedule, result.endMs);
    finishRun([ends, stall = longestStallSeconds()] {
        return summarize(ends, stall);
    });
}

void ChessPage::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_pending.clear();
    const qint64 at = m_clock->now();
    m_exhibition->stop();
    m_refresh.stop();
    setKnobsLocked(false);
    refresh();
    finishRun([at, schedule = m_exhibition->schedule()] {
        return tr("Stopped at %1 of the %2 exhibition.")
            .arg(SimulatedClock::format(at / 1000 * 1000), scheduleName(schedule));
    });
}

void ChessPage::reset()
{
    stop();
    m_recording = false;
    forgetReplay();
    m_history.clear();
    m_results.clear();
    m_clock->restart();
    rebuildBoards();
    updateTotals();
    refresh();
    setResult({});
}

void ChessPage::setKnobsLocked(bool locked)
{
    for (QWidget *knob :
        std::initializer_list<QWidget *>{m_opponents, m_masterMove, m_opponentMove, m_movePairs, m_mode})
        knob->setEnabled(!locked);
    m_lockNote->setVisible(locked);
    m_pause->setEnabled(locked);
    if (!locked)
        m_pause->setText(tr("&Pause"));
}

void ChessPage::rebuildBoards()
{
    const int shown = std::min(m_opponents->value(), MaxBoardsShown);
    while (int(m_boardViews.size()) > shown) {
        delete m_boardViews.back();
        m_boardViews.pop_back();
    }
    while (int(m_boardViews.size()) < shown) {
        auto *view = new ChessBoardView(m_boardGrid);
        const int index = int(m_boardViews.size());
        m_boardLayout->addWidget(view);
        m_boardViews.push_back(view);
    }
    for (std::size_t i = 0; i < m_boardViews.size(); ++i) {
        const auto &game = bundledChessGames()[i % bundledChessGames().size()];
        m_boardViews[i]->setToolTip(tr("Board %1 replays %2 – %3, %4")
                                        .arg(numberLocale().toString(int(i) + 1), game.white, game.black, game.event));
        m_boardViews[i]->setPosition(ChessPosition());
        m_boardViews[i]->setHighlighted(false);
        m_boardViews[i]->setCaption(tr("Board %1").arg(numberLocale().toString(int(i) + 1)));
    }
    keepRoomForABoard();
}

void ChessPage::keepRoomForABoard()
{
    if (!m_boardViews.empty())
        m_scroll->setMinimumHeight(m_boardViews.front()->sizeHint().height() + 2 * m_scroll->frameWidth() + 12);
}

void ChessPage::changeEvent(QEvent *event)
{
    DemoPage::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        keepRoomForABoard();
}

void ChessPage::refresh()
{
    m_live = captureFrame();
    if (m_recording)
        m_history.append(nowNs(), m_live);
    if (!isReplaying())
        showFrame(m_live);
}

ChessPage::ChessFrame ChessPage::captureFrame() const
{
    ChessFrame frame;
    frame.clockMs = m_clock->now();
    const auto &boards = m_exhibition->boards();
    const int master = m_exhibition->masterBoard();
    frame.master = master;
    frame.masterWaiting = m_exhibition->masterWaiting();
    if (boards.size() == std::size_t(m_opponents->value())) {
        for (std::size_t i = 0; i < m_boardViews.size() && i < boards.size(); ++i) {
            const ExhibitionBoard &board = boards[i];
            frame.boards.push_back({board.position, board.halfMoves, quint8(board.turn), board.opponentThinking});
        }
    }
    frame.running = m_exhibition->isRunning();
    frame.schedule = m_exhibition->schedule();
    frame.hasBoards = !boards.empty();
    frame.masterMoves = m_exhibition->masterMoves();
    frame.opponentMoves = m_exhibition->opponentMoves();
    frame.waitingMs = m_exhibition->masterWaitingMs();
    frame.opponents = m_opponents->value();
    frame.paused = m_clock->isPaused();
    return frame;
}

QString ChessPage::statusLine(const ChessFrame &frame)
{
    const QLocale locale = numberLocale();
    QStringList status;
    if (frame.running) {
        status.append(scheduleName(frame.schedule));
        if (frame.master >= 0)
            status.append(frame.masterWaiting ? tr("she waits at board %1").arg(locale.toString(frame.master + 1))
                                              : tr("she moves at board %1").arg(locale.toString(frame.master + 1)));
        else
            status.append(tr("her last move is played; the last replies are coming"));
    }
    if (frame.hasBoards) {
        status.append(tr("her moves: %1, theirs: %2")
                          .arg(locale.toString(frame.masterMoves), locale.toString(frame.opponentMoves)));
        status.append(tr("she has waited %1").arg(SimulatedClock::format(frame.waitingMs / 1000 * 1000)));
    }
    if (frame.opponents > MaxBoardsShown)
        status.append(
            tr("boards 1–%1 of %2 are drawn").arg(locale.toString(MaxBoardsShown), locale.toString(frame.opponents)));
    if (frame.paused)
        status.append(tr("paused"));
    return status.join(QStringLiteral(" · "));
}

void ChessPage::showFrame(const ChessFrame &frame)
{
    m_clockLabel->setText(SimulatedClock::format(frame.clockMs / 1000 * 1000));
    const int master = frame.master;
    for (std::size_t i = 0; i < m_boardViews.size() && i < frame.boards.size(); ++i) {
        const BoardMark &board = frame.boards[i];
        QString state;
        switch (ExhibitionBoard::Turn(board.turn)) {
        case ExhibitionBoard::Turn::Master:
            state = int(i) == master ? tr("she moves") : tr("her turn");
            break;
        case ExhibitionBoard::Turn::Opponent:
            state = board.thinking ? tr("thinking") : tr("his turn");
            break;
        case ExhibitionBoard::Turn::Over:
            state = tr("over");
            break;
        }
        m_boardViews[i]->setPosition(board.position);
        m_boardViews[i]->setCaption(
            tr("%1 · move %2 · %3")
                .arg(numberLocale().toString(int(i) + 1), numberLocale().toString((board.halfMoves + 1) / 2), state));
        m_boardViews[i]->setHighlighted(int(i) == master, frame.masterWaiting);
    }
    if (!frame.boards.empty() && master >= 0 && master < int(m_boardViews.size()))
        m_scroll->ensureWidgetVisible(m_boardViews[std::size_t(master)]);
    m_status->setText(statusLine(frame));
}

bool ChessPage::showReplayedState(qint64 time)
{
    if (m_history.isEmpty())
        return false;
    // A playing replay asks about 60 times a second, a frame lasts 50 ms: redraw the boards only for a new one.
    const std::pair shown{std::max<std::size_t>(m_history.countAt(time), 1), m_history.stride()};
    if (isReplaying() && shown == m_shownFrame)
        return true;
    m_shownFrame = shown;
    showFrame(m_history.at(shown.first - 1).value);
    return true;
}

void ChessPage::showLiveState()
{
    showFrame(m_live);
}

void ChessPage::takeResultsFrom(DemoPage &previous)
{
    if (auto *before = qobject_cast<ChessPage *>(&previous)) {
        // The knobs came first (and rebuilt the boards): the results are for those knobs.
        m_results = before->m_results;
        m_history = before->m_history;
        m_live = before->m_live;
        m_recording = !m_history.isEmpty();
        updateTotals();
        showLiveState();
    }
    DemoPage::takeResultsFrom(previous);
}

void ChessPage::updateTotals()
{
    const ExhibitionParams params = currentParams();
    std::vector<ChessTotalsChart::Bar> bars;
    QStringList lines;
    for (const ExhibitionSchedule schedule : {ExhibitionSchedule::Sequential, ExhibitionSchedule::Simultaneous}) {
        const auto found = m_results.find(schedule);
        const qint64 talk = ExhibitionFormula::talkMs(schedule, params);
        const QString name = scheduleName(schedule);
        if (found != m_results.end()) {
            bars.push_back(
                {tr("%1, simulated").arg(name), found->second.endMs, SimulatedClock::format(found->second.endMs)});
            //: %n games (one per opponent) of %2 move pairs each.
            QString line = tr("<b>%1</b>: %n games of %2 move pairs finished at %3 (talk's formula: %4); she "
                              "waited %5.",
                nullptr, params.opponents)
                               .arg(name, numberLocale().toString(params.movePairs))
                               .arg(SimulatedClock::format(found->second.endMs),
                                   ExhibitionFormula::talkFormulaText(schedule, params),
                                   SimulatedClock::format(found->second.waitingMs));
            if (const QString why = ExhibitionFormula::explainDifference(schedule, params); !why.isEmpty())
                line += QLatin1Char(' ') + why.toHtmlEscaped();
            lines.append(line);
        } else {
            bars.push_back({tr("%1, simulated").arg(name), -1, tr("not run yet")});
        }
        bars.push_back({tr("%1, talk's formula").arg(name), talk, SimulatedClock::format(talk), true});
    }
    m_chart->setBars(std::move(bars));
    if (lines.isEmpty())
        lines.append(tr("Run an exhibition to see its totals beside the talk's formulas."));
    m_totals->setText(lines.join(QStringLiteral("<br>")));
}

QString ChessPage::totalsText() const
{
    return m_totals->text();
}

QString ChessPage::clockText() const
{
    return m_clockLabel->text();
}

QString ChessPage::statusText() const
{
    return m_status->text();
}

QString ChessPage::summarize(const std::vector<std::pair<ExhibitionSchedule, qint64>> &ends, double stallSeconds)
{
    // Whole sentences, one per case, so that every language can order them its own way.
    const QString stall = numberLocale().toString(stallSeconds, 'f', 3);
    qint64 sequential = -1;
    qint64 simultaneous = -1;
    for (const auto &[schedule, endMs] : ends)
        (schedule == ExhibitionSchedule::Sequential ? sequential : simultaneous) = endMs;
    if (sequential >= 0 && simultaneous >= 0)
        return tr("Played one after the other, the games ended at %1; played simultaneously, at %2. Longest "
                  "event-loop stall %3 s.")
            .arg(SimulatedClock::format(sequential), SimulatedClock::format(simultaneous), stall);
    if (sequential >= 0)
        return tr("Played one after the other, the games ended at %1. Longest event-loop stall %2 s.")
            .arg(SimulatedClock::format(sequential), stall);
    if (simultaneous >= 0)
        return tr("Played simultaneously, the games ended at %1. Longest event-loop stall %2 s.")
            .arg(SimulatedClock::format(simultaneous), stall);
    return tr("Longest event-loop stall %1 s.").arg(stall);
}

} // namespace Lab
