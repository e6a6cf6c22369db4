// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace Lab {

/** A read-only source view with a line-number gutter numbered as in the file. */
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);
    void setFirstLine(int line);
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    /** The colour of co_await and co_return, readable on this editor's background. */
    QColor coroutineColour() const;
    /** The colour of comments: dimmed, still readable. */
    QColor commentColour() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *m_gutter;
    int m_firstLine = 1;
};

} // namespace Lab
