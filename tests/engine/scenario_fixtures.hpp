#pragma once
// Hand-made layers and scenarios for the scenario tests: a "fibre" line layer and a "schools" point layer in a
// metric CRS, with coordinates chosen so distances and lengths are known by construction.
#include "layers/map/map_content.hpp"
#include "layers/scenario/scenario.hpp"

#include <memory>

namespace polis::test {

/// A finished store of `geometries` with fids 1..n and fields name (text) and phase (integer) = i + 1.
inline std::shared_ptr<const FeatureStore> makeStore(const std::vector<Geometry>& geometries)
{
    auto store = std::make_shared<FeatureStore>(
        std::vector<Field>{{"name", FieldType::String, 0}, {"phase", FieldType::Integer, 0}, {"cost", FieldType::Real, 0}});
    for (std::size_t i = 0; i < geometries.size(); ++i) {
        geometries[i].beginIn(*store, std::int64_t(i + 1));
        store->setAttribute(0, "f" + std::to_string(i + 1));
        store->setAttribute(1, std::int64_t(i + 1));
        store->setAttribute(2, 1000.0 * double(i + 1));
        store->endFeature();
    }
    store->finish();
    return store;
}

inline MapLayer makeLayer(const std::string& name, const std::vector<Geometry>& geometries)
{
    MapLayer layer;
    layer.name = name;
    layer.sourceLayer = name;
    layer.features = makeStore(geometries);
    return layer;
}

/// fibre: one line (0,0)-(3000,0), 3 km. schools: (100,150) 150 m from it, (100,250) 250 m, (5000,0) 2 km
/// beyond its end, (3100,100) 141.4 m from its end.
inline MapContent makeCity()
{
    MapContent map;
    map.crs = Crs::fromUserInput("EPSG:2100");
    map.layers.push_back(makeLayer("fibre", {Geometry::line({0, 0, 3000, 0})}));
    map.layers.push_back(makeLayer("schools", {Geometry::point(100, 150), Geometry::point(100, 250),
                                               Geometry::point(5000, 0), Geometry::point(3100, 100)}));
    return map;
}

} // namespace polis::test
