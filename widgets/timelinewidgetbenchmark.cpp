// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// TimelineWidget's benchmark helpers (declared in timelinewidget.h), apart from the widget's own
// behaviour: app/bench and tst_timelinewidget use them to time painting on synthetic data.
#include "models/trace/tracerecorder.h"
#include "widgets/timelinewidget.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <random>
#include <vector>

namespace Lab {

double TimelineWidget::medianPaintMs(TimelineWidget *widget, QSize size, int repetitions)
{
    widget->resize(size);
    widget->refresh();
    widget->fitAll();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> times;
    for (int i = 0; i < std::max(1, repetitions); ++i) {
        QElapsedTimer timer;
        timer.start();
        widget->render(&image);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const auto middle = times.begin() + std::ptrdiff_t(times.size() / 2);
    std::nth_element(times.begin(), middle, times.end());
    return *middle;
}

std::vector<double> TimelineWidget::replayFrameMs(TimelineWidget *widget, int frames)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    widget->setReplaySpeed(1.0);
    widget->stopReplay();
    widget->playReplay();
    // Driven by hand rather than by the replay timer, so each frame is timed alone: what the timer
    // does every 16.7 ms (move the cursor, tell the page) and the repaint that follows.
    widget->m_replayTimer.stop();
    std::vector<double> times;
    times.reserve(std::size_t(std::max(0, frames)));
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer timer;
        timer.start();
        widget->advanceReplay(16'666'667);
        widget->render(&image);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    widget->stopReplay();
    return times;
}

void TimelineWidget::addSyntheticSpans(TraceRecorder *recorder, int spanCount, int taskCount)
{
    std::minstd_rand random(20260101);
    const qint64 origin = recorder->origin();
    const QString guiThread = recorder->tasks().front().thread;
    taskCount = std::max(1, taskCount);
    qint64 longest = 0;
    for (int task = 0; task < taskCount; ++task) {
        const QString thread = task % 4 == 0 ? guiThread : QStringLiteral("worker %1").arg(task % 4);
        const TaskId id = recorder->addTask(QStringLiteral("task %1").arg(task + 1), thread);
        const int count = spanCount / taskCount + (task < spanCount % taskCount ? 1 : 0);
        qint64 time = origin;
        for (int i = 0; i < count; ++i) {
            const qint64 duration = 1'000 + qint64(random() % 99'000);
            recorder->addSpan(id, TaskState(random() % 4), time, time + duration);
            time += duration;
        }
        longest = std::max(longest, time - origin);
    }
    for (int stall = 1; stall <= 3; ++stall) {
        const qint64 start = origin + longest * stall / 4;
        const qint64 length = longest / 40;
        recorder->addSpan(EventLoopTask, TaskState::Blocked, start, start + length,
            QCoreApplication::translate("Lab::EventLoopMonitor", "UI frozen for %1 s")
                .arg(double(length) / 1e9, 0, 'f', 1));
    }
}

} // namespace Lab
