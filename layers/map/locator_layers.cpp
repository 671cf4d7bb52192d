#include "locator_layers.hpp"

#include "map_content.hpp"

namespace polis {

std::vector<LocatorLayer> locatorLayers(const MapContent& map)
{
    std::vector<LocatorLayer> layers;
    for (const MapLayer& l : map.layers) {
        if (l.features)
            layers.push_back({l.id, l.name, l.features, l.style.labels.field});
    }
    return layers;
}

} // namespace polis
