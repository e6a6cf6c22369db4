// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/coroutinestepview.h"

#include "widgets/reflowbox.h"
#include "widgets/wholewidthtable.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lab {

namespace {
QPlainTextEdit *readOnlyText(QWidget *parent, const QString &name)
{
    auto *text = new QPlainTextEdit(parent);
    text->setReadOnly(true);
    text->setAccessibleName(name);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return text;
}
} // namespace

CoroutineStepView::CoroutineStepView(QWidget *parent)
    : QWidget(parent)
    , m_prediction(new QPlainTextEdit(this))
    , m_skipPrediction(new QCheckBox(tr("S&kip the prediction"), this))
    , m_hint(new QLabel(this))
    , m_resume(new QPushButton(tr("Res&ume"), this))
    , m_send(new QPushButton(tr("Se&nd"), this))
    , m_sendValue(new QSpinBox(this))
    , m_step(new QPushButton(tr("Ste&p"), this))
    , m_state(new QLabel(this))
    , m_stateDetail(new QLabel(this))
    , m_log(new QListWidget(this))
    , m_heap(new WholeWidthTable(0, 3, this))
    , m_comparison(new QWidget(this))
    , m_predicted(readOnlyText(m_comparison, tr("The prediction you made")))
    , m_happened(readOnlyText(m_comparison, tr("What happened")))
{
    m_prediction->setPlaceholderText(
        tr("Predict the output first: what will each step give, and what happens at the end?"));
    m_prediction->setAccessibleName(tr("Your prediction"));
    m_prediction->setTabChangesFocus(true);
    m_prediction->setMaximumHeight(m_prediction->fontMetrics().lineSpacing() * 5);
    m_hint->setWordWrap(true);

    m_resume->setToolTip(tr("resume(): run the coroutine to its next co_await"));
    m_send->setToolTip(tr("send(value): resume the coroutine with this value as the result of its co_await"));
    m_step->setToolTip(tr("One iteration of the toy loop: wake the task with the earliest deadline"));
    m_resume->setAccessibleName(tr("Resume the coroutine"));
    m_send->setAccessibleName(tr("Send a value into the coroutine"));
    m_sendValue->setAccessibleName(tr("Value to send"));
    m_step->setAccessibleName(tr("Step the toy loop"));
    m_sendValue->setRange(-1000, 1000);
    m_sendValue->setValue(5);

    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.2);
    m_state->setFont(stateFont);
    m_state->setAccessibleName(tr("Coroutine state"));
    m_stateDetail->setWordWrap(true);
    m_stateDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("What each step gave"));
    // A long line wraps in a narrow window rather than run past the edge.
    m_log->setWordWrap(true);
    m_log->setResizeMode(QListView::Adjust);
    m_log->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_log->setMinimumWidth(m_log->fontMetrics().horizontalAdvance(QString(24, u'0')));
    m_heap->setHorizontalHeaderLabels({tr("Deadline"), tr("Task"), tr("Waits at")});
    m_heap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heap->verticalHeader()->hide();
    m_heap->horizontalHeader()->setStretchLastSection(true);
    m_heap->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_heap->setAccessibleName(tr("The toy loop's heap"));

    connect(m_prediction, &QPlainTextEdit::textChanged, this, [this] {
        updateHint();
        Q_EMIT predictionChanged();
    });
    connect(m_skipPrediction, &QCheckBox::toggled, this, [this] {
        updateHint();
        Q_EMIT predictionChanged();
    });
    connect(m_resume, &QPushButton::clicked, this, &CoroutineStepView::resumeClicked);
    connect(m_step, &QPushButton::clicked, this, &CoroutineStepView::stepClicked);
    connect(m_send, &QPushButton::clicked, this, [this] {
        const int value = m_sendValue->value();
        m_sendValue->setValue(value + 1); // the lab sends 5, 6, 7, 8: the next one is ready
        Q_EMIT sendClicked(value);
    });

    auto *predictionCaption = new QLabel(tr("&Your prediction:"), this);
    predictionCaption->setBuddy(m_prediction);
    auto *predictionRow = new QHBoxLayout;
    predictionRow->addWidget(predictionCaption, 0, Qt::AlignTop);
    predictionRow->addWidget(m_prediction, 1);
    predictionRow->addWidget(m_skipPrediction, 0, Qt::AlignTop);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resume);
    buttons->addWidget(m_send);
    buttons->addWidget(m_sendValue);
    buttons->addWidget(m_step);
    buttons->addStretch();

    // The log and the heap side by side where both fit whole, the heap below in a narrow window.
    auto *results = new ReflowBox(m_log, m_heap, this);
    results->setWideStretch(3, 2);

    auto *comparison = new QGridLayout(m_comparison);
    comparison->setContentsMargins(0, 0, 0, 0);
    comparison->addWidget(new QLabel(tr("You predicted:"), m_comparison), 0, 0);
    comparison->addWidget(new QLabel(tr("What happened:"), m_comparison), 0, 1);
    comparison->addWidget(m_predicted, 1, 0);
    comparison->addWidget(m_happened, 1, 1);
    m_comparison->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(predictionRow);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    layout->addWidget(m_stateDetail);
    layout->addWidget(results, 2);
    layout->addWidget(m_comparison, 1);

    setControls(Controls::Resume);
    updateHint();
}

void CoroutineStepView::setControls(Controls controls)
{
    m_controls = controls;
    m_resume->setVisible(controls == Controls::Resume || controls == Controls::ResumeAndSend);
    m_send->setVisible(controls == Controls::ResumeAndSend);
    m_sendValue->setVisible(controls == Controls::ResumeAndSend);
    m_step->setVisible(controls == Controls::Step);
    m_heap->setVisible(controls == Controls::Step);
    m_sendValue->setValue(5);
    updateHint();
}

void CoroutineStepView::setSteppingEnabled(bool enabled)
{
    m_steppingEnabled = enabled;
    updateHint();
}

bool CoroutineStepView::hasPrediction() const
{
    return m_skipPrediction->isChecked() || !m_prediction->toPlainText().trimmed().isEmpty();
}

QString CoroutineStepView::prediction() const
{
    const QString text = m_prediction->toPlainText().trimmed();
    return text.isEmpty() && m_skipPrediction->isChecked() ? tr("(skipped)") : text;
}

void CoroutineStepView::setPredictionLocked(bool locked)
{
    m_prediction->setReadOnly(locked);
    m_skipPrediction->setEnabled(!locked);
    updateHint();
}

void CoroutineStepView::clearPrediction()
{
    setPredictionLocked(false);
    m_prediction->clear();
    m_skipPrediction->setChecked(false);
}

void CoroutineStepView::setStateText(const QString &state, const QString &detail)
{
    m_state->setText(state);
    m_stateDetail->setText(detail);
    m_stateDetail->setVisible(!detail.isEmpty());
}

void CoroutineStepView::clearLog()
{
    m_log->clear();
    setComparison({});
}

void CoroutineStepView::appendLog(const QString &line)
{
    m_log->addItem(line);
    m_log->scrollToBottom();
}

QStringList CoroutineStepView::logLines() const
{
    QStringList lines;
    for (int i = 0; i < m_log->count(); ++i)
        lines.append(m_log->item(i)->text());
    return lines;
}

void CoroutineStepView::setHeapRows(const QList<QStringList> &rows)
{
    m_heap->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < m_heap->columnCount(); ++column)
            m_heap->setItem(row, column, new QTableWidgetItem(rows[row].value(column)));
    }
}

void CoroutineStepView::setComparison(const QString &happened)
{
    m_comparison->setVisible(!happened.isEmpty());
    m_predicted->setPlainText(happened.isEmpty() ? QString() : prediction());
    m_happened->setPlainText(happened);
}

void CoroutineStepView::updateHint()
{
    const bool predicted = hasPrediction();
    for (QPushButton *button : {m_resume, m_send, m_step})
        button->setEnabled(m_steppingEnabled && predicted);
    m_sendValue->setEnabled(m_steppingEnabled && predicted);
    if (!predicted && m_controls == Controls::RunOnly)
        m_hint->setText(tr("Write your prediction above (or tick “Skip the prediction”), then press Run."));
    else if (!predicted)
        m_hint->setText(tr("Write your prediction above (or tick “Skip the prediction”) to start stepping."));
    else if (m_prediction->isReadOnly() && m_prediction->toPlainText().trimmed().isEmpty())
        m_hint->setText(tr("Prediction skipped."));
    else if (m_prediction->isReadOnly() && m_controls == Controls::RunOnly)
        m_hint->setText(tr("Your prediction is locked in: watch the lanes and compare."));
    else if (m_prediction->isReadOnly())
        m_hint->setText(tr("Your prediction is locked in: step on and compare."));
    else
        m_hint->setText(tr("The prediction locks at the first step."));
}

} // namespace Lab
