// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/corospage.h"

#include "models/core/numberlocale.h"
#include "models/coros/handexercise.h"
#include "models/coros/semaphoreexercise.h"
#include "models/coros/toyloop.h"
#include "widgets/codeview.h"
#include "widgets/coroutinestepview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace Lab {

namespace {
// Between two steps of a Run: long enough to read a line, short enough to watch a whole exercise.
constexpr int RunStepMs = 700;
} // namespace

CorosPage::CorosPage(const PageContext &context, QWidget *parent)
    : DemoPage(context, QStringLiteral("coroutines"), parent)
    , m_exerciseBox(new QComboBox(this))
    , m_view(new CoroutineStepView(this))
    , m_skipWhenPresenting(new QCheckBox(tr("Skip the prediction when presenting"), this))
    , m_runTimer(new QTimer(this))
    , m_semaphore(new SemaphoreExercise(context.recorder, context.timeScale, this))
{
    for (int number = 1; number <= HandExercise::Count; ++number)
        m_exerciseBox->addItem(HandExercise(number).title());
    m_exerciseBox->addItem(tr("4. A toy event loop: launchpad's countdowns"));
    m_exerciseBox->addItem(tr("5. async for over an async generator, on the toy loop"));
    m_exerciseBox->addItem(tr("6. async with: a semaphore lets 3 of 8 tasks in"));
    addKnob(tr("&Exercise:"), m_exerciseBox);
    m_skipWhenPresenting->setObjectName(QStringLiteral("skipWhenPresenting"));
    m_skipWhenPresenting->setToolTip(tr("In presenter mode, Run (Space) goes without a prediction."));
    addKnob({}, m_skipWhenPresenting);
    // From the keyboard: Space asks for the prediction (the field takes the focus), Ctrl+Return
    // runs with what was typed; Alt+K ticks "Skip the prediction".
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *runKey = new QShortcut(keys, m_view->predictionEdit(), nullptr, nullptr, Qt::WidgetShortcut);
        connect(runKey, &QShortcut::activated, this, &DemoPage::run);
    }

    m_runTimer->setInterval(std::max(1, int(RunStepMs * context.timeScale)));
    connect(m_runTimer, &QTimer::timeout, this, &CorosPage::runNextStep);
    connect(m_exerciseBox, &QComboBox::currentIndexChanged, this, &CorosPage::chooseExercise);
    connect(m_view, &CoroutineStepView::resumeClicked, this, [this] {
        if (m_exercise && beginStep())
            logEntry(m_exercise->resume());
    });
    connect(m_view, &CoroutineStepView::sendClicked, this, [this](int value) {
        if (m_exercise && beginStep())
            logEntry(m_exercise->send(value));
    });
    connect(m_semaphore, &SemaphoreExercise::changed, this, [this](const QString &line) {
        if (!isSemaphore())
            return;
        m_view->appendLog(line);
        showState();
    });
    connect(m_semaphore, &SemaphoreExercise::finished, this, [this] {
        // Choosing another exercise stops a run: the page then shows that one, not this.
        if (isSemaphore())
            showState();
        finishRun(
            [maxInside = m_semaphore->maxInside(), tasks = m_semaphore->taskCount(), limit = m_semaphore->limit()] {
                return semaphoreSummary(maxInside, tasks, limit);
            });
    });
    connect(m_view, &CoroutineStepView::stepClicked, this, [this] {
        if (m_loop && beginStep())
            stepLoop();
    });

    setVisual(m_view);
    // The code panel belongs to DemoPage; this page also marks the line the coroutine is suspended at.
    m_code = findChild<CodeView *>();
    chooseExercise();
}

CorosPage::~CorosPage() = default;

QString CorosPage::title() const
{
    return tr("Coroutines by hand");
}

QString CorosPage::lesson() const
{
    return tr("A coroutine is an object you resume. Each resume runs it to its next co_await, and what is handed "
              "out there comes straight back to you. An event loop is just code that calls resume().");
}

bool CorosPage::isRunning() const
{
    return m_runTimer->isActive() || m_semaphore->isRunning();
}

bool CorosPage::isToyLoop() const
{
    return m_exerciseBox->currentIndex() == ToyLoopIndex || m_exerciseBox->currentIndex() == GeneratorIndex;
}

bool CorosPage::isSemaphore() const
{
    return m_exerciseBox->currentIndex() == SemaphoreIndex;
}

QList<std::pair<QString, QString>> CorosPage::pageKeys() const
{
    QList<std::pair<QString, QString>> keys = DemoPage::pageKeys();
    keys.append({QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
        tr("In the prediction field: run with this prediction")});
    return keys;
}

void CorosPage::chooseExercise()
{
    stop();
    if (isSemaphore()) {
        m_exercise.reset();
        m_view->setControls(CoroutineStepView::Controls::RunOnly);
        showCode(SourceSnippet::load(SemaphoreExercise::sourceFile(), QStringLiteral("semaphore")));
    } else if (isToyLoop()) {
        m_exercise.reset();
        m_view->setControls(CoroutineStepView::Controls::Step);
        if (m_exerciseBox->currentIndex() == GeneratorIndex)
            showCode(SourceSnippet::load(
                QStringLiteral("models/coros/asyncgeneratorexercise.cpp"), QStringLiteral("asyncgenerator")));
        else
            showCode(SourceSnippet::load(QStringLiteral("models/coros/toyloop.cpp"), QStringLiteral("toyloop")));
    } else {
        m_exercise = std::make_unique<HandExercise>(m_exerciseBox->currentIndex() + 1);
        m_view->setControls(m_exercise->number() == 3 ? CoroutineStepView::Controls::ResumeAndSend
                                                      : CoroutineStepView::Controls::Resume);
        showCode(SourceSnippet::load(HandExercise::sourceFile(), m_exercise->snippetName()));
    }
    // A new exercise wants a new prediction.
    m_view->clearPrediction();
    setResult({});
    restartExercise();
}

void CorosPage::restartExercise()
{
    if (isSemaphore()) {
        m_loop.reset();
    } else if (isToyLoop()) {
        m_loop = std::make_unique<ToyLoop>();
        if (m_exerciseBox->currentIndex() == GeneratorIndex)
            m_loop->addTickerConsumer();
        else
            m_loop->addLaunchpadCountdowns();
    } else {
        m_loop.reset();
        m_exercise->reset();
    }
    m_view->clearLog();
    showState();
}

bool CorosPage::beginStep()
{
    if (!m_view->hasPrediction()) {
        m_view->predictionEdit()->setFocus();
        return false;
    }
    m_view->setPredictionLocked(true);
    return true;
}

void CorosPage::logEntry(const CoroLogEntry &entry)
{
    m_view->appendLog(entry.text());
    showState();
}

void CorosPage::stepLoop()
{
    if (!m_loop->step())
        return;
    const QString clock = ToyLoop::formatElapsed(m_loop->now());
    for (const QString &line : m_loop->lastLines())
        m_view->appendLog(QStringLiteral("[%1] %2").arg(clock, line));
    showState();
}

bool CorosPage::exerciseOver() const
{
    return m_loop ? m_loop->finished() : m_exercise->scriptDone();
}

void CorosPage::showSemaphoreState()
{
    QString state = tr("not started");
    if (m_semaphore->isRunning()) {
        QStringList inside;
        for (const int number : m_semaphore->inside())
            inside.append(QString::number(number));
        state = tr("inside: %1 · waiting: %2 · done: %3")
                    .arg(inside.isEmpty() ? tr("nobody") : inside.join(QLatin1String(", ")))
                    .arg(m_semaphore->waitingCount())
                    .arg(m_semaphore->doneCount());
    } else if (!m_view->logLines().isEmpty()) {
        state = tr("finished: at most %1 of %2 tasks were inside at once")
                    .arg(m_semaphore->maxInside())
                    .arg(m_semaphore->taskCount());
    }
    m_view->setStateText(state,
        tr("The semaphore has %1 permits: each task awaits one at the top of its scope, and the guard gives it "
           "back when the scope ends. Each task is a lane on the timeline.")
            .arg(m_semaphore->limit()));
    m_code->highlightLine(0);
    const bool finished = !m_semaphore->isRunning() && !m_view->logLines().isEmpty();
    m_view->setComparison(finished ? m_view->logLines().join(u'\n') : QString());
}

void CorosPage::showState()
{
    bool finished = false;
    if (isSemaphore()) {
        showSemaphoreState();
        return;
    }
    if (m_loop) {
        finished = m_loop->finished();
        QString state = tr("not started");
        QString detail;
        if (finished) {
            state = tr("finished at %1 on the loop's clock").arg(ToyLoop::formatElapsed(m_loop->now()));
        } else if (m_loop->started()) {
            state = tr("clock %1, next wake-up at %2")
                        .arg(ToyLoop::formatElapsed(m_loop->now()), ToyLoop::formatElapsed(*m_loop->nextDeadline()));
        }
        if (!m_loop->lastTaskChain().isEmpty() && m_exerciseBox->currentIndex() == GeneratorIndex) {
            detail = tr("%1 woke, ran, and now waits: %2").arg(m_loop->lastTask(), m_loop->lastTaskChain());
        } else if (!m_loop->lastTask().isEmpty()) {
            detail = m_loop->lastTaskLine() > 0
                ? tr("%1 woke, ran, and now waits at line %2").arg(m_loop->lastTask()).arg(m_loop->lastTaskLine())
                : tr("%1 woke and ran to its end").arg(m_loop->lastTask());
        }
        m_view->setStateText(state, detail);
        QList<QStringList> rows;
        for (const ToyLoopEntry &entry : m_loop->heap())
            rows.append({ToyLoop::formatElapsed(entry.deadline), entry.task, tr("line %1").arg(entry.line)});
        m_view->setHeapRows(rows);
        m_code->highlightLine(m_loop->lastTaskLine());
    } else {
        const CoroState state = m_exercise->state();
        finished = m_exercise->done();
        m_view->setStateText(m_exercise->stateText(), state.chainText());
        m_code->highlightLine(state.line());
    }
    m_view->setComparison(finished ? m_view->logLines().join(u'\n') : QString());
    // Resuming a finished hand-driven coroutine stays possible: it shows the error C++ needs us to check for.
    m_view->setSteppingEnabled(!isRunning() && !(m_loop && finished));
}

void CorosPage::startRun()
{
    if (!m_view->hasPrediction() && isPresenting() && m_skipWhenPresenting->isChecked())
        m_view->skipPredictionBox()->setChecked(true);
    if (!m_view->hasPrediction()) {
        m_view->predictionEdit()->setFocus();
        finishRun([] {
            return tr("Predict the output first, then press Ctrl+Return to run (or tick “Skip the prediction”: "
                      "Alt+K).");
        });
        return;
    }
    m_view->setPredictionLocked(true);
    if (isSemaphore()) {
        m_view->clearLog();
        m_semaphore->start();
        return;
    }
    m_runTimer->start();
    restartExercise();
}

void CorosPage::runNextStep()
{
    if (m_loop)
        stepLoop();
    else
        logEntry(m_exercise->stepScript());
    if (exerciseOver()) {
        m_runTimer->stop();
        showState();
        finishRun(summary());
    }
}

QString CorosPage::semaphoreSummary(int maxInside, int tasks, int limit)
{
    const QLocale locale = numberLocale();
    return tr("%1: at most %2 of %3 tasks were inside at once (limit %4)")
        .arg(tr("6. async with: a semaphore lets 3 of 8 tasks in"), locale.toString(maxInside), locale.toString(tasks),
            locale.toString(limit));
}

QString CorosPage::summary() const
{
    if (m_loop)
        return tr("%1 (simulated), in %n steps of the loop", nullptr, m_loop->stepCount())
            .arg(m_loop->lines().constLast());
    return tr("%1: %2 after %n steps", nullptr, int(m_exercise->log().size()))
        .arg(m_exercise->title(), m_exercise->stateText());
}

void CorosPage::stop()
{
    if (!isRunning())
        return;
    if (m_semaphore->isRunning()) {
        m_semaphore->stop(); // its finished() ends the run on the page
        return;
    }
    m_runTimer->stop();
    showState();
    const int steps = m_loop ? m_loop->stepCount() : int(m_exercise->log().size());
    finishRun([steps] {
        return tr("Stopped after %n steps.", nullptr, steps);
    });
}

void CorosPage::takeResultsFrom(DemoPage &previous)
{
    auto *before = qobject_cast<CorosPage *>(&previous);
    if (!before || before->m_exerciseBox->currentIndex() != m_exerciseBox->currentIndex())
        return DemoPage::takeResultsFrom(previous);
    // The prediction as written, and the exercise where it stands: the next Resume goes on from there.
    m_view->predictionEdit()->setPlainText(before->m_view->predictionEdit()->toPlainText());
    m_view->skipPredictionBox()->setChecked(before->m_view->skipPredictionBox()->isChecked());
    m_view->setPredictionLocked(before->m_view->predictionEdit()->isReadOnly());
    m_view->clearLog();
    if (isSemaphore()) {
        // Its tasks ran in the other window: their run, if it is on screen, written again in this
        // window's language, and the state it left.
        if (!before->m_view->logLines().isEmpty()) {
            m_semaphore->takeResultsFrom(*before->m_semaphore);
            for (const QString &line : m_semaphore->lines())
                m_view->appendLog(line);
        }
        showSemaphoreState();
    } else {
        // Swapped, not moved: the page being replaced keeps a whole (fresh) exercise until it goes.
        std::swap(m_exercise, before->m_exercise);
        std::swap(m_loop, before->m_loop);
        if (m_exercise) {
            for (const CoroLogEntry &entry : m_exercise->log())
                m_view->appendLog(entry.text());
        } else {
            // The loop's lines are its program's output, as it printed them.
            for (const QString &line : before->m_view->logLines())
                m_view->appendLog(line);
        }
        showState();
    }
    DemoPage::takeResultsFrom(previous);
}

void CorosPage::reset()
{
    stop();
    m_view->clearPrediction();
    setResult({});
    restartExercise();
}

} // namespace Lab
