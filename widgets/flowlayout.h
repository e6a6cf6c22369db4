// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLayout>
#include <QList>

namespace Lab {

/**
 * Lays its items out left to right and wraps to a new row when the width runs out, each row
 * centred vertically: a row of controls that fits a narrow window and a large presenter zoom
 * alike, instead of forcing the window wider than the screen.
 */
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    /** The widest item: narrower than that, nothing can wrap any more. */
    QSize minimumSize() const override;
    /** Everything in one row. */
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /** Places the items in @p rect (or only measures, if @p place is false); returns the height used. */
    int layOut(const QRect &rect, bool place) const;

    QList<QLayoutItem *> m_items;
};

} // namespace Lab
