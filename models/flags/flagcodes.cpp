// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagcodes.h"

#include "models/flags/flagserver.h"

#include <QCoreApplication>

#include <set>

namespace Lab {

namespace {

bool isLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

} // namespace

QStringList popularFlagCodes()
{
    return QStringLiteral("CN IN US ID BR PK NG BD RU JP MX PH VN ET EG DE IR TR CD FR").split(u' ');
}

QStringList everyFlagCode()
{
    QStringList codes;
    codes.reserve(26 * 26);
    for (char16_t a = u'A'; a <= u'Z'; ++a) {
        for (char16_t b = u'A'; b <= u'Z'; ++b)
            codes.append(QString(QChar(a)) + QChar(b));
    }
    return codes;
}

bool expandFlagCodes(const FlagCodeSelection &selection, QStringList *codes, QString *error)
{
    if (selection.limit < 0) {
        *error = QCoreApplication::translate("Lab::FlagCodes", "--limit N must be >= 1");
        return false;
    }
    std::set<QString> chosen;
    if (selection.every) {
        const QStringList every = everyFlagCode();
        chosen.insert(every.begin(), every.end());
    } else if (selection.all) {
        const QStringList book = FlagServer::bookCodes();
        chosen.insert(book.begin(), book.end());
    } else {
        for (const QString &argument : selection.codes) {
            const QString cc = argument.toUpper();
            if (cc.size() == 1 && isLetter(cc.at(0))) {
                for (char16_t b = u'A'; b <= u'Z'; ++b)
                    chosen.insert(cc + QChar(b));
            } else if (cc.size() == 2 && isLetter(cc.at(0)) && isLetter(cc.at(1))) {
                chosen.insert(cc);
            } else {
                *error = QCoreApplication::translate(
                    "Lab::FlagCodes", "each CC argument must be A to Z or AA to ZZ, not '%1'")
                             .arg(argument);
                return false;
            }
        }
    }
    if (chosen.empty()) {
        const QStringList popular = popularFlagCodes();
        chosen.insert(popular.begin(), popular.end());
    }
    QStringList result(chosen.begin(), chosen.end());
    if (selection.limit > 0 && result.size() > selection.limit)
        result = result.mid(0, selection.limit);
    *codes = result;
    return true;
}

} // namespace Lab
