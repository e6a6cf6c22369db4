// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/sourcesnippet.h"

#include <QFile>
#include <QStringList>

namespace Lab {

SourceSnippet SourceSnippet::load(const QString &file, const QString &name)
{
    SourceSnippet snippet{file, name, {}, 0};
    QFile source(QStringLiteral(":/sources/") + file);
    if (!source.open(QIODevice::ReadOnly))
        return snippet;
    const QStringList lines = QString::fromUtf8(source.readAll()).split(u'\n');
    const QString begin = QStringLiteral("// snippet-begin: ") + name;
    const QString end = QStringLiteral("// snippet-end: ") + name;
    QStringList body;
    bool inside = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines[i].trimmed();
        if (!inside && trimmed == begin) {
            inside = true;
            snippet.firstLine = i + 2;
        } else if (inside && trimmed == end) {
            snippet.text = body.join(u'\n');
            return snippet;
        } else if (inside) {
            body.append(lines[i]);
        }
    }
    snippet.firstLine = 0;
    return snippet;
}

} // namespace Lab
