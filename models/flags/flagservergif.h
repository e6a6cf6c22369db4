// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

class QImage;

namespace Lab {

/**
 * @p image as the bytes of a GIF89a file, encoded by giflib (Qt reads GIF but cannot write it):
 * the image's own palette when it has one of at most 256 colours (the flags do), Qt's reduction
 * to 256 colours otherwise. GIF knows no partial alpha: pixels at least half opaque keep their
 * colour, fully opaque; the others become the GIF's one transparent colour.
 * Empty if @p image is null or giflib fails.
 */
QByteArray encodeGif(const QImage &image);

} // namespace Lab
