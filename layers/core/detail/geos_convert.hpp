#pragma once
#include "../feature_store.hpp"
#include "geos_handles.hpp"

namespace polis::detail {

/// Builds a GEOS geometry (this thread's context) for feature `feature` of `store`: Point/MultiPoint,
/// LineString/MultiLineString, Polygon/MultiPolygon (with holes); an empty geometry for a feature
/// without coordinates. Throws GeometryError when GEOS rejects the coordinates (e.g. a ring of 2 points).
GeosGeometryPtr toGeos(const FeatureStore& store, std::size_t feature);

} // namespace polis::detail
