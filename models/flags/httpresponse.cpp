// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/httpresponse.h"

#include "models/core/numberlocale.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QUrl>

#include <algorithm>

namespace Lab {

HttpResponse HttpResponse::fromReply(QNetworkReply *reply, Failure abortedFor, const QByteArray &readSoFar)
{
    HttpResponse response;
    if (abortedFor != Failure::None) {
        response.failure = abortedFor;
        return response;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Errors below 200 are the network's (refused, closed, canceled...); 4xx and 5xx statuses set
    // error() too, but they are answers: then the status decides.
    const bool networkFailure = reply->error() > 0 && reply->error() < 200;
    if (status.isValid() && !networkFailure) {
        response.status = status.toInt();
        // Qt keeps the phrase as the Latin-1 text it read: one byte, one character, as the blocking client.
        response.reason = printableText(
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().left(MaxHeadBytes), MaxReasonChars);
        response.body = readSoFar + reply->read(std::max<qint64>(0, MaxBodyBytes + 1 - readSoFar.size()));
        if (response.body.size() > MaxBodyBytes) {
            response = {};
            response.failure = Failure::TooLarge;
            return response;
        }
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
        response.failure = Failure::Stopped;
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
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        response.failure = Failure::Malformed;
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
    return failureMessage(timeoutSeconds).toString();
}

TraceText HttpResponse::failureMessage(double timeoutSeconds) const
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Timeout:
        return TraceText("Lab::HttpResponse", QT_TRANSLATE_NOOP("Lab::HttpResponse", "timeout after %1 s"),
            {numberLocale().toString(timeoutSeconds)});
    case Failure::ConnectionRefused:
        return TraceText("Lab::HttpResponse", QT_TRANSLATE_NOOP("Lab::HttpResponse", "connection refused"));
    case Failure::HostNotFound:
        return TraceText("Lab::HttpResponse", QT_TRANSLATE_NOOP("Lab::HttpResponse", "host not found: %1"), {detail});
    case Failure::ConnectionClosed:
        return TraceText(
            "Lab::HttpResponse", QT_TRANSLATE_NOOP("Lab::HttpResponse", "connection closed by the server"));
    case Failure::Network:
        return TraceText(printableText(detail, 2 * MaxReasonChars));
    case Failure::Stopped:
        return TraceText("Lab::HttpResponse", QT_TRANSLATE_NOOP("Lab::HttpResponse", "stopped"));
    case Failure::Malformed:
        return TraceText("Lab::HttpResponse", QT_TRANSLATE_NOOP("Lab::HttpResponse", "malformed HTTP answer"));
    case Failure::TooLarge:
        return TraceText("Lab::HttpResponse", QT_TRANSLATE_NOOP("Lab::HttpResponse", "answer too large (over %1 MiB)"),
            {QString::number(MaxBodyBytes / (1024 * 1024))});
    }
    return {};
}

QString unsupportedUrlText(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return {};
    return QCoreApplication::translate("Lab::HttpResponse", "not an http:// or https:// address: %1")
        .arg(printableReason(url.toEncoded()));
}

QString printableText(const QString &text, int maxChars)
{
    QString shown;
    for (const QChar c : text) {
        if (!c.isPrint() || c.isSurrogate())
            continue;
        if (shown.size() == maxChars) {
            shown.chop(1);
            shown += u'\u2026';
            break;
        }
        shown += c;
    }
    return shown.trimmed();
}

QString printableReason(const QByteArray &raw)
{
    // Latin-1 as HTTP/1.1 has it: one byte, one character, whatever the server sent.
    return printableText(QString::fromLatin1(raw.left(HttpResponse::MaxHeadBytes)), HttpResponse::MaxReasonChars);
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
