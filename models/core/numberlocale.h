// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

namespace Lab {

/**
 * The locale every number on screen is written in ("4.05 s" in English, "4,05 s" in Portuguese):
 * Qt's default locale, which the window sets to its language's. The headless commands set the C
 * locale with its group separator, so that what they print reads the same on every machine
 * ("4.05", "41,000,000").
 */
inline QLocale numberLocale()
{
    return QLocale();
}

} // namespace Lab
