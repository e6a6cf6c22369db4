// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/socketconnect.h"

#include "models/core/clock.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QTcpSocket>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace Lab {

namespace {

using Failure = HttpResponse::Failure;

// How long one wait lasts before the stop flag is looked at again.
constexpr qint64 SliceNs = 20'000'000;

bool stopRequested(const std::atomic<bool> *stop)
{
    return stop && stop->load(std::memory_order_relaxed);
}

int sliceMs(qint64 deadlineNs)
{
    return int(std::clamp<qint64>((deadlineNs - nowNs() + 999'999) / 1'000'000, 0, SliceNs / 1'000'000));
}

// A lookup the caller may walk away from: the thread keeps the state alive until it is done.
struct Lookup
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    QList<QHostAddress> addresses;
};

Failure resolve(const QString &host, qint64 deadlineNs, const std::atomic<bool> *stop, QList<QHostAddress> *addresses)
{
    if (QHostAddress literal; literal.setAddress(host)) {
        *addresses = {literal};
        return Failure::None;
    }
    auto lookup = std::make_shared<Lookup>();
    std::thread([lookup, host] {
        const QHostInfo info = QHostInfo::fromName(host);
        std::lock_guard lock(lookup->mutex);
        lookup->addresses = info.addresses();
        lookup->finished = true;
        lookup->done.notify_all();
    }).detach();
    std::unique_lock lock(lookup->mutex);
    while (!lookup->finished) {
        if (stopRequested(stop))
            return Failure::Stopped;
        if (nowNs() >= deadlineNs)
            return Failure::Timeout;
        lookup->done.wait_for(lock, std::chrono::milliseconds(std::max(1, sliceMs(deadlineNs))));
    }
    *addresses = lookup->addresses;
    return addresses->isEmpty() ? Failure::HostNotFound : Failure::None;
}

// One non-blocking connect, waited for in slices; returns the connected descriptor or -1.
int connectTo(const QHostAddress &address, quint16 port, qint64 deadlineNs, const std::atomic<bool> *stop,
    Failure *failure, int *error)
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, 16);
        in6->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *failure = Failure::Network;
        *error = errno;
        return -1;
    }
    if (::connect(fd, reinterpret_cast<sockaddr *>(&storage), length) == 0)
        return fd;
    if (errno != EINPROGRESS) {
        *error = errno;
        *failure = *error == ECONNREFUSED ? Failure::ConnectionRefused : Failure::Network;
        ::close(fd);
        return -1;
    }
    for (;;) {
        if (stopRequested(stop)) {
            *failure = Failure::Stopped;
            break;
        }
        if (nowNs() >= deadlineNs) {
            *failure = Failure::Timeout;
            break;
        }
        pollfd entry{fd, POLLOUT, 0};
        const int ready = ::poll(&entry, 1, sliceMs(deadlineNs));
        if (ready < 0 && errno != EINTR) {
            *failure = Failure::Network;
            *error = errno;
            break;
        }
        if (ready <= 0)
            continue;
        int soError = 0;
        socklen_t size = sizeof soError;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &size);
        if (soError == 0)
            return fd;
        *error = soError;
        *failure = soError == ECONNREFUSED ? Failure::ConnectionRefused : Failure::Network;
        break;
    }
    ::close(fd);
    return -1;
}

} // namespace

Failure connectSocket(QTcpSocket *socket, const QString &host, quint16 port, qint64 deadlineNs,
    const std::atomic<bool> *stop, QString *detail)
{
    QList<QHostAddress> addresses;
    if (const Failure failure = resolve(host, deadlineNs, stop, &addresses); failure != Failure::None) {
        *detail = host;
        return failure;
    }
    Failure failure = Failure::Network;
    int error = 0;
    for (const QHostAddress &address : std::as_const(addresses)) {
        const int fd = connectTo(address, port, deadlineNs, stop, &failure, &error);
        if (fd >= 0) {
            // The socket takes the descriptor over, connected: from here on it is an ordinary QTcpSocket.
            if (socket->setSocketDescriptor(fd))
                return Failure::None;
            ::close(fd);
            *detail = socket->errorString();
            return Failure::Network;
        }
        if (failure == Failure::Stopped || failure == Failure::Timeout)
            break;
    }
    if (failure == Failure::Network)
        *detail = QString::fromLocal8Bit(std::strerror(error));
    return failure;
}

} // namespace Lab
