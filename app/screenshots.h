// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoroTask>
#include <QString>

namespace Lab {

class MainWindow;

/** Why @p dir cannot take the screenshots ("no such folder"), or an empty string if it can. */
QString screenshotFolderProblem(const QString &dir);

/**
 * Runs each demo of @p window (its delays scaled by @p timeScale) to a telling moment (a run
 * finished or, for the endless ones, well under way) and saves the whole window as
 * DIR/<demo id>.png and the countdown's blocking run as DIR/countdown-blocking.png, then each demo
 * again in presenter mode as DIR/presenter-<demo id>.png. Prints each file written. Returns the exit status: 0,
 * or 1 if a file could not be written or a demo did not reach its moment in time (its picture
 * is saved anyway, and stderr says which).
 */
QCoro::Task<int> takeScreenshots(MainWindow *window, QString dir, double timeScale);

/**
 * `concurrency-lab --screenshots DIR`: opens the window with the default knobs (and remembers
 * nothing), takes the screenshots and quits with their exit status.
 */
int runScreenshots(int argc, char **argv, const QString &dir, double timeScale);

} // namespace Lab
