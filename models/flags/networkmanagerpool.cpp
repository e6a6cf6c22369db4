// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/networkmanagerpool.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace Lab {

NetworkManagerPool::NetworkManagerPool(QObject *parent)
    : QObject(parent)
{
    setSize(1);
}

int NetworkManagerPool::managersFor(int connections)
{
    return std::max(1, (connections + ConnectionsPerHost - 1) / ConnectionsPerHost);
}

void NetworkManagerPool::setSize(int count)
{
    m_size = std::max(1, count);
    while (int(m_managers.size()) < m_size) {
        m_managers.push_back(new QNetworkAccessManager(this));
        m_inFlight.push_back(0);
    }
}

QNetworkReply *NetworkManagerPool::get(const QNetworkRequest &request)
{
    const auto first = m_inFlight.begin();
    const auto index = std::size_t(std::min_element(first, first + m_size) - first);
    QNetworkReply *reply = m_managers[index]->get(request);
    ++m_inFlight[index];
    connect(reply, &QNetworkReply::finished, this, [this, index] {
        --m_inFlight[index];
    });
    return reply;
}

} // namespace Lab
