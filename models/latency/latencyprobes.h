// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/trace/tracetypes.h"

#include <QString>
#include <QUrl>

#include <atomic>
#include <cstddef>

namespace Lab {

/** What one probe measured: a typical time for one access or round trip. */
struct ProbeResult
{
    double ns = 0; ///< the typical time of one operation
    int samples = 0; ///< how many operations (or repeats) it is taken from
    TraceText note; ///< something the reader should know ("on tmpfs: memory, not a disk")
    TraceText error; ///< why there is no figure; empty when ns is valid

    bool ok() const { return error.isEmpty() && samples > 0; }
};

// Each probe blocks the calling thread (run them off the GUI thread), ends within its time budget,
// and returns early, without a figure, once @p stop is set.

/**
 * Pointer chasing: a buffer of @p bytes holds one pointer per 64-byte cache line, linked in a
 * random cyclic permutation (Sattolo's shuffle), so every load depends on the one before and
 * no prefetcher can guess the next line. Returns the best of @p repeats of @p loads loads, as
 * nanoseconds per load.
 */
ProbeResult measurePointerChase(std::size_t bytes, std::size_t loads, int repeats, const std::atomic<bool> *stop);

/**
 * A small write (512 bytes, overwritten in place) followed by ::fsync, to a QTemporaryFile in
 * @p directory (the system's temporary folder when empty). The median of up to 50, within
 * @p budgetSeconds. Notes when the folder lives in memory (tmpfs), where fsync reaches no disk.
 */
ProbeResult measureFsyncWrite(const QString &directory, double budgetSeconds, const std::atomic<bool> *stop);

/**
 * A loopback TCP round trip: an echo server on 127.0.0.1 (port 0) in a thread of its own, and
 * one byte sent and read back, up to 5,000 times within @p budgetSeconds (TCP_NODELAY). The median.
 */
ProbeResult measureLoopbackRoundTrip(double budgetSeconds, const std::atomic<bool> *stop);

/**
 * An HTTP GET of @p url, one connection per request (blockingHttpGet: connect, request,
 * whole answer), up to 20 times within @p budgetSeconds. The median.
 */
ProbeResult measureHttpRoundTrip(const QUrl &url, double budgetSeconds, const std::atomic<bool> *stop);

} // namespace Lab
