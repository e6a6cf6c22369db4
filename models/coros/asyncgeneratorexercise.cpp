// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/coros/asyncgeneratorexercise.h"

#include "models/coros/toyloop.h"

namespace Lab {

// snippet-begin: asyncgenerator
// Python: async def ticker(count, interval):
//             for i in range(1, count + 1):
//                 await asyncio.sleep(interval)
//                 yield i
HandAsyncGenerator<int> ticker(ToyLoop *loop, int count, double interval)
{
    for (int i = 1; i <= count; ++i) {
        loop->print("ticker sleeps", interval, "s before", i);
        co_await loop->sleep(interval); // the chain waits in the loop's heap
        loop->print("ticker yields", i);
        co_yield i; // waits here until the consumer asks again
    }
    loop->print("ticker ends: next() gives nothing");
}

// Python: async for tick in ticker(3, 0.5):
//             print('got', tick); await asyncio.sleep(0.2)
HandCoroutine<void> tickerConsumer(ToyLoop *loop)
{
    HandAsyncGenerator<int> ticks = ticker(loop, 3, 0.5); // not started
    // `async for`: each next() resumes ticker until it yields or ends
    while (const std::optional<int> tick = co_await ticks.next()) {
        loop->print("consumer got", *tick, "- works 0.2 s");
        co_await loop->sleep(0.2); // ticker waits at its co_yield
    }
    loop->print("consumer: async for is over");
}
// snippet-end: asyncgenerator

} // namespace Lab
