// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

// An asynchronous generator for the hand-driven coroutines: Python's `async def` with `yield`,
// consumed by `async for`. Inside, it co_awaits like any HandCoroutine (a sleep hands the whole
// chain out to the loop); each co_yield gives a value back to the coroutine that asked for it.
//
//   HandAsyncGenerator<int> ticks = ticker(...);      // nothing runs yet
//   while (std::optional<int> v = co_await ticks.next()) // `async for v in ticks:`
//       use(*v);
//
// co_await next() resumes the generator on the consumer's stack (symmetric transfer) and makes it
// the innermost frame of the consumer's chain, so a sleep inside it suspends the consumer too and
// the driver (a loop) resumes the generator when it is due; its co_yield transfers straight back
// to the consumer. When the generator ends, next() gives nothing (Python's StopAsyncIteration).

#include "models/coros/handcoroutine.h"

#include <optional>

namespace Lab {

template<typename T>
class HandAsyncGenerator;

namespace CoroDetail {

template<typename T>
class GeneratorPromise : public PromiseBase
{
public:
    HandAsyncGenerator<T> get_return_object();
    void return_void() const {}
    CoroValue resultValue() const override { return {}; }

    // co_yield: keep the value and go back to the consumer that asked for it.
    struct YieldAwaiter
    {
        bool await_ready() const noexcept { return false; }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<GeneratorPromise> self) noexcept
        {
            GeneratorPromise &generator = self.promise();
            generator.channel->innermost = generator.parent;
            generator.parentPromise->child = nullptr;
            return generator.parent;
        }
        void await_resume() const noexcept {}
    };
    YieldAwaiter yield_value(T value)
    {
        current = std::move(value);
        return {};
    }

    std::optional<T> current;
};

/** The awaitable behind HandAsyncGenerator::next(): evaluates to the next value, or nothing at the end. */
template<typename T>
struct GeneratorNext
{
    std::coroutine_handle<GeneratorPromise<T>> generator;

    bool await_ready() const noexcept { return !generator || generator.done(); }
    template<typename ConsumerPromise>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<ConsumerPromise> consumerFrame) noexcept
    {
        GeneratorPromise<T> &inner = generator.promise();
        PromiseBase &outer = consumerFrame.promise();
        inner.channel = outer.channel;
        inner.parent = consumerFrame;
        inner.parentPromise = &outer;
        inner.started = true;
        inner.current.reset();
        outer.child = &inner;
        outer.channel->innermost = generator;
        return generator; // the generator runs on from its last co_yield (or its start)
    }
    std::optional<T> await_resume()
    {
        if (!generator)
            return std::nullopt;
        GeneratorPromise<T> &inner = generator.promise();
        if (inner.exception)
            std::rethrow_exception(inner.exception);
        return std::exchange(inner.current, std::nullopt);
    }
};

template<typename T>
struct IsChainAwaitable<GeneratorNext<T>> : std::true_type
{
};

} // namespace CoroDetail

/**
 * The return type of a hand-driven asynchronous generator of @p T values. Owns its frame:
 * destroying it destroys a suspended generator (and whatever it awaits).
 */
template<typename T>
class [[nodiscard]] HandAsyncGenerator
{
public:
    using promise_type = CoroDetail::GeneratorPromise<T>;

    HandAsyncGenerator() = default;
    HandAsyncGenerator(HandAsyncGenerator &&other) noexcept
        : m_handle(std::exchange(other.m_handle, {}))
    {
    }
    HandAsyncGenerator &operator=(HandAsyncGenerator &&other) noexcept
    {
        if (this != &other) {
            if (m_handle)
                m_handle.destroy();
            m_handle = std::exchange(other.m_handle, {});
        }
        return *this;
    }
    HandAsyncGenerator(const HandAsyncGenerator &) = delete;
    HandAsyncGenerator &operator=(const HandAsyncGenerator &) = delete;
    ~HandAsyncGenerator()
    {
        if (m_handle)
            m_handle.destroy();
    }

    /** co_await it from a HandCoroutine: the next value, or nothing once the generator has ended. */
    CoroDetail::GeneratorNext<T> next() { return {m_handle}; }
    bool done() const { return !m_handle || m_handle.done(); }

private:
    explicit HandAsyncGenerator(std::coroutine_handle<promise_type> handle)
        : m_handle(handle)
    {
    }

    std::coroutine_handle<promise_type> m_handle;

    friend class CoroDetail::GeneratorPromise<T>;
};

namespace CoroDetail {
template<typename T>
HandAsyncGenerator<T> GeneratorPromise<T>::get_return_object()
{
    return HandAsyncGenerator<T>(std::coroutine_handle<GeneratorPromise<T>>::from_promise(*this));
}
} // namespace CoroDetail

} // namespace Lab
