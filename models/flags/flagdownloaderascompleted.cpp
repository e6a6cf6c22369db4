// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// FlagDownloader's "as completed" path: the coroutine mode's results, taken in completion order by
// one consumer looping over an async generator.
#include "models/core/clock.h"
#include "models/flags/completionqueue.h"
#include "models/flags/flagdownloader.h"
#include "models/trace/tracerecorder.h"

#include <QCoroAsyncGenerator>

namespace Lab {

void FlagDownloader::deliver(int index, quint64 generation, FlagResult result)
{
    if (m_completions && generation == m_generation)
        m_completions->push({index, std::move(result)}); // the consumer ends the flag when it takes it
    else
        complete(index, generation, std::move(result));
}

void FlagDownloader::startAsCompleted(quint64 generation)
{
    m_completions = std::make_shared<Completions>();
    consumeAsCompleted(generation, m_completions);
}

// snippet-begin: ascompleted
namespace {
// Python: asyncio.as_completed(to_do). An async generator: each co_yield hands over
// the next download to end, whichever it is, and waits until the loop asks again.
QCoro::AsyncGenerator<FlagCompletion> asCompleted(
    std::shared_ptr<CompletionQueue<FlagCompletion>> completions, int count)
{
    for (int i = 0; i < count; ++i) {
        std::optional<FlagCompletion> done = co_await completions->next(); // <---- the event loop runs meanwhile
        if (!done)
            co_return; // stopped
        co_yield std::move(*done);
    }
}
} // namespace

// Python: for coro in tqdm(asyncio.as_completed(to_do)): result = await coro ...
QCoro::Task<> FlagDownloader::consumeAsCompleted(quint64 generation, std::shared_ptr<Completions> completions)
{
    QPointer self(this);
    const TaskId consumer = m_consumerTask;
    m_recorder->setState(consumer, TaskState::AwaitingIo,
        TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "awaiting the next result")));
    // `async for done in asCompleted(...)`: resumed once per download, in the order they end.
    QCORO_FOREACH(FlagCompletion & done, asCompleted(completions, int(m_results.size())))
    {
        if (!self || generation != m_generation)
            co_return;
        m_recorder->addLink(m_slots[std::size_t(done.index)].task, consumer, nowNs());
        m_recorder->setState(consumer, TaskState::Running,
            TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "%1: grid and progress bar"),
                {done.result.code}));
        m_consumedOrder.push_back(done.index);
        complete(done.index, generation, std::move(done.result)); // one cell, one step of the progress bar
        if (!self || generation != m_generation)
            co_return;
        m_recorder->setState(consumer, TaskState::AwaitingIo,
            TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "awaiting the next result")));
    }
    if (self && generation == m_generation)
        m_recorder->finishTask(consumer);
}
// snippet-end: ascompleted

} // namespace Lab
