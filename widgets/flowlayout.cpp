// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace Lab {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return layOut(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = std::max(height, hint.height());
        ++shown;
    }
    const int gap = spacing() >= 0 ? spacing() : 6;
    const QMargins margins = contentsMargins();
    return {width + std::max(0, shown - 1) * gap + margins.left() + margins.right(),
        height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    layOut(rect, true);
}

int FlowLayout::layOut(const QRect &rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int gap = spacing();
    if (gap < 0) {
        const QWidget *parent = parentWidget();
        gap = parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 6;
        gap = gap >= 0 ? gap : 6;
    }
    // Rows first, then each row placed with its items centred on the row's height.
    struct Row
    {
        QList<QLayoutItem *> items;
        int height = 0;
    };
    QList<Row> rows(1);
    int x = area.x();
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
        if (!rows.last().items.isEmpty() && x + hint.width() > area.right() + 1) {
            rows.append(Row());
            x = area.x();
        }
        rows.last().items.append(item);
        rows.last().height = std::max(rows.last().height, hint.height());
        x += hint.width() + gap;
    }
    if (rows.first().items.isEmpty())
        return contentsMargins().top() + contentsMargins().bottom();
    int y = area.y();
    for (const Row &row : std::as_const(rows)) {
        if (row.items.isEmpty())
            continue;
        x = area.x();
        for (QLayoutItem *item : row.items) {
            const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
            if (place)
                item->setGeometry(QRect(QPoint(x, y + (row.height - hint.height()) / 2), hint));
            x += hint.width() + gap;
        }
        y += row.height + gap;
    }
    const QMargins margins = contentsMargins();
    return y - gap - rect.y() + margins.bottom();
}

} // namespace Lab
