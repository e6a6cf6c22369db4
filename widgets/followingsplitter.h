// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSplitter>

#include <functional>

namespace Lab {

/**
 * A splitter that shares its room by a rule as it is resized (a short window gives the timeline a
 * smaller share) until the user drags a handle; from then on it keeps the user's sizes, as a plain
 * splitter does, until setDragged(false) hands the room back to the rule.
 */
class FollowingSplitter : public QSplitter
{
    Q_OBJECT
public:
    /** The sizes of the widgets, in order, for a splitter @p length pixels long (hidden ones included). */
    using Shares = std::function<QList<int>(int length)>;

    explicit FollowingSplitter(Qt::Orientation orientation, QWidget *parent = nullptr);

    void setShares(Shares shares);
    /** True once the user dragged a handle (or setDragged(true) said so for a restored layout). */
    bool isDragged() const { return m_dragged; }
    /** False: the rule shares the room again, at once. */
    void setDragged(bool dragged);
    /** Shares the room by the rule now, unless the user dragged. */
    void follow();

Q_SIGNALS:
    /** The user dragged a handle: the sizes are the user's from now on. */
    void dragged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    Shares m_shares;
    bool m_dragged = false;
    bool m_following = false;
};

} // namespace Lab
