// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/core/sourcesnippet.h"

#include <QPlainTextEdit>
#include <QWidget>

class QLabel;

namespace Lab {

class CodeEditor;

/** The code panel: where a snippet comes from (file:line) and its text with line numbers. */
class CodeView : public QWidget
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);

    void showSnippet(const SourceSnippet &snippet);
    const SourceSnippet &snippet() const { return m_snippet; }
    /** The text shown (the snippet's code, without line numbers). */
    QString code() const;
    /**
     * Marks line @p fileLine (numbered as in the file) and scrolls to it; 0, or a line outside the
     * snippet, removes the mark. Showing another snippet removes it too.
     */
    void highlightLine(int fileLine);
    /** The marked file line, or 0. */
    int highlightedLine() const { return m_highlightedLine; }

private:
    SourceSnippet m_snippet;
    int m_highlightedLine = 0;
    QLabel *m_header;
    CodeEditor *m_editor;
};

} // namespace Lab
