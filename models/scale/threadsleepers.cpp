// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/scale/threadsleepers.h"

#include "models/scale/processmemory.h"

#include <QCoreApplication>

#include <chrono>
#include <system_error>
#include <vector>

namespace Lab {

ThreadSleepers::ThreadSleepers(std::shared_ptr<SleeperCounters> counters)
    : m_counters(std::move(counters))
{
}

ThreadSleepers::~ThreadSleepers()
{
    stop();
    if (m_launcher.joinable())
        m_launcher.join();
}

void ThreadSleepers::start(int count, double seconds)
{
    m_launcher = std::thread([this, count, seconds] {
        launch(count, seconds);
    });
}

void ThreadSleepers::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
}

QString ThreadSleepers::limit() const
{
    const std::lock_guard lock(m_mutex);
    return m_limit;
}

// snippet-begin: thread-sleeper
void ThreadSleepers::sleep(double seconds)
{
    m_counters->fellAsleep();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::nanoseconds(qint64(seconds * 1e9));
    std::unique_lock lock(m_mutex);
    // A timed wait is a sleep that stop() can cut short.
    m_wake.wait_until(lock, deadline, [this] {
        return m_stopping;
    });
    lock.unlock();
    m_counters->wokeUp();
}

void ThreadSleepers::launch(int count, double seconds)
{
    std::vector<std::thread> threads;
    QString limit;
    try {
        threads.reserve(std::size_t(count));
        for (int i = 0; i < count; ++i) {
            if (i % 64 == 0) {
                if (const std::lock_guard lock(m_mutex); m_stopping)
                    break;
                const qint64 available = availableMemoryBytes();
                if (available >= 0 && available < MemoryReserveBytes) {
                    limit = QCoreApplication::translate("Lab::Scale", "less than %1 of memory left")
                                .arg(formatBytes(double(MemoryReserveBytes)));
                    break;
                }
            }
            threads.emplace_back([this, seconds] {
                sleep(seconds);
            });
        }
    } catch (const std::system_error &error) {
        // The system said no (EAGAIN: the thread limit, or no memory for another stack).
        limit = QCoreApplication::translate("Lab::Scale", "thread %1 could not be created: %2")
                    .arg(threads.size() + 1)
                    .arg(QString::fromLocal8Bit(error.what()));
    } catch (const std::bad_alloc &) {
        limit = QCoreApplication::translate("Lab::Scale", "out of memory after %1 threads").arg(threads.size());
    }
    // snippet-end: thread-sleeper
    {
        const std::lock_guard lock(m_mutex);
        m_limit = limit;
    }
    m_launched.store(true, std::memory_order_release);
    for (std::thread &thread : threads)
        thread.join();
    m_done.store(true, std::memory_order_release);
}

} // namespace Lab
