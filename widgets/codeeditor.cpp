// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/codeeditor.h"

#include <QFontDatabase>
#include <QPainter>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextBlock>

#include <cmath>

namespace Lab {

namespace {
// Keywords in bold, the coroutine keywords that the lessons are about in a strong colour, comments dimmed.
class CppHighlighter : public QSyntaxHighlighter
{
public:
    explicit CppHighlighter(CodeEditor *editor)
        : QSyntaxHighlighter(editor->document())
        , m_editor(editor)
    {
    }

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
        coro.setForeground(m_editor->coroutineColour());
        QTextCharFormat dim;
        dim.setForeground(m_editor->commentColour());
        dim.setFontItalic(true);
        for (const auto &[re, format] : {std::pair{&keywords, bold}, {&coroutine, coro}, {&comment, dim}}) {
            for (auto it = re->globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                setFormat(int(match.capturedStart()), int(match.capturedLength()), format);
            }
        }
    }

private:
    CodeEditor *m_editor;
};

QColor mix(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
        from.greenF() + (to.greenF() - from.greenF()) * amount, from.blueF() + (to.blueF() - from.blueF()) * amount);
}

double luminance(const QColor &c)
{
    const auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

// WCAG: 4.5 : 1 is readable body text.
bool readable(const QColor &ink, const QColor &paper)
{
    const double a = luminance(ink) + 0.05;
    const double b = luminance(paper) + 0.05;
    return std::max(a, b) / std::min(a, b) >= 4.5;
}

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
    new CppHighlighter(this);
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

QColor CodeEditor::coroutineColour() const
{
    // Orange, dark on a light page and light on a dark one; the text colour where neither reads.
    const QColor paper = palette().color(QPalette::Base);
    const QColor orange = luminance(paper) > 0.18 ? QColor(0xb3, 0x3c, 0x00) : QColor(0xff, 0xa0, 0x50);
    return readable(orange, paper) ? orange : palette().color(QPalette::Text);
}

QColor CodeEditor::commentColour() const
{
    const QColor paper = palette().color(QPalette::Base);
    const QColor dimmed = mix(palette().color(QPalette::Text), paper, 0.3);
    return readable(dimmed, paper) ? dimmed : palette().color(QPalette::Text);
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Theme and zoom: the colours are chosen for the background, the gutter fits the digits.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        if (auto *highlighter = document()->findChild<QSyntaxHighlighter *>())
            highlighter->rehighlight();
        setViewportMargins(gutterWidth(), 0, 0, 0);
        m_gutter->update();
    }
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
