#include "vertex_edit.hpp"

#include "../core/error.hpp"
#include "detail/ring_search.hpp"

#include <cmath>
#include <string>
#include <utility>

namespace polis {
namespace {

bool isClosedRing(const Geometry& g, const std::vector<double>& ring)
{
    return g.kind == GeometryKind::Polygon &&
           detail::endsWhereItStarts(ring.data(), std::uint32_t(ring.size() / 2));
}

Error::Arg where(const VertexRef& v)
{
    return Error::part(QT_TRANSLATE_NOOP("polis::Error", "part %1, ring %2"), {std::to_string(v.part), std::to_string(v.ring)});
}

/// The ring `v` points into; throws when there is none.
std::vector<double>& ringOf(Geometry& g, const VertexRef& v)
{
    if (v.part >= g.parts.size() || v.ring >= g.parts[v.part].size())
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The geometry has no %1."), {where(v)});
    return g.parts[v.part][v.ring];
}

/// The number of points stored in `ring` (a closed ring's closing point included); throws when `v` names
/// none of them.
std::size_t vertexSlots(const std::vector<double>& ring, const VertexRef& v)
{
    const std::size_t n = ring.size() / 2;
    if (v.vertex >= n)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The geometry has no vertex %1 in %2."), {std::to_string(v.vertex), where(v)});
    return n;
}

/// The number of vertices of a ring, counting the closing point of a closed ring once.
std::size_t vertexCount(const Geometry& g, const std::vector<double>& ring)
{
    return ring.size() / 2 - (isClosedRing(g, ring) ? 1 : 0);
}

/// Throws when the edited ring is degenerate for its geometry kind.
void checkRing(const Geometry& g, const std::vector<double>& ring, const VertexRef& v)
{
    const std::size_t distinct = detail::distinctPoints(ring);
    if (g.kind == GeometryKind::Line && distinct < 2)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The edit would leave the line (%1) with fewer than 2 distinct points."), {where(v)});
    if (g.kind == GeometryKind::Polygon && distinct < 3)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The edit would leave the polygon ring (%1) with fewer than 3 distinct points."),
                            {where(v)});
}

template <class Find> std::optional<VertexHit> nearest(const Geometry& g, double tolerance, Find find)
{
    if (!(tolerance >= 0))
        return std::nullopt;
    detail::RingCandidate best;
    best.d2 = tolerance * tolerance;
    best.d2 = std::nextafter(best.d2, best.d2 + 1); // "within" is inclusive
    std::optional<VertexHit> hit;
    for (std::size_t p = 0; p < g.parts.size(); ++p) {
        for (std::size_t r = 0; r < g.parts[p].size(); ++r) {
            const std::vector<double>& ring = g.parts[p][r];
            if (find(ring, isClosedRing(g, ring), best))
                hit = VertexHit{{p, r, best.index}, best.x, best.y};
        }
    }
    return hit;
}

} // namespace

std::optional<VertexHit> nearestVertex(const Geometry& g, double x, double y, double tolerance)
{
    return nearest(
        g, tolerance, [&](const std::vector<double>& ring, bool closed, detail::RingCandidate& best) {
            return detail::nearerVertex(ring.data(), std::uint32_t(ring.size() / 2), closed, x, y, best);
        });
}

std::optional<VertexHit> nearestSegment(const Geometry& g, double x, double y, double tolerance)
{
    if (g.kind == GeometryKind::Point)
        return std::nullopt;
    return nearest(g, tolerance, [&](const std::vector<double>& ring, bool, detail::RingCandidate& best) {
        return detail::nearerSegmentPoint(ring.data(), std::uint32_t(ring.size() / 2), x, y, best);
    });
}

Geometry moveVertex(const Geometry& g, const VertexRef& v, double x, double y)
{
    Geometry out = g;
    std::vector<double>& ring = ringOf(out, v);
    const bool closed = isClosedRing(g, ring);
    const std::size_t n = vertexSlots(ring, v);
    ring[2 * v.vertex] = x;
    ring[2 * v.vertex + 1] = y;
    if (closed && (v.vertex == 0 || v.vertex == n - 1)) {
        const std::size_t other = v.vertex == 0 ? n - 1 : 0;
        ring[2 * other] = x;
        ring[2 * other + 1] = y;
    }
    checkRing(out, ring, v);
    return out;
}

Geometry insertVertex(const Geometry& g, const VertexRef& segment, double x, double y)
{
    if (g.kind == GeometryKind::Point)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "A point has no segments to insert a vertex on."));
    Geometry out = g;
    std::vector<double>& ring = ringOf(out, segment);
    if (segment.vertex + 1 >= ring.size() / 2)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "The geometry has no segment %1 in %2."), {std::to_string(segment.vertex), where(segment)});
    const auto at = ring.begin() + std::ptrdiff_t(2 * (segment.vertex + 1));
    ring.insert(at, {x, y});
    return out;
}

Geometry removeVertex(const Geometry& g, const VertexRef& v)
{
    if (g.kind == GeometryKind::Point)
        throw GeometryError(QT_TRANSLATE_NOOP("polis::Error", "A point's only vertex cannot be removed; delete the feature instead."));
    Geometry out = g;
    std::vector<double>& ring = ringOf(out, v);
    const bool closed = isClosedRing(g, ring);
    const std::size_t n = vertexSlots(ring, v);
    const std::size_t minimum = g.kind == GeometryKind::Line ? 2 : 3;
    if (vertexCount(g, ring) <= minimum)
        throw GeometryError(g.kind == GeometryKind::Line
                                ? QT_TRANSLATE_NOOP("polis::Error", "Removing the vertex would leave the line (%1) with fewer than %2 points.")
                                : QT_TRANSLATE_NOOP("polis::Error",
                                                    "Removing the vertex would leave the polygon ring (%1) with fewer than %2 points."),
                            {where(v), std::to_string(minimum)});
    if (closed && (v.vertex == 0 || v.vertex == n - 1)) {
        // Drop the first point and close the ring on the new first one.
        ring.erase(ring.begin(), ring.begin() + 2);
        ring[ring.size() - 2] = ring[0];
        ring[ring.size() - 1] = ring[1];
    } else {
        ring.erase(ring.begin() + std::ptrdiff_t(2 * v.vertex),
                   ring.begin() + std::ptrdiff_t(2 * v.vertex + 2));
    }
    checkRing(out, ring, v);
    return out;
}

} // namespace polis
