#pragma once
#include "../../core/detail/geos_handles.hpp"
#include "../../core/geometry.hpp"

#include <vector>

namespace polis::detail {

/// A GEOS geometry (this thread's context) for a Geometry value. Goes through a one-feature FeatureStore so
/// that the engine keeps a single coordinate converter (detail::toGeos). Throws GeometryError when GEOS
/// rejects the coordinates (e.g. a ring of 2 points).
GeosGeometryPtr toGeos(const Geometry& g);

/// The Geometry of a GEOS geometry, through GeosStoreBuilder (collections keep their highest dimension).
Geometry fromGeos(const GEOSGeometry* g);

/// Twice the signed area of a closed ring (x/y interleaved): positive when counter-clockwise.
double signedArea2(const std::vector<double>& ring);

/// Orients the rings of a polygon `g`: exteriors counter-clockwise when `ccw` (else clockwise), holes
/// opposite.
void orientRings(Geometry& g, bool ccw);

} // namespace polis::detail
