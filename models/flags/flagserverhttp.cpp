// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagserverhttp.h"

#include <QList>

#include <array>
#include <ctime>

namespace Lab {

namespace {

// RFC 9110's tchar: the characters of a method or a header name.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A connection option such as "close" in a comma-separated list ("keep-alive, Upgrade").
bool hasOption(QByteArrayView list, QByteArrayView option)
{
    for (qsizetype start = 0; start <= list.size();) {
        qsizetype end = list.indexOf(',', start);
        if (end < 0)
            end = list.size();
        if (list.sliced(start, end - start).trimmed().compare(option, Qt::CaseInsensitive) == 0)
            return true;
        start = end + 1;
    }
    return false;
}

HttpRequestHead refuse(HttpRequestHead head, int status, const char *reason)
{
    head.refusal = status;
    head.reason = reason;
    return head;
}

constexpr std::array<const char *, 7> Days{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<const char *, 12> Months{
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

} // namespace

qsizetype HttpRequestHead::findEnd(QByteArrayView bytes, qsizetype from)
{
    for (qsizetype at = bytes.indexOf('\n', std::max<qsizetype>(from, 0)); at >= 0; at = bytes.indexOf('\n', at + 1)) {
        if (at + 1 < bytes.size() && bytes[at + 1] == '\n')
            return at + 2;
        if (at + 2 < bytes.size() && bytes[at + 1] == '\r' && bytes[at + 2] == '\n')
            return at + 3;
    }
    return -1;
}

HttpRequestHead HttpRequestHead::parse(QByteArrayView bytes)
{
    HttpRequestHead head;
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line = bytes.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        lines.append(line);
        start = end + 1;
    }
    if (lines.isEmpty())
        return refuse(head, 400, "no request line");

    // method SP request-target SP HTTP-version, each separated by exactly one space.
    const QByteArrayView line = lines.first();
    const qsizetype space1 = line.indexOf(' ');
    const qsizetype space2 = space1 < 0 ? -1 : line.indexOf(' ', space1 + 1);
    if (space2 < 0 || line.indexOf(' ', space2 + 1) >= 0)
        return refuse(head, 400, "the request line is not: method, target, version");
    head.method = line.first(space1).toByteArray();
    const QByteArrayView target = line.sliced(space1 + 1, space2 - space1 - 1);
    const QByteArrayView version = line.sliced(space2 + 1);
    if (!isToken(head.method))
        return refuse(head, 400, "the method is not a token");
    if (target.isEmpty())
        return refuse(head, 400, "no request target");
    for (const char c : target) {
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f)
            return refuse(head, 400, "a control character in the request target");
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigit(version[5]) || version[6] != '.'
        || !isDigit(version[7]))
        return refuse(head, 400, "the version is not HTTP/x.y");
    if (version[5] != '1')
        return refuse(head, 505, "this server speaks HTTP/1.0 and 1.1 only");
    head.minorVersion = version[7] == '0' ? 0 : 1;

    QByteArrayView path = target;
    if (target.startsWith("http://") || target.startsWith("https://")) { // absolute form, as proxies send
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        path = slash < 0 ? QByteArrayView("/") : target.sliced(slash);
    } else if (!target.startsWith('/') && target != "*") {
        return refuse(head, 400, "the request target is not a path");
    }
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path = path.first(query);
    head.path = QByteArray::fromPercentEncoding(path.toByteArray());

    int hosts = 0;
    bool transferEncoding = false;
    bool contentLengthSeen = false;
    QByteArray connection;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView field = lines.at(i);
        if (field.startsWith(' ') || field.startsWith('\t'))
            return refuse(head, 400, "a folded header line");
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0 || !isToken(field.first(colon)))
            return refuse(head, 400, "a header line is not name: value");
        const QByteArrayView name = field.first(colon);
        const QByteArrayView value = field.sliced(colon + 1).trimmed();
        if (value.contains('\0') || value.contains('\r'))
            return refuse(head, 400, "a control character in a header");
        const auto is = [name](const char *wanted) {
            return name.compare(wanted, Qt::CaseInsensitive) == 0;
        };
        if (is("host")) {
            ++hosts;
        } else if (is("content-length")) {
            bool ok = !value.isEmpty() && value.size() <= 15;
            for (const char c : value)
                ok = ok && isDigit(c);
            const qint64 length = ok ? value.toLongLong() : -1;
            if (!ok || (contentLengthSeen && length != head.contentLength))
                return refuse(head, 400, "Content-Length is not one number of bytes");
            head.contentLength = length;
            contentLengthSeen = true;
        } else if (is("transfer-encoding")) {
            transferEncoding = true;
        } else if (is("connection")) {
            connection += value.toByteArray() + ',';
        } else if (is("if-none-match")) {
            head.ifNoneMatch = value.toByteArray();
        } else if (is("if-modified-since")) {
            head.ifModifiedSince = value.toByteArray();
        }
    }
    if (head.minorVersion == 1 && hosts != 1)
        return refuse(
            head, 400, hosts == 0 ? "no Host header, which version 1.1 requires" : "more than one Host header");
    if (hosts > 1)
        return refuse(head, 400, "more than one Host header");
    if (transferEncoding) {
        // A body in chunks: nothing here takes a body, and without a length its end is unknown.
        if (contentLengthSeen)
            return refuse(head, 400, "both Transfer-Encoding and Content-Length");
        return refuse(head, 411, "a body needs a Content-Length here");
    }
    head.askedKeepAlive = hasOption(connection, "keep-alive");
    head.keepAlive = !hasOption(connection, "close") && (head.minorVersion == 1 || head.askedKeepAlive);
    return head;
}

bool isKnownHttpMethod(QByteArrayView method)
{
    static constexpr std::array<const char *, 9> known{
        "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"};
    for (const char *name : known) {
        if (method == name)
            return true;
    }
    return false;
}

QByteArray httpDate(qint64 seconds)
{
    const std::time_t time = std::time_t(seconds);
    std::tm utc{};
    gmtime_r(&time, &utc);
    char text[32];
    std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d GMT", Days.at(size_t(utc.tm_wday)), utc.tm_mday,
        Months.at(size_t(utc.tm_mon)), utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
    return QByteArray(text);
}

qint64 parseHttpDate(QByteArrayView text)
{
    // "Sun, 06 Nov 1994 08:49:37 GMT": fixed positions.
    if (text.size() != 29 || text.sliced(3, 2) != ", " || !text.endsWith(" GMT"))
        return -1;
    const auto number = [text](qsizetype at, qsizetype size) {
        int value = 0;
        for (qsizetype i = at; i < at + size; ++i) {
            if (!isDigit(text[i]))
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    int month = -1;
    for (size_t i = 0; i < Months.size(); ++i) {
        if (text.sliced(8, 3) == Months.at(i))
            month = int(i);
    }
    std::tm utc{};
    utc.tm_mday = number(5, 2);
    utc.tm_mon = month;
    utc.tm_year = number(12, 4) - 1900;
    utc.tm_hour = number(17, 2);
    utc.tm_min = number(20, 2);
    utc.tm_sec = number(23, 2);
    if (month < 0 || utc.tm_mday < 1 || utc.tm_mday > 31 || utc.tm_year < 70 || utc.tm_hour < 0 || utc.tm_hour > 23
        || utc.tm_min < 0 || utc.tm_min > 59 || utc.tm_sec < 0 || utc.tm_sec > 60 || text[16] != ' ' || text[19] != ':'
        || text[22] != ':')
        return -1;
    return qint64(timegm(&utc));
}

} // namespace Lab
