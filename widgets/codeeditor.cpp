// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/codeeditor.h"

#include <QFontDatabase>
#include <QPainter>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace Lab {

namespace {
// Keywords in bold, the coroutine keywords that the lessons are about in a strong colour, comments dimmed.
class CppHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression keywords(QStringLiteral(
            "\\b(auto|bool|const|double|else|for|if|int|return|switch|case|while|void|quint64|qint64)\\b"));
        static const QRegularExpression coroutine(QStringLiteral("\\b(co_await|co_return|co_yield)\\b"));
        static const QRegularExpression comment(QStringLiteral("//.*$"));
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        QTextCharFormat coro;
        coro.setFontWeight(QFont::Bold);
        coro.setForeground(QColor(0xd0, 0x40, 0x00));
        QTextCharFormat dim;
        dim.setForeground(QColor(0x60, 0x80, 0x60));
        dim.setFontItalic(true);
        for (const auto &[re, format] : {std::pair{&keywords, bold}, {&coroutine, coro}, {&comment, dim}}) {
            for (auto it = re->globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                setFormat(int(match.capturedStart()), int(match.capturedLength()), format);
            }
        }
    }
};

class Gutter : public QWidget
{
public:
    explicit Gutter(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    CodeEditor *m_editor;
};
} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new CppHighlighter(document());
    setViewportMargins(gutterWidth(), 0, 0, 0);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
}

void CodeEditor::setFirstLine(int line)
{
    m_firstLine = std::max(1, line);
    setViewportMargins(gutterWidth(), 0, 0, 0);
    m_gutter->update();
}

int CodeEditor::gutterWidth() const
{
    const int digits = int(QString::number(m_firstLine + blockCount()).size());
    return 12 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(r.left(), r.top(), gutterWidth(), r.height());
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().alternateBase());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible())
            painter.drawText(0, top, m_gutter->width() - 6, height, Qt::AlignRight | Qt::AlignVCenter,
                QString::number(m_firstLine + block.blockNumber()));
        block = block.next();
        top += height;
    }
}

} // namespace Lab
