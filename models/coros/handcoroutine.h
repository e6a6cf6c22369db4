// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

// The project's own small C++20 coroutine type, driven by hand: nothing resumes it but a call to
// resume() or send(). It is not QCoro: the lesson is what co_await itself does, with no event loop.
//
// How a chain of coroutines behaves (as Python's native coroutines in LABS §1.5):
//  - a HandCoroutine starts suspended; the first resume() runs it to its first suspension;
//  - `co_await handOut(v)` suspends the whole chain and v comes out of the driver's resume()/send();
//    what the driver sends next is what that co_await evaluates to;
//  - `co_await inner()` starts the inner HandCoroutine right away and waits for its co_return,
//    so a value handed out deep inside passes straight through every co_await up to the driver;
//  - when the driven coroutine finishes, resume() says so (kind Returned, with the value).
//    Resuming a finished C++ coroutine is undefined behaviour, so this type checks done() first
//    and answers with an error instead, as Python raises "cannot reuse already awaited coroutine".

#include <QList>
#include <QString>
#include <QVariant>

#include <coroutine>
#include <exception>
#include <optional>
#include <source_location>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace Lab {

/** What travels through co_await, both ways; dynamic like a Python value. Invalid means "nothing". */
using CoroValue = QVariant;

/** What the driver gets back from one resume() or send(). */
struct CoroStep
{
    enum class Kind {
        HandedOut, ///< suspended: the innermost co_await handOut(v) gave value
        Returned, ///< the coroutine finished: value is its co_return value (invalid for void)
        Error, ///< nothing ran (finished already, running, not primed) or the coroutine threw
    };
    Kind kind = Kind::Error;
    CoroValue value;
    QString error;

    bool handedOut() const { return kind == Kind::HandedOut; }
    bool returned() const { return kind == Kind::Returned; }
    bool failed() const { return kind == Kind::Error; }
};

enum class CoroStatus { NotStarted, Suspended, Running, Finished };

/** One frame of a suspended chain: which function, and the line of the co_await it is parked at. */
struct CoroFrame
{
    QString function;
    int line = 0;
};

/** A snapshot of where a coroutine stands. */
struct CoroState
{
    CoroStatus status = CoroStatus::NotStarted;
    /** Where each frame waits: the driven coroutine first, the innermost (the one that handed out) last. */
    QList<CoroFrame> frames;

    /** The file line of the innermost co_await, or 0 unless suspended. */
    int line() const { return frames.isEmpty() ? 0 : frames.constLast().line; }
    /** "not started", "suspended at line 57", "running", "finished". */
    QString text() const;
    /** "handOut42 at line 40, awaited by delegating at line 46": the whole chain, innermost first. */
    QString chainText() const;
};

/** A value as the lab prints it: 42, 2.5, "Primed!", nothing. */
QString formatCoroValue(const CoroValue &value);

template<typename Result>
class HandCoroutine;

namespace CoroDetail {

// Shared by every frame of one chain, owned by the driven (outermost) frame's promise.
struct Channel
{
    CoroValue sent; // what the driver passed to send(); the suspended handOut returns it
    CoroValue handedOut; // what the innermost handOut gave; the driver returns it
    std::coroutine_handle<> innermost; // the frame that resume() continues
};

template<typename T>
struct IsHandCoroutine : std::false_type
{
};
template<typename R>
struct IsHandCoroutine<HandCoroutine<R>> : std::true_type
{
};
// Other hand-driven awaitables that pass the chain on (an async generator's next()) say so here.
template<typename T>
struct IsChainAwaitable : std::false_type
{
};

struct HandOut;
template<typename R>
struct ChildAwaiter;

// A frame that finishes goes back to the frame that awaited it (symmetric transfer), or to the driver.
struct FinalAwaiter
{
    bool await_ready() const noexcept { return false; }
    template<typename Promise>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<Promise> self) noexcept;
    void await_resume() const noexcept {}
};

class PromiseBase
{
public:
    virtual ~PromiseBase() = default;

    std::suspend_always initial_suspend() const noexcept { return {}; } // lazy: nothing runs before resume()
    FinalAwaiter final_suspend() const noexcept { return {}; }
    void unhandled_exception() { exception = std::current_exception(); }

    // Every co_await in a HandCoroutine passes here. The default argument is evaluated at the co_await
    // itself, so `where` is the real line the frame will be suspended at.
    template<typename Awaitable>
    auto await_transform(Awaitable &&awaitable, std::source_location where = std::source_location::current());

    virtual CoroValue resultValue() const = 0;

    Channel ownChannel;
    Channel *channel = &ownChannel; // an awaited frame uses its driver's channel
    std::coroutine_handle<> parent; // the frame awaiting this one; empty for the driven frame
    PromiseBase *parentPromise = nullptr;
    PromiseBase *child = nullptr; // the frame this one awaits, while it does
    std::source_location suspendedAt;
    std::exception_ptr exception;
    bool started = false;
    bool running = false;
};

template<typename R>
class Promise : public PromiseBase
{
public:
    using ResultType = R;
    HandCoroutine<R> get_return_object();
    template<typename U>
    void return_value(U &&value)
    {
        result.emplace(std::forward<U>(value));
    }
    CoroValue resultValue() const override { return result ? QVariant::fromValue(*result) : CoroValue(); }

    std::optional<R> result;
};

template<>
class Promise<void> : public PromiseBase
{
public:
    using ResultType = void;
    HandCoroutine<void> get_return_object();
    void return_void() const {}
    CoroValue resultValue() const override { return {}; }
};

/** The awaitable behind handOut(). */
struct HandOut
{
    CoroValue value;
    Channel *channel = nullptr;

    bool await_ready() const noexcept { return false; } // always suspends: that is the point
    template<typename Promise>
    void await_suspend(std::coroutine_handle<Promise> frame) noexcept
    {
        // Returning void suspends the chain: control goes back to whoever called resume()/send().
        channel = frame.promise().channel;
        channel->handedOut = std::move(value);
        channel->innermost = frame;
    }
    CoroValue await_resume() const { return std::exchange(channel->sent, CoroValue()); }
};

/** co_await on a HandCoroutine from inside another one: start it, run it, take its result. */
template<typename R>
struct ChildAwaiter
{
    std::coroutine_handle<Promise<R>> child;

    bool await_ready() const noexcept { return child && child.done(); }
    template<typename ParentPromise>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<ParentPromise> parentFrame)
    {
        if (!child)
            throw std::logic_error("co_await on an empty HandCoroutine");
        Promise<R> &inner = child.promise();
        if (inner.started)
            throw std::logic_error("co_await on a HandCoroutine that was already resumed by hand");
        PromiseBase &outer = parentFrame.promise();
        inner.channel = outer.channel;
        inner.parent = parentFrame;
        inner.parentPromise = &outer;
        inner.started = true;
        outer.child = &inner;
        outer.channel->innermost = child;
        return child; // symmetric transfer: the inner coroutine starts right here, on this stack
    }
    R await_resume()
    {
        if (!child)
            throw std::logic_error("co_await on an empty HandCoroutine");
        Promise<R> &inner = child.promise();
        if (inner.exception)
            std::rethrow_exception(inner.exception);
        if constexpr (!std::is_void_v<R>)
            return std::move(*inner.result);
    }
};

} // namespace CoroDetail

/**
 * Suspends the whole chain of HandCoroutines and hands @p value out to the driver's resume() or
 * send(); evaluates to the value the driver sends next (invalid for a plain resume()).
 * Python's `received = yield value` in a @types.coroutine generator.
 */
inline CoroDetail::HandOut handOut(CoroValue value)
{
    return CoroDetail::HandOut{std::move(value)};
}

/**
 * The driver's side of a HandCoroutine, whatever it returns: resume it, send into it, ask where it is.
 * Owns the frame; destroying it destroys a suspended frame and, with it, every frame it awaits.
 */
class HandCoroutineBase
{
public:
    HandCoroutineBase() = default;
    HandCoroutineBase(HandCoroutineBase &&other) noexcept;
    HandCoroutineBase &operator=(HandCoroutineBase &&other) noexcept;
    HandCoroutineBase(const HandCoroutineBase &) = delete;
    HandCoroutineBase &operator=(const HandCoroutineBase &) = delete;
    ~HandCoroutineBase();

    /** Runs the coroutine to its next suspension or its end. Python's coro.send(None). */
    CoroStep resume() { return send(CoroValue()); }
    /**
     * Resumes the coroutine with @p value as the result of the co_await handOut() it is suspended at.
     * A coroutine that has not started can only be resumed with nothing (Python: "can't send
     * non-None value to a just-started coroutine"); a finished one cannot be resumed at all.
     */
    CoroStep send(CoroValue value);

    bool isValid() const { return bool(m_handle); }
    bool started() const { return m_promise && m_promise->started; }
    bool done() const { return m_handle && m_handle.done(); }
    CoroState state() const;
    /** The co_return value once finished (invalid for a void coroutine, or before it finished). */
    CoroValue returnedValue() const;

protected:
    HandCoroutineBase(std::coroutine_handle<> handle, CoroDetail::PromiseBase *promise);

    std::coroutine_handle<> m_handle;
    CoroDetail::PromiseBase *m_promise = nullptr;

    friend class CoroDetail::PromiseBase;
};

/**
 * The return type of a hand-driven coroutine returning @p Result (void for none):
 * `HandCoroutine<int> times10(int terms) { ... co_return n * 10; }`.
 * Inside one, co_await only handOut(), other HandCoroutines and a HandAsyncGenerator's next().
 */
template<typename Result = void>
class [[nodiscard]] HandCoroutine : public HandCoroutineBase
{
public:
    using promise_type = CoroDetail::Promise<Result>;

    HandCoroutine() = default;

    /** The typed co_return value, once finished. */
    template<typename R = Result>
    requires(!std::is_void_v<R>) std::optional<R> result()
    const { return m_handle ? typedHandle().promise().result : std::nullopt; }

private:
    explicit HandCoroutine(std::coroutine_handle<promise_type> handle)
        : HandCoroutineBase(handle, &handle.promise())
    {
    }
    std::coroutine_handle<promise_type> typedHandle() const
    {
        return std::coroutine_handle<promise_type>::from_address(m_handle.address());
    }

    friend class CoroDetail::Promise<Result>;
    friend class CoroDetail::PromiseBase;
};

namespace CoroDetail {

template<typename R>
HandCoroutine<R> Promise<R>::get_return_object()
{
    return HandCoroutine<R>(std::coroutine_handle<Promise<R>>::from_promise(*this));
}

inline HandCoroutine<void> Promise<void>::get_return_object()
{
    return HandCoroutine<void>(std::coroutine_handle<Promise<void>>::from_promise(*this));
}

template<typename Promise>
std::coroutine_handle<> FinalAwaiter::await_suspend(std::coroutine_handle<Promise> self) noexcept
{
    PromiseBase &finished = self.promise();
    if (!finished.parent)
        return std::noop_coroutine(); // the driven frame: back to resume()/send()
    finished.channel->innermost = finished.parent;
    finished.parentPromise->child = nullptr;
    return finished.parent; // the awaiting frame continues after its co_await
}

template<typename Awaitable>
auto PromiseBase::await_transform(Awaitable &&awaitable, std::source_location where)
{
    using Plain = std::remove_cvref_t<Awaitable>;
    static_assert(IsHandCoroutine<Plain>::value || std::is_same_v<Plain, HandOut> || IsChainAwaitable<Plain>::value,
        "a HandCoroutine only co_awaits handOut(...), other HandCoroutines and HandAsyncGenerator::next(): nothing "
        "else would resume it");
    suspendedAt = where;
    if constexpr (std::is_same_v<Plain, HandOut>) {
        return HandOut{std::forward<Awaitable>(awaitable)};
    } else if constexpr (IsHandCoroutine<Plain>::value) {
        return ChildAwaiter<typename Plain::promise_type::ResultType>{awaitable.typedHandle()};
    } else {
        return Plain(std::forward<Awaitable>(awaitable));
    }
}

} // namespace CoroDetail

} // namespace Lab
