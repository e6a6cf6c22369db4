// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Lab {

/** Which flags a run asks for, chosen as the book's flags2 scripts do. */
struct FlagCodeSelection
{
    QStringList codes; ///< CC arguments: "B" means BA … BZ, "BR" is BR
    bool all = false; ///< the book's 194 codes (-a)
    bool every = false; ///< every code AA … ZZ, 676 of them, most 404 (-e)
    int limit = 0; ///< keep the first N codes; 0 keeps all
};

/** The book's POP20_CC, the 20 most populous countries, in decreasing population. */
QStringList popularFlagCodes();
/** AA, AB, … ZZ: 676 codes. */
QStringList everyFlagCode();

/**
 * The book's expand_cc_args: --every wins over --all, which wins over the CC arguments; a single
 * letter expands to its 26 codes and two letters are taken as they are (any case); the result is
 * sorted, without duplicates, and cut to the limit. With nothing selected it is the sorted POP20
 * (cut to the limit too). Returns false, with @p error saying why, for a CC that is neither A–Z
 * nor AA–ZZ or a negative limit.
 */
bool expandFlagCodes(const FlagCodeSelection &selection, QStringList *codes, QString *error);

} // namespace Lab
