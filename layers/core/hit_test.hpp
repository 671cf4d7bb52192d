#pragma once
#include "feature_store.hpp"

#include <cstdint>
#include <vector>

namespace polis {

/// Even-odd crossing test: true when map point (x, y) is inside the ring (a ring of fewer than 3 points
/// contains nothing).
bool insideRing(const RingView& ring, double x, double y);

/// Features of `store` at map point (x, y): polygons that contain it (holes excluded) or whose outline is
/// within `tolerance`, lines within `tolerance`, points within `tolerance` (map units, planar).
/// Candidates come from the store's spatial index. Returns feature indices, ascending. Thread-safe.
std::vector<std::uint32_t> featuresAt(const FeatureStore& store, double x, double y, double tolerance);

} // namespace polis
