// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flaggridmodel.h"

#include "models/core/numberlocale.h"

#include <algorithm>

namespace Lab {

FlagGridModel::FlagGridModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FlagGridModel::reset(const QStringList &codes, const std::function<QString(const QString &)> &countryName)
{
    std::vector<Cell> cells;
    cells.reserve(std::size_t(codes.size()));
    for (const QString &code : codes)
        cells.push_back({code, countryName ? countryName(code) : QString(), FlagState::Queued, {}, {}});
    beginResetModel();
    m_cells = std::move(cells);
    endResetModel();
}

void FlagGridModel::setResult(int row, const FlagResult &result)
{
    if (row < 0 || row >= rowCount())
        return;
    Cell &cell = m_cells[std::size_t(row)];
    QList<int> roles{StateRole, Qt::ToolTipRole, Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole};
    if (cell.message != result.message) {
        cell.message = result.message;
        roles << MessageRole;
    }
    if (cell.image.cacheKey() != result.image.cacheKey()) {
        cell.image = result.image;
        roles << ImageRole << Qt::DecorationRole;
    }
    cell.state = result.state;
    cell.seconds = isFinal(result.state) && result.requestNs > 0 && result.finishedNs >= result.requestNs
        ? double(result.finishedNs - result.requestNs) / 1e9
        : -1;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, roles);
}

int FlagGridModel::count(FlagState state) const
{
    return int(std::count_if(m_cells.begin(), m_cells.end(), [state](const Cell &cell) {
        return cell.state == state;
    }));
}

int FlagGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

QVariant FlagGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &cell = m_cells[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return cell.name.isEmpty() ? cell.code : tr("%1 — %2").arg(cell.code, cell.name);
    case Qt::DecorationRole:
    case ImageRole:
        return cell.image.isNull() ? QVariant() : QVariant(cell.image);
    case Qt::ToolTipRole:
        return cell.message.isEmpty() ? flagStateName(cell.state) : cell.message;
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(data(index, Qt::DisplayRole).toString(), describe(cell));
    case Qt::AccessibleDescriptionRole:
        return describe(cell);
    case CodeRole:
        return cell.code;
    case NameRole:
        return cell.name;
    case StateRole:
        return int(cell.state);
    case MessageRole:
        return cell.message;
    default:
        return {};
    }
}

QString FlagGridModel::describe(const Cell &cell)
{
    switch (cell.state) {
    case FlagState::Done:
        return cell.seconds >= 0 ? tr("downloaded in %1 s").arg(numberLocale().toString(cell.seconds, 'f', 2))
                                 : tr("downloaded");
    case FlagState::NotFound:
        return cell.seconds >= 0
            ? tr("not found (HTTP 404) after %1 s").arg(numberLocale().toString(cell.seconds, 'f', 2))
            : tr("not found (HTTP 404)");
    case FlagState::Error:
        return cell.message.isEmpty() ? flagStateName(cell.state) : tr("error: %1").arg(cell.message);
    case FlagState::Queued:
    case FlagState::Downloading:
        break;
    }
    return flagStateName(cell.state);
}

QHash<int, QByteArray> FlagGridModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(NameRole, "name");
    names.insert(StateRole, "state");
    names.insert(MessageRole, "message");
    names.insert(ImageRole, "image");
    return names;
}

} // namespace Lab
