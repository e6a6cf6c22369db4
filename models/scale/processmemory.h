// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Lab {

/** This process's resident set size now, in bytes (/proc/self/statm); 0 where unknown. */
qint64 residentBytes();

/** The system's available memory ("MemAvailable" of /proc/meminfo) in bytes; -1 where unknown. */
qint64 availableMemoryBytes();

/**
 * Hands memory that malloc keeps free back to the system (glibc's malloc_trim), so the RSS a
 * run starts from does not depend on what the run before it freed.
 */
void releaseFreeMemory();

/** "512 B", "1.6 KiB", "185 MiB", "2.1 GiB". */
QString formatBytes(double bytes);

} // namespace Lab
