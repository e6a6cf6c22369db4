// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/coros/exercisecoroutines.h"

namespace Lab {

// snippet-begin: exercise1
// The inner coroutine, like Python's `def gen(): yield 42`.
HandCoroutine<void> handOut42()
{
    co_await handOut(42); // suspends the whole chain: 42 goes out to the driver
}

// Like Python's `async def delegating(): await gen()`.
HandCoroutine<void> delegatingTo42()
{
    co_await handOut42(); // starts handOut42 and waits until it co_returns
    // Reached on the second resume(): handOut42 has ended, so this one ends too.
}

// The driver is the Resume button:
//   auto coro = delegatingTo42(); // nothing runs yet: it starts suspended
//   coro.resume(); // -> 42, straight through both co_awaits
//   coro.resume(); // -> finished. Python raises StopIteration here, so the
//                  //    next line, print(res), never runs; C++ just returns.
//   coro.resume(); // undefined behaviour in C++: HandCoroutine checks done()
//                  // and reports "cannot resume a finished coroutine"
// snippet-end: exercise1

// snippet-begin: exercise2
// The inner generator: hands out 1, 2 and 3, one per resume().
HandCoroutine<void> oneTwoThree()
{
    for (int i = 1; i <= 3; ++i)
        co_await handOut(i); // passes through delegatingTo123 to the driver
}

HandCoroutine<void> delegatingTo123()
{
    co_await oneTwoThree(); // suspended here three times, never seeing a value
}

// The driver: resume() -> 1, -> 2, -> 3, then resume() -> finished.
// A fifth resume() would be undefined behaviour in C++: HandCoroutine
// reports an error instead.
// snippet-end: exercise2

// snippet-begin: exercise3
// Python's times10: `n = yield 'Primed!'`, then `terms` times `n = yield n * 10`.
// Each co_await hands a value out and evaluates to what the driver sends next.
HandCoroutine<int> times10(int terms)
{
    int n = (co_await handOut(QStringLiteral("Primed!"))).toInt();
    for (int i = 0; i < terms; ++i)
        n = (co_await handOut(n * 10)).toInt();
    co_return n * 10;
}

HandCoroutine<int> delegatingTimes10(int terms)
{
    co_return co_await times10(terms); // values flow down, results flow up
}

// The driver: resume() first, to run up to the first co_await ("priming": a
// value sent before that would have nowhere to go). Then send(5) -> 50,
// send(6) -> 60, send(7) -> 70, and send(8) -> finished, returned 80.
// Python hands the 80 over inside StopIteration; here it is the step's value.
// snippet-end: exercise3

} // namespace Lab
