// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagcodes.h"
#include "models/flags/flagdownloader.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/tracerecorder.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Lab;

// The coroutine mode "as completed": one loop over an async generator takes every result, in the
// order the downloads end, and its lane on the timeline resumes once per result.
class TestFlagsAsCompleted : public QObject
{
    Q_OBJECT

    std::unique_ptr<FlagServerThread> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Lab::FlagResult>();
        qRegisterMetaType<Lab::FlagTotals>();
        m_server = std::make_unique<FlagServerThread>();
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    }

    void takesEachResultInCompletionOrder()
    {
        // Jitter makes the downloads end in an order of their own, not the order they started in.
        m_server->setSettings({0.05, 0.4, 0.0});
        TraceRecorder recorder;
        FlagDownloader downloader(&recorder);
        QSignalSpy changes(&downloader, &FlagDownloader::flagChanged);
        QSignalSpy finished(&downloader, &FlagDownloader::finished);
        QStringList codes = popularFlagCodes();
        codes.sort();
        FlagDownloadOptions options;
        options.asCompleted = true;
        downloader.start(m_server->baseUrl(), codes, options);
        QVERIFY(finished.wait(20000));
        QCOMPARE(downloader.totals().ok, 20);

        // The consumer took all 20, each once, in the order they ended.
        const std::vector<int> &taken = downloader.consumedOrder();
        QCOMPARE(int(taken.size()), 20);
        std::vector<int> sorted = taken;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
        QList<int> reported; // the grid and the progress bar hear of each final state in that order
        for (const auto &args : changes) {
            if (isFinal(args.at(1).value<FlagResult>().state))
                reported.append(args.at(0).toInt());
        }
        QCOMPARE(reported, QList<int>(taken.begin(), taken.end()));
        QVERIFY2(taken != std::vector<int>({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}),
            "with up to 0.4 s of jitter the downloads should not end in the order they started");

        // The consumer's lane: one running span per result, labelled with its flag, in that order,
        // each after the flag's own lane ended its download.
        const TaskId consumer = downloader.consumerTask();
        QVERIFY(consumer != 0);
        const std::vector<Span> spans = recorder.spans();
        QStringList resumes;
        std::vector<qint64> resumeTimes;
        for (const Span &span : spans) {
            if (span.task == consumer && span.state == TaskState::Running) {
                resumes.append(span.label.section(u':', 0, 0));
                resumeTimes.push_back(span.start);
            }
        }
        QStringList takenCodes;
        for (const int index : taken)
            takenCodes.append(codes[index]);
        QCOMPARE(resumes, takenCodes);
        QVERIFY(std::is_sorted(resumeTimes.begin(), resumeTimes.end()));
        // And an arrow from each flag to the consumer it resumed.
        int arrows = 0;
        for (const Link &link : recorder.links())
            arrows += link.to == consumer ? 1 : 0;
        QCOMPARE(arrows, 20);
        QVERIFY(recorder.openSpans(recorder.latest() + 1).empty());
    }

    void stopEndsTheConsumer()
    {
        m_server->setSettings({1.0, 0.0, 0.0});
        TraceRecorder recorder;
        FlagDownloader downloader(&recorder);
        QSignalSpy finished(&downloader, &FlagDownloader::finished);
        FlagDownloadOptions options;
        options.asCompleted = true;
        downloader.start(m_server->baseUrl(), {"BR", "CN", "IN"}, options);
        QTRY_VERIFY(std::all_of(downloader.results().begin(), downloader.results().end(), [](const FlagResult &r) {
            return r.state == FlagState::Downloading;
        }));
        downloader.stop();
        QCOMPARE(finished.size(), 1);
        QVERIFY(downloader.totals().stopped);
        QVERIFY(downloader.consumedOrder().empty());
        QVERIFY(recorder.openSpans(recorder.latest() + 1).empty());
        // A new run right away works as before.
        m_server->setSettings({});
        downloader.start(m_server->baseUrl(), {"BR", "CN"}, options);
        QVERIFY(finished.wait(10000));
        QCOMPARE(downloader.totals().ok, 2);
        QCOMPARE(int(downloader.consumedOrder().size()), 2);
    }

    void emptyRun()
    {
        TraceRecorder recorder;
        const std::size_t lanes = recorder.tasks().size(); // the event loop's own
        FlagDownloader downloader(&recorder);
        QSignalSpy finished(&downloader, &FlagDownloader::finished);
        FlagDownloadOptions options;
        options.asCompleted = true;
        downloader.start(m_server->baseUrl(), {}, options);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(recorder.tasks().size(), lanes); // no consumer waiting for results that never come
        QCOMPARE(downloader.consumerTask(), TaskId(0));
    }

    void destroyedWhileWaiting()
    {
        m_server->setSettings({1.0, 0.0, 0.0});
        TraceRecorder recorder;
        auto downloader = std::make_unique<FlagDownloader>(&recorder);
        FlagDownloadOptions options;
        options.asCompleted = true;
        downloader->start(m_server->baseUrl(), {"BR", "CN"}, options);
        downloader.reset(); // the consumer and its generator are parked on the queue
        // The event loop turns on without touching the dead downloader (ASan would say).
        QTimer later;
        later.setSingleShot(true);
        QSignalSpy fired(&later, &QTimer::timeout);
        later.start(50);
        QVERIFY(fired.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestFlagsAsCompleted)
#include "tst_flagsascompleted.moc"
