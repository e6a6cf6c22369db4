// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/verticalscrollarea.h"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>

namespace Lab {

VerticalScrollArea::VerticalScrollArea(QWidget *widget, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(widget);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

int VerticalScrollArea::neededWidth() const
{
    const QWidget *content = widget();
    if (!content)
        return 0;
    const int contentWidth = content->minimumWidth() > 0 ? content->minimumWidth() : content->minimumSizeHint().width();
    // Room for the vertical scroll bar whether it shows or not: its coming must not push the widget sideways.
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    return contentWidth + bar + 2 * frameWidth();
}

QSize VerticalScrollArea::sizeHint() const
{
    return QScrollArea::sizeHint().expandedTo({neededWidth(), 0});
}

bool VerticalScrollArea::viewportEvent(QEvent *event)
{
    // The widget's layout asks again (its minimum may have changed): so does this area, and a
    // splitter that follows a rule gives it the width it needs now.
    if (event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::viewportEvent(event);
}

bool VerticalScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace Lab
