#pragma once
#include "map_content.hpp"
#include "../scenario/scenario.hpp"

#include <string>
#include <vector>

namespace polis {

/// The layers of `baseline` with `changes` applied: a layer the change set touches gets a new FeatureStore
/// (the baseline's features minus the removed ones, modified ones reshaped / re-attributed, then the added
/// ones, with the same fields and fids; values are converted to the field's type, unknown fields ignored);
/// every other layer is the same MapLayer sharing the baseline's store. Selections are dropped on rebuilt
/// layers. Changes naming a layer `baseline` lacks are ignored. Runs on the calling thread; the inputs are
/// only read.
std::vector<MapLayer> applyChanges(const std::vector<MapLayer>& baseline, const ChangeSet& changes);

/// Starts feature `feature` of `base` in `store` (same fid, kind, parts, rings, Z and M); the caller sets
/// attributes and calls endFeature().
void copyFeatureGeometry(const FeatureStore& base, std::size_t feature, FeatureStore& store);

/// The layers of `map` in scenario `name` ("baseline" = map.layers). Throws polis::Error naming the
/// scenario and listing the available ones when `map` has no such scenario.
std::vector<MapLayer> scenarioLayers(const MapContent& map, const std::string& name);

/// The index of the layer called `name` in `layers`, else of the only layer whose source layer is `name`
/// (e.g. "fibre_ring"); throws polis::Error naming it when there is none or several.
std::size_t findLayer(const std::vector<MapLayer>& layers, const std::string& name);

} // namespace polis
