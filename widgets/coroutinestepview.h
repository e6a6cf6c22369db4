// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Lab {

/**
 * Stepping a coroutine by hand: a prediction to write first, the Resume / Send / Step buttons, the
 * coroutine's state, a log of what each step gave, the toy loop's heap, and at the end the
 * prediction beside what happened. A passive view: the page decides what each button does.
 */
class CoroutineStepView : public QWidget
{
    Q_OBJECT
public:
    /** Which buttons an exercise needs. */
    enum class Controls {
        Resume, ///< Resume only
        ResumeAndSend, ///< Resume, and Send with a value
        Step, ///< Step one loop iteration; the heap table shows
        RunOnly, ///< no step buttons: the page's Run drives it on the real event loop
    };

    explicit CoroutineStepView(QWidget *parent = nullptr);

    void setControls(Controls controls);
    /** Enables or disables the step buttons (Resume, Send, Step). */
    void setSteppingEnabled(bool enabled);

    /** True when a prediction was written or explicitly skipped. */
    bool hasPrediction() const;
    /** The prediction as written, or "(skipped)". */
    QString prediction() const;
    /** A locked prediction can no longer be changed: it was made before the first step. */
    void setPredictionLocked(bool locked);
    void clearPrediction();

    void setStateText(const QString &state, const QString &detail = {});
    void clearLog();
    void appendLog(const QString &line);
    QStringList logLines() const;
    /** Rows of (deadline, task, where it waits), earliest first. */
    void setHeapRows(const QList<QStringList> &rows);
    /** Shows the prediction beside what happened; an empty @p happened hides them. */
    void setComparison(const QString &happened);

    // For the page's wiring, tests and accessibility.
    QPlainTextEdit *predictionEdit() const { return m_prediction; }
    QCheckBox *skipPredictionBox() const { return m_skipPrediction; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *sendButton() const { return m_send; }
    QSpinBox *sendValue() const { return m_sendValue; }
    QPushButton *stepButton() const { return m_step; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *stateDetailLabel() const { return m_stateDetail; }
    QListWidget *log() const { return m_log; }
    QTableWidget *heapTable() const { return m_heap; }
    QWidget *comparison() const { return m_comparison; }
    QPlainTextEdit *predictedText() const { return m_predicted; }
    QPlainTextEdit *happenedText() const { return m_happened; }

Q_SIGNALS:
    void resumeClicked();
    void sendClicked(int value);
    void stepClicked();
    /** The prediction was written, cleared, skipped or unskipped. */
    void predictionChanged();

private:
    void updateHint();

    QPlainTextEdit *m_prediction;
    QCheckBox *m_skipPrediction;
    QLabel *m_hint;
    QPushButton *m_resume;
    QPushButton *m_send;
    QSpinBox *m_sendValue;
    QPushButton *m_step;
    QLabel *m_state;
    QLabel *m_stateDetail;
    QListWidget *m_log;
    QTableWidget *m_heap;
    QWidget *m_comparison;
    QPlainTextEdit *m_predicted;
    QPlainTextEdit *m_happened;
    bool m_steppingEnabled = true;
    Controls m_controls = Controls::Resume;
};

} // namespace Lab
