#pragma once
#include <QImage>

#include <cstdint>
#include <vector>

namespace polis::detail {

/// Blends one premultiplied ARGB colour into pixel (x, y) of a premultiplied ARGB32 image (source-over);
/// pixels outside the image are ignored.
inline void blendPixel(QImage& image, int x, int y, QRgb premultiplied)
{
    if (x < 0 || y < 0 || x >= image.width() || y >= image.height())
        return;
    auto* p = reinterpret_cast<QRgb*>(image.scanLine(y)) + x;
    const uint alpha = qAlpha(premultiplied);
    if (alpha == 255) {
        *p = premultiplied;
        return;
    }
    const uint inv = 255 - alpha;
    const QRgb d = *p;
    *p = qRgba(qRed(premultiplied) + qRed(d) * inv / 255, qGreen(premultiplied) + qGreen(d) * inv / 255,
               qBlue(premultiplied) + qBlue(d) * inv / 255, alpha + qAlpha(d) * inv / 255);
}

/// A polygon in device pixels: x/y interleaved, rings[i]..rings[i+1] the points of ring i (closed or not).
struct PixelPolygon
{
    std::vector<double> xy;
    std::vector<std::uint32_t> rings{0};
    void clear()
    {
        xy.clear();
        rings.assign(1, 0);
    }
};

/// Fills (even-odd, sampled at pixel centres) and outlines (1-pixel lines) a small polygon straight into a
/// premultiplied ARGB32 image, without antialiasing. For polygons a few pixels across, where the cost of a
/// QPainter call per feature dominates and antialiasing does not show. A colour with alpha 0 is skipped.
/// Returns false, drawing nothing, when the polygon is too large for this path (more than 64 pixel rows or
/// 32 edge crossings in a row).
bool fillSmallPolygon(QImage& image, const PixelPolygon& polygon, QRgb fill, QRgb outline);

} // namespace polis::detail
