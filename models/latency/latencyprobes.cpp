// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/latency/latencyprobes.h"

#include "models/core/clock.h"
#include "models/flags/blockinghttpget.h"

#include <QDir>
#include <QTemporaryFile>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <limits>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <numeric>
#include <random>
#include <sys/socket.h>
#include <sys/vfs.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace Lab {

namespace {

bool stopped(const std::atomic<bool> *stop)
{
    return stop && stop->load(std::memory_order_relaxed);
}

qint64 budgetEnd(double seconds)
{
    return nowNs() + qint64(seconds * 1e9);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

ProbeResult fromSamples(std::vector<double> times)
{
    ProbeResult result;
    result.samples = int(times.size());
    result.ns = median(std::move(times));
    return result;
}

// The system's words for @p error (in the C library's language) inside ours.
TraceText systemError(const char *what, int error)
{
    return TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "%1 failed: %2"),
        {QLatin1String(what), QString::fromLocal8Bit(std::strerror(error))});
}

TraceText stoppedText()
{
    return TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "stopped"));
}

// A file descriptor that closes itself.
struct Descriptor
{
    int fd;
    explicit Descriptor(int descriptor)
        : fd(descriptor)
    {
    }
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
};

void setNoDelay(int fd)
{
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

void setReceiveTimeout(int fd, int seconds)
{
    const timeval timeout{seconds, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
}

constexpr long TmpfsMagic = 0x01021994; // TMPFS_MAGIC of <linux/magic.h>

} // namespace

// snippet-begin: pointer-chase
// One pointer per cache line: each load brings in a line of its own.
struct alignas(64) CacheLine
{
    CacheLine *next;
};

ProbeResult measurePointerChase(std::size_t bytes, std::size_t loads, int repeats, const std::atomic<bool> *stop)
{
    const std::size_t count = std::max<std::size_t>(bytes / sizeof(CacheLine), 2);
    std::vector<CacheLine> lines(count);
    // Sattolo's shuffle: a random permutation that is one single cycle through every line.
    std::vector<std::uint32_t> order(count);
    std::iota(order.begin(), order.end(), 0u);
    std::mt19937_64 random(std::random_device{}());
    for (std::size_t i = count - 1; i > 0; --i)
        std::swap(order[i], order[std::uniform_int_distribution<std::size_t>(0, i - 1)(random)]);
    for (std::size_t i = 0; i < count; ++i)
        lines[i].next = &lines[order[i]];

    CacheLine *line = &lines[0];
    for (std::size_t i = 0; i < count; ++i) // one lap to bring the buffer into the cache it fits
        line = line->next;
    loads = std::max<std::size_t>(loads / 8, 1) * 8;
    double best = std::numeric_limits<double>::infinity();
    for (int repeat = 0; repeat < repeats && !stopped(stop); ++repeat) {
        const qint64 start = nowNs();
        for (std::size_t i = 0; i < loads; i += 8) {
            // Each load needs the address the previous one returned: nothing can overlap.
            line = line->next->next->next->next->next->next->next->next;
        }
        // The chase must end before the clock is read again; without this the compiler may move it.
        asm volatile("" : "+r"(line) : : "memory");
        best = std::min(best, double(nowNs() - start) / double(loads));
    }
    // snippet-end: pointer-chase
    ProbeResult result;
    if (stopped(stop))
        result.error = stoppedText();
    else
        result = {best, repeats, {}, {}};
    return result;
}

ProbeResult measureFsyncWrite(const QString &directory, double budgetSeconds, const std::atomic<bool> *stop)
{
    const QString folder = directory.isEmpty() ? QDir::tempPath() : directory;
    ProbeResult result;
    QTemporaryFile file(folder + QStringLiteral("/concurrency-lab-fsync-XXXXXX"));
    if (!file.open()) {
        result.error = TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "cannot create a file in %1: %2"),
            {folder, file.errorString()});
        return result;
    }
    const int fd = int(file.handle());
    const QByteArray block(512, 'x');
    std::vector<double> times;
    const qint64 end = budgetEnd(budgetSeconds);
    // snippet-begin: fsync
    while (times.size() < 50 && (times.empty() || nowNs() < end) && !stopped(stop)) {
        const qint64 start = nowNs();
        if (::pwrite(fd, block.constData(), std::size_t(block.size()), 0) != block.size() || ::fsync(fd) != 0) {
            result.error = systemError("write + fsync", errno);
            return result;
        }
        times.push_back(double(nowNs() - start));
    }
    // snippet-end: fsync
    if (stopped(stop)) {
        result.error = stoppedText();
        return result;
    }
    result = fromSamples(std::move(times));
    struct statfs filesystem;
    const bool inMemory = ::fstatfs(fd, &filesystem) == 0 && long(filesystem.f_type) == TmpfsMagic;
    result.note = inMemory
        ? TraceText("Lab::Latency",
            QT_TRANSLATE_NOOP("Lab::Latency", "%1 is on tmpfs: memory, not a disk — fsync has nothing to wait for"),
            {folder})
        : TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "in %1"), {folder});
    return result;
}

ProbeResult measureLoopbackRoundTrip(double budgetSeconds, const std::atomic<bool> *stop)
{
    ProbeResult result;
    Descriptor listener(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0; // any free port
    socklen_t length = sizeof address;
    if (listener.fd < 0 || ::bind(listener.fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener.fd, 1) != 0
        || ::getsockname(listener.fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        result.error = systemError("listen on 127.0.0.1", errno);
        return result;
    }

    // snippet-begin: echo
    // The echo server, on a thread of its own: sends every byte back until the client closes.
    std::thread echo([fd = listener.fd] {
        const Descriptor client(::accept4(fd, nullptr, nullptr, SOCK_CLOEXEC));
        if (client.fd < 0)
            return;
        setNoDelay(client.fd);
        setReceiveTimeout(client.fd, 5);
        char byte = 0;
        while (::recv(client.fd, &byte, 1, 0) == 1 && ::send(client.fd, &byte, 1, MSG_NOSIGNAL) == 1) {}
    });
    // snippet-end: echo

    std::vector<double> times;
    {
        const Descriptor client(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        if (client.fd < 0 || ::connect(client.fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            result.error = systemError("connect to 127.0.0.1", errno);
            ::shutdown(listener.fd, SHUT_RDWR); // wakes the echo thread's accept()
            echo.join();
            return result;
        }
        setNoDelay(client.fd);
        setReceiveTimeout(client.fd, 2);
        constexpr int WarmUp = 20;
        times.reserve(5000);
        const qint64 end = budgetEnd(budgetSeconds);
        char byte = 'x';
        for (int i = 0; times.size() < 5000 && (i < WarmUp + 1 || nowNs() < end) && !stopped(stop); ++i) {
            const qint64 start = nowNs();
            if (::send(client.fd, &byte, 1, MSG_NOSIGNAL) != 1 || ::recv(client.fd, &byte, 1, 0) != 1) {
                result.error = systemError("loopback round trip", errno);
                break;
            }
            if (i >= WarmUp)
                times.push_back(double(nowNs() - start));
        }
        ::shutdown(client.fd, SHUT_RDWR); // the echo thread reads the end of the stream and returns
    }
    echo.join();
    if (!result.error.isEmpty())
        return result;
    if (stopped(stop)) {
        result.error = stoppedText();
        return result;
    }
    result = fromSamples(std::move(times));
    result.note = TraceText("Lab::Latency",
        QT_TRANSLATE_NOOP("Lab::Latency", "1 byte to an echo server on 127.0.0.1:%1 and back"),
        {QString::number(ntohs(address.sin_port))});
    return result;
}

ProbeResult measureHttpRoundTrip(const QUrl &url, double budgetSeconds, const std::atomic<bool> *stop)
{
    constexpr double Timeout = 3.0;
    ProbeResult result;
    std::vector<double> times;
    const qint64 end = budgetEnd(budgetSeconds);
    while (times.size() < 20 && (times.empty() || nowNs() < end) && !stopped(stop)) {
        const qint64 start = nowNs();
        const HttpResponse response = blockingHttpGet(url, Timeout, stop);
        if (response.failure != HttpResponse::Failure::None) {
            result.error = response.failureMessage(Timeout);
            return result;
        }
        if (response.status != 200) {
            result.error = TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "HTTP %1 %2"),
                {QString::number(response.status), response.reason});
            return result;
        }
        times.push_back(double(nowNs() - start));
    }
    if (stopped(stop)) {
        result.error = stoppedText();
        return result;
    }
    result = fromSamples(std::move(times));
    result.note = TraceText("Lab::Latency", QT_TRANSLATE_NOOP("Lab::Latency", "GET %1, a new connection each time"),
        {url.toDisplayString()});
    return result;
}

} // namespace Lab
