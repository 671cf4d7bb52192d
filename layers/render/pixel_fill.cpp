#include "pixel_fill.hpp"

#include <algorithm>
#include <cmath>

namespace polis::detail {
namespace {

constexpr int kMaxRows = 64;
constexpr int kMaxCrossings = 32;

/// A 1-pixel line from (x0, y0) to (x1, y1) in pixel coordinates (Bresenham), the last pixel excluded so
/// that consecutive edges do not blend their shared corner twice.
void outlineEdge(const Pixels& image, int x0, int y0, int x1, int y1, QRgb colour)
{
    const int dx = std::abs(x1 - x0), sx = x0 < x1 ? 1 : -1;
    const int dy = -std::abs(y1 - y0), sy = y0 < y1 ? 1 : -1;
    int err = dx + dy;
    while (x0 != x1 || y0 != y1) {
        blendPixel(image, x0, y0, colour);
        const int e2 = 2 * err;
        if (e2 >= dy) {
            err += dy;
            x0 += sx;
        }
        if (e2 <= dx) {
            err += dx;
            y0 += sy;
        }
    }
}

/// Each channel of a premultiplied colour times a / 255, rounded; two channels per multiplication.
inline QRgb byteMul(QRgb x, uint a)
{
    uint t = (x & 0xff00ff) * a;
    t = ((t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8) & 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080) & 0xff00ff00;
    return x | t;
}

/// `colour` at a coverage of 0..255 blended (source-over) into (x, y); pixels outside the image are ignored.
inline void blendCoverage(const Pixels& image, int x, int y, QRgb colour, uint coverage)
{
    if (coverage == 0 || unsigned(x) >= unsigned(image.width()) || unsigned(y) >= unsigned(image.height()))
        return;
    const QRgb source = coverage == 255 ? colour : byteMul(colour, coverage);
    QRgb& pixel = image.at(x, y);
    pixel = source + byteMul(pixel, 255 - qAlpha(source));
}

/// One antialiased edge from (u0, v0) to (u1, v1) along its major axis u (u = x when `swapped` is false): one
/// step per pixel whose centre lies in [u0, u1) (or (u1, u0]), so that edges sharing a vertex do not blend
/// its pixel twice. `extent` and `across` bound u and v (the image's size along them).
void smoothEdge(const Pixels& image, bool swapped, double u0, double v0, double u1, double v1, int extent, int across,
                QRgb colour)
{
    const double du = u1 - u0;
    if (du == 0)
        return;
    int first = 0, last = 0;
    if (du > 0) {
        first = int(std::max(-1.0, std::ceil(u0 - 0.5)));
        last = int(std::min(double(extent), std::ceil(u1 - 0.5))) - 1;
    } else {
        first = int(std::max(-1.0, std::floor(u1 - 0.5))) + 1;
        last = int(std::min(double(extent - 1), std::floor(u0 - 0.5)));
    }
    const double slope = (v1 - v0) / du;
    for (int u = std::max(first, 0); u <= last; ++u) {
        const double v = std::clamp(v0 + (u + 0.5 - u0) * slope - 0.5, -2.0, double(across) + 1);
        const double row = std::floor(v);
        const uint share = uint((v - row) * 255 + 0.5);
        const int r = int(row);
        if (swapped) {
            blendCoverage(image, r, u, colour, 255 - share);
            blendCoverage(image, r + 1, u, colour, share);
        } else {
            blendCoverage(image, u, r, colour, 255 - share);
            blendCoverage(image, u, r + 1, colour, share);
        }
    }
}

} // namespace

void outlinePolygon(const Pixels& image, const PixelPolygon& polygon, QRgb colour)
{
    if (qAlpha(colour) == 0)
        return;
    const std::vector<double>& xy = polygon.xy;
    for (std::size_t r = 0; r + 1 < polygon.rings.size(); ++r) {
        const std::uint32_t b = polygon.rings[r], e = polygon.rings[r + 1];
        for (std::uint32_t i = b, j = e - 1; i < e; j = i++) {
            const double x0 = xy[2 * j], y0 = xy[2 * j + 1], x1 = xy[2 * i], y1 = xy[2 * i + 1];
            if (std::max(x0, x1) < -1 || std::min(x0, x1) > image.width() + 1 || std::max(y0, y1) < -1 ||
                std::min(y0, y1) > image.height() + 1)
                continue;
            if (std::abs(x1 - x0) >= std::abs(y1 - y0))
                smoothEdge(image, false, x0, y0, x1, y1, image.width(), image.height(), colour);
            else
                smoothEdge(image, true, y0, x0, y1, x1, image.height(), image.width(), colour);
        }
    }
}

bool fillSmallPolygon(const Pixels& image, const PixelPolygon& polygon, QRgb fill, QRgb outline)
{
    const std::vector<double>& xy = polygon.xy;
    if (xy.size() < 6)
        return false;
    double ymin = xy[1], ymax = xy[1];
    for (std::size_t i = 1; i < xy.size(); i += 2) {
        ymin = std::min(ymin, xy[i]);
        ymax = std::max(ymax, xy[i]);
    }
    const int rowBegin = int(std::ceil(ymin - 0.5));
    const int rowEnd = int(std::ceil(ymax - 0.5)); // rows whose centre y + 0.5 lies in [ymin, ymax)
    if (rowEnd - rowBegin > kMaxRows)
        return false;

    if (qAlpha(fill) != 0) {
        double crossings[kMaxCrossings];
        for (int row = rowBegin; row < rowEnd; ++row) {
            const double y = row + 0.5;
            int count = 0;
            for (std::size_t r = 0; r + 1 < polygon.rings.size(); ++r) {
                const std::uint32_t b = polygon.rings[r], e = polygon.rings[r + 1];
                for (std::uint32_t i = b, j = e - 1; i < e; j = i++) {
                    const double yi = xy[2 * i + 1], yj = xy[2 * j + 1];
                    if ((yi > y) == (yj > y))
                        continue;
                    if (count == kMaxCrossings)
                        return false;
                    const double xi = xy[2 * i], xj = xy[2 * j];
                    crossings[count++] = xi + (y - yi) * (xj - xi) / (yj - yi);
                }
            }
            std::sort(crossings, crossings + count);
            for (int k = 0; k + 1 < count; k += 2) {
                // Pixels whose centre x + 0.5 lies inside [left, right).
                const int first = int(std::ceil(crossings[k] - 0.5));
                const int last = int(std::ceil(crossings[k + 1] - 0.5));
                for (int x = first; x < last; ++x)
                    blendPixel(image, x, row, fill);
            }
        }
    }
    if (qAlpha(outline) != 0) {
        for (std::size_t r = 0; r + 1 < polygon.rings.size(); ++r) {
            const std::uint32_t b = polygon.rings[r], e = polygon.rings[r + 1];
            for (std::uint32_t i = b, j = e - 1; i < e; j = i++) {
                outlineEdge(image, int(std::floor(xy[2 * j])), int(std::floor(xy[2 * j + 1])), int(std::floor(xy[2 * i])),
                            int(std::floor(xy[2 * i + 1])), outline);
            }
        }
    }
    return true;
}

} // namespace polis::detail
