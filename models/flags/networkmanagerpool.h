// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Lab {

/**
 * Several long-lived QNetworkAccessManagers used as one. Qt 6.4 opens at most 6 connections per
 * host and port for each manager and has no setting for it (QHttp1Configuration is 6.5+); the
 * connection cache is per manager, so n managers give 6 n connections to one server
 * (measured: 12 requests to one port go out in 2 waves with one manager, at once with two). get() hands each request to
 * the manager with the fewest replies in flight, so no manager queues a request while another has a free connection.
 *
 * Managers are created on demand and kept (with their warm connections) until the pool goes;
 * setSize() only changes how many are used.
 */
class NetworkManagerPool : public QObject
{
    Q_OBJECT
public:
    /** Qt 6.4's fixed number of HTTP/1.1 connections per host and port, per manager. */
    static constexpr int ConnectionsPerHost = 6;

    explicit NetworkManagerPool(QObject *parent = nullptr);

    /** Managers needed so that @p connections requests to one server all go out at once. */
    static int managersFor(int connections);

    /** Use the first @p count managers (at least 1) from now on. */
    void setSize(int count);
    int size() const { return m_size; }
    /** Managers created so far (used or not). */
    int created() const { return int(m_managers.size()); }

    /** GET through the least busy manager. The caller owns the reply (delete it later, never in finished()). */
    QNetworkReply *get(const QNetworkRequest &request);
    /** Replies in flight on manager @p index. */
    int inFlight(int index) const { return m_inFlight.at(std::size_t(index)); }

private:
    std::vector<QNetworkAccessManager *> m_managers; // children of this
    std::vector<int> m_inFlight;
    int m_size = 1;
};

} // namespace Lab
