// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/coros/semaphoreexercise.h"
#include "models/trace/tracerecorder.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <map>

#include "tests/common/guillemettranslator.h"
#include "tests/common/spanoverlap.h"

using namespace Lab;

// `async with semaphore:` on the real event loop, checked on what the timeline records.
class TestSemaphoreExercise : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void neverMoreThanTheLimitInside_data()
    {
        QTest::addColumn<int>("tasks");
        QTest::addColumn<int>("limit");
        QTest::newRow("8 tasks, 3 permits") << 8 << 3;
        QTest::newRow("12 tasks, 3 permits") << 12 << 3;
        QTest::newRow("5 tasks, 1 permit") << 5 << 1;
    }

    void neverMoreThanTheLimitInside()
    {
        QFETCH(int, tasks);
        QFETCH(int, limit);
        TraceRecorder recorder;
        SemaphoreExercise exercise(&recorder, 0.05);
        QSignalSpy finished(&exercise, &SemaphoreExercise::finished);
        exercise.start(tasks, limit);
        QVERIFY(exercise.isRunning());
        QCOMPARE(exercise.inside().size(), limit); // free permits are taken at once, in start()
        QVERIFY(finished.wait(30000));
        QVERIFY(!exercise.isRunning());
        QCOMPARE(exercise.doneCount(), tasks);
        QCOMPARE(exercise.maxInside(), limit);

        std::vector<TaskId> lanes;
        for (int number = 1; number <= tasks; ++number)
            lanes.push_back(exercise.laneOf(number));
        const std::vector<Span> spans = recorder.spans();
        // From the recording: never more than the limit of them in their "inside" span at once.
        QCOMPARE(mostAtOnce(spans,
                     [&lanes](const Span &span) {
                         return span.state == TaskState::Sleeping
                             && std::find(lanes.begin(), lanes.end(), span.task) != lanes.end();
                     }),
            limit);
        // Each lane: queued for the semaphore, then inside, once each; first come, first in.
        std::map<TaskId, QList<TaskState>> states;
        for (const Span &span : spans)
            states[span.task].append(span.state);
        for (const TaskId lane : lanes)
            QCOMPARE(states[lane], (QList<TaskState>{TaskState::Queued, TaskState::Sleeping}));
        QList<int> inOrder;
        for (int number = 1; number <= tasks; ++number)
            inOrder.append(number);
        QCOMPARE(exercise.entryOrder(), inOrder);
        QVERIFY(exercise.lines().constLast().contains(QStringLiteral("at most %1 were inside").arg(limit)));
    }

    void stopMidRun()
    {
        constexpr double Scale = 0.05;
        TraceRecorder recorder;
        SemaphoreExercise exercise(&recorder, Scale);
        QSignalSpy finished(&exercise, &SemaphoreExercise::finished);
        exercise.start();
        QCOMPARE(exercise.inside().size(), 3);
        exercise.stop();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!exercise.isRunning());
        QVERIFY(recorder.openSpans(recorder.latest() + 1).empty()); // every lane ended
        const qsizetype lines = exercise.lines().size();
        // Past the time the sleepers would have woken: nothing of the stopped run comes in.
        QTimer later;
        later.setSingleShot(true);
        QSignalSpy fired(&later, &QTimer::timeout);
        later.start(int(3 * 1000 * Scale * 1.5));
        QVERIFY(fired.wait(10000));
        QCOMPARE(exercise.lines().size(), lines);
        QCOMPARE(finished.size(), 1);
    }

    // The log is written in the language of the moment it is read, also by an exercise that took
    // the run over (as the page built again after a language switch does).
    void theLogFollowsTheLanguage()
    {
        TraceRecorder recorder;
        SemaphoreExercise exercise(&recorder, 0.01);
        QSignalSpy finished(&exercise, &SemaphoreExercise::finished);
        exercise.start(4, 2);
        QVERIFY(finished.wait(30000));
        const QStringList english = exercise.lines();
        QCOMPARE(english.size(), 1 + 4 + 4 + 1); // the start, each task in and out, the end
        QVERIFY2(english.constFirst().endsWith(QLatin1String("4 tasks start; the semaphore lets 2 in at a time")),
            qPrintable(english.constFirst()));

        SemaphoreExercise again(&recorder, 0.01);
        GuillemetTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        again.takeResultsFrom(exercise);
        const QStringList translated = again.lines();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(translated.size(), english.size());
        for (const QString &line : translated)
            QVERIFY2(line.startsWith(u'«') && line.contains(QStringLiteral(" s  «")), qPrintable(line));
        QCOMPARE(again.maxInside(), 2);
        QCOMPARE(again.doneCount(), 4);
        QCOMPARE(again.entryOrder(), exercise.entryOrder());
        QCOMPARE(again.lines(), english);
    }
};

QTEST_GUILESS_MAIN(TestSemaphoreExercise)
#include "tst_semaphoreexercise.moc"
