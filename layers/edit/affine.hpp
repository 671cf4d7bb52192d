#pragma once
#include "../core/geometry.hpp"

namespace polis {

/// A point in the map CRS.
struct MapPoint
{
    double x = 0;
    double y = 0;
};

// Moving and rotating whole geometries (map CRS, planar). Pure functions returning the edited copy; ring
// closure and orientation are kept (both are rigid motions). Thread-safe.

/// `g` moved by (dx, dy) map units.
Geometry translate(const Geometry& g, double dx, double dy);

/// `g` rotated by `degrees` counter-clockwise (negative: clockwise) about `anchor`.
Geometry rotate(const Geometry& g, double degrees, const MapPoint& anchor);

/// The rotation anchor of `g`: its centroid (area-weighted for polygons, length-weighted for lines, the mean
/// for points), computed by GEOS. Throws GeometryError for an empty geometry.
MapPoint rotationAnchor(const Geometry& g);

} // namespace polis
