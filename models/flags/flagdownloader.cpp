// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagdownloader.h"

#include "models/core/clock.h"
#include "models/flags/asyncsemaphore.h"
#include "models/flags/blockinghttpget.h"
#include "models/flags/completionqueue.h"
#include "models/flags/flagdecoder.h"
#include "models/flags/httpresponse.h"
#include "models/flags/networkmanagerpool.h"
#include "models/trace/tracerecorder.h"

#include <QCoroFuture>
#include <QCoroNetworkReply>
#include <QCoroTimer>
#include <QDir>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QtConcurrentRun>

#include <algorithm>

namespace Lab {

namespace {

// Set on a reply that we aborted (to the HttpResponse::Failure why), to tell it from one that stop() aborted.
constexpr char AbortedForProperty[] = "labAbortedFor";

void abortFor(QNetworkReply *reply, HttpResponse::Failure failure)
{
    if (!reply->isRunning() || reply->property(AbortedForProperty).isValid())
        return;
    reply->setProperty(AbortedForProperty, int(failure));
    reply->abort();
}

HttpResponse::Failure abortedFor(const QNetworkReply *reply)
{
    const QVariant why = reply->property(AbortedForProperty);
    return why.isValid() ? HttpResponse::Failure(why.toInt()) : HttpResponse::Failure::None;
}

// Qt's network thread hands a reply at most this much before we take it: under a flood of
// streams its threads cannot run ahead of the GUI thread, megabytes per reply.
constexpr qint64 ReadAheadBytes = 64 * 1024;

// Coroutines: requests started per turn of the event loop (~0.6 ms of GUI-thread work).
constexpr int StartBatch = 24;

struct DeleteLater
{
    void operator()(QObject *object) const { object->deleteLater(); }
};

} // namespace

struct FlagDownloader::WorkerJob
{
    int index = 0;
    quint64 generation = 0;
    QString code;
    QUrl url;
    QString label;
    double timeout = 0;
    QString saveDirectory;
    qint64 queuedAt = 0;
    std::shared_ptr<std::atomic<bool>> cancel;
};

QString flagDownloadModeName(FlagDownloadMode mode)
{
    switch (mode) {
    case FlagDownloadMode::Sequential:
        return QStringLiteral("sequential");
    case FlagDownloadMode::Threads:
        return QStringLiteral("threads");
    case FlagDownloadMode::Coroutines:
        return QStringLiteral("coroutines");
    }
    return {};
}

bool parseFlagDownloadMode(const QString &name, FlagDownloadMode *mode)
{
    for (auto candidate : {FlagDownloadMode::Sequential, FlagDownloadMode::Threads, FlagDownloadMode::Coroutines}) {
        if (name == flagDownloadModeName(candidate)) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

FlagDownloader::FlagDownloader(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_managers(new NetworkManagerPool(this))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
}

FlagDownloader::~FlagDownloader()
{
    // Make everything in flight stale, then let it end while this object is still whole:
    // workers return within 50 ms, aborted replies resume their coroutines right here (they see
    // the new generation and return), and semaphore waiters, batches not started yet and decodes
    // still on a pool thread resume later to a null QPointer.
    ++m_generation;
    m_cancel->store(true);
    m_pool.clear();
    m_pool.waitForDone();
    if (m_semaphore)
        m_semaphore->cancel();
    if (m_completions)
        m_completions->close();
    for (const Slot &slot : m_slots) {
        if (slot.reply)
            slot.reply->abort();
    }
}

QUrl FlagDownloader::flagUrl(const QUrl &baseUrl, const QString &code)
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    const QString cc = code.toLower();
    url.setPath(path + cc + u'/' + cc + QLatin1String(".png"));
    return url;
}

int FlagDownloader::concurrencyFor(const FlagDownloadOptions &options, int count)
{
    int limit = 1;
    switch (options.mode) {
    case FlagDownloadMode::Sequential:
        limit = 1;
        break;
    case FlagDownloadMode::Threads:
        limit = options.maxConcurrency > 0 ? options.maxConcurrency : DefaultThreads;
        break;
    case FlagDownloadMode::Coroutines:
        limit = options.maxConcurrency > 0 ? options.maxConcurrency : count;
        if (options.perHostLimit)
            limit = std::min(limit, NetworkManagerPool::ConnectionsPerHost);
        break;
    }
    return std::max(0, std::min({limit, MaxConcurrency, count}));
}

int FlagDownloader::managerCount() const
{
    return m_managers->size();
}

QString FlagDownloader::requestLabel(int index) const
{
    return QStringLiteral("GET ") + flagUrl(m_baseUrl, m_results[std::size_t(index)].code).path();
}

void FlagDownloader::start(const QUrl &baseUrl, const QStringList &codes, const FlagDownloadOptions &options)
{
    stop();
    // Workers of a stopped run end within one look at their stop flag (50 ms): wait for them, or
    // one could still write its last state into a task of this run's recording.
    m_pool.waitForDone();
    m_options = options;
    m_baseUrl = baseUrl;
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_semaphore.reset();
    m_completions.reset();
    m_consumerTask = 0;
    m_consumedOrder.clear();
    m_results.assign(std::size_t(codes.size()), FlagResult());
    m_slots.assign(std::size_t(codes.size()), Slot());
    for (qsizetype i = 0; i < codes.size(); ++i)
        m_results[std::size_t(i)].code = codes.at(i).toUpper();
    m_totals = {};
    m_finished = 0;
    m_running = true;
    m_startNs = nowNs();
    if (!options.saveDirectory.isEmpty())
        QDir().mkpath(options.saveDirectory); // if this fails, each flag's save says why

    const bool onGuiThread = options.mode != FlagDownloadMode::Threads;
    if (options.mode == FlagDownloadMode::Coroutines && options.asCompleted && !codes.isEmpty())
        m_consumerTask = m_recorder->addTask(
            TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "as_completed loop")),
            TraceText(
                "Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "GUI thread"))); // its lane on top
    if (onGuiThread) {
        for (std::size_t i = 0; i < m_slots.size(); ++i) {
            m_slots[i].task = m_recorder->addTask(m_results[i].code,
                TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "GUI thread")));
            m_recorder->setState(m_slots[i].task, TaskState::Queued,
                TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "queued")));
        }
    }
    if (codes.isEmpty()) {
        finishRun();
        return;
    }
    switch (options.mode) {
    case FlagDownloadMode::Sequential:
        m_managers->setSize(1);
        if (options.blocking)
            runBlocking(generation);
        else
            runSequential(generation);
        break;
    case FlagDownloadMode::Threads:
        runThreads(generation);
        break;
    case FlagDownloadMode::Coroutines:
        if (options.asCompleted)
            startAsCompleted(generation);
        runCoroutines(generation);
        break;
    }
}

void FlagDownloader::stop()
{
    if (!m_running)
        return;
    ++m_generation; // whatever is still in flight is now stale and will be ignored
    m_cancel->store(true);
    m_pool.clear(); // jobs no worker has taken yet
    if (m_semaphore) {
        m_semaphore->cancel();
        m_semaphore.reset();
    }
    if (m_completions) {
        m_completions->close(); // the consumer takes nothing more and ends
        m_completions.reset();
    }
    for (const Slot &slot : m_slots) {
        if (slot.reply)
            slot.reply->abort(); // resumes its coroutine now; it sees the new generation and returns
    }
    const qint64 now = nowNs();
    std::vector<int> ended;
    for (std::size_t i = 0; i < m_results.size(); ++i) {
        FlagResult &result = m_results[i];
        if (isFinal(result.state))
            continue;
        result.state = FlagState::Error;
        result.error = FlagError::Stopped;
        result.message = tr("stopped");
        result.finishedNs = now;
        m_totals.add(result.state);
        ++m_finished;
        if (m_options.mode != FlagDownloadMode::Threads) {
            m_recorder->addInstant(m_slots[i].task,
                TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "stopped")), now);
            m_recorder->finishTask(m_slots[i].task);
        }
        ended.push_back(int(i));
    }
    if (m_consumerTask) {
        m_recorder->addInstant(
            m_consumerTask, TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "stopped")), now);
        m_recorder->finishTask(m_consumerTask);
    }
    m_running = false;
    m_totals.stopped = true;
    m_totals.elapsedNs = now - m_startNs;
    const quint64 generation = m_generation;
    QPointer self(this);
    for (int index : ended) {
        Q_EMIT flagChanged(index, m_results[std::size_t(index)]);
        if (!self || generation != m_generation)
            return; // a handler deleted us or started a new run
    }
    Q_EMIT finished(m_totals);
}

void FlagDownloader::markSent(int index, quint64 generation, qint64 when)
{
    if (generation != m_generation)
        return;
    FlagResult &result = m_results[std::size_t(index)];
    if (result.state != FlagState::Queued)
        return;
    result.state = FlagState::Downloading;
    result.requestNs = when;
    if (m_options.mode != FlagDownloadMode::Threads) {
        if (m_options.blocking)
            m_recorder->setState(m_slots[std::size_t(index)].task, TaskState::Blocked,
                TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "%1 (blocking)"),
                    {requestLabel(index)}));
        else {
            const TaskId task = m_slots[std::size_t(index)].task;
            m_recorder->setState(task, TaskState::AwaitingIo, requestLabel(index));
            m_recorder->addLink(task, EventLoopTask, when,
                TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "request sent")));
        }
    }
    Q_EMIT flagChanged(index, result);
}

void FlagDownloader::complete(int index, quint64 generation, FlagResult result)
{
    if (generation != m_generation || isFinal(m_results[std::size_t(index)].state))
        return;
    FlagResult &slot = m_results[std::size_t(index)];
    if (result.requestNs == 0)
        result.requestNs = slot.requestNs;
    result.finishedNs = nowNs();
    slot = std::move(result);
    m_totals.add(slot.state);
    ++m_finished;
    if (m_options.mode != FlagDownloadMode::Threads)
        m_recorder->finishTask(m_slots[std::size_t(index)].task);
    QPointer self(this);
    Q_EMIT flagChanged(index, slot);
    if (!self || generation != m_generation)
        return;
    if (m_finished == int(m_results.size()))
        finishRun();
}

void FlagDownloader::linkToNext(int index)
{
    if (std::size_t(index) + 1 < m_slots.size())
        m_recorder->addLink(m_slots[std::size_t(index)].task, m_slots[std::size_t(index) + 1].task, nowNs(),
            TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "next GET")));
}

void FlagDownloader::finishRun()
{
    m_running = false;
    m_totals.elapsedNs = nowNs() - m_startNs;
    Q_EMIT finished(m_totals);
}

// snippet-begin: sequential
void FlagDownloader::runBlocking(quint64 generation)
{
    QPointer self(this);
    const auto cancel = m_cancel;
    for (int i = 0; i < int(m_results.size()); ++i) {
        markSent(i, generation, nowNs());
        if (!self || generation != m_generation)
            return; // a flagChanged() handler stopped the run or deleted us
        const QString code = m_results[std::size_t(i)].code;
        // Blocks the GUI thread until the answer is in: no event is handled, nothing repaints.
        const HttpResponse response = blockingHttpGet(flagUrl(m_baseUrl, code), m_options.timeout, cancel.get());
        m_recorder->setState(m_slots[std::size_t(i)].task, TaskState::Running,
            TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "decode/save")));
        complete(i, generation, decodeFlag(code, response, m_options.timeout, m_options.saveDirectory));
        if (!self || generation != m_generation)
            return;
        linkToNext(i);
    }
}

QCoro::Task<> FlagDownloader::runSequential(quint64 generation)
{
    QPointer self(this);
    for (int i = 0; i < int(m_results.size()); ++i) {
        co_await downloadOne(i, generation, nullptr); // one at a time: the next starts when this one is done
        if (!self || generation != m_generation)
            co_return;
        linkToNext(i);
    }
}
// snippet-end: sequential

// snippet-begin: coroutines
void FlagDownloader::runCoroutines(quint64 generation)
{
    const int concurrency = concurrencyFor(m_options, int(m_results.size()));
    m_managers->setSize(m_options.perHostLimit ? 1 : NetworkManagerPool::managersFor(concurrency));
    m_semaphore = std::make_shared<AsyncSemaphore>(concurrency);
    // Tasks start eagerly: each runs to its first co_await, so each batch is in flight (or queued
    // on the semaphore) when its loop turn ends. Each reports its own end: no gather needed.
    [](QPointer<FlagDownloader> self, quint64 generation, std::shared_ptr<AsyncSemaphore> semaphore) -> QCoro::Task<> {
        for (int i = 0; i < int(self->m_results.size()); ++i) {
            // Starting a request costs the GUI thread ~25 µs: let the event loop breathe between batches.
            if (i > 0 && i % StartBatch == 0) {
                co_await QCoro::sleepFor(std::chrono::milliseconds(0));
                if (!self || generation != self->m_generation)
                    co_return; // stopped: stop() already ended the flags not started yet
            }
            self->downloadOne(i, generation, semaphore);
            if (!self || generation != self->m_generation)
                co_return;
        }
    }(this, generation, m_semaphore);
}

QCoro::Task<> FlagDownloader::downloadOne(int index, quint64 generation, std::shared_ptr<AsyncSemaphore> semaphore)
{
    QPointer self(this);
    if (semaphore) {
        const bool acquired = co_await semaphore->acquire(); // like the book's `async with semaphore:`
        if (!self || generation != m_generation || !acquired) {
            if (acquired)
                semaphore->release();
            co_return;
        }
    }
    const QString code = m_results[std::size_t(index)].code;
    const TaskId task = m_slots[std::size_t(index)].task;
    const QUrl url = flagUrl(m_baseUrl, code);
    if (const QString unsupported = unsupportedUrlText(url); !unsupported.isEmpty()) {
        if (semaphore)
            semaphore->release();
        HttpResponse refused;
        refused.failure = HttpResponse::Failure::Network;
        refused.detail = unsupported;
        deliver(index, generation, decodeFlag(code, refused, m_options.timeout));
        co_return;
    }
    m_recorder->setState(task, TaskState::Queued,
        TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "waiting for a connection")));
    QNetworkRequest request(url);
    // As the blocking client: a redirect is an answer (an error with its status), never followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Owned with deleteLater: QCoro 0.8 resumes us inside finished(), where deleting is a use-after-free.
    std::unique_ptr<QNetworkReply, DeleteLater> reply(m_managers->get(request));
    // Qt stops reading from the socket once this much is unread: a flood waits in the kernel, not here.
    reply->setReadBufferSize(ReadAheadBytes);
    m_slots[std::size_t(index)].reply = reply.get();
    const std::shared_ptr<QByteArray> body = guardReply(reply.get(), index, generation);
    co_await reply.get(); // <---- the event loop runs the other downloads meanwhile
    if (semaphore)
        semaphore->release(); // held only around the GET, as in the book
    if (!self || generation != m_generation)
        co_return; // stopped (or the downloader is gone): stop() already ended this flag
    m_recorder->addLink(EventLoopTask, task, nowNs(),
        TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "reply arrived: coroutine resumed")));
    m_recorder->setState(task, TaskState::Running,
        TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "decode/save")));
    const HttpResponse response = HttpResponse::fromReply(reply.get(), abortedFor(reply.get()), *body);
    reply.reset(); // its manager may go while we decode
    if (response.failure != HttpResponse::Failure::None || response.status != 200) {
        // Nothing to decode: no need to queue for a pool thread (under a flood of errors they are busy).
        deliver(index, generation, decodeFlag(code, response, m_options.timeout));
        co_return;
    }
    // Decoding 194 PNGs that land together held the GUI thread for tens of ms: a pool thread does it.
    FlagResult result = co_await QtConcurrent::run(decodeFlag, code, response, m_options.timeout,
        m_options.saveDirectory); // <---- the event loop runs on meanwhile
    if (!self || generation != m_generation)
        co_return;
    deliver(index, generation, std::move(result));
}
// snippet-end: coroutines

std::shared_ptr<QByteArray> FlagDownloader::guardReply(QNetworkReply *reply, int index, quint64 generation)
{
    // The request leaves Qt's queue when its connection starts (new) or it is sent (reused):
    // from then on the timeout counts, for the whole answer, and the cell shows it downloading.
    const int timeoutMs = int(std::clamp(m_options.timeout, 0.0, 1e6) * 1000);
    auto armed = std::make_shared<bool>(false);
    const auto onWire = [this, reply, index, generation, timeoutMs, armed] {
        if (*armed)
            return;
        *armed = true;
        QTimer::singleShot(timeoutMs, reply, [reply] {
            abortFor(reply, HttpResponse::Failure::Timeout);
        });
        markSent(index, generation, nowNs());
    };
    connect(reply, &QNetworkReply::socketStartedConnecting, this, onWire);
    connect(reply, &QNetworkReply::requestSent, this, onWire);
    // No flag is 2 MiB: a longer answer (announced or streamed) is cut off, not kept in memory.
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply] {
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > HttpResponse::MaxBodyBytes)
            abortFor(reply, HttpResponse::Failure::TooLarge);
    });
    // The body is taken as it comes (so that Qt reads on) and counted: past 2 MiB it is cut off.
    auto body = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, reply, [reply, body] {
        if (reply->property(AbortedForProperty).isValid())
            return;
        *body += reply->readAll();
        if (body->size() > HttpResponse::MaxBodyBytes)
            abortFor(reply, HttpResponse::Failure::TooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > HttpResponse::MaxBodyBytes)
            abortFor(reply, HttpResponse::Failure::TooLarge);
    });
    return body;
}

// snippet-begin: threads
void FlagDownloader::runThreads(quint64 generation)
{
    m_pool.setMaxThreadCount(concurrencyFor(m_options, int(m_results.size())));
    for (int i = 0; i < int(m_results.size()); ++i) {
        WorkerJob job;
        job.index = i;
        job.generation = generation;
        job.code = m_results[std::size_t(i)].code;
        job.url = flagUrl(m_baseUrl, job.code);
        job.label = requestLabel(i);
        job.timeout = m_options.timeout;
        job.saveDirectory = m_options.saveDirectory;
        job.queuedAt = m_startNs;
        job.cancel = m_cancel;
        // The destructor waits for the pool, so `this` outlives every job.
        m_pool.start([this, job] {
            workerDownload(job);
        });
    }
}

void FlagDownloader::workerDownload(const WorkerJob &job)
{
    if (job.cancel->load())
        return; // stopped before a worker took it: stop() already ended this flag
    const TaskId task = m_recorder->addTask(job.code, workerName());
    const qint64 sent = nowNs();
    m_recorder->addSpan(task, TaskState::Queued, job.queuedAt, sent,
        TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "waiting for a worker")));
    m_recorder->setState(task, TaskState::AwaitingIo, job.label);
    QMetaObject::invokeMethod(
        this,
        [this, job, sent] {
            markSent(job.index, job.generation, sent);
        },
        Qt::QueuedConnection);
    // Blocks this worker only; the GUI thread goes on.
    const HttpResponse response = blockingHttpGet(job.url, job.timeout, job.cancel.get());
    m_recorder->setState(task, TaskState::Running,
        TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "decode/save")));
    FlagResult result = decodeFlag(job.code, response, job.timeout, job.saveDirectory);
    m_recorder->finishTask(task);
    if (result.error == FlagError::Stopped)
        return;
    m_recorder->addLink(task, EventLoopTask, nowNs(),
        TraceText("Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "result handed to the GUI thread")));
    result.requestNs = sent;
    QMetaObject::invokeMethod(
        this,
        [this, job, result] {
            complete(job.index, job.generation, result);
        },
        Qt::QueuedConnection);
}
// snippet-end: threads

TraceText FlagDownloader::workerName()
{
    std::lock_guard lock(m_workerNamesMutex);
    QThread *thread = QThread::currentThread();
    auto it = m_workerNames.find(thread);
    if (it == m_workerNames.end())
        it = m_workerNames.insert(thread, int(m_workerNames.size()) + 1);
    return TraceText(
        "Lab::FlagDownloader", QT_TRANSLATE_NOOP("Lab::FlagDownloader", "worker %1"), {QString::number(*it)});
}

} // namespace Lab
