// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/scale/pythonreference.h"

#include <QCoreApplication>

namespace Lab {

QString PythonReference::text()
{
    return QCoreApplication::translate("Lab::Scale",
        "Reference, measured elsewhere (Python 3.11, 2-core machine), not on this machine:\n"
        "%1 asyncio tasks sleeping %2 ms take %3 s and %4 MiB (about %5 KiB a task);\n"
        "a live thread costs about %6 KiB RSS.")
        .arg(QStringLiteral("100,000"))
        .arg(SleepSeconds * 1000, 0, 'f', 0)
        .arg(ElapsedSeconds, 0, 'f', 1)
        .arg(MebibytesTotal, 0, 'f', 0)
        .arg(KibibytesPerTask, 0, 'f', 1)
        .arg(KibibytesPerThread, 0, 'f', 0);
}

} // namespace Lab
