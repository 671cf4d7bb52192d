#pragma once
#include <QImage>

#include <cstdint>
#include <vector>

namespace polis::detail {

/// Direct access to the pixels of a premultiplied ARGB32 image, taken once (per tile and layer) so that a
/// pixel write costs no QImage call: scanLine() checks on every call whether the image is shared. The image
/// must outlive this and must not be copied meanwhile.
class Pixels
{
public:
    explicit Pixels(QImage& image)
        : m_bits(reinterpret_cast<QRgb*>(image.bits())), m_stride(image.bytesPerLine() / qsizetype(sizeof(QRgb))),
          m_width(image.width()), m_height(image.height())
    {
    }
    int width() const { return m_width; }
    int height() const { return m_height; }
    /// Pixel (x, y), which must lie inside the image.
    QRgb& at(int x, int y) const { return m_bits[y * m_stride + x]; }

private:
    QRgb* m_bits;
    qsizetype m_stride; ///< in pixels
    int m_width;
    int m_height;
};

/// Blends one premultiplied ARGB colour into pixel (x, y) (source-over); pixels outside the image are ignored.
inline void blendPixel(const Pixels& image, int x, int y, QRgb premultiplied)
{
    if (x < 0 || y < 0 || x >= image.width() || y >= image.height())
        return;
    QRgb* p = &image.at(x, y);
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
bool fillSmallPolygon(const Pixels& image, const PixelPolygon& polygon, QRgb fill, QRgb outline);

/// Outlines a polygon (every ring, closed) with antialiased lines 1 pixel wide straight into the image, the
/// look of Qt's antialiased cosmetic pen: pixel centres at +0.5, and along each edge the two pixels nearest
/// the line at each step share its coverage. Clipped to the image. Qt's own stroker makes a blend call per
/// pixel, which made the outlines of a 1 km window over half its cost.
void outlinePolygon(const Pixels& image, const PixelPolygon& polygon, QRgb colour);

} // namespace polis::detail
