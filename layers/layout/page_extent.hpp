#pragma once
#include "../map/map_content.hpp"

#include <string>
#include <vector>

namespace polis {

/// The bounding box (map CRS) of every feature scenario `scenario` adds, removes or modifies: removed and
/// modified features where the baseline has them, added and modified ones where the scenario puts them.
/// `baseline` holds the baseline's layers, `shown` the same layers in the scenario (scenarioLayers()).
/// Empty when the scenario changes nothing (the baseline).
Extent changesExtent(const MapContent& baseline, const std::vector<MapLayer>& shown, const std::string& scenario);

/// What a map page of `scenario` frames (map CRS), by `layout.extentMode`: the project's view; the layout's
/// fixed extent (the view when it has none); the extent of layer `layout.extentLayer` as `shown` has it;
/// or changesExtent() padded on every side by 15 % of its larger side (at least 2 % of the project's extent),
/// the view when the scenario changes nothing. Throws polis::Error naming the layer when layer mode names
/// no vector layer of the map.
Extent pageExtent(const MapContent& baseline, const PrintLayout& layout, const std::vector<MapLayer>& shown,
                  const std::string& scenario);

} // namespace polis
