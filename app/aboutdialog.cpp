// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/aboutdialog.h"

#include "app/eventlooptab.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Lab {

namespace {
QTextBrowser *textPage(const QString &html, const QString &accessibleName, QWidget *parent)
{
    // A browser, not a label: long text scrolls instead of being clipped, and links open.
    auto *browser = new QTextBrowser(parent);
    browser->setOpenExternalLinks(true);
    browser->setHtml(html);
    browser->setAccessibleName(accessibleName);
    browser->setFrameShape(QFrame::NoFrame);
    return browser;
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent, QSettings *settings)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("About Concurrency Lab"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/io.github.concurrencylab.ConcurrencyLab.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Concurrency Lab icon"));
    auto *title = new QLabel(tr("<h2>Concurrency Lab %1</h2>").arg(QStringLiteral(LAB_VERSION)), this);
    title->setTextFormat(Qt::RichText);
    auto *sentence = new QLabel(tr("Makes concurrency visible: coroutines, threads and a blocked event loop "
                                   "as live demos on a timeline."),
        this);
    sentence->setWordWrap(true);
    auto *heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(sentence);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    m_tabs->addTab(createAboutTab(), tr("&About"));
    m_tabs->addTab(createLicencesTab(), tr("&Licences"));
    m_tabs->addTab(createLicenceTextTab(), tr("&MIT licence"));
    m_tabs->addTab(new EventLoopTab(settings, this), tr("&Event loop"));
    m_tabs->setAccessibleName(tr("About, licences and the licence text"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    // Room for the licence text's 80 columns without a horizontal scroll bar.
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    resize(qMax(640, fixed.horizontalAdvance(QString(84, u'x'))), 560);
}

QWidget *AboutDialog::createAboutTab()
{
    const QString html =
        tr("<p>Concurrency Lab turns the labs of the talk <i>Modern Concurrency — the new world of "
           "async/await</i> into live demos you can click through: plates that fall when nobody spins "
           "them, latencies in human scale, a spinner, countdowns, coroutines resumed by hand, flags "
           "downloading into a grid, a simultaneous chess exhibition and a million sleeping coroutines.</p>"
           "<p>Every coroutine demo runs on this window's own event loop through QCoro, so a blocking "
           "call really freezes the window, and the event-loop meter measures by how much.</p>"
           "<h3>Credits</h3>"
           "<ul>"
           "<li>The talk <i>Modern Concurrency — the new world of async/await</i> and the workshop "
           "<i>Modern Concurrency in Python</i> (fluentpython/concurrency2017) by Luciano Ramalho.</li>"
           "<li>The book <i>Fluent Python</i> by Luciano Ramalho (O'Reilly), whose concurrency chapters "
           "the flags, spinner and primes examples come from.</li>"
           "<li>The toy event loop after Brett Cannon's <i>launchpad</i>.</li>"
           "<li>The chess exhibition analogy from Miguel Grinberg's talk <i>Asynchronous Python for the "
           "Complete Beginner</i> (PyCon 2017); the boards replay public-domain master games.</li>"
           "</ul>");
    return textPage(html, tr("About Concurrency Lab"), this);
}

QWidget *AboutDialog::createLicencesTab()
{
    const QString html =
        tr("<h3>Concurrency Lab</h3>"
           "<p>MIT licence: you may use, copy, modify, merge, publish, distribute, sublicense and sell "
           "copies, provided the copyright notice and the permission notice are kept; it comes without "
           "warranty. The full text is on the next tab.</p>"
           "<h3>Libraries</h3>"
           "<ul>"
           "<li>Qt %1, under the GNU Lesser General Public License version 3 (LGPLv3), linked "
           "dynamically: <a href=\"https://www.qt.io/licensing/open-source-lgpl-obligations\">"
           "qt.io/licensing</a>.</li>"
           "<li>QCoro, under the MIT licence: <a href=\"https://github.com/qcoro/qcoro\">"
           "github.com/qcoro/qcoro</a>.</li>"
           "</ul>"
           "<h3>Bundled data</h3>"
           "<ul>"
           "<li>Flag images: public domain. From Debian's iso-flags-png-320x240 (the Linux Mint flag "
           "set); no copyright claimed, dedicated to the public domain by Brett Roper in 2003.</li>"
           "<li>Country names: from Debian's iso-codes, under the GNU Lesser General Public License "
           "version 2.1 or later.</li>"
           "<li>The book's 194 country codes: from <i>Fluent Python</i>'s examples, Copyright (c) 2014 "
           "Luciano Ramalho, MIT licence.</li>"
           "</ul>"
           "<p>The details are in resources/flags/LICENSE.md in the source.</p>")
            .arg(QString::fromLatin1(qVersion()));
    return textPage(html, tr("Licences"), this);
}

QWidget *AboutDialog::createLicenceTextTab()
{
    // The LICENSE file itself, compiled in, so the text shown is the text that applies.
    QFile file(QStringLiteral(":/licence/LICENSE"));
    auto *text = new QPlainTextEdit(this);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                      : tr("The licence text is missing from this build."));
    text->setAccessibleName(tr("MIT licence text"));
    return text;
}

} // namespace Lab
