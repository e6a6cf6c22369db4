// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demopage.h"
#include "app/pagerecordings.h"

#include <QObject>

namespace Lab {

class Language;
class MainWindow;

/**
 * Owns the main window and builds it again, in the new language, when the language changes:
 * every page, menu and label is created through tr(), so a new window is translated throughout
 * without a retranslate function per widget. The recording, the loop monitor and the flag server
 * (the PageContext) and each page's last recording outlive the switch; the demo shown and the
 * window geometry carry over, and each new page takes its knobs and results from the page it
 * replaces (DemoPage::takeKnobsFrom(), DemoPage::takeResultsFrom()) instead of running again.
 */
class WindowHost : public QObject
{
    Q_OBJECT
public:
    WindowHost(const PageContext &context, Language *language, QObject *parent = nullptr);
    ~WindowHost() override;

    /** The current window; a language switch replaces it (see windowReplaced()). */
    MainWindow *window() const { return m_window; }

Q_SIGNALS:
    /** The current window finished a run (MainWindow::runFinished, whichever window that is). */
    void runFinished(const QString &demoId, const QString &summary);
    void windowReplaced(MainWindow *window);

private:
    MainWindow *createWindow();
    void rebuild();

    PageContext m_context;
    PageRecordings m_recordings; // each page's last run, kept across windows
    Language *m_language;
    MainWindow *m_window = nullptr;
};

} // namespace Lab
