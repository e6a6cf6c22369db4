// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/pytrace/pythontracer.h"

#include "models/core/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Lab {

namespace {
// The tracer's own files, compiled in from resources/pytrace/.
const char *const TracerFiles[] = {"sitecustomize.py", "_labtrace.py"};

bool writeTracerFiles(const QString &folder, QString *error)
{
    for (const char *name : TracerFiles) {
        QFile source(QStringLiteral(":/pytrace/") + QLatin1String(name));
        QFile target(QDir(folder).filePath(QLatin1String(name)));
        if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly)
            || target.write(source.readAll()) < 0) {
            *error = QCoreApplication::translate("Lab::PythonTracer", "cannot write the tracer to %1: %2")
                         .arg(folder, target.errorString());
            return false;
        }
    }
    return true;
}
} // namespace

PythonTracer::PythonTracer(TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_decoder(recorder)
{
    connect(&m_process, &QProcess::finished, this, &PythonTracer::processFinished);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        Q_EMIT output(m_process.readAllStandardOutput(), false);
    });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        Q_EMIT output(m_process.readAllStandardError(), true);
    });
}

PythonTracer::~PythonTracer()
{
    // Ending here reports nothing: whoever listened may be half destroyed already.
    disconnect(&m_process, nullptr, this, nullptr);
    if (m_process.state() != QProcess::NotRunning) {
        const pid_t pid = pid_t(m_process.processId());
        ::kill(::getpgid(pid) == pid ? -pid : pid, SIGKILL);
        m_process.waitForFinished(2000);
    }
    joinReader();
}

bool PythonTracer::start(const QStringList &command, const QString &folder, QString *error)
{
    if (m_active || m_reader.joinable()) {
        *error = QCoreApplication::translate("Lab::PythonTracer", "a program is already being traced");
        return false;
    }
    if (command.isEmpty()) {
        *error = QCoreApplication::translate("Lab::PythonTracer", "no program to run");
        return false;
    }
    m_folder = std::make_unique<QTemporaryDir>();
    if (!m_folder->isValid()) {
        *error = QCoreApplication::translate("Lab::PythonTracer", "cannot make a temporary folder: %1")
                     .arg(m_folder->errorString());
        return false;
    }
    if (!writeTracerFiles(m_folder->path(), error))
        return false;
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        *error = QCoreApplication::translate("Lab::PythonTracer", "cannot make the trace socket: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const int childFd = fds[1];
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(m_extraEnvironment);
    const QString pythonPath = environment.value(QStringLiteral("PYTHONPATH"));
    environment.insert(
        QStringLiteral("PYTHONPATH"), pythonPath.isEmpty() ? m_folder->path() : m_folder->path() + u':' + pythonPath);
    environment.insert(QStringLiteral("LAB_TRACE_FD"), QString::number(childFd));
    if (!environment.contains(QStringLiteral("PYTHONUNBUFFERED")))
        environment.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(folder);
    m_process.setProgram(command.first());
    m_process.setArguments(command.mid(1));
    m_process.setProcessChannelMode(m_forward ? QProcess::ForwardedChannels : QProcess::SeparateChannels);
    m_process.setInputChannelMode(m_forward ? QProcess::ForwardedInputChannel : QProcess::ManagedInputChannel);
    const bool ownGroup = !m_forward;
    m_process.setChildProcessModifier([childFd, ownGroup] {
        // In the child, after fork: only async-signal-safe calls. The program inherits the socket;
        // in a group of its own, Stop reaches the processes it starts too.
        ::fcntl(childFd, F_SETFD, 0);
        if (ownGroup)
            ::setpgid(0, 0);
    });
    m_stopped = false;
    m_processEnded = false;
    m_readerEnded = false;
    m_startNs = nowNs();
    m_endNs = m_startNs;
    m_process.start();
    ::close(childFd);
    if (!m_process.waitForStarted(5000)) {
        ::close(fds[0]);
        *error = QCoreApplication::translate("Lab::PythonTracer", "cannot start %1: %2")
                     .arg(command.first(), m_process.errorString());
        return false;
    }
    m_decoder = PythonTraceDecoder(m_recorder);
    m_readFd = fds[0];
    m_reader = std::thread([this, fd = fds[0]] {
        readEvents(fd);
    });
    m_active = true;
    return true;
}

bool PythonTracer::isRunning() const
{
    return m_active;
}

void PythonTracer::readEvents(int fd)
{
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        m_decoder.feed(QByteArray::fromRawData(buffer, got));
    }
    QMetaObject::invokeMethod(this, &PythonTracer::readerEnded, Qt::QueuedConnection);
}

void PythonTracer::stop()
{
    if (!m_active)
        return;
    m_stopped = true;
    if (m_process.state() == QProcess::NotRunning) {
        // The program has ended; processes it started may still hold the socket: read no more.
        if (const int fd = m_readFd.load(); fd >= 0 && !m_readerEnded)
            ::shutdown(fd, SHUT_RDWR);
        return;
    }
    const pid_t pid = pid_t(m_process.processId());
    // The program's own group when it has one (the window), else the program alone (a terminal).
    const pid_t target = ::getpgid(pid) == pid ? -pid : pid;
    ::kill(target, SIGTERM);
    QTimer::singleShot(1000, this, [this, target] {
        if (m_process.state() != QProcess::NotRunning)
            ::kill(target, SIGKILL);
    });
}

void PythonTracer::joinReader()
{
    const int fd = m_readFd.exchange(-1);
    if (fd >= 0)
        ::shutdown(fd, SHUT_RDWR);
    if (m_reader.joinable())
        m_reader.join();
    if (fd >= 0)
        ::close(fd);
}

void PythonTracer::processFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    m_endNs = nowNs();
    m_exitCode = exitCode;
    m_crashed = exitStatus == QProcess::CrashExit;
    m_processEnded = true;
    if (m_readerEnded) {
        complete();
        return;
    }
    // Processes the program started may still hold the socket open: what they send is not waited for.
    QTimer::singleShot(ReaderGraceMs, this, [this] {
        if (const int fd = m_readFd.load(); fd >= 0 && !m_readerEnded)
            ::shutdown(fd, SHUT_RDWR);
    });
}

void PythonTracer::readerEnded()
{
    m_readerEnded = true;
    if (m_processEnded)
        complete();
}

void PythonTracer::complete()
{
    joinReader();
    m_decoder.finish(m_endNs);
    const PythonTraceSummary &summary = m_decoder.summary();
    QString message;
    int status = m_exitCode;
    if (m_stopped) {
        status = 128 + SIGTERM;
        message = tr("Stopped: the program was ended; what it did so far is kept.");
    } else if (m_crashed) {
        status = 128 + m_exitCode;
        message = tr("The program was ended by signal %1.").arg(m_exitCode);
    } else {
        message = tr("The program exited with status %1.").arg(m_exitCode);
    }
    if (summary.pythonVersion.isEmpty())
        message += u' ' + tr("It sent no trace: is it a Python program (Python 3.8 or newer)?");
    if (summary.malformedLines > 0)
        message += u' '
            + tr("%n damaged trace lines ignored, the first: %1", nullptr, int(summary.malformedLines))
                  .arg(summary.firstMalformed);
    m_active = false;
    Q_EMIT finished(status, message);
}

} // namespace Lab
