// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/followingsplitter.h"

#include <QEvent>

#include <algorithm>
#include <utility>

namespace Lab {

FollowingSplitter::FollowingSplitter(Qt::Orientation orientation, QWidget *parent)
    : QSplitter(orientation, parent)
{
    // QSplitter says a handle moved only when the user moved it: setSizes() and restoreState() do not.
    connect(this, &QSplitter::splitterMoved, this, [this] {
        if (m_following)
            return;
        const bool first = !m_dragged;
        m_dragged = true;
        if (first)
            Q_EMIT dragged();
    });
}

void FollowingSplitter::setShares(Shares shares)
{
    m_shares = std::move(shares);
    follow();
}

void FollowingSplitter::setDragged(bool dragged)
{
    m_dragged = dragged;
    follow();
}

void FollowingSplitter::follow()
{
    if (m_dragged || !m_shares || m_following)
        return;
    int visible = 0;
    for (int i = 0; i < count(); ++i)
        visible += widget(i)->isHidden() ? 0 : 1;
    const int length = (orientation() == Qt::Horizontal ? contentsRect().width() : contentsRect().height())
        - handleWidth() * std::max(0, visible - 1);
    if (length <= 0)
        return;
    const QList<int> sizes = m_shares(length);
    if (sizes == this->sizes())
        return;
    m_following = true;
    setSizes(sizes);
    m_following = false;
}

void FollowingSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    follow();
}

bool FollowingSplitter::event(QEvent *event)
{
    const bool handled = QSplitter::event(event);
    // A widget shown or hidden, or one whose minimum changed: the rule shares the room again.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)
        follow();
    return handled;
}

} // namespace Lab
