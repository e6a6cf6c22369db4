// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/flagcelldelegate.h"

#include "models/flags/flaggridmodel.h"

#include <QPainter>

namespace Lab {

void FlagCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(4, 4, -4, -4);
    const QRect picture(cell.left(), cell.top(), cell.width(), cell.height() - 2 * option.fontMetrics.height() - 4);
    const auto state = FlagState(index.data(FlagGridModel::StateRole).toInt());
    const QColor ink = option.palette.color(QPalette::WindowText);

    switch (state) {
    case FlagState::Done: {
        const QImage image = index.data(FlagGridModel::ImageRole).value<QImage>();
        const QSize size = image.size().scaled(picture.size(), Qt::KeepAspectRatio);
        const QRect target(picture.center() - QPoint(size.width() / 2, size.height() / 2), size);
        painter->drawImage(target, image);
        painter->setPen(QPen(ink, 1));
        painter->drawRect(target.adjusted(0, 0, -1, -1));
        break;
    }
    case FlagState::Queued:
        painter->setPen(QPen(ink, 1, Qt::DotLine));
        painter->drawRect(picture.adjusted(0, 0, -1, -1));
        painter->drawText(picture, Qt::AlignCenter, tr("queued"));
        break;
    case FlagState::Downloading:
        painter->fillRect(picture, QBrush(QColor(0x1e, 0x88, 0xe5), Qt::BDiagPattern));
        painter->setPen(QPen(QColor(0x1e, 0x88, 0xe5), 2));
        painter->drawRect(picture.adjusted(1, 1, -1, -1));
        painter->setPen(ink);
        painter->drawText(picture, Qt::AlignCenter, tr("downloading…"));
        break;
    case FlagState::NotFound: {
        painter->setPen(QPen(ink, 1, Qt::DashLine));
        painter->drawRect(picture.adjusted(0, 0, -1, -1));
        QFont big = option.font;
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        painter->setFont(big);
        painter->drawText(picture, Qt::AlignCenter, tr("404\nnot found"));
        painter->setFont(option.font);
        break;
    }
    case FlagState::Error:
        painter->fillRect(picture, QColor(0xb0, 0x00, 0x20));
        painter->setPen(Qt::white);
        painter->drawText(picture.adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap,
            tr("error\n%1").arg(index.data(FlagGridModel::MessageRole).toString()));
        break;
    }

    painter->setPen(ink);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const int line = option.fontMetrics.height();
    const QRect codeRect(cell.left(), picture.bottom() + 4, cell.width(), line);
    painter->drawText(codeRect, Qt::AlignHCenter | Qt::AlignTop, index.data(FlagGridModel::CodeRole).toString());
    painter->setFont(option.font);
    const QRect nameRect(cell.left(), codeRect.bottom(), cell.width(), line);
    const QString name = index.data(FlagGridModel::NameRole).toString();
    painter->drawText(
        nameRect, Qt::AlignHCenter | Qt::AlignTop, option.fontMetrics.elidedText(name, Qt::ElideRight, cell.width()));
    painter->restore();
}

QSize FlagCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Room for the picture and two lines of text at the current font size (presenter zoom grows it).
    // Six text heights wide: a presenter's 20 flags fit in two rows of a full screen (long names elide).
    const int line = option.fontMetrics.height();
    return {std::max(CellSize.width(), 6 * line), CellSize.height() - 2 * 16 + 2 * line};
}

} // namespace Lab
