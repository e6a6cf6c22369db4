// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/flagcelldelegate.h"

#include "models/flags/flaggridmodel.h"

#include <QPainter>

namespace Lab {

namespace {
bool fits(const QFontMetrics &metrics, const QRect &room, const QString &text, int flags)
{
    const QRect needed = metrics.boundingRect(room, flags, text);
    return needed.width() <= room.width() && needed.height() <= room.height();
}
} // namespace

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
        big.setBold(true);
        const QString text = tr("404\nnot found");
        // As large as fits the cell, up to 1.6 times the text; a long translation wraps.
        for (double factor = 1.6; factor >= 1.0; factor -= 0.1) {
            big.setPointSizeF(option.font.pointSizeF() * factor);
            if (fits(QFontMetrics(big), picture, text, Qt::AlignCenter | Qt::TextWordWrap))
                break;
        }
        painter->setFont(big);
        painter->drawText(picture, Qt::AlignCenter | Qt::TextWordWrap, text);
        painter->setFont(option.font);
        break;
    }
    case FlagState::Error: {
        painter->fillRect(picture, QColor(0xb0, 0x00, 0x20));
        painter->setPen(Qt::white);
        // The red cell says "error": where the reason does not fit below the word, the reason alone,
        // and where even that does not fit, its first words.
        const QRect room = picture.adjusted(4, 4, -4, -4);
        const QString reason = index.data(FlagGridModel::MessageRole).toString();
        QString text = tr("error\n%1").arg(reason);
        if (!fits(option.fontMetrics, room, text, Qt::AlignCenter | Qt::TextWordWrap))
            text = reason;
        if (!fits(option.fontMetrics, room, text, Qt::AlignCenter | Qt::TextWordWrap))
            text = option.fontMetrics.elidedText(reason, Qt::ElideRight, room.width());
        painter->drawText(room, Qt::AlignCenter | Qt::TextWordWrap, text);
        break;
    }
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
