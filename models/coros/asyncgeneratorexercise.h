// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/coros/handasyncgenerator.h"

namespace Lab {

class ToyLoop;

// The toy loop's async-iteration exercise: Python's `async for` over an async generator that
// sleeps between its values. Its source is shown in the app (snippet "asyncgenerator").

/** Hands out 1 to @p count, sleeping @p interval seconds on @p loop before each. */
HandAsyncGenerator<int> ticker(ToyLoop *loop, int count, double interval);
/** Loops over ticker(loop, 3, 0.5), handling each value for 0.2 s. */
HandCoroutine<void> tickerConsumer(ToyLoop *loop);

} // namespace Lab
