// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Checks the awaited countdown's lines ("C3", "C2", ...; A counts from 3 every 0.7 s, B every 2 s,
// C every 0.3 s, D every 1 s) against the lab's order up to near ties: each countdown counts 3, 2,
// 1 and no line comes after one due more than 0.15 lab seconds later. The closest lines are 0.1 s
// apart and each countdown's lateness adds up from wake to wake, so a busy machine may swap those,
// never more. Returns what is wrong, or an empty string.
inline QString countdownOrderProblem(const QStringList &lines)
{
    static const QHash<QChar, double> delay{{u'A', 0.7}, {u'B', 2.0}, {u'C', 0.3}, {u'D', 1.0}};
    if (lines.size() != 12)
        return QStringLiteral("%1 lines, not 12: %2").arg(lines.size()).arg(lines.join(u' '));
    QHash<QChar, int> next{{u'A', 3}, {u'B', 3}, {u'C', 3}, {u'D', 3}};
    double previousDue = 0;
    for (const QString &line : lines) {
        if (line.size() != 2 || !delay.contains(line.at(0)))
            return QStringLiteral("not a countdown line: '%1'").arg(line);
        const int value = line.at(1).digitValue();
        if (value != next.value(line.at(0)))
            return QStringLiteral("%1 out of its countdown's order in %2").arg(line, lines.join(u' '));
        next[line.at(0)] = value - 1;
        const double due = (4 - value) * delay.value(line.at(0));
        if (due + 0.15 < previousDue)
            return QStringLiteral("%1 (due at %2 s) came after a line due at %3 s: %4")
                .arg(line)
                .arg(due)
                .arg(previousDue)
                .arg(lines.join(u' '));
        previousDue = std::max(previousDue, due);
    }
    return {};
}
