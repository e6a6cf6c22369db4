// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/sleep.h"
#include "models/flags/asyncsemaphore.h"

#include <QCoroTask>
#include <QTest>

#include <memory>

using namespace Lab;

namespace {

struct Log
{
    int inside = 0;
    int most = 0;
    QStringList events;
};

// Holds a permit for @p seconds, as the book's coroutines hold it around their GET.
QCoro::Task<> holdFor(std::shared_ptr<AsyncSemaphore> semaphore, std::shared_ptr<Log> log, QString name, double seconds)
{
    const bool acquired = co_await semaphore->acquire();
    if (!acquired) {
        log->events << name + QStringLiteral(" cancelled");
        co_return;
    }
    log->most = std::max(log->most, ++log->inside);
    log->events << name + QStringLiteral(" in");
    co_await Lab::sleepForSeconds(seconds);
    --log->inside;
    log->events << name + QStringLiteral(" out");
    semaphore->release();
}

} // namespace

class TestAsyncSemaphore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void limitsAndKeepsOrder();
    void cancelResumesWaitersWithFalse();
    void destroyedWhileWaitedOn();
};

void TestAsyncSemaphore::limitsAndKeepsOrder()
{
    auto semaphore = std::make_shared<AsyncSemaphore>(2);
    auto log = std::make_shared<Log>();
    for (const QString name : {"a", "b", "c", "d", "e"})
        holdFor(semaphore, log, name, 0.02);
    QCOMPARE(semaphore->available(), 0);
    QCOMPARE(semaphore->waiting(), std::size_t(3));
    QTRY_COMPARE(log->events.size(), 10);
    QCOMPARE(log->most, 2);
    QStringList ins;
    for (const QString &event : std::as_const(log->events)) {
        if (event.endsWith(" in"))
            ins << event.left(1);
    }
    QCOMPARE(ins.join(QString()), QStringLiteral("abcde")); // first come, first served
    QCOMPARE(semaphore->available(), 2);
    QCOMPARE(semaphore->waiting(), std::size_t(0));
}

void TestAsyncSemaphore::cancelResumesWaitersWithFalse()
{
    auto semaphore = std::make_shared<AsyncSemaphore>(1);
    auto log = std::make_shared<Log>();
    holdFor(semaphore, log, "a", 0.05);
    holdFor(semaphore, log, "b", 0.05);
    holdFor(semaphore, log, "c", 0.05);
    semaphore->cancel();
    QCOMPARE(semaphore->waiting(), std::size_t(0));
    QTRY_COMPARE(log->events.size(), 4);
    QCOMPARE(log->events, (QStringList{"a in", "b cancelled", "c cancelled", "a out"}));
    QCOMPARE(semaphore->available(), 1);
}

void TestAsyncSemaphore::destroyedWhileWaitedOn()
{
    // The waiters hold no reference: they must resume with false and not touch the semaphore.
    auto log = std::make_shared<Log>();
    {
        AsyncSemaphore semaphore(0);
        auto borrowed = std::shared_ptr<AsyncSemaphore>(&semaphore, [](AsyncSemaphore *) {});
        holdFor(borrowed, log, "a", 0.01);
        holdFor(borrowed, log, "b", 0.01);
    }
    QTRY_COMPARE(log->events, (QStringList{"a cancelled", "b cancelled"}));
}

QTEST_GUILESS_MAIN(TestAsyncSemaphore)
#include "tst_asyncsemaphore.moc"
