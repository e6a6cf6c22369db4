// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/tracepage.h"

#include "models/core/numberlocale.h"
#include "models/flags/flagserverthread.h"
#include "models/pytrace/pythontracer.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QUrl>

namespace Lab {

namespace {
struct Example
{
    const char *file;
    const char *command;
};
// The programs shipped in resources/pytrace/examples/, in the order of the Example box.
constexpr Example Examples[] = {
    {"countdown.py", "python3 countdown.py"},
    {"countdown.py", "python3 countdown.py --blocking"},
    {"flags.py", "python3 flags.py"},
    {"threads.py", "python3 threads.py"},
};
constexpr int ConsoleLines = 5000;
// A script larger than this is not shown in the code panel.
constexpr qint64 MaxScriptBytes = 1 << 20;
} // namespace

TracePage::TracePage(const PageContext &context, QWidget *parent)
    : DemoPage(context, QStringLiteral("trace"), parent)
    , m_tracer(new PythonTracer(context.recorder, this))
    , m_example(new QComboBox(this))
    , m_command(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_console(new QPlainTextEdit(this))
{
    m_example->addItem(tr("Countdown, awaited sleep"));
    m_example->addItem(tr("Countdown, time.sleep() in a coroutine"));
    m_example->addItem(tr("Flags, 3 downloads at a time"));
    m_example->addItem(tr("Thread pool and a thread"));
    m_example->addItem(tr("Your own command"));
    m_example->setObjectName(QStringLiteral("example"));
    m_command->setObjectName(QStringLiteral("command"));
    m_command->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_command->setToolTip(tr("The program and its arguments, e.g. python3 flags2_asyncio.py -s DELAY"));
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setPlaceholderText(tr("the examples' folder"));
    m_folder->setToolTip(tr("The folder the program runs in; empty: the folder of the shipped examples"));
    addKnob(tr("E&xample:"), m_example);
    addKnob(tr("Co&mmand:"), m_command);
    addKnob(tr("F&older:"), m_folder);
    showExample(0);
    connect(m_example, &QComboBox::activated, this, &TracePage::showExample);
    connect(m_command, &QLineEdit::textEdited, this, [this] {
        m_example->setCurrentIndex(m_example->count() - 1);
    });

    m_console->setReadOnly(true);
    m_console->setMaximumBlockCount(ConsoleLines);
    m_console->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_console->setAccessibleName(tr("The program's output"));
    m_console->setPlaceholderText(tr("The program's output appears here while it runs."));
    connect(m_tracer, &PythonTracer::output, this, &TracePage::appendOutput);
    connect(m_tracer, &PythonTracer::finished, this, [this](int, const QString &message) {
        const PythonTraceSummary &summary = m_tracer->summary();
        finishRun([message, tasks = summary.tasks, threads = summary.threads, blockNs = summary.longestBlockNs,
                      runNs = m_tracer->runTimeNs()] {
            const QLocale locale = numberLocale();
            return message + u' '
                + tr("%1 tasks, %2 threads, longest event-loop block %3 s, run time %4 s.")
                      .arg(locale.toString(tasks), locale.toString(threads),
                          locale.toString(double(blockNs) / 1e9, 'f', 2), locale.toString(double(runNs) / 1e9, 'f', 2));
        });
    });
    setVisual(m_console);
}

TracePage::~TracePage() = default;

QString TracePage::title() const
{
    return tr("Your program");
}

QString TracePage::lesson() const
{
    return tr("Any Python program, unmodified: each asyncio task gets a lane, each thread too, and whatever holds "
              "the event loop over 50 ms shows as a red block — live, while it runs.");
}

bool TracePage::isRunning() const
{
    return m_tracer->isRunning();
}

void TracePage::showExample(int index)
{
    if (index < 0 || index >= int(std::size(Examples)))
        return;
    m_command->setText(QString::fromLatin1(Examples[index].command));
    m_folder->clear();
    QFile source(QStringLiteral(":/pytrace/examples/") + QLatin1String(Examples[index].file));
    if (source.open(QIODevice::ReadOnly))
        showCode({QString::fromLatin1(Examples[index].file), {}, QString::fromUtf8(source.readAll()), 1});
}

QString TracePage::examplesFolder(QString *error)
{
    if (!m_examples) {
        auto folder = std::make_unique<QTemporaryDir>();
        for (const QFileInfo &example : QDir(QStringLiteral(":/pytrace/examples")).entryInfoList(QDir::Files)) {
            if (!folder->isValid() || !QFile::copy(example.filePath(), folder->filePath(example.fileName()))) {
                *error = tr("cannot write the examples to a temporary folder");
                return {};
            }
        }
        m_examples = std::move(folder);
    }
    return m_examples->path();
}

void TracePage::startRun()
{
    m_console->clear();
    QString error;
    QString folder = m_folder->text().trimmed();
    if (folder.isEmpty())
        folder = examplesFolder(&error);
    const QStringList command = QProcess::splitCommand(m_command->text());
    if (error.isEmpty() && command.isEmpty())
        error = tr("type a command to run, e.g. python3 script.py");
    if (error.isEmpty() && !QFileInfo(folder).isDir())
        error = tr("'%1' is not a folder").arg(folder);
    // The flags example downloads from the built-in server.
    if (m_context.flagServer)
        m_tracer->setEnvironmentValue(QStringLiteral("LAB_FLAG_SERVER"), m_context.flagServer->baseUrl().toString());
    if (error.isEmpty()) {
        showScript(command, folder);
        m_tracer->start(command, folder, &error);
    }
    if (!error.isEmpty())
        finishRun(tr("Cannot run: %1.").arg(error));
}

void TracePage::showScript(const QStringList &command, const QString &folder)
{
    // The code panel shows the program that runs: the first Python file the command names.
    for (const QString &argument : command) {
        if (!argument.endsWith(QLatin1String(".py")))
            continue;
        QFile script(QDir(folder).filePath(argument));
        if (script.size() < MaxScriptBytes && script.open(QIODevice::ReadOnly))
            showCode({QFileInfo(argument).fileName(), {}, QString::fromUtf8(script.readAll()), 1});
        return;
    }
}

void TracePage::appendOutput(const QByteArray &text, bool standardError)
{
    QTextCharFormat format;
    if (standardError)
        format.setForeground(palette().color(QPalette::Link));
    QTextCursor cursor(m_console->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QString::fromUtf8(text), format);
    m_console->ensureCursorVisible();
}

void TracePage::takeResultsFrom(DemoPage &previous)
{
    if (auto *before = qobject_cast<TracePage *>(&previous)) {
        // The program's output as it printed it, standard error in its colour.
        m_console->clear();
        QTextCursor(m_console->document()).insertFragment(QTextDocumentFragment(before->m_console->document()));
        m_console->ensureCursorVisible();
    }
    DemoPage::takeResultsFrom(previous);
}

void TracePage::stop()
{
    m_tracer->stop();
}

void TracePage::reset()
{
    stop();
    m_console->clear();
    setResult({});
}

} // namespace Lab
