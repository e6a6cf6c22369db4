// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define LAB_SANITIZED_ALLOCATOR 1
#if __has_include(<sanitizer/allocator_interface.h>)
#include <sanitizer/allocator_interface.h>
#else
#include <cstddef>
// GCC 12 ships no allocator_interface.h; the runtime (libasan, libtsan) exports the function.
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

// Heap bytes handed out and not yet freed, by the allocator's own count: memory the allocator
// keeps after a free (ASan's quarantine, glibc's free lists) does not count, as it does in RSS.
inline qint64 heapBytesInUse()
{
#if defined(LAB_SANITIZED_ALLOCATOR)
    return qint64(__sanitizer_get_current_allocated_bytes());
#elif defined(__GLIBC__)
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#else
    return -1;
#endif
}
