// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTranslator>

// A language in which every translatable text reads «source»: installed, it shows which recorded
// texts a language switch writes again and which keep the language they were recorded in.
class GuillemetTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};
