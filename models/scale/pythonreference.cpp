// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/scale/pythonreference.h"

#include "models/core/numberlocale.h"

#include <QCoreApplication>

namespace Lab {

QString PythonReference::text()
{
    return QCoreApplication::translate("Lab::Scale",
        "Reference, measured elsewhere (Python 3.11, 2-core machine), not on this machine:\n"
        "%1 asyncio tasks sleeping %2 ms take %3 s and %4 MiB (about %5 KiB a task);\n"
        "a live thread costs about %6 KiB RSS.")
        .arg(numberLocale().toString(100'000), numberLocale().toString(SleepSeconds * 1000, 'f', 0),
            numberLocale().toString(ElapsedSeconds, 'f', 1), numberLocale().toString(MebibytesTotal, 'f', 0),
            numberLocale().toString(KibibytesPerTask, 'f', 1), numberLocale().toString(KibibytesPerThread, 'f', 0));
}

} // namespace Lab
