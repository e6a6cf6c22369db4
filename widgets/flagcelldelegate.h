// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Lab {

/**
 * Draws one flag cell of a FlagGridModel: the flag when done, otherwise the state in words and
 * by pattern (queued: dotted outline; downloading: striped; not found: "404"; error: red with
 * the reason), so the state never depends on colour alone; then the code and country name.
 */
class FlagCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr QSize CellSize{150, 132};

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Lab
