// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/codeview.h"

#include "widgets/codeeditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Lab {

CodeView::CodeView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_editor(new CodeEditor(this))
{
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editor->setAccessibleName(tr("Source code of the running mode"));
    // Room for the demo code's lines (they are kept under about 100 columns).
    m_editor->setMinimumWidth(m_editor->fontMetrics().horizontalAdvance(u'9') * 84);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_editor, 1);
}

void CodeView::showSnippet(const SourceSnippet &snippet)
{
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

} // namespace Lab
