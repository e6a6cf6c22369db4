// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/flags/flagresult.h"
#include "models/trace/tracetypes.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

class QNetworkReply;
class QThread;

namespace Lab {

class AsyncSemaphore;
template<typename T>
class CompletionQueue;
class NetworkManagerPool;
class TraceRecorder;

/** The flags lab's three ways to download, as the book's flags scripts do. */
enum class FlagDownloadMode { Sequential, Threads, Coroutines };

/** "sequential", "threads", "coroutines". */
QString flagDownloadModeName(FlagDownloadMode mode);
/** Parses a mode name; returns false if it is not one. */
bool parseFlagDownloadMode(const QString &name, FlagDownloadMode *mode);

/** How a run downloads. */
struct FlagDownloadOptions
{
    FlagDownloadMode mode = FlagDownloadMode::Coroutines;
    /** Sequential only: each GET is a blocking call on the calling (GUI) thread; start() returns when all are done. */
    bool blocking = false;
    /**
     * Requests at once: the number of workers for Threads (0: 20), the semaphore's permits for
     * Coroutines (0: all at once). Capped at 1000; Sequential always uses 1.
     */
    int maxConcurrency = 0;
    /** Coroutines: one QNetworkAccessManager, so Qt's 6 connections per host send them in waves. */
    bool perHostLimit = false;
    /**
     * Coroutines: the downloads hand their results to an async generator that yields each as it
     * ends, and one consumer coroutine looping over it ends the flags in completion order (the
     * book's asyncio.as_completed with a progress bar). Otherwise each download ends its own flag.
     */
    bool asCompleted = false;
    /** Seconds a request may take, as the book's second edition (3.1 s). */
    double timeout = 3.1;
    /** If set, each flag is also written there as `cc.png` (created if missing). */
    QString saveDirectory;
};

/** A download that ended: the flag's index in the run, and its result. */
struct FlagCompletion
{
    int index = 0;
    FlagResult result;
};

/**
 * Downloads flags from a flag server in one of three ways, with one interface for all:
 * start(), stop(), flagChanged() for every state change of a flag and finished() at the end.
 *
 * - Sequential: one coroutine awaits each GET in turn on the GUI thread; with `blocking` each GET
 *   is blockingHttpGet() on the GUI thread instead, so the event loop (and the window) stops.
 * - Threads: a QThreadPool of its own with N workers, each doing blockingHttpGet() and the
 *   decode/save in its thread; results are posted back to the GUI thread.
 * - Coroutines: one coroutine per flag `co_await`s its QNetworkReply on the GUI thread, after an
 *   AsyncSemaphore like the book's asyncio.Semaphore; the requests are spread over enough
 *   QNetworkAccessManagers that the concurrency asked for is the one on the wire (Qt 6.4 gives
 *   6 connections per host and manager), unless perHostLimit asks for Qt's default.
 *
 * Every flag ends in exactly one final state (Done, NotFound or Error), and every result is
 * decoded by decodeFlag(). The timeout starts when the request leaves for the network: time spent
 * waiting for the semaphore, a worker, or one of Qt's 6 connections does not count, as the book's
 * semaphore wait is outside httpx's timeout. stop() aborts what is in flight and ends every
 * unfinished flag as an error "stopped" at once; nothing from that run arrives later.
 *
 * Records one task per flag on the TraceRecorder: Queued → AwaitingIo "GET /flags/br/br.png"
 * (Blocked in the blocking mode) → Running "decode/save" → finished, on the "GUI thread" or on
 * the worker's own lane ("worker 3").
 */
class FlagDownloader : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultThreads = 20;
    static constexpr int MaxConcurrency = 1000;

    explicit FlagDownloader(TraceRecorder *recorder, QObject *parent = nullptr);
    ~FlagDownloader() override;

    /** `{base}/{cc}/{cc}.png` with cc in lower case; @p baseUrl with or without a trailing slash. */
    static QUrl flagUrl(const QUrl &baseUrl, const QString &code);
    /**
     * The requests that can be in flight at once for @p count flags: the book's
     * min(max_req, MAX_CONCUR_REQ, len(cc_list)); at most 6 with perHostLimit.
     */
    static int concurrencyFor(const FlagDownloadOptions &options, int count);

    /**
     * Starts downloading @p codes (upper case) from @p baseUrl; stops a run still going first.
     * Emits finished() at once for an empty list. In the blocking mode it returns only after the
     * run is over (finished() was emitted).
     */
    void start(const QUrl &baseUrl, const QStringList &codes, const FlagDownloadOptions &options);
    /** Aborts the run: unfinished flags end as errors "stopped", then finished() with totals.stopped. */
    void stop();

    bool isRunning() const { return m_running; }
    FlagDownloadOptions options() const { return m_options; }
    QUrl baseUrl() const { return m_baseUrl; }
    /** One per code of the current or last run, in the order given to start(). */
    const std::vector<FlagResult> &results() const { return m_results; }
    /** Flags in a final state so far. */
    int finishedCount() const { return m_finished; }
    FlagTotals totals() const { return m_totals; }
    /** QNetworkAccessManagers the current or last coroutine run spread its requests over. */
    int managerCount() const;
    /** The as-completed consumer's lane on the recorder (0 unless the run is asCompleted). */
    TaskId consumerTask() const { return m_consumerTask; }
    /** asCompleted: the flags (indexes) in the order the consumer took them. */
    const std::vector<int> &consumedOrder() const { return m_consumedOrder; }

Q_SIGNALS:
    /** Flag @p index (in the codes given to start()) changed state. */
    void flagChanged(int index, const Lab::FlagResult &result);
    /** The run is over: every flag is in a final state (or it was stopped). */
    void finished(const Lab::FlagTotals &totals);

private:
    struct Slot
    {
        TaskId task = 0; // GUI-thread modes only; workers record their own tasks
        QPointer<QNetworkReply> reply;
    };
    struct WorkerJob;
    using Completions = CompletionQueue<FlagCompletion>;

    void markSent(int index, quint64 generation, qint64 when);
    void complete(int index, quint64 generation, FlagResult result);
    void finishRun();
    // The await arrow from flag @p index to the next one: a sequential run starts it only now.
    void linkToNext(int index);
    QString requestLabel(int index) const;

    void runBlocking(quint64 generation);
    QCoro::Task<> runSequential(quint64 generation);
    void runThreads(quint64 generation);
    void runCoroutines(quint64 generation);
    QCoro::Task<> downloadOne(int index, quint64 generation, std::shared_ptr<AsyncSemaphore> semaphore);
    void deliver(int index, quint64 generation, FlagResult result);
    void startAsCompleted(quint64 generation);
    QCoro::Task<> consumeAsCompleted(quint64 generation, std::shared_ptr<Completions> completions);
    std::shared_ptr<QByteArray> guardReply(QNetworkReply *reply, int index, quint64 generation);
    void workerDownload(const WorkerJob &job); // runs on a pool thread
    TraceText workerName();

    TraceRecorder *m_recorder;
    NetworkManagerPool *m_managers;
    QThreadPool m_pool; // our own: the global one has only idealThreadCount() threads
    std::mutex m_workerNamesMutex;
    QHash<QThread *, int> m_workerNames;

    FlagDownloadOptions m_options;
    QUrl m_baseUrl;
    std::vector<FlagResult> m_results;
    std::vector<Slot> m_slots;
    FlagTotals m_totals;
    int m_finished = 0;
    bool m_running = false;
    qint64 m_startNs = 0;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel; // per run: tells blocking GETs of that run to give up
    std::shared_ptr<AsyncSemaphore> m_semaphore; // per run: late releases of a stopped run go to its own
    std::shared_ptr<Completions> m_completions; // asCompleted runs: results on their way to the consumer
    TaskId m_consumerTask = 0;
    std::vector<int> m_consumedOrder;
};

} // namespace Lab
