// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QFile;

namespace Lab {

/**
 * Reads a trace file's bytes, gunzipping it if it is gzipped (Chromium writes .json.gz), in
 * chunks so that a progress callback can follow and cancel it, and refusing a file whose
 * (unpacked) size is past a limit before holding more than the limit.
 */
class TraceFileReader
{
    Q_DECLARE_TR_FUNCTIONS(Lab::TraceFileReader)
public:
    /** @p done of @p total bytes read; return false to cancel. */
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /** Largest (unpacked) trace read: the import's memory stays within three times it. */
    static constexpr qint64 DefaultLimit = qint64(1) << 30;

    void setLimit(qint64 bytes) { m_limit = bytes; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /** The file's (unpacked) bytes; false with a readable message naming the file otherwise. */
    bool read(const QString &path, QByteArray *out, QString *error);
    bool wasCancelled() const { return m_cancelled; }
    bool wasGzipped() const { return m_gzipped; }

    /** "148.9 MB": a size as the messages name it. */
    static QString formatSize(qint64 bytes);

private:
    bool gunzip(QFile &file, QByteArray *out, QString *error);

    qint64 m_limit = DefaultLimit;
    Progress m_progress;
    bool m_cancelled = false;
    bool m_gzipped = false;
};

} // namespace Lab
