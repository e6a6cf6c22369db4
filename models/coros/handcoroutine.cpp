// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/coros/handcoroutine.h"

#include <QCoreApplication>

#include <algorithm>

namespace Lab {

namespace {

// A class, not a function, so that lupdate files the strings under the context used to look them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::HandCoroutine)
};

CoroStep errorStep(const QString &message)
{
    return {CoroStep::Kind::Error, {}, message};
}

// GCC spells it "Lab::HandCoroutine<int> Lab::{anonymous}::times10(int)", or, once the frame has been
// resumed, "void Lab::{anonymous}::times10(Lab::{anonymous}::times10(int)::_Z…Frame*)": keep "times10".
QString shortFunctionName(const char *functionName)
{
    QString name = QString::fromUtf8(functionName);
    if (const qsizetype paren = name.indexOf(u'('); paren >= 0)
        name.truncate(paren);
    const qsizetype cut = std::max(name.lastIndexOf(QLatin1String("::")) + 1, name.lastIndexOf(u' '));
    return name.mid(cut + 1);
}

QString exceptionText(const std::exception_ptr &exception)
{
    try {
        std::rethrow_exception(exception);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    } catch (...) {
        return Tr::tr("an unknown exception");
    }
}

} // namespace

QString CoroState::text() const
{
    switch (status) {
    case CoroStatus::NotStarted:
        return Tr::tr("not started");
    case CoroStatus::Suspended:
        return Tr::tr("suspended at line %1").arg(line());
    case CoroStatus::Running:
        return Tr::tr("running");
    case CoroStatus::Finished:
        return Tr::tr("finished");
    }
    return {};
}

QString CoroState::chainText() const
{
    QStringList parts;
    for (qsizetype i = frames.size() - 1; i >= 0; --i) {
        const QString where = Tr::tr("%1 at line %2").arg(frames[i].function).arg(frames[i].line);
        parts.append(parts.isEmpty() ? where : Tr::tr("awaited by %1").arg(where));
    }
    return parts.join(QLatin1String(", "));
}

QString formatCoroValue(const CoroValue &value)
{
    if (!value.isValid())
        return Tr::tr("nothing");
    if (value.typeId() == QMetaType::QString)
        return u'"' + value.toString() + u'"';
    return value.toString();
}

HandCoroutineBase::HandCoroutineBase(std::coroutine_handle<> handle, CoroDetail::PromiseBase *promise)
    : m_handle(handle)
    , m_promise(promise)
{
}

HandCoroutineBase::HandCoroutineBase(HandCoroutineBase &&other) noexcept
    : m_handle(std::exchange(other.m_handle, {}))
    , m_promise(std::exchange(other.m_promise, nullptr))
{
}

HandCoroutineBase &HandCoroutineBase::operator=(HandCoroutineBase &&other) noexcept
{
    if (this != &other) {
        if (m_handle)
            m_handle.destroy();
        m_handle = std::exchange(other.m_handle, {});
        m_promise = std::exchange(other.m_promise, nullptr);
    }
    return *this;
}

HandCoroutineBase::~HandCoroutineBase()
{
    // Destroying a suspended frame runs the destructors of its locals, among them the temporary
    // HandCoroutine it awaits, which destroys the inner frame in turn: the whole chain is freed.
    if (m_handle)
        m_handle.destroy();
}

CoroStep HandCoroutineBase::send(CoroValue value)
{
    if (!m_handle)
        return errorStep(Tr::tr("there is no coroutine"));
    // The checks that make this type safe: in C++, resuming a finished or running coroutine is undefined behaviour.
    if (m_handle.done())
        return errorStep(Tr::tr("cannot resume a finished coroutine"));
    if (m_promise->running)
        return errorStep(Tr::tr("cannot resume a coroutine that is already running"));
    if (!m_promise->started && value.isValid())
        return errorStep(Tr::tr("cannot send a value to a coroutine that has not started: resume() it first"));

    CoroDetail::Channel &channel = *m_promise->channel;
    if (!m_promise->started) {
        m_promise->started = true;
        channel.innermost = m_handle;
    }
    channel.sent = std::move(value);
    channel.handedOut = CoroValue();
    m_promise->running = true;
    // Continue the innermost frame; this call returns when a handOut suspends the chain or the
    // driven frame finishes.
    channel.innermost.resume();
    m_promise->running = false;

    if (m_promise->exception)
        return errorStep(Tr::tr("the coroutine threw: %1").arg(exceptionText(m_promise->exception)));
    if (m_handle.done())
        return {CoroStep::Kind::Returned, m_promise->resultValue(), {}};
    return {CoroStep::Kind::HandedOut, channel.handedOut, {}};
}

CoroState HandCoroutineBase::state() const
{
    CoroState state;
    if (!m_handle || !m_promise->started)
        return state;
    if (m_handle.done()) {
        state.status = CoroStatus::Finished;
        return state;
    }
    if (m_promise->running) {
        state.status = CoroStatus::Running;
        return state;
    }
    state.status = CoroStatus::Suspended;
    for (const CoroDetail::PromiseBase *frame = m_promise; frame; frame = frame->child)
        state.frames.append({shortFunctionName(frame->suspendedAt.function_name()), int(frame->suspendedAt.line())});
    return state;
}

CoroValue HandCoroutineBase::returnedValue() const
{
    return done() && !m_promise->exception ? m_promise->resultValue() : CoroValue();
}

} // namespace Lab
