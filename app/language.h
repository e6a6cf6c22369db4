// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QMenu;
class QTranslator;
class QWidget;

namespace Lab {

/** One language the window can be shown in. */
struct LanguageOption
{
    /** "en", "pt_BR", "zh_CN": the suffix of the catalogue under :/i18n/. */
    QString code;
    /** The language's name in itself ("Português (Brasil)"), as language menus show it. */
    QString nativeName;
};

/**
 * The language of the window: installs the app's catalogue (compiled into the binary under
 * :/i18n/) and Qt's own, follows the system unless the user chose one, and remembers the choice
 * (QSettings key "language"; empty means "follow the system").
 */
class Language : public QObject
{
    Q_OBJECT
public:
    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    /** English, Brazilian Portuguese and Simplified Chinese. */
    static const std::vector<LanguageOption> &available();
    /** The available language that best matches the system's UI languages ("en" if none does). */
    static QString systemLanguage();
    /** The catalogue's resource path for @p code (":/i18n/concurrencylab_pt_BR.qm"). */
    static QString catalogue(const QString &code);

    /** Installs the saved choice (or the system's language if there is none). */
    void applySaved();
    /** "" while following the system, else the chosen code. */
    QString choice() const { return m_choice; }
    /** The language shown now. */
    QString current() const { return m_current; }
    /** Installs @p choice ("" = the system's), saves it and emits changed() if the text changes. */
    void setChoice(const QString &choice);

    /** A "Language" menu: "System default" and each language, the current one checked. */
    QMenu *createMenu(QWidget *parent);

Q_SIGNALS:
    /** The translators changed: what is on screen was built in the previous language. */
    void changed();

private:
    void install(const QString &code);

    QString m_choice;
    QString m_current = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace Lab
