// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Lab {

/**
 * The GUI thread's event loop on Linux is pluggable, as asyncio's is: Qt runs on GLib's main
 * context (Debian's default) or on its own UNIX dispatcher (poll), chosen by the QT_NO_GLIB
 * environment variable when the application object is created. Every coroutine runs unchanged
 * on either.
 */
enum class EventLoopKind { Glib, Unix };

/** "glib" or "unix": the --event-loop value and the setting. */
QString eventLoopKey(EventLoopKind kind);
/** Parses "glib" or "unix"; false for anything else. */
bool parseEventLoopKind(const QString &key, EventLoopKind *kind);
/** "GLib's main loop", "Qt's UNIX dispatcher". */
QString eventLoopName(EventLoopKind kind);

/** The loop the next application object will get: what QT_NO_GLIB says now. */
EventLoopKind eventLoopFromEnvironment();
/** True if QT_NO_GLIB is set (to anything but empty): the user chose in the environment. */
bool eventLoopSetInEnvironment();
/** Sets or clears QT_NO_GLIB; only takes effect for an application object created afterwards. */
void chooseEventLoop(EventLoopKind kind);

/** The running dispatcher's class, e.g. "QEventDispatcherGlib"; empty before the application exists. */
QString runningDispatcherClass();
/** The kind of the running dispatcher (by its class); Unix when it is not GLib's. */
EventLoopKind runningEventLoop();

} // namespace Lab
