#include "scenario_snapshots.hpp"

#include "scenario_layers.hpp"

namespace polis {
namespace {

constexpr double kFadedOpacity = 0.35; ///< the difference view's scenario under the marked changes

std::vector<std::shared_ptr<const FeatureStore>> featureStores(const std::vector<MapLayer>& layers)
{
    std::vector<std::shared_ptr<const FeatureStore>> stores;
    stores.reserve(layers.size());
    for (const MapLayer& layer : layers)
        stores.push_back(layer.features);
    return stores;
}

MapLayer overlayLayer(const char* name, std::shared_ptr<const FeatureStore> store, const char* colour)
{
    MapLayer layer;
    layer.id = LayerId(std::string("difference:") + name);
    layer.name = name;
    layer.features = std::move(store);
    const Color c = *Color::parse(colour);
    layer.style.fill = c;
    layer.style.stroke = c;
    layer.style.strokeWidth = 3.0;
    layer.style.markerSize = 9.0;
    return layer;
}

} // namespace

void ScenarioSnapshots::forgetRemoved(const std::vector<Scenario>& scenarios)
{
    const auto gone = [&scenarios](const std::string& name) {
        return name != Scenario::baselineName && !findScenario(scenarios, name);
    };
    for (auto it = m_applied.begin(); it != m_applied.end();)
        it = gone(it->first) ? m_applied.erase(it) : std::next(it);
    for (auto it = m_differences.begin(); it != m_differences.end();)
        it = gone(it->first.first) || gone(it->first.second) ? m_differences.erase(it) : std::next(it);
}

const ScenarioSnapshots::Stores& ScenarioSnapshots::stores(const MapContent& baseline, const std::string& name)
{
    const ChangeSet& changes = scenarioChanges(baseline.scenarios, name);
    Stores base = featureStores(baseline.layers);
    Applied& entry = m_applied[name];
    if (entry.baseline != base || !(entry.changes == changes) || entry.stores.size() != base.size()) {
        entry.stores = featureStores(applyChanges(baseline.layers, changes));
        entry.baseline = std::move(base);
        entry.changes = changes;
    }
    return entry.stores;
}

MapContent ScenarioSnapshots::shownAs(const MapContent& baseline, const std::string& name)
{
    forgetRemoved(baseline.scenarios); // deleted or renamed scenarios
    const Stores& shown = stores(baseline, name);
    MapContent content = baseline;
    for (std::size_t i = 0; i < content.layers.size(); ++i) {
        MapLayer& layer = content.layers[i];
        if (shown[i] == layer.features)
            continue;
        layer.baselineFeatures = layer.features;
        layer.features = shown[i];
        layer.selection.reset(); // indices into the baseline's store
    }
    return content;
}

std::shared_ptr<const MapContent> ScenarioSnapshots::scenario(const MapContent& baseline, const std::string& name)
{
    return std::make_shared<const MapContent>(shownAs(baseline, name));
}

std::shared_ptr<const MapContent> ScenarioSnapshots::difference(const MapContent& baseline, const std::string& a,
                                                                const std::string& b)
{
    const ChangeSet& changesA = scenarioChanges(baseline.scenarios, a);
    const ChangeSet& changesB = scenarioChanges(baseline.scenarios, b);
    Stores base = featureStores(baseline.layers);
    Difference& entry = m_differences[{a, b}];
    if (entry.baseline != base || !(entry.a == changesA) || !(entry.b == changesB) || !entry.overlay.added) {
        entry.overlay = diffOverlay(baseline, a, b);
        entry.baseline = std::move(base);
        entry.a = changesA;
        entry.b = changesB;
    }
    auto content = std::make_shared<MapContent>(shownAs(baseline, b));
    for (MapLayer& layer : content->layers) {
        layer.opacity *= kFadedOpacity;
        layer.selection.reset();
    }
    content->layers.push_back(overlayLayer("modified", entry.overlay.modified, modifiedColor));
    content->layers.push_back(overlayLayer("removed", entry.overlay.removed, removedColor));
    content->layers.push_back(overlayLayer("added", entry.overlay.added, addedColor));
    return content;
}

} // namespace polis
