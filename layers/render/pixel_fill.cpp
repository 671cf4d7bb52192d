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

} // namespace

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
