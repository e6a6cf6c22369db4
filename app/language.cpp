// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTranslator>

namespace Lab {

namespace {
const QString SettingsKey = QStringLiteral("language");

bool isAvailable(const QString &code)
{
    for (const LanguageOption &option : Language::available()) {
        if (option.code == code)
            return true;
    }
    return false;
}
} // namespace

Language::Language(QObject *parent)
    : QObject(parent)
{
}

Language::~Language()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

const std::vector<LanguageOption> &Language::available()
{
    // Each name in its own language, so that someone who cannot read the current one finds theirs.
    static const std::vector<LanguageOption> languages{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    return languages;
}

QString Language::systemLanguage()
{
    // uiLanguages() lists the user's preferences in order ("pt-BR", "pt", "en-US", …): the first one
    // we have wins; any Portuguese gets the Brazilian catalogue, any Chinese the simplified one.
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::English)
            return QStringLiteral("en");
        if (locale.language() == QLocale::Portuguese)
            return QStringLiteral("pt_BR");
        if (locale.language() == QLocale::Chinese)
            return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

QString Language::catalogue(const QString &code)
{
    return QStringLiteral(":/i18n/concurrencylab_%1.qm").arg(code);
}

void Language::applySaved()
{
    QString saved = QSettings().value(SettingsKey).toString();
    if (!saved.isEmpty() && !isAvailable(saved))
        saved.clear();
    m_choice = saved;
    install(saved.isEmpty() ? systemLanguage() : saved);
}

void Language::setChoice(const QString &choice)
{
    const QString valid = isAvailable(choice) ? choice : QString();
    m_choice = valid;
    QSettings settings;
    if (valid.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, valid);
    const QString code = valid.isEmpty() ? systemLanguage() : valid;
    if (code == m_current)
        return;
    install(code);
    Q_EMIT changed();
}

void Language::install(const QString &code)
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
    m_current = code;
    QLocale::setDefault(QLocale(code));

    // English too: its catalogue holds the plural forms ("1 row", "2 rows").
    auto app = std::make_unique<QTranslator>();
    if (app->load(catalogue(code)) && QCoreApplication::installTranslator(app.get()))
        m_appTranslator = std::move(app);
    else
        qWarning("No catalogue for language %s", qPrintable(code));
    if (code == QLatin1String("en"))
        return;
    // Qt's own dialogs and buttons (file dialogs, "OK", "Cancel"), where Debian installed them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt.get()))
        m_qtTranslator = std::move(qt);
}

QMenu *Language::createMenu(QWidget *parent)
{
    // G: L is taken by knobs on several pages (S&low function, S&leep, F&lags).
    auto *menu = new QMenu(tr("Lan&guage"), parent);
    auto *group = new QActionGroup(menu);
    const auto addChoice = [&](const QString &text, const QString &code) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(m_choice == code);
        action->setData(code);
        group->addAction(action);
    };
    //: Language menu: show the window in the language of the operating system.
    addChoice(tr("&System default"), QString());
    menu->addSeparator();
    for (const LanguageOption &option : available())
        addChoice(option.nativeName, option.code);
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        // Queued: switching rebuilds the window that owns this menu, so let the click return first.
        QMetaObject::invokeMethod(
            this,
            [this, code = action->data().toString()] {
                setChoice(code);
            },
            Qt::QueuedConnection);
    });
    return menu;
}

} // namespace Lab
