// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace Lab {

/**
 * A test's main() on one offscreen screen of @p width x @p height (the platform's own is 800 x 800):
 * presenter mode's full screen and a saved geometry's fit are measured against it.
 */
template<typename Test>
int execOnScreen(int argc, char **argv, int width, int height)
{
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("screen.json")));
    const QByteArray json = QStringLiteral(R"({"screens": [{"name": "screen", "x": 0, "y": 0, "width": %1, "height": %2,
                                         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                                .arg(width)
                                .arg(height)
                                .toUtf8();
    if (!config.open(QIODevice::WriteOnly) || config.write(json) < 0)
        return 1;
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config.fileName()));
    QApplication app(argc, argv);
    Test test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

} // namespace Lab
