// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/codeview.h"

#include "widgets/codeeditor.h"

#include <QLabel>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Lab {

CodeView::CodeView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_editor(new CodeEditor(this))
{
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path wraps at its line number rather than widen the panel.
    m_header->setWordWrap(true);
    setAccessibleName(tr("Code panel"));
    m_editor->setAccessibleName(tr("Source code of the running mode"));
    // Room for the start of a code line: in a narrow window the visual comes first, and the
    // splitter gives the code more where there is more.
    m_editor->setMinimumWidth(m_editor->fontMetrics().horizontalAdvance(u'9') * 32);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_editor, 1);
}

void CodeView::showSnippet(const SourceSnippet &snippet)
{
    highlightLine(0);
    m_snippet = snippet;
    if (!snippet.isValid()) {
        // Only possible if a marker was renamed without updating the page: say so plainly.
        m_header->setText(tr("Source of “%1” not found in %2").arg(snippet.name, snippet.file));
        m_editor->clear();
        return;
    }
    m_header->setText(tr("%1, line %2").arg(snippet.file).arg(snippet.firstLine));
    m_editor->setPlainText(snippet.text);
    m_editor->setFirstLine(snippet.firstLine);
}

QString CodeView::code() const
{
    return m_editor->toPlainText();
}

void CodeView::highlightLine(int fileLine)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(fileLine - m_snippet.firstLine);
    if (fileLine <= 0 || !m_snippet.isValid() || !block.isValid()) {
        m_highlightedLine = 0;
        m_editor->setExtraSelections({});
        return;
    }
    m_highlightedLine = fileLine;
    QTextEdit::ExtraSelection mark;
    // A third of the selection colour over the background: visible in light and dark themes, text stays legible.
    const QColor base = m_editor->palette().color(QPalette::Base);
    const QColor highlight = palette().color(QPalette::Highlight);
    mark.format.setBackground(QColor::fromRgbF((2 * base.redF() + highlight.redF()) / 3,
        (2 * base.greenF() + highlight.greenF()) / 3, (2 * base.blueF() + highlight.blueF()) / 3));
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    mark.cursor = QTextCursor(block);
    m_editor->setExtraSelections({mark});
    m_editor->setTextCursor(mark.cursor);
    m_editor->centerCursor();
}

} // namespace Lab
