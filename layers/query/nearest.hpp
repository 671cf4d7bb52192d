#pragma once
#include "../core/feature_store.hpp"

#include <limits>
#include <vector>

namespace polis {

/// One neighbour found by nearestFeatures().
struct Neighbour
{
    std::size_t feature = 0; ///< index into the searched store
    double distance = 0; ///< exact planar distance between the geometries, CRS units (metres in EPSG:2100)
};

/// The `k` features of `searched` nearest to feature `originFeature` of `origin` (same CRS), nearest first
/// (ties by index), at most `maxDistance` away. Index-driven: the search window around the origin's box
/// doubles until k features are known to lie within it, and every candidate's distance is exact
/// (GEOS, prepared origin), never a box distance. Features GEOS cannot build are skipped. Returns fewer
/// than k when the layer has fewer within maxDistance. Throws GeometryError when the origin cannot be built.
/// Runs on the calling thread; the stores are only read.
std::vector<Neighbour> nearestFeatures(const FeatureStore& searched, const FeatureStore& origin,
                                       std::size_t originFeature, std::size_t k,
                                       double maxDistance = std::numeric_limits<double>::infinity());

} // namespace polis
