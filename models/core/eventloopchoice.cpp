// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/core/eventloopchoice.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QMetaObject>

namespace Lab {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::EventLoopChoice)
};
} // namespace

QString eventLoopKey(EventLoopKind kind)
{
    return kind == EventLoopKind::Glib ? QStringLiteral("glib") : QStringLiteral("unix");
}

bool parseEventLoopKind(const QString &key, EventLoopKind *kind)
{
    for (const EventLoopKind candidate : {EventLoopKind::Glib, EventLoopKind::Unix}) {
        if (key == eventLoopKey(candidate)) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString eventLoopName(EventLoopKind kind)
{
    return kind == EventLoopKind::Glib ? Tr::tr("GLib's main loop") : Tr::tr("Qt's UNIX dispatcher");
}

bool eventLoopSetInEnvironment()
{
    return !qEnvironmentVariableIsEmpty("QT_NO_GLIB");
}

EventLoopKind eventLoopFromEnvironment()
{
    return eventLoopSetInEnvironment() ? EventLoopKind::Unix : EventLoopKind::Glib;
}

void chooseEventLoop(EventLoopKind kind)
{
    // Qt reads it when QCoreApplication (or the platform plugin) creates the GUI thread's dispatcher.
    if (kind == EventLoopKind::Unix)
        qputenv("QT_NO_GLIB", "1");
    else
        qunsetenv("QT_NO_GLIB");
}

QString runningDispatcherClass()
{
    const QAbstractEventDispatcher *dispatcher = QCoreApplication::instance()
        ? QAbstractEventDispatcher::instance(QCoreApplication::instance()->thread())
        : nullptr;
    return dispatcher ? QString::fromLatin1(dispatcher->metaObject()->className()) : QString();
}

EventLoopKind runningEventLoop()
{
    // QEventDispatcherGlib, or QPAEventDispatcherGlib under a window system.
    return runningDispatcherClass().contains(QLatin1String("Glib")) ? EventLoopKind::Glib : EventLoopKind::Unix;
}

} // namespace Lab
