// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/coros/handexercise.h"

#include "models/coros/exercisecoroutines.h"

#include <QCoreApplication>

#include <algorithm>

namespace Lab {

namespace {
// A class, not a function, so that lupdate files the strings under the context used to look them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::HandExercise)
};

// Exercise 3 counts three terms, as the lab's delegating(3).
constexpr int Terms = 3;
} // namespace

QString CoroLogEntry::text() const
{
    switch (step.kind) {
    case CoroStep::Kind::HandedOut:
        return Tr::tr("%1 -> %2").arg(action, formatCoroValue(step.value));
    case CoroStep::Kind::Returned:
        return step.value.isValid() ? Tr::tr("%1 -> finished, returned %2").arg(action, formatCoroValue(step.value))
                                    : Tr::tr("%1 -> finished").arg(action);
    case CoroStep::Kind::Error:
        return wasFinished ? Tr::tr("%1 on a finished coroutine: error: %2").arg(action, step.error)
                           : Tr::tr("%1 -> error: %2").arg(action, step.error);
    }
    return {};
}

HandExercise::HandExercise(int number)
    : m_number(std::clamp(number, 1, Count))
{
    reset();
}

QString HandExercise::sourceFile()
{
    return QStringLiteral("models/coros/exercisecoroutines.cpp");
}

QString HandExercise::snippetName() const
{
    return QStringLiteral("exercise%1").arg(m_number);
}

QString HandExercise::title() const
{
    switch (m_number) {
    case 1:
        return Tr::tr("1. A value passes straight through co_await");
    case 2:
        return Tr::tr("2. An inner generator hands out 1, 2, 3");
    default:
        return Tr::tr("3. Send values in: co_await as a two-way channel");
    }
}

QList<CoroValue> HandExercise::script() const
{
    switch (m_number) {
    case 1:
        // The lab's two resumes, then the one C++ must refuse.
        return {CoroValue(), CoroValue(), CoroValue()};
    case 2:
        // demo2's commented-out fifth send is the refused one.
        return {CoroValue(), CoroValue(), CoroValue(), CoroValue(), CoroValue()};
    default:
        return {CoroValue(), 5, 6, 7, 8};
    }
}

const CoroLogEntry &HandExercise::stepScript()
{
    const QList<CoroValue> steps = script();
    const CoroValue value = steps.value(qsizetype(m_log.size()));
    return value.isValid() ? send(value) : resume();
}

void HandExercise::reset()
{
    m_log.clear();
    switch (m_number) {
    case 1:
        m_coroutine = delegatingTo42();
        break;
    case 2:
        m_coroutine = delegatingTo123();
        break;
    default:
        m_coroutine = delegatingTimes10(Terms);
        break;
    }
}

const CoroLogEntry &HandExercise::resume()
{
    return record(QStringLiteral("resume()"), CoroValue());
}

const CoroLogEntry &HandExercise::send(CoroValue value)
{
    const QString action = QStringLiteral("send(%1)").arg(formatCoroValue(value));
    return record(action, std::move(value));
}

const CoroLogEntry &HandExercise::record(const QString &action, CoroValue value)
{
    CoroLogEntry entry;
    entry.action = action;
    entry.wasFinished = m_coroutine.done();
    entry.step = m_coroutine.send(std::move(value));
    entry.state = m_coroutine.state();
    m_log.push_back(std::move(entry));
    return m_log.back();
}

QString HandExercise::stateText() const
{
    const CoroState now = state();
    const CoroValue returned = returnedValue();
    if (now.status == CoroStatus::Finished && returned.isValid())
        return Tr::tr("finished, returned %1").arg(formatCoroValue(returned));
    return now.text();
}

} // namespace Lab
