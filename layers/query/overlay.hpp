#pragma once
#include "geoprocessing.hpp"

namespace polis {

/// Overlay operations between an input layer and an overlay layer (same CRS).
enum class OverlayOp : std::uint8_t {
    Clip,         ///< the parts of each input feature inside the overlay (input attributes only)
    Difference,   ///< the parts of each input feature outside the overlay (input attributes only)
    Intersection, ///< one feature per intersecting (input, overlay) pair, attributes of both
};

/// Runs `op` feature by feature: for each input feature, the overlay features whose boxes meet it
/// (spatial index) are unioned and intersected with / subtracted from it (GEOSIntersection,
/// GEOSDifference). Input features left empty are dropped (Clip, Intersection); Difference keeps untouched
/// features whole. Result fids are the input fids (Clip, Difference) or 1..n (Intersection, where the
/// overlay's fields follow the input's, renamed "<name>_2" on a clash). Features GEOS cannot build or
/// process are reported, never thrown. Runs on the calling thread; the stores are only read.
ProcessResult overlay(const FeatureStore& input, const FeatureStore& overlayLayer, OverlayOp op);

} // namespace polis
