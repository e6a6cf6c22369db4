// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/traceopener.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace Lab {

namespace {
constexpr int Steps = 1000;
}

TraceFileLoader::Outcome TraceOpener::open(const QString &path, TraceRecorder *recorder, QWidget *parent)
{
    // Shared with the worker: it may outlive this call only if the event loop below were left early.
    struct State
    {
        std::atomic<int> step{0};
        std::atomic<bool> cancel{false};
    };
    const auto state = std::make_shared<State>();
    QFuture<TraceFileLoader::Outcome> future = QtConcurrent::run([path, recorder, state] {
        return TraceFileLoader::load(path, recorder, [state](qint64 done, qint64 total) {
            state->step.store(total > 0 ? int(done * Steps / total) : 0, std::memory_order_relaxed);
            return !state->cancel.load(std::memory_order_relaxed);
        });
    });

    QProgressDialog progress(
        tr("Opening %1 (%2)…").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).path())),
        tr("Cancel"), 0, Steps, parent);
    progress.setWindowTitle(tr("Open trace"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300); // a small trace opens without a flash of dialog
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [state, &progress] {
        state->cancel.store(true);
        progress.setLabelText(tr("Cancelling…"));
    });
    QTimer poll;
    poll.setInterval(30);
    QObject::connect(&poll, &QTimer::timeout, &progress, [state, &progress] {
        if (!state->cancel.load())
            progress.setValue(state->step.load(std::memory_order_relaxed));
    });
    poll.start();

    QEventLoop loop;
    QFutureWatcher<TraceFileLoader::Outcome> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    poll.stop();
    progress.hide();
    return future.result();
}

} // namespace Lab
