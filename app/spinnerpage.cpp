// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/spinnerpage.h"

#include "models/core/clock.h"
#include "models/core/numberlocale.h"
#include "models/spinner/spinnerdemo.h"
#include "widgets/spinnerwidget.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QKeySequence>
#include <QLocale>

namespace Lab {

SpinnerPage::SpinnerPage(const PageContext &context, QWidget *parent)
    : DemoPage(context, QStringLiteral("spinner"), parent)
    , m_demo(new SpinnerDemo(context.recorder, this))
    , m_spinner(new SpinnerWidget(this))
    , m_mode(new QComboBox(this))
    , m_seconds(new QDoubleSpinBox(this))
{
    const std::pair<SpinnerMode, QString> modes[] = {
        {SpinnerMode::Blocking, tr("Blocking sleep on the GUI thread")},
        {SpinnerMode::Thread, tr("Sleep in a worker thread")},
        {SpinnerMode::Coroutine, tr("Coroutine awaiting a timer")},
        {SpinnerMode::CpuBlocking, tr("Prime check on the GUI thread (CPU)")},
        {SpinnerMode::CpuPool, tr("Prime check in a thread pool, co_await QFuture")},
    };
    for (const auto &[mode, label] : modes)
        m_mode->addItem(label, int(mode));
    m_mode->setCurrentIndex(m_mode->findData(int(SpinnerMode::Coroutine)));
    addKnob(tr("&Mode:"), m_mode);

    m_seconds->setRange(0.5, 30.0);
    m_seconds->setSingleStep(0.5);
    m_seconds->setValue(3.0);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setToolTip(tr("How long the slow function takes. The CPU modes pick a prime whose check takes "
                             "about this long on this machine."));
    addKnob(tr("S&low function:"), m_seconds);

    m_live = {};
    showSpinnerState(m_live);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SpinnerPage::showModeCode);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &DemoPage::blockingChanged);
    connect(m_demo, &SpinnerDemo::frame, this, [this](int index) {
        setSpinnerState({index, m_live.message, m_live.answer});
    });
    connect(m_demo, &SpinnerDemo::finished, this, [this](int answer, qint64 elapsedNs) {
        setSpinnerState({m_live.frame, Message::Answer, answer});
        finishRun([answer, elapsedNs, frames = m_demo->frames(), stall = longestStallSeconds()] {
            const QLocale locale = numberLocale();
            return tr("Answer: %1 after %2 s, %n spinner frames drawn, longest event-loop stall %3 s", nullptr, frames)
                .arg(locale.toString(answer), locale.toString(double(elapsedNs) / 1e9, 'f', 2),
                    locale.toString(stall, 'f', 2));
        });
    });
    setVisual(m_spinner);
    showModeCode();
}

QString SpinnerPage::title() const
{
    return tr("Spinner");
}

QString SpinnerPage::lesson() const
{
    return tr("A spinner turns while a slow function runs — unless the slow function blocks the event loop: then "
              "the spinner and the whole window freeze.");
}

bool SpinnerPage::isRunning() const
{
    return m_demo->isRunning();
}

bool SpinnerPage::isBlocking() const
{
    return spinnerModeBlocks(SpinnerMode(m_mode->currentData().toInt()));
}

bool SpinnerPage::setBlocking(bool on)
{
    const auto mode = SpinnerMode(m_mode->currentData().toInt());
    const bool cpu = mode == SpinnerMode::CpuBlocking || mode == SpinnerMode::CpuPool;
    const SpinnerMode twin = on ? (cpu ? SpinnerMode::CpuBlocking : SpinnerMode::Blocking)
                                : (cpu ? SpinnerMode::CpuPool : SpinnerMode::Coroutine);
    m_mode->setCurrentIndex(m_mode->findData(int(twin)));
    return true;
}

QList<std::pair<QString, QString>> SpinnerPage::pageKeys() const
{
    return {{QKeySequence(Qt::Key_B).toString(QKeySequence::NativeText),
        tr("Switches the mode to its blocking twin and back: a blocking sleep or a coroutine, the prime check on "
           "the GUI thread or in the thread pool")}};
}

void SpinnerPage::showModeCode()
{
    const auto mode = SpinnerMode(m_mode->currentData().toInt());
    showCode(SourceSnippet::load(QStringLiteral("models/spinner/spinnerdemo.cpp"), spinnerModeName(mode)));
}

void SpinnerPage::startRun()
{
    m_demo->setMode(SpinnerMode(m_mode->currentData().toInt()));
    m_demo->setSeconds(m_seconds->value() * m_context.timeScale);
    forgetReplay();
    m_history.clear();
    setSpinnerState({m_live.frame, Message::Thinking});
    m_demo->start();
}

void SpinnerPage::stop()
{
    if (!m_demo->isRunning())
        return;
    m_demo->stop();
    setSpinnerState({m_live.frame, Message::Stopped});
    finishRun([] {
        return tr("Stopped: the answer was not awaited.");
    });
}

void SpinnerPage::reset()
{
    stop();
    forgetReplay();
    m_history.clear();
    m_live = {};
    showSpinnerState(m_live);
    setResult({});
}

void SpinnerPage::setSpinnerState(const SpinnerState &state)
{
    m_live = state;
    m_history.append(nowNs(), state);
    if (!isReplaying())
        showSpinnerState(state);
}

void SpinnerPage::showSpinnerState(const SpinnerState &state)
{
    m_spinner->setFrame(state.frame);
    m_spinner->setMessage(messageText(state));
}

QString SpinnerPage::messageText(const SpinnerState &state)
{
    switch (state.message) {
    case Message::Thinking:
        return tr("thinking!");
    case Message::Answer:
        return tr("Answer: %1").arg(numberLocale().toString(state.answer));
    case Message::Stopped:
        return tr("stopped");
    }
    return {};
}

void SpinnerPage::takeResultsFrom(DemoPage &previous)
{
    if (auto *before = qobject_cast<SpinnerPage *>(&previous)) {
        m_history = before->m_history;
        m_live = before->m_live;
        showSpinnerState(m_live);
    }
    DemoPage::takeResultsFrom(previous);
}

bool SpinnerPage::showReplayedState(qint64 time)
{
    if (const SpinnerState *state = m_history.valueAt(time))
        showSpinnerState(*state);
    else if (!m_history.isEmpty())
        showSpinnerState(m_history.at(0).value); // before the run: as it started
    return true;
}

void SpinnerPage::showLiveState()
{
    showSpinnerState(m_live);
}

} // namespace Lab
