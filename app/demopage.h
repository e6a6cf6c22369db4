// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/core/sourcesnippet.h"

#include <QVariant>
#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSettings;
class QVBoxLayout;

namespace Lab {

class CodeView;
class EventLoopMonitor;
class FlowLayout;
class FollowingSplitter;
class FlagServerThread;
class PageRecordings;
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
    /** Where the window remembers knobs, layout, zoom and theme; null remembers nothing (tests). */
    QSettings *settings = nullptr;
    /** Where the window finds each page's own recording (its PageContext::recorder); null: the
        window keeps them itself, and @c recorder holds only an opened trace. */
    PageRecordings *recordings = nullptr;
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
    /** Why a run was stopped; the stop is recorded on the event loop's lane. */
    enum class StopCause { StopKey, LeftPage, LanguageChanged };
    /** Stops a run in progress and records the stop in the page's recording. */
    void stopRecorded(StopCause cause);
    /** The recording this page's runs write to (each page has its own in the window). */
    TraceRecorder *recorder() const { return m_context.recorder; }
    /** Stops and puts the visual back to its first state. */
    virtual void reset() = 0;

    /** The "Block the event loop" switch, or nullptr where it does not apply. */
    QCheckBox *blockingSwitch() const { return m_blockingSwitch; }
    // The B key: the blocking switch by default; a page without one may map it onto its knobs.
    virtual bool canBlock() const;
    virtual bool isBlocking() const;
    /** False (and nothing changes) if blocking does not apply to the knobs as they are. */
    virtual bool setBlocking(bool on);
    /** The keys that mean something of their own on this page (key, what it does), for the help. */
    virtual QList<std::pair<QString, QString>> pageKeys() const;
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    /** The one-line outcome of the last run ("Answer: 42 after 3.00 s"). */
    QString resultText() const;

    /**
     * After a language switch: shows what @p previous (the same demo in the window being replaced)
     * had to show, written again in this window's language. The base class takes the summary;
     * a page with more results (a table of runs, a grid) takes those too.
     */
    virtual void takeResultsFrom(DemoPage &previous);
    /**
     * After a language switch, before takeResultsFrom(): every knob shows the value it had on
     * @p previous, and the code panel keeps its width.
     */
    virtual void takeKnobsFrom(DemoPage &previous);

    // Settings: every knob that addKnob() placed is remembered, by the page's id and the knob's
    // objectName (or its place in the row when it has none). Pages need do nothing more.
    /** The remembered knobs, in the order they were added (the blocking switch among them). */
    QList<QWidget *> knobs() const;
    /** Takes the knobs' present values as their defaults, then shows what @p settings hold. */
    void restoreSettings(QSettings &settings);
    void saveSettings(QSettings &settings) const;
    /** Every knob back to its default; the code panel's width follows the window's again. */
    void resetToDefaults();

    /** The window is in presenter mode (a page may spare the audience a step, see CorosPage). */
    void setPresenting(bool on) { m_presenting = on; }
    bool isPresenting() const { return m_presenting; }

    /** Shows or hides the code beside the visual. */
    void setCodeVisible(bool visible);
    bool isCodeVisible() const;
    /** The visual's scroll area: it scrolls up and down, never sideways (its width is the visual's minimum or more). */
    QWidget *visualArea() const { return m_scroller; }
    /** The splitter between the visual and the code; its sizes follow the page's width until the user drags it. */
    FollowingSplitter *codeSplitter() const { return m_splitter; }

    // Replay: while the timeline plays a recording back, the visual shows the state at its cursor.
    /** True if this page's visual can show an earlier moment of its last run. */
    virtual bool canReplay() const { return false; }
    /** Shows the visual as it was at @p time (monotonic ns, the recorder's clock). */
    void showStateAt(qint64 time);
    /** Replay is over: the visual shows the end of the run again. */
    void leaveReplay();
    /** True while the visual shows an earlier moment: live updates are recorded, not shown. */
    bool isReplaying() const { return m_replaying; }

Q_SIGNALS:
    /** Emitted before a run starts, so the window can clear the recording. */
    void aboutToRun();
    void runFinished(const QString &summary);
    /** A run started or ended (the buttons changed). */
    void runningChanged(bool running);
    /** What the B key would show as checked changed. */
    void blockingChanged();

protected:
    virtual void startRun() = 0;
    /** A page the user leaves stops replaying: its visual shows the end of its run again. */
    void hideEvent(QHideEvent *event) override;

    // Replay, as a page provides it (DemoPage keeps whether a replayed moment is on screen).
    /** Shows @p time's state; false if there is nothing recorded to show (replay is not entered). */
    virtual bool showReplayedState(qint64 time)
    {
        Q_UNUSED(time);
        return false;
    }
    /** Puts the live state back on screen after a replay. */
    virtual void showLiveState() {}
    /** A run starts or the page resets: the visual is live again, with no replayed moment to undo. */
    void forgetReplay() { m_replaying = false; }

    /** Call once at the end of the subclass constructor: places the visual and the lesson. */
    void setVisual(QWidget *visual);
    void addKnob(const QString &label, QWidget *knob);
    /** Remembers a knob placed elsewhere than the row of controls (addKnob does this itself). */
    void rememberKnob(QWidget *knob);
    QCheckBox *addBlockingSwitch();
    void showCode(const SourceSnippet &snippet);
    void setResult(const QString &text);
    /** Updates the buttons; call when a run starts and ends. */
    void setRunningState(bool running);
    /** The longest event-loop stall of this run, in seconds, including one that ends right now. */
    double longestStallSeconds() const;
    /** Call when a run ends: updates the buttons, shows and announces the summary. */
    void finishRun(const QString &summary);
    /** As above, with a summary that can be written again in another language: capture values, not this. */
    void finishRun(std::function<QString()> summary);

    PageContext m_context;

private:
    struct Knob
    {
        QWidget *widget;
        QString key;
        QVariant defaultValue;
    };
    QString knobKey(const Knob &knob) const;
    void resetSplitter();

    QString m_id;
    std::vector<Knob> m_savedKnobs;
    bool m_defaultsKnown = false;
    bool m_replaying = false;
    bool m_presenting = false;
    QLabel *m_lessonLabel;
    FlowLayout *m_knobs;
    QPushButton *m_runButton;
    QPushButton *m_stopButton;
    QPushButton *m_resetButton;
    QCheckBox *m_blockingSwitch = nullptr;
    FollowingSplitter *m_splitter;
    QWidget *m_scroller = nullptr;
    CodeView *m_codeView;
    QLabel *m_resultLabel;
    std::function<QString()> m_summary; // the last run's summary, in the language installed when called
    bool m_stoppedByLanguage = false; // a language switch stopped the run in progress
};

} // namespace Lab
