// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/shortcutsdialog.h"

#include "app/demopage.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace Lab {

namespace {
using KeyRows = QList<std::pair<QString, QString>>;

QString plainText(QString text)
{
    return text.remove(QStringLiteral("&&")).remove(u'&').remove(QStringLiteral("…")).remove(u':').trimmed();
}

QString section(const QString &title, const KeyRows &rows)
{
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">").arg(title.toHtmlEscaped());
    for (const auto &[keys, what] : rows)
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

// The Alt+letter of every labelled knob and button of a page, from the '&' in its text.
KeyRows mnemonics(const DemoPage *page)
{
    KeyRows rows;
    const auto add = [&rows](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            rows.append({key.toString(QKeySequence::NativeText), plainText(text)});
    };
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy())
            add(label->text());
    }
    for (const QAbstractButton *button : page->findChildren<QAbstractButton *>())
        add(button->text());
    return rows;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &windowActions, const QList<DemoPage *> &pages, QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    KeyRows everywhere;
    for (const QAction *action : windowActions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        if (!keys.isEmpty())
            everywhere.append({keys.join(QStringLiteral(" / ")), plainText(action->text())});
    }
    QString html = section(tr("Every page (whatever has the focus, but a text field keeps its letters)"), everywhere);
    html += section(tr("The timeline, when it has the focus"),
        {{tr("W / S, + / −"), tr("Zoom in / out")}, {tr("A / D"), tr("Pan left / right")},
            {tr("Home / End"), tr("Show the start / the end")}, {tr("F"), tr("Fit the whole recording")},
            {tr("P"), tr("Replay: play / pause")}, {tr(", / ."), tr("Replay: previous / next event")},
            {tr("[ / ]"), tr("Replay: slower / faster")}, {tr("Esc"), tr("Leave the replay")}});
    for (const DemoPage *page : pages) {
        KeyRows rows = page->pageKeys();
        rows += mnemonics(page);
        html += section(page->title(), rows);
    }
    m_text->setHtml(html);
    m_text->setAccessibleName(tr("Keyboard shortcuts by page"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 720);
}

QString ShortcutsDialog::html() const
{
    return m_text->toHtml();
}

} // namespace Lab
