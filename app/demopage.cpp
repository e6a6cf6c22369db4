// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/demopage.h"

#include "app/presenterfonts.h"
#include "app/settingsknobs.h"
#include "models/core/clock.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/codeview.h"
#include "widgets/flowlayout.h"
#include "widgets/followingsplitter.h"
#include "widgets/verticalscrollarea.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace Lab {

DemoPage::DemoPage(const PageContext &context, const QString &id, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_id(id)
    , m_lessonLabel(new QLabel(this))
    , m_knobs(new FlowLayout)
    , m_runButton(new QPushButton(tr("&Run"), this))
    , m_stopButton(new QPushButton(tr("&Stop"), this))
    , m_resetButton(new QPushButton(tr("Rese&t"), this))
    , m_splitter(new FollowingSplitter(Qt::Horizontal, this))
    , m_codeView(new CodeView(this))
    , m_resultLabel(new QLabel(this))
{
    // Relative sizes, so that the window's zoom scales them too.
    setRelativeFontSize(m_lessonLabel, 1.4);
    m_lessonLabel->setWordWrap(true);
    m_lessonLabel->setTextFormat(Qt::PlainText);

    QFont resultFont = m_resultLabel->font();
    resultFont.setBold(true);
    m_resultLabel->setFont(resultFont);
    setRelativeFontSize(m_resultLabel, 1.25);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long summary wraps: one line must not make the window wider than the screen.
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setAccessibleName(tr("Result"));

    m_runButton->setAccessibleName(tr("Run the demo"));
    m_stopButton->setAccessibleName(tr("Stop the demo"));
    m_resetButton->setAccessibleName(tr("Reset the demo"));
    m_stopButton->setEnabled(false);
    connect(m_runButton, &QPushButton::clicked, this, &DemoPage::run);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        stopRecorded(StopCause::StopKey);
    });
    connect(m_resetButton, &QPushButton::clicked, this, &DemoPage::reset);

    // The buttons and knobs wrap to a second row rather than make the window wider than the
    // screen (a small window, a large presenter zoom).
    m_knobs->addWidget(m_runButton);
    m_knobs->addWidget(m_stopButton);
    m_knobs->addWidget(m_resetButton);

    m_splitter->setChildrenCollapsible(false);
    // The user's own split is kept, on this page, from the first drag on.
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        if (!m_context.settings || !m_defaultsKnown)
            return;
        m_context.settings->setValue(QStringLiteral("demos/%1/splitterDragged").arg(m_id), m_splitter->isDragged());
        m_context.settings->setValue(QStringLiteral("demos/%1/splitter").arg(m_id), m_splitter->saveState());
    });
    auto *layout = new QVBoxLayout(this);
    // The window's own margins frame the page: inside, every line goes to the page's parts, with
    // room at the sides for the focus ring of a control at the edge.
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_lessonLabel);
    layout->addLayout(m_knobs);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_resultLabel);
}

void DemoPage::setVisual(QWidget *visual)
{
    m_lessonLabel->setText(lesson());
    // A visual taller than the space left (a small window, a large presenter zoom) scrolls
    // instead of being squeezed or clipped; sideways only as a last resort (a large zoom in a
    // small window), as the splitter gives it the width it needs.
    auto *scroller = new VerticalScrollArea(visual, this);
    scroller->setAccessibleName(tr("%1: live view").arg(title()));
    m_scroller = scroller;
    m_splitter->addWidget(scroller);
    m_splitter->addWidget(m_codeView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Until the user drags it: the visual takes three fifths of the width, or the width it needs
    // when that is more (a narrow window), the code the rest, down to its own minimum.
    m_splitter->setShares([scroller](int length) {
        const int visual = std::min(length, std::max(length * 3 / 5, scroller->neededWidth()));
        return QList<int>{visual, length - visual};
    });
}

void DemoPage::addKnob(const QString &label, QWidget *knob)
{
    if (!label.isEmpty()) {
        // The caption and its knob wrap together.
        auto *pair = new QWidget(this);
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        auto *caption = new QLabel(label, pair);
        caption->setBuddy(knob);
        pairLayout->addWidget(caption);
        pairLayout->addWidget(knob);
        m_knobs->addWidget(pair);
    } else {
        m_knobs->addWidget(knob);
    }
    knob->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    rememberKnob(knob);
}

void DemoPage::rememberKnob(QWidget *knob)
{
    if (!knobValue(knob).isValid())
        return;
    const QString key =
        knob->objectName().isEmpty() ? QStringLiteral("knob%1").arg(m_savedKnobs.size()) : knob->objectName();
    m_savedKnobs.push_back({knob, key, {}});
    // Saved as it changes, so that a crash or a killed process loses nothing.
    onKnobChanged(knob, this, [this, knob, key] {
        if (m_defaultsKnown && m_context.settings)
            m_context.settings->setValue(knobKey({knob, key, {}}), knobValue(knob));
    });
}

QString DemoPage::knobKey(const Knob &knob) const
{
    return QStringLiteral("demos/%1/knobs/%2").arg(m_id, knob.key);
}

QList<QWidget *> DemoPage::knobs() const
{
    QList<QWidget *> widgets;
    for (const Knob &knob : m_savedKnobs)
        widgets.append(knob.widget);
    return widgets;
}

void DemoPage::restoreSettings(QSettings &settings)
{
    if (!m_defaultsKnown) {
        for (Knob &knob : m_savedKnobs)
            knob.defaultValue = knobValue(knob.widget);
        m_defaultsKnown = true;
    }
    // Read them all first: showing one knob's value may change another (a page that keeps N per
    // kind of sleeper), and that change is written to the settings at once.
    std::vector<QVariant> values;
    for (const Knob &knob : m_savedKnobs)
        values.push_back(settings.value(knobKey(knob)));
    // In the order the page added them: a knob's range may follow an earlier one (hands ≤ plates).
    for (std::size_t i = 0; i < m_savedKnobs.size(); ++i) {
        if (values[i].isValid())
            setKnobValue(m_savedKnobs[i].widget, values[i]);
    }
    // A split the user never dragged follows the window (an older file's split included).
    const QByteArray splitter = settings.value(QStringLiteral("demos/%1/splitter").arg(m_id)).toByteArray();
    if (settings.value(QStringLiteral("demos/%1/splitterDragged").arg(m_id)).toBool() && !splitter.isEmpty()) {
        m_splitter->setDragged(true);
        m_splitter->restoreState(splitter);
    }
}

void DemoPage::saveSettings(QSettings &settings) const
{
    for (const Knob &knob : m_savedKnobs)
        settings.setValue(knobKey(knob), knobValue(knob.widget));
    settings.setValue(QStringLiteral("demos/%1/splitter").arg(m_id), m_splitter->saveState());
    settings.setValue(QStringLiteral("demos/%1/splitterDragged").arg(m_id), m_splitter->isDragged());
}

void DemoPage::resetToDefaults()
{
    for (const Knob &knob : m_savedKnobs)
        setKnobValue(knob.widget, knob.defaultValue);
    resetSplitter();
}

void DemoPage::resetSplitter()
{
    // The first layout: the split follows the window again.
    m_splitter->setDragged(false);
}

void DemoPage::setCodeVisible(bool visible)
{
    m_codeView->setVisible(visible);
}

bool DemoPage::isCodeVisible() const
{
    return !m_codeView->isHidden();
}

QCheckBox *DemoPage::addBlockingSwitch()
{
    m_blockingSwitch = new QCheckBox(tr("&Block the event loop"), this);
    m_blockingSwitch->setToolTip(tr("Replace the awaited call with a blocking one: the window freezes."));
    addKnob({}, m_blockingSwitch);
    m_blockingSwitch->setAccessibleName(tr("Block the event loop"));
    connect(m_blockingSwitch, &QCheckBox::toggled, this, &DemoPage::blockingChanged);
    return m_blockingSwitch;
}

bool DemoPage::canBlock() const
{
    return m_blockingSwitch;
}

bool DemoPage::isBlocking() const
{
    return m_blockingSwitch && m_blockingSwitch->isChecked();
}

QList<std::pair<QString, QString>> DemoPage::pageKeys() const
{
    const QString b = QKeySequence(Qt::Key_B).toString(QKeySequence::NativeText);
    if (!m_blockingSwitch)
        return {{b, tr("Nothing on this page: no call here can be made blocking")}};
    return {{b, tr("Ticks or unticks “Block the event loop”")}};
}

bool DemoPage::setBlocking(bool on)
{
    if (!m_blockingSwitch || !m_blockingSwitch->isEnabled())
        return false;
    m_blockingSwitch->setChecked(on);
    return true;
}

void DemoPage::showCode(const SourceSnippet &snippet)
{
    m_codeView->showSnippet(snippet);
}

void DemoPage::setResult(const QString &text)
{
    m_resultLabel->setText(text);
}

QString DemoPage::resultText() const
{
    return m_resultLabel->text();
}

void DemoPage::run()
{
    if (isRunning())
        return;
    Q_EMIT aboutToRun();
    m_stoppedByLanguage = false;
    setResult(tr("Running…"));
    setRunningState(true);
    startRun();
}

void DemoPage::stopRecorded(StopCause cause)
{
    // The buttons, not isRunning(): a run may be between its start and its first await.
    if (!isRunning() && !m_stopButton->isEnabled())
        return;
    // Recorded as texts to translate: a language switch writes the timeline's marks again too.
    TraceText why;
    switch (cause) {
    case StopCause::StopKey:
        why = TraceText("Lab::DemoPage", QT_TRANSLATE_NOOP("Lab::DemoPage", "Run stopped with the Stop button or key"));
        break;
    case StopCause::LeftPage:
        why = TraceText("Lab::DemoPage", QT_TRANSLATE_NOOP("Lab::DemoPage", "Run stopped: its page was left"));
        break;
    case StopCause::LanguageChanged:
        why = TraceText("Lab::DemoPage", QT_TRANSLATE_NOOP("Lab::DemoPage", "Run stopped: the language changed"));
        m_stoppedByLanguage = true;
        break;
    }
    if (m_context.recorder)
        m_context.recorder->addInstant(EventLoopTask, why, nowNs());
    stop();
}

void DemoPage::setRunningState(bool running)
{
    const bool changed = m_stopButton->isEnabled() != running;
    m_runButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    if (changed)
        Q_EMIT runningChanged(running);
}

double DemoPage::longestStallSeconds() const
{
    // A blocking run ends inside its own call, before the loop ran again: take that reading now.
    m_context.monitor->sampleNow();
    return double(m_context.monitor->longestStallNs()) / 1e9;
}

void DemoPage::finishRun(const QString &summary)
{
    finishRun(std::function<QString()>([summary] {
        return summary;
    }));
}

void DemoPage::finishRun(std::function<QString()> summary)
{
    m_summary = std::move(summary);
    const QString text = m_summary();
    setRunningState(false);
    setResult(text);
    Q_EMIT runFinished(text);
}

void DemoPage::takeResultsFrom(DemoPage &previous)
{
    // Reset since (an empty line) or a line set without a run: the text as it is.
    bool summaryShown = previous.m_summary && !previous.resultText().isEmpty();
    m_summary = summaryShown ? previous.m_summary : nullptr;
    if (previous.m_stoppedByLanguage) {
        // The stopped run may not have summed itself up yet (a download ends with its next reply):
        // the line says why it stopped, with what it had done when there is a summary of it.
        m_summary = [done = m_summary] {
            return done ? tr("The language changed, which stopped the run: %1").arg(done())
                        : tr("The language changed, which stopped the run.");
        };
        summaryShown = true;
    }
    setResult(summaryShown ? m_summary() : previous.resultText());
}

void DemoPage::takeKnobsFrom(DemoPage &previous)
{
    // By key, as the settings know them: the two windows build the same knobs in the same order.
    for (const Knob &knob : m_savedKnobs) {
        for (const Knob &before : previous.m_savedKnobs) {
            if (before.key == knob.key)
                setKnobValue(knob.widget, knobValue(before.widget));
        }
    }
    m_splitter->restoreState(previous.m_splitter->saveState());
}

void DemoPage::showStateAt(qint64 time)
{
    if (showReplayedState(time))
        m_replaying = true;
}

void DemoPage::leaveReplay()
{
    if (!m_replaying)
        return;
    m_replaying = false;
    showLiveState();
}

void DemoPage::hideEvent(QHideEvent *event)
{
    // Another demo took the window (a minimised window has not left the page): a replay of this
    // page must not hold its visual at an old moment, nor hold back its live updates.
    if (!event->spontaneous())
        leaveReplay();
    QWidget::hideEvent(event);
}

} // namespace Lab
