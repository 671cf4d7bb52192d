#pragma once
#include "map_content.hpp"
#include "../scenario/scenario_diff.hpp"

#include <memory>
#include <string>
#include <vector>

namespace polis {

/// What scenario B changes relative to scenario A, as geometries to draw over a map: the features B adds,
/// those it removes (with A's geometry, as they were) and those it modifies (with B's geometry). Each
/// store keeps the features' own fids and kinds (points, lines and polygons mixed), has no fields, and is
/// finished (immutable, shareable with render threads). Coordinates are in the map CRS.
struct DiffOverlay
{
    std::vector<LayerDiff> diffs; ///< diffChanges(A, B), per layer
    std::shared_ptr<const FeatureStore> added;
    std::shared_ptr<const FeatureStore> removed;
    std::shared_ptr<const FeatureStore> modified;
};

/// The difference from scenario `a` to scenario `b` of `baseline` (a map whose layers are the baseline;
/// either name may be "baseline"). Differences naming a layer the map lacks are counted in `diffs` but
/// have no geometry. Throws polis::Error naming an unknown scenario. Runs on the calling thread; the
/// inputs are only read.
DiffOverlay diffOverlay(const MapContent& baseline, const std::string& a, const std::string& b);

} // namespace polis
