// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/core/sourcesnippet.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QVBoxLayout;

namespace Lab {

class CodeView;
class EventLoopMonitor;
class FlowLayout;
class FlagServerThread;
class TraceRecorder;

/** What every page is given: the shared recording, the loop monitor and the time scale. */
struct PageContext
{
    TraceRecorder *recorder = nullptr;
    EventLoopMonitor *monitor = nullptr;
    /** Every delay of a demo is multiplied by this (tests run at 0.1 and less). */
    double timeScale = 1.0;
    /** The built-in flag server, started with the app on loopback. */
    FlagServerThread *flagServer = nullptr;
};

/**
 * The frame every demo page shares: its lesson in one sentence at the top, a row of controls
 * (Run, Stop, Reset, the page's own knobs), the live visual, and the real source of the code
 * being run beside it. A page fills in the visual, the knobs and the three actions.
 */
class DemoPage : public QWidget
{
    Q_OBJECT
public:
    DemoPage(const PageContext &context, const QString &id, QWidget *parent = nullptr);

    /** Short name used on the command line (--demo spinner). */
    QString id() const { return m_id; }
    virtual QString title() const = 0;
    virtual QString lesson() const = 0;
    virtual bool isRunning() const = 0;

    /** Clears the recording, then starts the demo with the current knobs. */
    void run();
    virtual void stop() = 0;
    /** Stops and puts the visual back to its first state. */
    virtual void reset() = 0;

    /** The "Block the event loop" switch, or nullptr where it does not apply. */
    QCheckBox *blockingSwitch() const { return m_blockingSwitch; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    /** The one-line outcome of the last run ("Answer: 42 after 3.00 s"). */
    QString resultText() const;

    // Replay: while the timeline plays a recording back, the visual shows the state at its cursor.
    /** True if this page's visual can show an earlier moment of its last run. */
    virtual bool canReplay() const { return false; }
    /** Shows the visual as it was at @p time (monotonic ns, the recorder's clock). */
    virtual void showStateAt(qint64 time) { Q_UNUSED(time); }
    /** Replay is over: the visual shows the end of the run again. */
    virtual void leaveReplay() { }

Q_SIGNALS:
    /** Emitted before a run starts, so the window can clear the recording. */
    void aboutToRun();
    void runFinished(const QString &summary);

protected:
    virtual void startRun() = 0;
    /** A page the user leaves stops replaying: its visual shows the end of its run again. */
    void hideEvent(QHideEvent *event) override;

    /** Call once at the end of the subclass constructor: places the visual and the lesson. */
    void setVisual(QWidget *visual);
    void addKnob(const QString &label, QWidget *knob);
    QCheckBox *addBlockingSwitch();
    void showCode(const SourceSnippet &snippet);
    void setResult(const QString &text);
    /** Updates the buttons; call when a run starts and ends. */
    void setRunningState(bool running);
    /** The longest event-loop stall of this run, in seconds, including one that ends right now. */
    double longestStallSeconds() const;
    /** Call when a run ends: updates the buttons, shows and announces the summary. */
    void finishRun(const QString &summary);

    PageContext m_context;

private:
    QString m_id;
    QLabel *m_lessonLabel;
    FlowLayout *m_knobs;
    QPushButton *m_runButton;
    QPushButton *m_stopButton;
    QPushButton *m_resetButton;
    QCheckBox *m_blockingSwitch = nullptr;
    QSplitter *m_splitter;
    CodeView *m_codeView;
    QLabel *m_resultLabel;
};

} // namespace Lab
