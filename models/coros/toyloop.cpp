// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/coros/toyloop.h"

#include "models/coros/asyncgeneratorexercise.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Lab {

namespace {
// A class, not a function, so that lupdate files the strings under the context used to look them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::ToyLoop)
};
} // namespace

// snippet-begin: toyloop
// launchpad's `@types.coroutine def sleep(seconds)`: hands the wake-up time
// out to the loop, which sends the time of waking back in.
HandCoroutine<double> ToyLoop::sleep(double seconds)
{
    const double start = m_now;
    // The loop holds this frame (and the one awaiting it) until the deadline.
    const double now = (co_await handOut(start + seconds)).toDouble();
    co_return now - start;
}

// A launch: plain code between co_awaits; each co_await gives the loop its turn.
HandCoroutine<void> countdown(ToyLoop *loop, QString label, int length, double delay)
{
    loop->print(label, "waiting", delay, "seconds before starting countdown");
    const double waited = co_await loop->sleep(delay);
    loop->print(label, "starting after waiting", ToyLoop::formatElapsed(waited));
    while (length) {
        loop->print(label, "T-minus", length);
        co_await loop->sleep(1);
        --length;
    }
    loop->print(label, "lift-off!");
}

void ToyLoop::addLaunchpadCountdowns()
{
    add(QStringLiteral("A"), countdown(this, QStringLiteral("A"), 5, 0));
    add(QStringLiteral("B"), countdown(this, QStringLiteral("B"), 3, 2));
    add(QStringLiteral("C"), countdown(this, QStringLiteral("C"), 4, 1));
}

void ToyLoop::addTickerConsumer()
{
    add(QStringLiteral("consumer"), tickerConsumer(this));
}

// The whole event loop: launchpad's run_until_complete, one iteration per call.
bool ToyLoop::step()
{
    m_lastLines.clear();
    m_lastTask.clear();
    m_lastTaskLine = 0;
    m_lastTaskChain.clear();
    if (!m_started) {
        // Priming: run every task to its first sleep, which hands out a deadline.
        m_started = true;
        ++m_steps;
        for (Task &task : std::exchange(m_newTasks, {})) {
            const CoroStep first = task.coroutine.resume();
            schedule(std::move(task), first);
        }
        return true;
    }
    if (m_heap.empty())
        return false;
    ++m_steps;
    // Take the earliest deadline (std::pop_heap moves it to the back).
    std::pop_heap(m_heap.begin(), m_heap.end(), later);
    Task task = std::move(m_heap.back());
    m_heap.pop_back();
    // launchpad sleeps until the deadline; the simulated clock jumps to it.
    m_now = std::max(m_now, task.deadline);
    m_lastTask = task.name;
    // Send the time in: the task runs to its next sleep (or its end), then we go on.
    const CoroStep next = task.coroutine.send(m_now);
    m_lastTaskLine = taskLine(task);
    // Where it waits in its own code: the loop's sleep() it is inside of goes without saying.
    CoroState waits = task.coroutine.state();
    if (waits.frames.size() > 1 && waits.frames.constLast().function == QLatin1String("sleep"))
        waits.frames.removeLast();
    m_lastTaskChain = waits.chainText();
    schedule(std::move(task), next);
    if (m_heap.empty())
        print(Tr::tr("Total elapsed time is %1").arg(formatElapsed(m_now)));
    return true;
}

void ToyLoop::schedule(Task task, const CoroStep &step)
{
    if (step.failed())
        print(Tr::tr("%1 failed: %2").arg(task.name, step.error));
    if (!step.handedOut())
        return; // finished (Python's StopIteration): the task leaves the loop
    task.deadline = step.value.toDouble();
    task.order = m_nextOrder++;
    m_heap.push_back(std::move(task));
    std::push_heap(m_heap.begin(), m_heap.end(), later);
}
// snippet-end: toyloop

bool ToyLoop::later(const Task &a, const Task &b)
{
    // std::push_heap keeps the greatest on top: "greater" is later, so the top is the earliest.
    return a.deadline != b.deadline ? a.deadline > b.deadline : a.order > b.order;
}

int ToyLoop::taskLine(const Task &task)
{
    const CoroState state = task.coroutine.state();
    return state.frames.isEmpty() ? 0 : state.frames.constFirst().line;
}

void ToyLoop::add(const QString &name, HandCoroutine<void> coroutine)
{
    Task task;
    task.name = name;
    task.coroutine = std::move(coroutine);
    m_newTasks.push_back(std::move(task));
}

void ToyLoop::runUntilComplete()
{
    while (step()) {}
}

void ToyLoop::print(const QString &line)
{
    m_lines.append(line);
    m_lastLines.append(line);
}

std::optional<double> ToyLoop::nextDeadline() const
{
    if (m_heap.empty())
        return std::nullopt;
    return m_heap.front().deadline;
}

std::vector<ToyLoopEntry> ToyLoop::heap() const
{
    std::vector<const Task *> sorted;
    for (const Task &task : m_heap)
        sorted.push_back(&task);
    std::sort(sorted.begin(), sorted.end(), [](const Task *a, const Task *b) {
        return later(*b, *a);
    });
    std::vector<ToyLoopEntry> entries;
    for (const Task *task : sorted)
        entries.push_back({task->deadline, task->name, taskLine(*task)});
    return entries;
}

QString ToyLoop::formatElapsed(double seconds)
{
    const qint64 micros = std::llround(std::max(0.0, seconds) * 1e6);
    const qint64 wholeSeconds = micros / 1000000;
    QString text = QStringLiteral("%1:%2:%3")
                       .arg(wholeSeconds / 3600)
                       .arg(wholeSeconds / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(wholeSeconds % 60, 2, 10, QLatin1Char('0'));
    if (const qint64 fraction = micros % 1000000)
        text += QStringLiteral(".%1").arg(fraction, 6, 10, QLatin1Char('0'));
    return text;
}

} // namespace Lab
