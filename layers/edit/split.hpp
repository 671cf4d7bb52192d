#pragma once
#include "../core/geometry.hpp"

#include <vector>

namespace polis {

/// Splits `g` with a line drawn by the user (`line`: x/y interleaved, map CRS). Pure function; thread-safe.
/// - Line or multi-line: every part is cut where the drawn line touches or crosses it (not at its own end
///   points); the pieces come back as single lines in part order, then along each part. Parts the drawn line
///   misses come back whole.
/// - Polygon or multi-polygon: the boundary and the drawn line are noded together and polygonized (GEOS);
///   the faces inside `g` are the pieces, holes kept (a hole the line misses stays in its piece). Pieces are
///   single polygons oriented as `g`'s first exterior. Parts the line misses come back whole.
/// Throws GeometryError when the line splits nothing (fewer than 2 pieces), for points, or for a line of
/// fewer than 2 points.
std::vector<Geometry> split(const Geometry& g, const std::vector<double>& line);

} // namespace polis
