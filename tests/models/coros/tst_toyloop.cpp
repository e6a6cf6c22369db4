// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/coros/toyloop.h"

#include <QFile>
#include <QTest>

using namespace Lab;

namespace {

int toyLoopLine(const QString &text)
{
    QFile source(QStringLiteral(LAB_SOURCE_DIR "/models/coros/toyloop.cpp"));
    if (!source.open(QIODevice::ReadOnly))
        return -1;
    const QStringList lines = QString::fromUtf8(source.readAll()).split(u'\n');
    int found = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(text))
            found = found == -1 ? i + 1 : -2; // -2: not unique
    }
    return found;
}

// "A@1" per entry, earliest first: the heap as the page's table shows it.
QStringList heapWords(const ToyLoop &loop)
{
    QStringList words;
    for (const ToyLoopEntry &entry : loop.heap())
        words.append(QStringLiteral("%1@%2").arg(entry.task).arg(entry.deadline));
    return words;
}

} // namespace

class TestToyLoop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void launchpadOrderAndTotal();
    void heapAfterSteps_data();
    void heapAfterSteps();
    void heapShowsWhereEachTaskWaits();
    void stepByStep();
    void stepAfterTheEndDoesNothing();
    void destroyingALoopMidRunFreesItsTasks();
    void formatElapsed_data();
    void formatElapsed();
};

void TestToyLoop::launchpadOrderAndTotal()
{
    // Deadlines: A 0, C 1, B 2 at the start; each T-minus line adds 1 s. At every tie the task that
    // asked first wakes first (B asked for 2 at 0 s, before C asked at 1 s), so from 2 s on B, C, A.
    ToyLoop loop;
    loop.addLaunchpadCountdowns();
    loop.runUntilComplete();
    const QStringList expected{
        "A waiting 0 seconds before starting countdown",
        "B waiting 2 seconds before starting countdown",
        "C waiting 1 seconds before starting countdown",
        "A starting after waiting 0:00:00",
        "A T-minus 5",
        "C starting after waiting 0:00:01",
        "C T-minus 4",
        "A T-minus 4",
        "B starting after waiting 0:00:02",
        "B T-minus 3",
        "C T-minus 3",
        "A T-minus 3",
        "B T-minus 2",
        "C T-minus 2",
        "A T-minus 2",
        "B T-minus 1",
        "C T-minus 1",
        "A T-minus 1",
        "B lift-off!",
        "C lift-off!",
        "A lift-off!",
        "Total elapsed time is 0:00:05",
    };
    QCOMPARE(loop.lines(), expected);
    QCOMPARE(loop.now(), 5.0);
    QVERIFY(loop.finished());
    // One priming step, then one per wake-up: A 6 (0..5 s), B 4 (2..5 s), C 5 (1..5 s).
    QCOMPARE(loop.stepCount(), 1 + 6 + 4 + 5);
}

void TestToyLoop::heapAfterSteps_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("now");
    QTest::addColumn<QString>("lastTask");
    QTest::addColumn<QStringList>("heap");
    QTest::newRow("before any") << 0 << 0.0 << "" << QStringList{};
    QTest::newRow("primed") << 1 << 0.0 << "" << QStringList{"A@0", "C@1", "B@2"};
    QTest::newRow("A started") << 2 << 0.0 << "A" << QStringList{"C@1", "A@1", "B@2"};
    QTest::newRow("C started") << 3 << 1.0 << "C" << QStringList{"A@1", "B@2", "C@2"};
    QTest::newRow("A at 1 s") << 4 << 1.0 << "A" << QStringList{"B@2", "C@2", "A@2"};
    QTest::newRow("B started") << 5 << 2.0 << "B" << QStringList{"C@2", "A@2", "B@3"};
    QTest::newRow("B lift-off") << 14 << 5.0 << "B" << QStringList{"C@5", "A@5"};
    QTest::newRow("C lift-off") << 15 << 5.0 << "C" << QStringList{"A@5"};
    QTest::newRow("all done") << 16 << 5.0 << "A" << QStringList{};
}

void TestToyLoop::heapAfterSteps()
{
    QFETCH(int, steps);
    QFETCH(double, now);
    QFETCH(QString, lastTask);
    QFETCH(QStringList, heap);

    ToyLoop loop;
    loop.addLaunchpadCountdowns();
    for (int i = 0; i < steps; ++i)
        QVERIFY(loop.step());
    QCOMPARE(loop.stepCount(), steps);
    QCOMPARE(loop.now(), now);
    QCOMPARE(loop.lastTask(), lastTask);
    QCOMPARE(heapWords(loop), heap);
    if (heap.isEmpty())
        QVERIFY(!loop.nextDeadline());
    else
        QCOMPARE(*loop.nextDeadline(), loop.heap().front().deadline);
}

void TestToyLoop::heapShowsWhereEachTaskWaits()
{
    const int delayLine = toyLoopLine(QStringLiteral("co_await loop->sleep(delay);"));
    const int tickLine = toyLoopLine(QStringLiteral("co_await loop->sleep(1);"));
    QVERIFY(delayLine > 0);
    QVERIFY(tickLine > 0);

    ToyLoop loop;
    loop.addLaunchpadCountdowns();
    loop.step();
    for (const ToyLoopEntry &entry : loop.heap())
        QCOMPARE(entry.line, delayLine); // every task waits out its delay
    loop.step(); // A wakes, prints "A T-minus 5" and sleeps a second
    QCOMPARE(loop.lastTaskLine(), tickLine);
    const auto heap = loop.heap();
    QCOMPARE(heap[1].task, QStringLiteral("A"));
    QCOMPARE(heap[1].line, tickLine);
    QCOMPARE(heap[0].line, delayLine);
}

void TestToyLoop::stepByStep()
{
    ToyLoop loop;
    loop.addLaunchpadCountdowns();
    QVERIFY(!loop.started());
    QVERIFY(!loop.finished());
    QVERIFY(loop.step());
    QCOMPARE(loop.lastLines().size(), 3); // the three "waiting" lines
    QVERIFY(loop.step());
    QCOMPARE(loop.lastLines(), (QStringList{"A starting after waiting 0:00:00", "A T-minus 5"}));
    QVERIFY(loop.step());
    QCOMPARE(loop.lastLines(), (QStringList{"C starting after waiting 0:00:01", "C T-minus 4"}));
    while (loop.heap().size() > 1)
        QVERIFY(loop.step());
    QVERIFY(loop.step());
    QCOMPARE(loop.lastLines(), (QStringList{"A lift-off!", "Total elapsed time is 0:00:05"}));
    QCOMPARE(loop.lastTaskLine(), 0); // A finished: it waits nowhere
}

void TestToyLoop::stepAfterTheEndDoesNothing()
{
    ToyLoop loop;
    loop.addLaunchpadCountdowns();
    loop.runUntilComplete();
    const QStringList lines = loop.lines();
    QVERIFY(!loop.step());
    QCOMPARE(loop.lines(), lines);
    QCOMPARE(loop.stepCount(), 16);

    ToyLoop empty;
    QVERIFY(empty.step()); // starts nothing
    QVERIFY(empty.finished());
    QVERIFY(!empty.step());
}

void TestToyLoop::destroyingALoopMidRunFreesItsTasks()
{
    // Under a sanitizer this is where a leaked or doubly freed frame would show.
    auto loop = std::make_unique<ToyLoop>();
    loop->addLaunchpadCountdowns();
    for (int i = 0; i < 6; ++i)
        loop->step();
    QCOMPARE(loop->heap().size(), size_t(3));
    loop.reset();

    ToyLoop notStarted;
    notStarted.addLaunchpadCountdowns();
}

void TestToyLoop::formatElapsed_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << "0:00:00";
    QTest::newRow("five") << 5.0 << "0:00:05";
    QTest::newRow("launchpad's C") << 1.001089 << "0:00:01.001089";
    QTest::newRow("hours") << 3725.5 << "1:02:05.500000";
}

void TestToyLoop::formatElapsed()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(ToyLoop::formatElapsed(seconds), text);
}

QTEST_GUILESS_MAIN(TestToyLoop)
#include "tst_toyloop.moc"
