// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/httpresponse.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace Lab {

HttpResponse HttpResponse::fromReply(QNetworkReply *reply, bool timedOut)
{
    HttpResponse response;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Errors below 200 are the network's (refused, closed, canceled...); 4xx and 5xx statuses set
    // error() too, but they are answers: then the status decides.
    const bool networkFailure = timedOut || (reply->error() > 0 && reply->error() < 200);
    if (status.isValid() && !networkFailure) {
        response.status = status.toInt();
        response.reason =
            QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        response.body = reply->readAll();
        // Qt 6.4 at times ends a reply whose connection closed or was reset mid-body without an
        // error: a body shorter than its Content-Length is a closed connection, not a bad image.
        // (A compressed body's length is not the header's, so only an uncompressed one is checked.)
        bool hasLength = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        if (hasLength && response.body.size() < length && (encoding.isEmpty() || encoding == "identity")) {
            response = {};
            response.failure = Failure::ConnectionClosed;
        }
        return response;
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        response.failure = Failure::Network;
        response.detail = QCoreApplication::translate("Lab::HttpResponse", "no HTTP answer");
        break;
    case QNetworkReply::OperationCanceledError:
        response.failure = timedOut ? Failure::Timeout : Failure::Stopped;
        break;
    case QNetworkReply::TimeoutError:
        response.failure = Failure::Timeout;
        break;
    case QNetworkReply::ConnectionRefusedError:
        response.failure = Failure::ConnectionRefused;
        break;
    case QNetworkReply::HostNotFoundError:
        response.failure = Failure::HostNotFound;
        response.detail = reply->url().host();
        break;
    case QNetworkReply::RemoteHostClosedError:
        response.failure = Failure::ConnectionClosed;
        break;
    default:
        response.failure = Failure::Network;
        response.detail = reply->errorString();
        break;
    }
    return response;
}

QString HttpResponse::failureText(double timeoutSeconds) const
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Timeout:
        return QCoreApplication::translate("Lab::HttpResponse", "timeout after %1 s").arg(timeoutSeconds);
    case Failure::ConnectionRefused:
        return QCoreApplication::translate("Lab::HttpResponse", "connection refused");
    case Failure::HostNotFound:
        return QCoreApplication::translate("Lab::HttpResponse", "host not found: %1").arg(detail);
    case Failure::ConnectionClosed:
        return QCoreApplication::translate("Lab::HttpResponse", "connection closed by the server");
    case Failure::Network:
        return detail;
    case Failure::Stopped:
        return QCoreApplication::translate("Lab::HttpResponse", "stopped");
    }
    return {};
}

QString httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 301:
        return QStringLiteral("Moved Permanently");
    case 302:
        return QStringLiteral("Found");
    case 304:
        return QStringLiteral("Not Modified");
    case 400:
        return QStringLiteral("Bad Request");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 411:
        return QStringLiteral("Length Required");
    case 413:
        return QStringLiteral("Content Too Large");
    case 414:
        return QStringLiteral("URI Too Long");
    case 418:
        return QStringLiteral("I'm a Teapot");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 431:
        return QStringLiteral("Request Header Fields Too Large");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    case 505:
        return QStringLiteral("HTTP Version Not Supported");
    default:
        return {};
    }
}

} // namespace Lab
