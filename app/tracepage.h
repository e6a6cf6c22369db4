// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"

#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTemporaryDir;

namespace Lab {

class PythonTracer;

/**
 * Your program: runs a Python program (an example shipped with the app, or any command) under the
 * app's tracer; its tasks, threads and event-loop blocks fill the timeline live, its output the console.
 */
class TracePage : public DemoPage
{
    Q_OBJECT
public:
    explicit TracePage(const PageContext &context, QWidget *parent = nullptr);
    ~TracePage() override;

    QString title() const override;
    QString lesson() const override;
    bool isRunning() const override;
    void stop() override;
    void reset() override;

    QComboBox *exampleBox() const { return m_example; }
    QLineEdit *commandEdit() const { return m_command; }
    QLineEdit *folderEdit() const { return m_folder; }
    QPlainTextEdit *console() const { return m_console; }

    /** The program's output and the run's summary from @p previous. */
    void takeResultsFrom(DemoPage &previous) override;

protected:
    void startRun() override;

private:
    void showExample(int index);
    void showScript(const QStringList &command, const QString &folder);
    QString examplesFolder(QString *error);
    void appendOutput(const QByteArray &text, bool standardError);

    PythonTracer *m_tracer;
    QComboBox *m_example;
    QLineEdit *m_command;
    QLineEdit *m_folder;
    QPlainTextEdit *m_console;
    std::unique_ptr<QTemporaryDir> m_examples;
};

} // namespace Lab
