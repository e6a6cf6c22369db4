// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagsreport.h"

#include "models/core/numberlocale.h"
#include "models/flags/httpresponse.h"

#include <QHostAddress>

namespace Lab {

namespace {

QString plural(int count, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? one : many);
}

} // namespace

QString FlagsReport::serverLabel(const QUrl &url, bool builtIn, double delay, double jitter, double errorRate)
{
    if (builtIn) {
        if (errorRate > 0)
            return QStringLiteral("ERROR");
        return delay > 0 || jitter > 0 ? QStringLiteral("DELAY") : QStringLiteral("LOCAL");
    }
    const QString host = url.host();
    const bool local =
        host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
    return local ? QString() : QStringLiteral("REMOTE");
}

QString FlagsReport::initial(const QString &label, const QUrl &url, const QStringList &codes, int concurrency)
{
    const QString list = codes.size() <= 10
        ? codes.join(QLatin1String(", "))
        : QStringLiteral("from %1 to %2").arg(codes.constFirst(), codes.constLast());
    QString text = label.isEmpty() ? QStringLiteral("Site: %1\n").arg(url.toString())
                                   : QStringLiteral("%1 site: %2\n").arg(label, url.toString());
    text += QStringLiteral("Searching for %1: %2\n")
                .arg(plural(int(codes.size()), QStringLiteral("flag"), QStringLiteral("flags")), list);
    text += concurrency == 1 ? QStringLiteral("1 concurrent connection will be used.\n")
                             : QStringLiteral("%1 concurrent connections will be used.\n").arg(concurrency);
    return text;
}

QString FlagsReport::flagLine(const FlagResult &result)
{
    switch (result.state) {
    case FlagState::Done:
        return result.code + QLatin1String(" OK");
    case FlagState::NotFound:
        return result.code + QLatin1String(" not found");
    case FlagState::Error:
        // Whatever a server put in the message, the terminal gets printable text of a sane length.
        return QStringLiteral("%1 error: %2")
            .arg(result.code, printableText(result.message, 4 * HttpResponse::MaxReasonChars));
    case FlagState::Queued:
    case FlagState::Downloading:
        break;
    }
    return QStringLiteral("%1 %2").arg(result.code, flagStateName(result.state));
}

QString FlagsReport::final(const FlagTotals &totals)
{
    QString text = QString(20, u'-') + u'\n';
    text += plural(totals.ok, QStringLiteral("flag"), QStringLiteral("flags")) + QLatin1String(" downloaded.\n");
    if (totals.notFound > 0)
        text += QStringLiteral("%1 not found.\n").arg(totals.notFound);
    if (totals.errors > 0)
        text += plural(totals.errors, QStringLiteral("error"), QStringLiteral("errors")) + QLatin1String(".\n");
    if (totals.stopped)
        text += QLatin1String("Stopped before the end: unfinished flags count as errors.\n");
    text += QStringLiteral("Elapsed time: %1s\n").arg(numberLocale().toString(double(totals.elapsedNs) / 1e9, 'f', 2));
    return text;
}

QString FlagsReport::progress(int done, int total, qint64 elapsedNs)
{
    constexpr int Width = 20;
    const double share = total > 0 ? double(done) / total : 1.0;
    const int filled = int(share * Width);
    return QStringLiteral("%1%|%2%3| %4/%5 [%6s]")
        .arg(int(share * 100), 3)
        .arg(QString(filled, u'#'), QString(Width - filled, u' '))
        .arg(done)
        .arg(total)
        .arg(numberLocale().toString(double(elapsedNs) / 1e9, 'f', 2));
}

} // namespace Lab
