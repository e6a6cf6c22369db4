// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/wholegridview.h"

#include <QEvent>
#include <QStyleOptionViewItem>

#include <algorithm>

namespace Lab {

WholeGridView::WholeGridView(QWidget *parent)
    : QListView(parent)
{
    setViewMode(QListView::IconMode);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void WholeGridView::setModel(QAbstractItemModel *model)
{
    QListView::setModel(model);
    if (!model)
        return;
    // More or fewer items, more or fewer rows: the layout asks again.
    const auto ask = [this] {
        updateGeometry();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, ask);
    connect(model, &QAbstractItemModel::rowsRemoved, this, ask);
    connect(model, &QAbstractItemModel::modelReset, this, ask);
    connect(model, &QAbstractItemModel::layoutChanged, this, ask);
}

QSize WholeGridView::cellSize() const
{
    if (!model() || model()->rowCount(rootIndex()) == 0 || !itemDelegate())
        return {};
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    return itemDelegate()->sizeHint(option, model()->index(0, 0, rootIndex()));
}

bool WholeGridView::hasHeightForWidth() const
{
    return true;
}

int WholeGridView::heightForWidth(int width) const
{
    const int frame = 2 * frameWidth();
    const QSize cell = cellSize();
    if (cell.isEmpty())
        return frame + spacing();
    // As QListView lays out icons: from the left, a spacing before each item, wrapping at the viewport's edge.
    const int inner = width - frame;
    const int columns = std::max(1, (inner - spacing()) / (cell.width() + spacing()));
    const int count = model()->rowCount(rootIndex());
    const int rows = (count + columns - 1) / columns;
    return frame + spacing() + rows * (cell.height() + spacing());
}

QSize WholeGridView::sizeHint() const
{
    const int width = std::max(QListView::sizeHint().width(), cellSize().width() + 2 * frameWidth() + 2 * spacing());
    return {width, heightForWidth(width)};
}

QSize WholeGridView::minimumSizeHint() const
{
    // One cell wide at least; the height comes from heightForWidth().
    const QSize cell = cellSize();
    return {cell.width() + 2 * frameWidth() + 2 * spacing(), cell.height() + 2 * frameWidth() + 2 * spacing()};
}

void WholeGridView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
}

} // namespace Lab
