// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/coros/asyncgeneratorexercise.h"
#include "models/coros/handasyncgenerator.h"
#include "models/coros/toyloop.h"

#include <QTest>

#include "tests/common/alive.h"

using namespace Lab;

namespace {

HandAsyncGenerator<int> counted(int *alive, int count)
{
    Alive guard(alive);
    for (int i = 1; i <= count; ++i) {
        co_await handOut(QStringLiteral("pause %1").arg(i)); // stands for a sleep: the chain goes out
        co_yield i * 10;
    }
}

HandCoroutine<int> sumOf(int *alive, int count)
{
    Alive guard(alive);
    HandAsyncGenerator<int> values = counted(alive, count);
    int sum = 0;
    while (const std::optional<int> value = co_await values.next())
        sum += *value;
    // Past the end, next() keeps giving nothing.
    if (co_await values.next())
        sum = -1;
    co_return sum;
}

HandCoroutine<int> takeFirst(int *alive)
{
    HandAsyncGenerator<int> values = counted(alive, 3);
    const std::optional<int> first = co_await values.next();
    co_return first.value_or(-1); // the generator is destroyed here, parked at its co_yield
}

} // namespace

// An async generator driven by hand, and `async for` over one on the toy loop.
class TestAsyncGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pausesGoOutThroughTheConsumer()
    {
        int alive = 0;
        HandCoroutine<int> consumer = sumOf(&alive, 3);
        QCOMPARE(alive, 0); // lazy: nothing ran
        for (int i = 1; i <= 3; ++i) {
            const CoroStep step = consumer.resume();
            QVERIFY(step.handedOut());
            QCOMPARE(step.value.toString(), QStringLiteral("pause %1").arg(i));
            QCOMPARE(alive, 2);
            // The chain: the generator waits inside the consumer's co_await next().
            const CoroState state = consumer.state();
            QCOMPARE(state.frames.size(), 2);
            QCOMPARE(state.frames[0].function, QStringLiteral("sumOf"));
            QCOMPARE(state.frames[1].function, QStringLiteral("counted"));
        }
        const CoroStep last = consumer.resume();
        QVERIFY(last.returned());
        QCOMPARE(last.value.toInt(), 60);
        QCOMPARE(alive, 0);
    }

    void destroyingTheGeneratorMidwayFreesIt()
    {
        int alive = 0;
        {
            HandCoroutine<int> consumer = takeFirst(&alive);
            QVERIFY(consumer.resume().handedOut());
            const CoroStep step = consumer.resume();
            QVERIFY(step.returned());
            QCOMPARE(step.value.toInt(), 10);
            QCOMPARE(alive, 0);
        }
        {
            HandCoroutine<int> consumer = sumOf(&alive, 3);
            QVERIFY(consumer.resume().handedOut());
            QCOMPARE(alive, 2);
        } // destroyed while both frames are suspended
        QCOMPARE(alive, 0);
    }

    void tickerOnTheToyLoopInOrder()
    {
        ToyLoop loop;
        loop.addTickerConsumer();
        QStringList timed;
        while (loop.step()) {
            for (const QString &line : loop.lastLines())
                timed.append(ToyLoop::formatElapsed(loop.now()) + u' ' + line);
        }
        // The generator is paused at its co_yield while the consumer handles a value: 0.5, 1.2, 1.9.
        const QStringList expected{
            "0:00:00 ticker sleeps 0.5 s before 1",
            "0:00:00.500000 ticker yields 1",
            "0:00:00.500000 consumer got 1 - works 0.2 s",
            "0:00:00.700000 ticker sleeps 0.5 s before 2",
            "0:00:01.200000 ticker yields 2",
            "0:00:01.200000 consumer got 2 - works 0.2 s",
            "0:00:01.400000 ticker sleeps 0.5 s before 3",
            "0:00:01.900000 ticker yields 3",
            "0:00:01.900000 consumer got 3 - works 0.2 s",
            "0:00:02.100000 ticker ends: next() gives nothing",
            "0:00:02.100000 consumer: async for is over",
            "0:00:02.100000 Total elapsed time is 0:00:02.100000",
        };
        QCOMPARE(timed, expected);
        QCOMPARE(loop.stepCount(), 7);
    }

    void chainSaysWhoWaitsWhere()
    {
        ToyLoop loop;
        loop.addTickerConsumer();
        QVERIFY(loop.step()); // priming: the consumer asks, ticker sleeps
        QCOMPARE(loop.heap().size(), std::size_t(1));
        QCOMPARE(loop.heap().front().task, QStringLiteral("consumer"));
        QVERIFY(loop.step()); // 0.5 s: ticker yields 1, the consumer handles it and sleeps itself
        QCOMPARE(loop.lastTask(), QStringLiteral("consumer"));
        QCOMPARE(loop.lastTaskChain(), QStringLiteral("tickerConsumer at line %1").arg(loop.lastTaskLine()));
        QVERIFY(loop.step()); // 0.7 s: the consumer asks again, so ticker sleeps inside its next()
        QVERIFY2(loop.lastTaskChain().startsWith(QLatin1String("ticker at line ")), qPrintable(loop.lastTaskChain()));
        QVERIFY2(loop.lastTaskChain().endsWith(
                     QLatin1String("awaited by tickerConsumer at line ") + QString::number(loop.lastTaskLine())),
            qPrintable(loop.lastTaskChain()));
    }
};

QTEST_GUILESS_MAIN(TestAsyncGenerator)
#include "tst_asyncgenerator.moc"
