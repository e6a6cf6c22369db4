// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/reflowbox.h"

#include <QBoxLayout>
#include <QEvent>

#include <algorithm>

namespace Lab {

ReflowBox::ReflowBox(QWidget *main, QWidget *side, int wideFromLines, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::TopToBottom, this))
    , m_main(main)
    , m_side(side)
    , m_wideFromLines(wideFromLines)
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(main, 1);
    m_layout->addWidget(side, 0);
}

ReflowBox::ReflowBox(QWidget *main, QWidget *side, QWidget *parent)
    : ReflowBox(main, side, 0, parent)
{
}

void ReflowBox::setWideStretch(int main, int side)
{
    m_mainStretch = main;
    m_sideStretch = side;
    if (isSideBySide()) {
        m_layout->setStretch(0, main);
        m_layout->setStretch(1, side);
    }
}

namespace {
int minimumWidthOf(const QWidget *widget)
{
    return widget->minimumWidth() > 0 ? widget->minimumWidth() : widget->minimumSizeHint().width();
}
} // namespace

QSize ReflowBox::minimumSizeHint() const
{
    // Side by side the layout asks for both widths; a box given less puts them one above the other.
    const QMargins margins = m_layout->contentsMargins();
    const int width = std::max(minimumWidthOf(m_main), m_side->isHidden() ? 0 : minimumWidthOf(m_side));
    return {width + margins.left() + margins.right(), m_layout->minimumSize().height()};
}

bool ReflowBox::isSideBySide() const
{
    return m_layout->direction() == QBoxLayout::LeftToRight;
}

void ReflowBox::reflow()
{
    const bool wide = m_wideFromLines > 0 ? width() >= m_wideFromLines * fontMetrics().height()
                                          : m_side->isHidden()
            || width() >= minimumWidthOf(m_main) + m_layout->spacing() + minimumWidthOf(m_side)
                    + m_layout->contentsMargins().left() + m_layout->contentsMargins().right();
    const auto direction = wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() == direction)
        return;
    m_layout->setDirection(direction);
    // Below: the side part takes the height it needs. Beside: a third of the width.
    m_layout->setStretch(0, wide ? m_mainStretch : 1);
    m_layout->setStretch(1, wide ? m_sideStretch : 0);
}

void ReflowBox::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

bool ReflowBox::event(QEvent *event)
{
    const bool handled = QWidget::event(event);
    // A part's minimum changed (a table got wider rows): they may no longer fit side by side.
    if (event->type() == QEvent::LayoutRequest && m_wideFromLines == 0)
        reflow();
    return handled;
}

void ReflowBox::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        reflow();
}

} // namespace Lab
