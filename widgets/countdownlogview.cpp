// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/countdownlogview.h"

#include "models/core/numberlocale.h"

#include <QFontDatabase>
#include <QHeaderView>

namespace Lab {

CountdownLogView::CountdownLogView(QWidget *parent)
    : WholeWidthTable(parent)
{
    setAccessibleName(tr("Countdown log"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.3);
    setFont(mono);
}

void CountdownLogView::setTaskColumns(const QStringList &headers)
{
    clearLines();
    setColumnCount(int(headers.size()) + 1);
    setHorizontalHeaderLabels(QStringList{tr("elapsed")} + headers);
}

void CountdownLogView::addLine(int column, qint64 elapsedNs, const QString &text)
{
    const int row = rowCount();
    insertRow(row);
    auto *time = new QTableWidgetItem(tr("%1 s").arg(numberLocale().toString(double(elapsedNs) / 1e9, 'f', 4)));
    time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setItem(row, 0, time);
    auto *entry = new QTableWidgetItem(text);
    entry->setTextAlignment(Qt::AlignCenter);
    setItem(row, column + 1, entry);
    scrollToBottom();
}

void CountdownLogView::clearLines()
{
    setRowCount(0);
}

QStringList CountdownLogView::lineTexts() const
{
    QStringList texts;
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 1; column < columnCount(); ++column) {
            if (const auto *entry = item(row, column))
                texts.append(entry->text());
        }
    }
    return texts;
}

} // namespace Lab
