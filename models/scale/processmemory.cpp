// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/scale/processmemory.h"

#include "models/core/numberlocale.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>
#include <cstdio>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Lab {

qint64 residentBytes()
{
    // statm: size resident shared text lib data dt, in pages. One read(), no QFile: this runs often.
    std::FILE *file = std::fopen("/proc/self/statm", "r");
    if (!file)
        return 0;
    long long size = 0;
    long long resident = 0;
    const int fields = std::fscanf(file, "%lld %lld", &size, &resident);
    std::fclose(file);
    return fields == 2 ? qint64(resident) * qint64(::sysconf(_SC_PAGESIZE)) : 0;
}

qint64 availableMemoryBytes()
{
    QFile file(QStringLiteral("/proc/meminfo"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("MemAvailable:"))
            continue;
        bool ok = false;
        const qint64 kib = line.mid(13).trimmed().split(' ').value(0).toLongLong(&ok);
        return ok ? kib * 1024 : -1;
    }
    return -1;
}

void releaseFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

QString formatBytes(double bytes)
{
    const double magnitude = std::abs(bytes);
    const QLocale locale = numberLocale();
    const auto digits = [&locale](double value) {
        return std::abs(value) >= 100 ? locale.toString(value, 'f', 0) : locale.toString(value, 'f', 1);
    };
    if (magnitude < 1024)
        return QCoreApplication::translate("Lab::Scale", "%1 B").arg(locale.toString(bytes, 'f', 0));
    if (magnitude < 1024.0 * 1024)
        return QCoreApplication::translate("Lab::Scale", "%1 KiB").arg(digits(bytes / 1024));
    if (magnitude < 1024.0 * 1024 * 1024)
        return QCoreApplication::translate("Lab::Scale", "%1 MiB").arg(digits(bytes / (1024.0 * 1024)));
    return QCoreApplication::translate("Lab::Scale", "%1 GiB").arg(digits(bytes / (1024.0 * 1024 * 1024)));
}

} // namespace Lab
