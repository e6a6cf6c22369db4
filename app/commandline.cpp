// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/commandline.h"

#include "app/headless/clioptions.h"
#include "app/headless/headlesscommands.h"

#include <QCoreApplication>

namespace Lab {

int runConcurrencyLab(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("concurrency-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAB_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("spinner"))
        return runSpinnerCommand(arguments);
    if (command == QLatin1String("countdown"))
        return runCountdownCommand(arguments);
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

} // namespace Lab
