// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/platespage.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"
#include "widgets/platesview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Lab {

PlatesPage::PlatesPage(const PageContext &context, QWidget *parent)
    : DemoPage(context, QStringLiteral("plates"), parent)
    , m_show(new PlateSpinning(context.recorder, this))
    , m_view(new PlatesView(m_show, this))
    , m_counters(new QLabel(this))
    , m_plates(new QSpinBox(this))
    , m_hands(new QSpinBox(this))
    , m_visit(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_duration(new QDoubleSpinBox(this))
    , m_mode(new QComboBox(this))
{
    m_show->setTimeScale(context.timeScale);
    const PlateParams defaults;

    m_plates->setRange(1, 60);
    m_plates->setValue(defaults.plates);
    addKnob(tr("&Plates:"), m_plates);
    m_hands->setRange(1, defaults.plates);
    m_hands->setValue(defaults.hands);
    addKnob(tr("&Hands:"), m_hands);
    connect(m_plates, &QSpinBox::valueChanged, m_hands, [this](int plates) {
        m_hands->setMaximum(plates); // 1 to N hands
    });
    // Before a run the view shows the plates the knobs and seed would start with.
    const auto preview = [this] {
        if (!m_show->isRunning()) {
            m_keptWorld.reset();
            m_view->showWorld(std::nullopt);
            m_show->setParams(paramsFromKnobs());
            m_show->reset();
            updateCounters();
            m_view->update();
        }
    };
    m_visit->setRange(0.1, 5.0);
    m_visit->setSingleStep(0.1);
    m_visit->setDecimals(1);
    m_visit->setSuffix(tr(" s"));
    m_visit->setValue(defaults.visitSeconds);
    addKnob(tr("&Visit:"), m_visit);
    m_seed->setRange(0, 999999);
    m_seed->setValue(int(defaults.seed));
    m_seed->setToolTip(tr("The same seed gives the same plates: the same show twice."));
    addKnob(tr("S&eed:"), m_seed);
    connect(m_plates, &QSpinBox::valueChanged, this, preview);
    connect(m_hands, &QSpinBox::valueChanged, this, preview);
    connect(m_seed, &QSpinBox::valueChanged, this, preview);
    m_duration->setRange(0, 3600);
    m_duration->setDecimals(0);
    m_duration->setSuffix(tr(" s"));
    m_duration->setSpecialValueText(tr("until stopped"));
    m_duration->setValue(60);
    addKnob(tr("Run &for:"), m_duration);
    m_mode->addItem(tr("coroutines on the event loop"), int(PlateSpinning::Mode::Coroutines));
    m_mode->addItem(tr("worker threads"), int(PlateSpinning::Mode::Threads));
    addKnob(tr("Hands &as:"), m_mode);

    QCheckBox *block = addBlockingSwitch();
    block->setToolTip(tr("A hand holds its plate with QThread::usleep on the GUI thread, %1 s at a time.")
                          .arg(numberLocale().toString(m_show->blockSeconds())));
    connect(block, &QCheckBox::toggled, m_show, &PlateSpinning::setBlocking);

    connect(m_show, &PlateSpinning::ticked, this, &PlatesPage::recordFrame);
    // A blocking hand freezes the loop right after this: the step before the freeze is the one to see.
    connect(m_show, &PlateSpinning::handBlocked, this, &PlatesPage::recordFrame);
    m_counterTimer.setInterval(250);
    connect(&m_counterTimer, &QTimer::timeout, this, &PlatesPage::updateCounters);
    m_endTimer.setSingleShot(true);
    connect(&m_endTimer, &QTimer::timeout, this, [this] {
        finishShow(false);
    });

    auto *visual = new QWidget(this);
    auto *layout = new QVBoxLayout(visual);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont big = m_counters->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_counters->setFont(big);
    m_counters->setWordWrap(true);
    layout->addWidget(m_counters);
    layout->addWidget(m_view, 1);
    updateCounters();
    setVisual(visual);
    showCode(SourceSnippet::load(QStringLiteral("models/plates/platespinning.cpp"), QStringLiteral("hand")));
}

QString PlatesPage::title() const
{
    return tr("Plate spinning");
}

QString PlatesPage::lesson() const
{
    return tr("18 plates do not need 18 hands: two hands that go where they are needed keep them all up. "
              "Block the event loop and one hand is stuck — the others cannot move, and plates fall.");
}

bool PlatesPage::isRunning() const
{
    return m_show->isRunning();
}

PlateParams PlatesPage::paramsFromKnobs() const
{
    PlateParams params;
    params.plates = m_plates->value();
    params.hands = std::min(m_hands->value(), params.plates);
    params.visitSeconds = m_visit->value();
    params.seed = quint64(m_seed->value());
    return params;
}

void PlatesPage::startRun()
{
    m_keptWorld.reset();
    forgetReplay();
    m_view->showWorld(std::nullopt);
    m_history.clear();
    m_runParams = paramsFromKnobs();
    m_show->setParams(m_runParams);
    m_show->setMode(PlateSpinning::Mode(m_mode->currentData().toInt()));
    m_show->setBlocking(blockingSwitch()->isChecked());
    m_show->start();
    recordFrame(); // the plates as they start
    m_counterTimer.start();
    if (m_duration->value() > 0)
        m_endTimer.start(int(m_duration->value() * m_context.timeScale * 1000));
    updateCounters();
}

void PlatesPage::finishShow(bool stopped)
{
    if (!m_show->isRunning())
        return;
    m_endTimer.stop();
    m_counterTimer.stop();
    m_show->stop();
    updateCounters();
    const PlateSpinning::Snapshot snapshot = m_show->snapshot();
    finishRun([snapshot, coroutines = m_mode->currentIndex() == 0, stopped, seconds = m_duration->value(),
                  stall = longestStallSeconds()] {
        const QLocale locale = numberLocale();
        const QString how = stopped ? tr("stopped") : tr("after %1 s").arg(locale.toString(seconds, 'f', 0));
        //: %1 "18 plates", %2 "2 hands", %3 "as coroutines" or "as threads", %4 "after 60 s" or "stopped", %5 the
        //: counters.
        return tr("%1, %2, %3 %4: %5; longest event-loop stall %6 s")
            .arg(tr("%n plates", nullptr, int(snapshot.plates.size())),
                tr("%n hands", nullptr, int(snapshot.hands.size())),
                coroutines ? tr("as coroutines") : tr("as threads"), how, PlateSpinning::summary(snapshot),
                locale.toString(stall, 'f', 2));
    });
}

void PlatesPage::stop()
{
    finishShow(true);
}

void PlatesPage::reset()
{
    stop();
    forgetReplay();
    m_history.clear();
    m_keptWorld.reset();
    m_view->showWorld(std::nullopt);
    m_show->setParams(paramsFromKnobs());
    m_show->reset();
    setResult({});
    updateCounters();
    m_view->update();
}

QString PlatesPage::countersText() const
{
    return m_counters->text();
}

void PlatesPage::updateCounters()
{
    if (!isReplaying()) // a replay shows the counters of its own moment
        showCounters(m_keptWorld ? *m_keptWorld : m_show->snapshot());
}

void PlatesPage::takeResultsFrom(DemoPage &previous)
{
    if (auto *before = qobject_cast<PlatesPage *>(&previous); before && !before->m_history.isEmpty()) {
        m_history = before->m_history;
        m_runParams = before->m_runParams;
        m_keptWorld = before->m_keptWorld ? before->m_keptWorld : before->m_show->snapshot();
        showLiveState();
    }
    DemoPage::takeResultsFrom(previous);
}

void PlatesPage::showCounters(const PlateSpinning::Snapshot &snapshot)
{
    const QLocale locale = numberLocale();
    const double seconds = std::max(snapshot.time, 1e-9);
    QStringList busy;
    for (int hand = 0; hand < int(snapshot.hands.size()); ++hand)
        busy.append(tr("hand %1 busy %2 %")
                        .arg(locale.toString(hand + 1),
                            locale.toString(
                                snapshot.time > 0 ? qRound(100.0 * snapshot.hands[hand].busySeconds / seconds) : 0)));
    m_counters->setText(tr("Plates up: <b>%1</b> · fallen: <b>%2</b> · %3 visits/s · %4")
                            .arg(locale.toString(snapshot.up), locale.toString(snapshot.fallen),
                                locale.toString(snapshot.time > 0 ? snapshot.visits / seconds : 0.0, 'f', 1),
                                busy.join(QStringLiteral(", "))));
}

void PlatesPage::recordFrame()
{
    if (!m_show->isRunning() && m_history.isEmpty())
        return; // a preview before any run is not part of a recording
    const PlateSpinning::Snapshot world = m_show->snapshot();
    PlateFrame frame;
    frame.time = world.time;
    frame.visits = world.visits;
    frame.plates.reserve(world.plates.size());
    for (const Plate &plate : world.plates)
        frame.plates.push_back({float(plate.angle), float(plate.speed), plate.fallen});
    frame.hands.reserve(world.hands.size());
    for (const Hand &hand : world.hands)
        frame.hands.push_back({qint16(hand.plate), hand.stuck, float(hand.busySeconds)});
    m_history.append(nowNs(), std::move(frame));
}

PlateSpinning::Snapshot PlatesPage::worldOf(const PlateFrame &frame) const
{
    PlateSpinning::Snapshot world;
    world.params = m_runParams;
    world.time = frame.time;
    world.visits = frame.visits;
    for (const PlateMark &mark : frame.plates) {
        Plate plate;
        plate.angle = mark.angle;
        plate.speed = mark.speed;
        plate.fallen = mark.fallen;
        world.plates.push_back(plate);
        ++(mark.fallen ? world.fallen : world.up);
    }
    for (int index = 0; index < int(frame.hands.size()); ++index) {
        const HandMark &mark = frame.hands[std::size_t(index)];
        Hand hand;
        hand.plate = mark.plate;
        hand.stuck = mark.stuck;
        hand.busySeconds = mark.busySeconds;
        world.hands.push_back(hand);
        if (mark.plate >= 0 && mark.plate < int(world.plates.size()))
            world.plates[std::size_t(mark.plate)].heldBy = index;
    }
    return world;
}

bool PlatesPage::showReplayedState(qint64 time)
{
    if (m_history.isEmpty())
        return false;
    const PlateFrame *frame = m_history.valueAt(time);
    const PlateSpinning::Snapshot world = worldOf(frame ? *frame : m_history.at(0).value);
    showCounters(world);
    m_view->showWorld(world);
    return true;
}

void PlatesPage::showLiveState()
{
    m_view->showWorld(m_keptWorld);
    updateCounters();
}

} // namespace Lab
