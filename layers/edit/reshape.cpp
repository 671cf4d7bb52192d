#include "reshape.hpp"

#include "../core/error.hpp"
#include "detail/geometry_geos.hpp"
#include "detail/path_crossings.hpp"
#include "detail/ring_search.hpp"

#include <cmath>
#include <optional>
#include <utility>

namespace polis {
namespace {

using detail::appendPoint;
using detail::PathCrossing;

/// The first and last crossings along the drawn line, when it meets `path` at two distinct places.
std::optional<std::pair<PathCrossing, PathCrossing>> ends(const std::vector<double>& path, bool closed,
                                                          const std::vector<double>& line)
{
    const std::vector<PathCrossing> c = detail::pathCrossings(path, closed, line);
    if (c.size() < 2 || c.front().pathPos == c.back().pathPos)
        return std::nullopt;
    return std::make_pair(c.front(), c.back());
}

/// The drawn line from crossing a to crossing b (in drawing order).
std::vector<double> drawnStretch(const std::vector<double>& line, const PathCrossing& a,
                                 const PathCrossing& b)
{
    std::vector<double> out;
    appendPoint(out, a.x, a.y);
    for (std::size_t j = 0; 2 * j + 1 < line.size(); ++j) {
        if (double(j) > a.cutterPos && double(j) < b.cutterPos)
            appendPoint(out, line[2 * j], line[2 * j + 1]);
    }
    appendPoint(out, b.x, b.y);
    return out;
}

std::vector<double> reversed(const std::vector<double>& xy)
{
    std::vector<double> out;
    for (std::size_t i = xy.size(); i >= 2; i -= 2)
        appendPoint(out, xy[i - 2], xy[i - 1]);
    return out;
}

void appendAll(std::vector<double>& out, const std::vector<double>& xy)
{
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
        appendPoint(out, xy[i], xy[i + 1]);
}

/// `part` with the stretch between the crossings replaced by the drawn line.
std::vector<double> reshapeLine(const std::vector<double>& part, const std::vector<double>& line,
                                PathCrossing a, PathCrossing b)
{
    std::vector<double> stretch = drawnStretch(line, a, b);
    if (a.pathPos > b.pathPos) {
        std::swap(a, b);
        stretch = reversed(stretch);
    }
    std::vector<double> out;
    for (std::size_t i = 0; 2 * i + 1 < part.size() && double(i) < a.pathPos; ++i)
        appendPoint(out, part[2 * i], part[2 * i + 1]);
    appendAll(out, stretch);
    for (std::size_t i = 0; 2 * i + 1 < part.size(); ++i) {
        if (double(i) > b.pathPos)
            appendPoint(out, part[2 * i], part[2 * i + 1]);
    }
    if (detail::distinctPoints(out) < 2)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "Reshaping would leave the line with fewer than 2 distinct points."));
    return out;
}

/// The ring's vertices strictly between positions `from` and `to`, walking forward (wrapping past the start).
std::vector<double> ringWalk(const std::vector<double>& ring, double from, double to)
{
    const std::size_t n = ring.size() / 2 - 1; // vertices without the closing point
    std::vector<double> out;
    auto take = [&](std::size_t i) { appendPoint(out, ring[2 * i], ring[2 * i + 1]); };
    if (from < to) {
        for (std::size_t i = 0; i < n; ++i) {
            if (double(i) > from && double(i) < to)
                take(i);
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            if (double(i) > from)
                take(i);
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (double(i) < to)
                take(i);
        }
    }
    return out;
}

/// The reshaped ring: of the two rings the drawn stretch makes with either side of the boundary, the larger.
std::vector<double> reshapeRing(const std::vector<double>& ring, const std::vector<double>& line,
                                const PathCrossing& a, const PathCrossing& b)
{
    const std::vector<double> stretch = drawnStretch(line, a, b);
    auto close = [&](std::vector<double> xy) {
        appendPoint(xy, a.x, a.y); // the stretch starts at a
        return xy;
    };
    std::vector<double> keepAfter = stretch; // stretch a->b, then the boundary from b forward to a
    appendAll(keepAfter, ringWalk(ring, b.pathPos, a.pathPos));
    std::vector<double> keepBefore = stretch; // stretch a->b, then the boundary from b backward to a
    appendAll(keepBefore, reversed(ringWalk(ring, a.pathPos, b.pathPos)));
    keepAfter = close(std::move(keepAfter));
    keepBefore = close(std::move(keepBefore));
    std::vector<double> out =
        std::abs(detail::signedArea2(keepAfter)) >= std::abs(detail::signedArea2(keepBefore))
            ? std::move(keepAfter)
            : std::move(keepBefore);
    if (detail::distinctPoints(out) < 3)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "Reshaping would leave a polygon ring with fewer than 3 distinct points."));
    if ((detail::signedArea2(out) > 0) != (detail::signedArea2(ring) > 0))
        out = reversed(out);
    return out;
}

void checkValid(const Geometry& g)
{
    GEOSContextHandle_t ctx = detail::geosContext();
    const detail::GeosGeometryPtr geos = detail::toGeos(g);
    if (GEOSisValid_r(ctx, geos.get()) == 1)
        return;
    char* reason = GEOSisValidReason_r(ctx, geos.get());
    const std::string text = reason ? reason : "unknown reason";
    GEOSFree_r(ctx, reason);
    throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The reshaped polygon would be invalid (%1)."), {text});
}

} // namespace

Geometry reshape(const Geometry& g, const std::vector<double>& line)
{
    if (line.size() < 4)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The reshape line needs at least 2 points."));
    if (g.kind != GeometryKind::Line && g.kind != GeometryKind::Polygon)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "Only lines and polygons can be reshaped."));
    const bool polygon = g.kind == GeometryKind::Polygon;
    for (std::size_t p = 0; p < g.parts.size(); ++p) {
        for (std::size_t r = 0; r < g.parts[p].size(); ++r) {
            const std::vector<double>& ring = g.parts[p][r];
            if (polygon && ring.size() < 8)
                continue; // not a ring (fewer than 4 points)
            const auto crossing = ends(ring, polygon, line);
            if (!crossing)
                continue;
            Geometry out = g;
            if (!polygon) {
                out.parts[p][r] = reshapeLine(ring, line, crossing->first, crossing->second);
                return out;
            }
            out.parts[p][r] = reshapeRing(ring, line, crossing->first, crossing->second);
            checkValid(out);
            return out;
        }
    }
    if (polygon)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The reshape line must cross the polygon's boundary twice."));
    throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The reshape line must touch or cross the line twice."));
}

} // namespace polis
