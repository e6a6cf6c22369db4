// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/wholewidthtable.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

namespace Lab {

WholeWidthTable::WholeWidthTable(int rows, int columns, QWidget *parent)
    : QTableWidget(rows, columns, parent)
{
    watchContents();
}

WholeWidthTable::WholeWidthTable(QWidget *parent)
    : QTableWidget(parent)
{
    watchContents();
}

void WholeWidthTable::watchContents()
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // New rows, texts or headers may need wider columns: the layout asks again.
    const auto ask = [this] {
        updateGeometry();
    };
    connect(model(), &QAbstractItemModel::rowsInserted, this, ask);
    connect(model(), &QAbstractItemModel::columnsInserted, this, ask);
    connect(model(), &QAbstractItemModel::dataChanged, this, ask);
    connect(model(), &QAbstractItemModel::headerDataChanged, this, ask);
    connect(model(), &QAbstractItemModel::modelReset, this, ask);
}

void WholeWidthTable::setWrappingColumn(int column, int characters)
{
    m_wrapping.insert(column, characters);
    // It takes what the others leave (with the other wrapping ones), and its text wraps in that.
    horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    setWordWrap(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    updateGeometry();
}

int WholeWidthTable::columnsWidth() const
{
    const QHeaderView *header = horizontalHeader();
    int fixed = 0;
    int stretching = 0;
    int widestStretching = 0;
    for (int column = 0; column < columnCount(); ++column) {
        if (isColumnHidden(column))
            continue;
        int contents = sizeHintForColumn(column);
        if (m_wrapping.contains(column))
            contents = std::min(contents, fontMetrics().averageCharWidth() * m_wrapping.value(column));
        const int needs = std::max(
            {header->isHidden() ? 0 : header->sectionSizeHint(column), contents, header->minimumSectionSize()});
        // Stretching columns share the room alike: each gets as much as the widest of them needs.
        if (header->sectionResizeMode(column) == QHeaderView::Stretch) {
            ++stretching;
            widestStretching = std::max(widestStretching, needs);
        } else {
            fixed += needs;
        }
    }
    int width = fixed + stretching * widestStretching;
    if (verticalHeader()->isVisible())
        width += verticalHeader()->sizeHint().width();
    // The vertical scroll bar's room whenever it may show.
    if (verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
        width += style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    return width + 2 * frameWidth();
}

QSize WholeWidthTable::minimumSizeHint() const
{
    return {columnsWidth(), QTableWidget::minimumSizeHint().height()};
}

QSize WholeWidthTable::sizeHint() const
{
    return QTableWidget::sizeHint().expandedTo({columnsWidth(), 0});
}

void WholeWidthTable::fitHeightToRows(int rows)
{
    m_fittedRows = rows;
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitHeight();
}

void WholeWidthTable::fitHeight()
{
    m_fitPosted = false;
    if (m_fittedRows < 0)
        return;
    // length() lays the rows out first: wrapped texts make rows taller in a narrower table.
    const int header = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sizeHint().height();
    const int missing = std::max(0, m_fittedRows - rowCount());
    const int height = header + verticalHeader()->length() + missing * verticalHeader()->defaultSectionSize();
    setFixedHeight(height + 2 * frameWidth());
}

void WholeWidthTable::updateGeometries()
{
    QTableWidget::updateGeometries();
    // Rows change height after their columns changed width: measure once they settled.
    if (m_fittedRows >= 0 && !m_fitPosted) {
        m_fitPosted = true;
        QMetaObject::invokeMethod(this, &WholeWidthTable::fitHeight, Qt::QueuedConnection);
    }
}

void WholeWidthTable::changeEvent(QEvent *event)
{
    QTableWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
}

} // namespace Lab
