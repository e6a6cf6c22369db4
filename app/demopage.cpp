// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/demopage.h"

#include "models/trace/eventloopmonitor.h"
#include "widgets/codeview.h"
#include "widgets/flowlayout.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

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
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_codeView(new CodeView(this))
    , m_resultLabel(new QLabel(this))
{
    QFont lessonFont = m_lessonLabel->font();
    lessonFont.setPointSizeF(lessonFont.pointSizeF() * 1.4);
    m_lessonLabel->setFont(lessonFont);
    m_lessonLabel->setWordWrap(true);
    m_lessonLabel->setTextFormat(Qt::PlainText);

    QFont resultFont = m_resultLabel->font();
    resultFont.setPointSizeF(resultFont.pointSizeF() * 1.25);
    resultFont.setBold(true);
    m_resultLabel->setFont(resultFont);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long summary wraps: one line must not make the window wider than the screen.
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setAccessibleName(tr("Result"));

    m_runButton->setAccessibleName(tr("Run the demo"));
    m_stopButton->setAccessibleName(tr("Stop the demo"));
    m_resetButton->setAccessibleName(tr("Reset the demo"));
    m_stopButton->setEnabled(false);
    connect(m_runButton, &QPushButton::clicked, this, &DemoPage::run);
    connect(m_stopButton, &QPushButton::clicked, this, &DemoPage::stop);
    connect(m_resetButton, &QPushButton::clicked, this, &DemoPage::reset);

    // The buttons and knobs wrap to a second row rather than make the window wider than the
    // screen (a small window, a large presenter zoom).
    m_knobs->addWidget(m_runButton);
    m_knobs->addWidget(m_stopButton);
    m_knobs->addWidget(m_resetButton);

    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lessonLabel);
    layout->addLayout(m_knobs);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_resultLabel);
}

void DemoPage::setVisual(QWidget *visual)
{
    m_lessonLabel->setText(lesson());
    // A visual taller than the space left (a small window, a large presenter zoom) scrolls
    // instead of being squeezed or clipped.
    auto *scroller = new QScrollArea(this);
    scroller->setWidget(visual);
    scroller->setWidgetResizable(true);
    scroller->setFrameShape(QFrame::NoFrame);
    m_splitter->addWidget(scroller);
    m_splitter->addWidget(m_codeView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    scroller->setAccessibleName(tr("%1: live view").arg(title()));
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
}

QCheckBox *DemoPage::addBlockingSwitch()
{
    m_blockingSwitch = new QCheckBox(tr("&Block the event loop"), this);
    m_blockingSwitch->setToolTip(tr("Replace the awaited call with a blocking one: the window freezes."));
    addKnob({}, m_blockingSwitch);
    m_blockingSwitch->setAccessibleName(tr("Block the event loop"));
    return m_blockingSwitch;
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
    setResult(tr("Running…"));
    setRunningState(true);
    startRun();
}

void DemoPage::setRunningState(bool running)
{
    m_runButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
}

double DemoPage::longestStallSeconds() const
{
    // A blocking run ends inside its own call, before the loop ran again: take that reading now.
    m_context.monitor->sampleNow();
    return double(m_context.monitor->longestStallNs()) / 1e9;
}

void DemoPage::finishRun(const QString &summary)
{
    setRunningState(false);
    setResult(summary);
    Q_EMIT runFinished(summary);
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
