// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/trace/tracefilereader.h"

#include "models/core/numberlocale.h"

#include <QDir>
#include <QFile>

#include <zlib.h>

namespace Lab {

namespace {
constexpr qint64 Chunk = 4 << 20;
}

QString TraceFileReader::formatSize(qint64 bytes)
{
    if (bytes >= 1'000'000)
        return tr("%1 MB").arg(numberLocale().toString(double(bytes) / 1e6, 'f', 1));
    if (bytes >= 1000)
        return tr("%1 kB").arg(numberLocale().toString(double(bytes) / 1e3, 'f', 1));
    return tr("%n bytes", nullptr, int(bytes));
}

bool TraceFileReader::read(const QString &path, QByteArray *out, QString *error)
{
    m_cancelled = false;
    m_gzipped = false;
    out->clear();
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &message) {
        out->clear();
        if (error)
            *error = message;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open %1: %2").arg(shown, file.errorString()));
    const QByteArray magic = file.peek(2);
    if (magic.size() == 2 && uchar(magic[0]) == 0x1f && uchar(magic[1]) == 0x8b) {
        m_gzipped = true;
        QString problem;
        if (!gunzip(file, out, &problem))
            return fail(m_cancelled ? QString() : tr("Cannot open %1: %2").arg(shown, problem));
        return true;
    }
    const qint64 size = file.size();
    if (size > m_limit)
        return fail(tr("Cannot open %1: it is %2, and this app opens traces of up to %3.")
                        .arg(shown, formatSize(size), formatSize(m_limit)));
    out->resize(qsizetype(size));
    qint64 done = 0;
    while (done < size) {
        const qint64 got = file.read(out->data() + done, std::min(Chunk, size - done));
        if (got <= 0)
            return fail(tr("Cannot read %1: %2").arg(shown, file.errorString()));
        done += got;
        if (m_progress && !m_progress(done, size)) {
            m_cancelled = true;
            return fail({});
        }
    }
    return true;
}

bool TraceFileReader::gunzip(QFile &file, QByteArray *out, QString *error)
{
    z_stream stream{};
    // 16 + MAX_WBITS: a gzip header and trailer around the deflate data.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        *error = tr("zlib could not start.");
        return false;
    }
    const qint64 packed = file.size();
    QByteArray input;
    qint64 consumed = 0;
    qsizetype used = 0;
    out->resize(qsizetype(std::min<qint64>(m_limit, std::max<qint64>(Chunk, packed * 4))));
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (stream.avail_in == 0) {
            input = file.read(Chunk);
            if (input.isEmpty())
                break; // cut short: what was unpacked is kept, the parser says what it makes of it
            consumed += input.size();
            stream.next_in = reinterpret_cast<Bytef *>(input.data());
            stream.avail_in = uInt(input.size());
            if (m_progress && !m_progress(consumed, packed)) {
                m_cancelled = true;
                inflateEnd(&stream);
                return false;
            }
        }
        if (used == out->size()) {
            if (out->size() >= m_limit) {
                inflateEnd(&stream);
                *error = tr("unpacked, it is larger than %1, the most this app opens (the file itself is %2).")
                             .arg(formatSize(m_limit), formatSize(packed));
                return false;
            }
            out->resize(qsizetype(std::min<qint64>(m_limit, qint64(out->size()) * 2)));
        }
        stream.next_out = reinterpret_cast<Bytef *>(out->data() + used);
        stream.avail_out = uInt(std::min<qint64>(out->size() - used, 1 << 30));
        const uInt before = stream.avail_out;
        status = inflate(&stream, Z_NO_FLUSH);
        used += qsizetype(before - stream.avail_out);
        if (status == Z_BUF_ERROR && stream.avail_in == 0)
            continue; // needs more input
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            const QString message = QString::fromLatin1(stream.msg ? stream.msg : "data error");
            inflateEnd(&stream);
            *error = tr("it is a damaged gzip file (%1).").arg(message);
            return false;
        }
    }
    inflateEnd(&stream);
    out->resize(used); // shrinks in place: no second copy of a big trace
    return true;
}

} // namespace Lab
