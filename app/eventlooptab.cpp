// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/eventlooptab.h"

#include "app/bench/loopsbench.h"
#include "models/core/eventloopchoice.h"
#include "models/core/numberlocale.h"
#include "widgets/chesstotalschart.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace Lab {

QString EventLoopTab::settingKey()
{
    return QStringLiteral("eventLoop");
}

const char *EventLoopTab::restartProperty()
{
    return "labRestartOnEventLoop";
}

EventLoopTab::EventLoopTab(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_running(new QLabel(this))
    , m_choice(new QComboBox(this))
    , m_restart(new QPushButton(tr("&Restart on it now"), this))
{
    const EventLoopKind running = runningEventLoop();
    m_running->setText(tr("<p>This window runs on <b>%1</b> (%2). Qt on Linux can run the GUI thread on GLib's "
                          "main loop, Debian's default, or on its own UNIX dispatcher (QT_NO_GLIB=1), as asyncio "
                          "can swap its loop for uvloop: every coroutine of the app runs unchanged on either. The "
                          "dispatcher is chosen before the application object exists, so a switch needs a "
                          "restart.</p>")
                           .arg(eventLoopName(running), runningDispatcherClass()));
    m_running->setWordWrap(true);
    m_running->setTextFormat(Qt::RichText);
    for (const EventLoopKind kind : {EventLoopKind::Glib, EventLoopKind::Unix})
        m_choice->addItem(eventLoopName(kind), eventLoopKey(kind));
    m_choice->setCurrentIndex(m_choice->findData(eventLoopKey(running)));
    m_choice->setAccessibleName(tr("Event loop to run on"));
    auto *label = new QLabel(tr("Run &on:"), this);
    label->setBuddy(m_choice);
    m_restart->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_choice);
    row->addWidget(m_restart);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_running);
    layout->addLayout(row);
    layout->addWidget(createComparison(), 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &EventLoopTab::choose);
    connect(m_restart, &QPushButton::clicked, this, &EventLoopTab::restart);
}

void EventLoopTab::choose()
{
    const QString key = m_choice->currentData().toString();
    if (m_settings)
        m_settings->setValue(settingKey(), key);
    m_restart->setEnabled(key != eventLoopKey(runningEventLoop()));
}

void EventLoopTab::restart()
{
    // The app closes its windows (saving what they remember) and starts again on the chosen loop
    // once its event loop has ended.
    qApp->setProperty(restartProperty(), m_choice->currentData().toString());
    QApplication::closeAllWindows();
}

QWidget *EventLoopTab::createComparison()
{
    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(area);
    auto *layout = new QVBoxLayout(content);
    QFile file(loopsComparisonFile());
    const QJsonObject json =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    const QJsonArray rows = json.value(QLatin1String("rows")).toArray();
    if (rows.isEmpty()) {
        auto *none = new QLabel(tr("No comparison measured yet on this machine: run <tt>concurrency-lab bench "
                                   "loops</tt> and open this tab again."),
            content);
        none->setWordWrap(true);
        layout->addWidget(none);
    } else {
        auto *heading = new QLabel(tr("<b>Last measured on this machine</b> (%1, <tt>concurrency-lab bench "
                                      "loops</tt>): shorter is better.")
                                       .arg(json.value(QLatin1String("date")).toString()),
            content);
        heading->setWordWrap(true);
        layout->addWidget(heading);
    }
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        auto *title = new QLabel(row.value(QLatin1String("figure")).toString(), content);
        layout->addWidget(title);
        auto *chart = new ChessTotalsChart(content);
        std::vector<ChessTotalsChart::Bar> bars;
        const QJsonObject values = row.value(QLatin1String("values")).toObject();
        for (const LoopsContender &contender : loopsContenders()) {
            ChessTotalsChart::Bar bar;
            bar.label = contender.label;
            if (values.contains(contender.key)) {
                const double measured = values.value(contender.key).toDouble();
                // The chart's bars are relative to the longest: microseconds keep small figures apart.
                bar.ms = qint64(measured * 1e6);
                bar.valueText = QStringLiteral("%1 %2")
                                    .arg(numberLocale().toString(measured, 'g', 3))
                                    .arg(row.value(QLatin1String("unit")).toString());
            } else {
                bar.valueText = tr("not measured");
            }
            bars.push_back(bar);
        }
        chart->setBars(std::move(bars));
        chart->setAccessibleName(title->text());
        layout->addWidget(chart);
    }
    layout->addStretch(1);
    area->setWidget(content);
    return area;
}

} // namespace Lab
