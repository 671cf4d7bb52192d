#include "split.hpp"

#include "../core/error.hpp"
#include "detail/geometry_geos.hpp"
#include "detail/path_crossings.hpp"

#include <algorithm>

namespace polis {
namespace {

using detail::GeosGeometryPtr;

/// Cuts one line part at every place the drawn line meets it; appends the pieces.
void splitLinePart(const std::vector<double>& part, const std::vector<double>& line,
                   std::vector<Geometry>& out)
{
    std::vector<detail::PathCrossing> cuts = detail::pathCrossings(part, false, line);
    const double last = double(part.size() / 2) - 1;
    cuts.erase(
        std::remove_if(cuts.begin(), cuts.end(),
                       [&](const detail::PathCrossing& c) { return c.pathPos <= 0 || c.pathPos >= last; }),
        cuts.end());
    std::sort(cuts.begin(), cuts.end(), [](const detail::PathCrossing& a, const detail::PathCrossing& b) {
        return a.pathPos < b.pathPos;
    });
    std::vector<double> piece;
    std::size_t next = 0; // the next cut along the part
    for (std::size_t i = 0; 2 * i + 1 < part.size(); ++i) {
        for (; next < cuts.size() && cuts[next].pathPos <= double(i); ++next) {
            detail::appendPoint(piece, cuts[next].x, cuts[next].y);
            if (piece.size() >= 4)
                out.push_back(Geometry::line(piece));
            piece = {cuts[next].x, cuts[next].y};
        }
        detail::appendPoint(piece, part[2 * i], part[2 * i + 1]);
    }
    out.push_back(Geometry::line(std::move(piece)));
}

std::vector<Geometry> splitLines(const Geometry& g, const std::vector<double>& line)
{
    std::vector<Geometry> pieces;
    for (const auto& part : g.parts) {
        if (!part.empty())
            splitLinePart(part.front(), line, pieces);
    }
    if (pieces.size() <= g.parts.size())
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The split line does not cross the line."));
    return pieces;
}

std::vector<Geometry> splitPolygons(const Geometry& g, const std::vector<double>& line)
{
    GEOSContextHandle_t ctx = detail::geosContext();
    const GeosGeometryPtr polygon = detail::toGeos(g);
    const GeosGeometryPtr cutter = detail::toGeos(Geometry::line(line));
    const GeosGeometryPtr boundary(GEOSBoundary_r(ctx, polygon.get()));
    const GeosGeometryPtr noded(boundary ? GEOSUnion_r(ctx, boundary.get(), cutter.get()) : nullptr);
    const GEOSGeometry* edges = noded.get();
    const GeosGeometryPtr faces(noded ? GEOSPolygonize_r(ctx, &edges, 1) : nullptr);
    const detail::GeosPreparedPtr inside(GEOSPrepare_r(ctx, polygon.get()));
    if (!faces || !inside)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The polygon cannot be split: %1"), {detail::lastGeosError()});

    const bool ccw = detail::signedArea2(g.parts.front().front()) > 0;
    std::vector<Geometry> pieces;
    for (int i = 0; i < GEOSGetNumGeometries_r(ctx, faces.get()); ++i) {
        const GEOSGeometry* face = GEOSGetGeometryN_r(ctx, faces.get(), i);
        const GeosGeometryPtr probe(GEOSPointOnSurface_r(ctx, face));
        if (!probe || GEOSPreparedContains_r(ctx, inside.get(), probe.get()) != 1)
            continue; // a hole, or a face the drawn line closes outside the polygon
        Geometry piece = detail::fromGeos(face);
        detail::orientRings(piece, ccw);
        pieces.push_back(std::move(piece));
    }
    if (pieces.size() <= g.parts.size())
        throw GeometryError(QT_TRANSLATE_NOOP(
            "polis::Error", "The split line does not cut the polygon in two: it must cross it from one side to the other."));
    return pieces;
}

} // namespace

std::vector<Geometry> split(const Geometry& g, const std::vector<double>& line)
{
    if (line.size() < 4)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The split line needs at least 2 points."));
    switch (g.kind) {
    case GeometryKind::Line:
        return splitLines(g, line);
    case GeometryKind::Polygon:
        if (g.parts.empty() || g.parts.front().empty())
            break;
        return splitPolygons(g, line);
    case GeometryKind::Point:
    case GeometryKind::None:
        break;
    }
    throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "Only lines and polygons can be split."));
}

} // namespace polis
