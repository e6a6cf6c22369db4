// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/flags/flagresult.h"

#include <QAbstractListModel>
#include <QImage>

#include <functional>
#include <vector>

namespace Lab {

/**
 * The flag grid: one row per flag of a run, in the order of its codes, filling live as
 * FlagDownloader::flagChanged() arrives. DisplayRole is "BR — Brazil", DecorationRole the image
 * (when done); the Role values give each field by itself for a delegate. For screen readers,
 * Qt::AccessibleTextRole tells the whole cell in words ("BR — Brazil: downloaded in 0.21 s") and
 * Qt::AccessibleDescriptionRole its state alone ("downloaded in 0.21 s").
 */
class FlagGridModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CodeRole = Qt::UserRole + 1, ///< QString "BR"
        NameRole, ///< QString "Brazil" (empty if unknown)
        StateRole, ///< int, a Lab::FlagState
        MessageRole, ///< QString, why it failed ("HTTP 418 - I'm a Teapot")
        ImageRole, ///< QImage, null until done
    };

    /** One cell. */
    struct Cell
    {
        QString code;
        QString name;
        FlagState state = FlagState::Queued;
        QString message;
        QImage image;
        /** From the request to the final state, in seconds; negative until both are known. */
        double seconds = -1;
    };

    explicit FlagGridModel(QObject *parent = nullptr);

    /** A new run: one queued cell per code; @p countryName gives each cell its name (e.g. FlagServer::countryName). */
    void reset(const QStringList &codes, const std::function<QString(const QString &)> &countryName = {});
    /** Cell @p row takes @p result's state, message and image; rows out of range are ignored. */
    void setResult(int row, const FlagResult &result);
    const Cell &cell(int row) const { return m_cells.at(std::size_t(row)); }
    /** Rows in @p state. */
    int count(FlagState state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The state of @p cell in words: "downloaded in 0.21 s", "error: HTTP 503 - Service Unavailable". */
    static QString describe(const Cell &cell);

private:
    std::vector<Cell> m_cells;
};

} // namespace Lab
