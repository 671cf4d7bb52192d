#pragma once
#include "../core/geometry.hpp"

#include <vector>

namespace polis {

/// Reshapes `g` with a line drawn by the user (`line`: x/y interleaved, map CRS), as QGIS's reshape tool:
/// the first and last points where the drawn line meets the geometry (in drawing order) are the
/// crossings, and what lies between them is replaced by the drawn line between them. The drawn line's
/// ends beyond the crossings are ignored.
/// - Line: the first part that the drawn line touches or crosses at two points or more; the stretch of the
///   part between the two crossings is replaced (the result keeps the part's direction).
/// - Polygon: the first ring (exterior first, then holes; part by part) whose boundary the drawn line meets
///   twice. The ring is split into two closed candidates by the drawn stretch, and the larger one is kept:
///   a line running outwards and back adds area, one running inwards and back cuts a notch. Orientation
///   is kept.
/// Throws GeometryError when the line does not meet the geometry twice, for points, and when the result
/// would be invalid (e.g. an exterior crossing a hole). Pure function; thread-safe.
Geometry reshape(const Geometry& g, const std::vector<double>& line);

} // namespace polis
