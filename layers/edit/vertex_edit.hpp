#pragma once
#include "../core/geometry.hpp"
#include "vertex_ref.hpp"

#include <optional>

namespace polis {

// Vertex editing on a Geometry value (map CRS, planar distances in map units). Pure functions: the input is
// not changed, the edited copy is returned, so the caller's undo command can keep both. Thread-safe.
//
// Rings of polygons are stored closed (last point = first point). The closing point is not a vertex of its
// own: hit tests report vertex 0 for it, and moving or removing vertex 0 (or the last) keeps the ring closed.
// Edits refuse, with a GeometryError naming the reason, to leave a line with fewer than 2 distinct points or
// a ring with fewer than 3, and reject references to vertices or segments that do not exist.

/// The vertex of `g` nearest to (x, y) within `tolerance`, or nothing.
std::optional<VertexHit> nearestVertex(const Geometry& g, double x, double y, double tolerance);

/// The segment of `g` nearest to (x, y) within `tolerance` (ref.vertex = its first vertex) and the closest
/// point on it, or nothing. Points have no segments.
std::optional<VertexHit> nearestSegment(const Geometry& g, double x, double y, double tolerance);

/// `g` with vertex `v` moved to (x, y).
Geometry moveVertex(const Geometry& g, const VertexRef& v, double x, double y);

/// `g` with a new vertex (x, y) inserted on segment `segment` (between vertex segment.vertex and the next).
Geometry insertVertex(const Geometry& g, const VertexRef& segment, double x, double y);

/// `g` without vertex `v`.
Geometry removeVertex(const Geometry& g, const VertexRef& v);

} // namespace polis
