// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/reflowbox.h"

#include <QBoxLayout>
#include <QEvent>

namespace Lab {

ReflowBox::ReflowBox(QWidget *main, QWidget *side, int wideFromLines, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::TopToBottom, this))
    , m_wideFromLines(wideFromLines)
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(main, 1);
    m_layout->addWidget(side, 0);
}

bool ReflowBox::isSideBySide() const
{
    return m_layout->direction() == QBoxLayout::LeftToRight;
}

void ReflowBox::reflow()
{
    const bool wide = width() >= m_wideFromLines * fontMetrics().height();
    const auto direction = wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() == direction)
        return;
    m_layout->setDirection(direction);
    // Below: the side part takes the height it needs. Beside: a third of the width.
    m_layout->setStretch(0, wide ? 2 : 1);
    m_layout->setStretch(1, wide ? 1 : 0);
}

void ReflowBox::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void ReflowBox::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        reflow();
}

} // namespace Lab
