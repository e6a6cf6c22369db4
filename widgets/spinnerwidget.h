// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace Lab {

/**
 * The spinner: a ring of dots whose bright dot moves one step per frame, and the lab's
 * "| thinking!" line. It only moves when a frame arrives, so a blocked event loop freezes it.
 */
class SpinnerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SpinnerWidget(QWidget *parent = nullptr);

    /** Shows frame @p index (the ring advances one dot, the text glyph cycles | / - \). */
    void setFrame(int index);
    int frame() const { return m_frame; }
    /** The text under the ring ("thinking!", "Answer: 42"). */
    void setMessage(const QString &message);
    QString message() const { return m_message; }

    QSize sizeHint() const override { return {360, 360}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_frame = 0;
    QString m_message;
};

} // namespace Lab
