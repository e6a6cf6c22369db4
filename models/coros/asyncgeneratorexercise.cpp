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
        loop->print(QStringLiteral("ticker sleeps %1 s before %2").arg(interval).arg(i));
        co_await loop->sleep(interval); // the whole chain parks in the loop's heap
        loop->print(QStringLiteral("ticker: co_yield %1 resumes the consumer").arg(i));
        co_yield i; // parked here until the consumer asks for the next value
    }
    loop->print(QStringLiteral("ticker ends: the consumer's next() gives nothing"));
}

// Python: async for tick in ticker(3, 0.5):
//             print('got', tick); await asyncio.sleep(0.2)
HandCoroutine<void> tickerConsumer(ToyLoop *loop)
{
    HandAsyncGenerator<int> ticks = ticker(loop, 3, 0.5); // nothing runs yet
    while (const std::optional<int> tick = co_await ticks.next()) { // resumes ticker
        loop->print(QStringLiteral("consumer got %1, handles it for 0.2 s").arg(*tick));
        co_await loop->sleep(0.2); // meanwhile ticker waits at its co_yield
    }
    loop->print(QStringLiteral("consumer: the async for is over"));
}
// snippet-end: asyncgenerator

} // namespace Lab
