// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/countrynames.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace Lab {

QString countryDisplayName(const QString &code, const QLocale &locale, const QString &fallback)
{
    const QByteArray region = code.toUpper().toLatin1();
    if (region.size() != 2)
        return fallback;
    const icu::Locale country("", region.constData());
    const icu::Locale language(locale.name().toLatin1().constData());
    icu::UnicodeString name;
    country.getDisplayCountry(language, name);
    // ICU answers with the code itself when it knows no name for it.
    const QString shown = QString(reinterpret_cast<const QChar *>(name.getBuffer()), name.length());
    return shown.isEmpty() || shown.compare(code, Qt::CaseInsensitive) == 0 ? fallback : shown;
}

} // namespace Lab
