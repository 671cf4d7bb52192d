#pragma once
#include "../query/locator.hpp"

#include <vector>

namespace polis {

struct MapContent;

/// The vector layers of `map` as the locator searches them (bottom to top; the label field from each
/// layer's style): LocatorIndex::build(locatorLayers(map), map.crs). The stores are shared, not copied.
std::vector<LocatorLayer> locatorLayers(const MapContent& map);

} // namespace polis
