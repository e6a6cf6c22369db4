// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

namespace Lab {

/**
 * The name of the country with ISO 3166 code @p code ("BR") in the language of @p locale
 * ("Brasil" in Portuguese, "巴西" in Chinese), from ICU's display names; @p fallback if ICU has
 * none (a code that names no country).
 */
QString countryDisplayName(const QString &code, const QLocale &locale, const QString &fallback = {});

} // namespace Lab
