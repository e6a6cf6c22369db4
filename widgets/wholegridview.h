// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QListView>

namespace Lab {

/**
 * An icon grid that shows every item: it asks for the height of all its rows at the width it is
 * given (its items wrap to that width), so it never scrolls itself; what holds it scrolls when
 * the grid is taller than the room.
 */
class WholeGridView : public QListView
{
    Q_OBJECT
public:
    explicit WholeGridView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QSize cellSize() const;
};

} // namespace Lab
