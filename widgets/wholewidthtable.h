// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QTableWidget>

namespace Lab {

/**
 * A table that never scrolls sideways: it asks for the width of its columns' contents and
 * headers at least (a column that stretches and wraps its text, only the width of a few words),
 * so a layout gives it that width and its columns share what is more.
 */
class WholeWidthTable : public QTableWidget
{
    Q_OBJECT
public:
    WholeWidthTable(int rows, int columns, QWidget *parent = nullptr);
    explicit WholeWidthTable(QWidget *parent = nullptr);

    /** Column @p column stretches and wraps its text: it needs the width of its header and of about @p characters.
        The table's rows then grow to their wrapped texts. */
    void setWrappingColumn(int column, int characters);

    /** The table is as tall as its header and its rows at their heights, with room for @p rows at least: it never
        scrolls up and down either, and does not jump as rows arrive. */
    void fitHeightToRows(int rows);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void updateGeometries() override;

private:
    void watchContents();
    int columnsWidth() const;
    void fitHeight();

    QHash<int, int> m_wrapping; // column -> characters
    int m_fittedRows = -1;
    bool m_fitPosted = false;
};

} // namespace Lab
