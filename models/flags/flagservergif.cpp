// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/flags/flagservergif.h"

#include <QImage>

#include <algorithm>
#include <gif_lib.h>
#include <memory>
#include <vector>

namespace Lab {

namespace {

int appendBytes(GifFileType *gif, const GifByteType *bytes, int count)
{
    static_cast<QByteArray *>(gif->UserData)->append(reinterpret_cast<const char *>(bytes), count);
    return count;
}

struct CloseGif
{
    void operator()(GifFileType *gif) const
    {
        int error = 0;
        EGifCloseFile(gif, &error);
    }
};

struct FreeColorMap
{
    void operator()(ColorMapObject *map) const { GifFreeMapObject(map); }
};

} // namespace

QByteArray encodeGif(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage indexed = image.format() == QImage::Format_Indexed8 && image.colorCount() <= 256
        ? image
        : image.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
    const QList<QRgb> colors = indexed.colorTable();
    if (colors.isEmpty())
        return {};
    // A GIF colour table has 2, 4, …, 256 entries.
    int bits = 1;
    while ((1 << bits) < colors.size())
        ++bits;
    std::vector<GifColorType> table(size_t(1) << bits, GifColorType{0, 0, 0});
    // GIF has one transparent colour and no partial alpha: entries at least half opaque keep their
    // colour, the rest become the one transparent entry.
    std::vector<GifPixelType> remap(256, 0);
    int transparent = -1;
    for (int i = 0; i < colors.size(); ++i) {
        const QRgb color = colors.at(i);
        table[size_t(i)] = {GifByteType(qRed(color)), GifByteType(qGreen(color)), GifByteType(qBlue(color))};
        if (qAlpha(color) < 128 && transparent < 0)
            transparent = i;
        remap[size_t(i)] = GifPixelType(qAlpha(color) < 128 ? transparent : i);
    }

    QByteArray bytes;
    int error = 0;
    std::unique_ptr<GifFileType, CloseGif> gif(EGifOpen(&bytes, appendBytes, &error));
    std::unique_ptr<ColorMapObject, FreeColorMap> map(GifMakeMapObject(int(table.size()), table.data()));
    if (!gif || !map)
        return {};
    EGifSetGifVersion(gif.get(), true);
    const int width = indexed.width();
    const int height = indexed.height();
    if (EGifPutScreenDesc(gif.get(), width, height, bits, 0, map.get()) == GIF_ERROR)
        return {};
    if (transparent >= 0) {
        const GraphicsControlBlock control{DISPOSAL_UNSPECIFIED, false, 0, transparent};
        GifByteType extension[4];
        const size_t length = EGifGCBToExtension(&control, extension);
        if (EGifPutExtension(gif.get(), GRAPHICS_EXT_FUNC_CODE, int(length), extension) == GIF_ERROR)
            return {};
    }
    if (EGifPutImageDesc(gif.get(), 0, 0, width, height, false, nullptr) == GIF_ERROR)
        return {};
    std::vector<GifPixelType> line(static_cast<size_t>(width));
    for (int y = 0; y < height; ++y) {
        const uchar *row = indexed.constScanLine(y);
        std::transform(row, row + width, line.begin(), [&remap](uchar index) {
            return remap[index];
        });
        if (EGifPutLine(gif.get(), line.data(), width) == GIF_ERROR)
            return {};
    }
    // Closing writes the trailer; only then are the bytes a whole GIF.
    if (EGifCloseFile(gif.release(), &error) == GIF_ERROR)
        return {};
    return bytes;
}

} // namespace Lab
