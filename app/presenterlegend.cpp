// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/presenterlegend.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Lab {

PresenterLegend::PresenterLegend(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Keys"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_close->setText(tr("Hide"));
    m_close->setAccessibleName(tr("Hide the keys"));
    m_close->setToolTip(tr("Hide the keys (H shows them again)"));
    connect(m_close, &QToolButton::clicked, this, &PresenterLegend::closeRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
}

void PresenterLegend::setActions(const QList<QAction *> &actions)
{
    for (QAction *action : std::as_const(m_actions))
        disconnect(action, nullptr, this, nullptr);
    m_actions = actions;
    for (QAction *action : actions)
        connect(action, &QAction::changed, this, &PresenterLegend::updateText);
    updateText();
}

QString PresenterLegend::text() const
{
    return m_label->text();
}

void PresenterLegend::updateText()
{
    QStringList hints;
    for (const QAction *action : std::as_const(m_actions)) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText).toHtmlEscaped());
        if (keys.isEmpty())
            continue;
        const QString name = QString(action->text()).remove(u'&').remove(QStringLiteral("…")).toHtmlEscaped();
        hints.append(QStringLiteral("<b>%1</b>&nbsp;%2").arg(keys.join(u'/'), name));
    }
    m_label->setText(hints.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void PresenterLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QFrame::changeEvent(event);
}

} // namespace Lab
