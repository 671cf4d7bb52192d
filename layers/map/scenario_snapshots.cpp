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

/// `baseline` with `shown`'s stores (the scenario's version of each layer).
MapContent shownAs(const MapContent& baseline, const std::vector<std::shared_ptr<const FeatureStore>>& shown)
{
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

const ScenarioSnapshots::Applied* ScenarioSnapshots::applied(const MapContent& baseline, const std::string& name) const
{
    const ChangeSet& changes = scenarioChanges(baseline.scenarios, name);
    const auto it = m_applied.find(name);
    if (it == m_applied.end() || !(it->second.changes == changes) || it->second.baseline != featureStores(baseline.layers))
        return nullptr;
    return &it->second;
}

const ScenarioSnapshots::Difference* ScenarioSnapshots::difference(const MapContent& baseline, const std::string& a,
                                                                  const std::string& b) const
{
    const ChangeSet& changesA = scenarioChanges(baseline.scenarios, a);
    const ChangeSet& changesB = scenarioChanges(baseline.scenarios, b);
    const auto it = m_differences.find({a, b});
    if (it == m_differences.end() || !(it->second.a == changesA) || !(it->second.b == changesB) ||
        it->second.baseline != featureStores(baseline.layers))
        return nullptr;
    return &it->second;
}

std::shared_ptr<const MapContent> ScenarioSnapshots::cached(const MapContent& baseline, const std::string& b,
                                                            const std::string& a)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    forgetRemoved(baseline.scenarios); // deleted or renamed scenarios
    const Applied* shown = applied(baseline, b);
    const Difference* diff = a.empty() ? nullptr : difference(baseline, a, b);
    if (!shown || (!a.empty() && !diff))
        return nullptr;
    auto content = std::make_shared<MapContent>(shownAs(baseline, shown->stores));
    if (!diff)
        return content;
    for (MapLayer& layer : content->layers) {
        layer.opacity *= kFadedOpacity;
        layer.selection.reset();
    }
    content->layers.push_back(overlayLayer("modified", diff->overlay.modified, modifiedColor));
    content->layers.push_back(overlayLayer("removed", diff->overlay.removed, removedColor));
    content->layers.push_back(overlayLayer("added", diff->overlay.added, addedColor));
    return content;
}

void ScenarioSnapshots::build(const MapContent& baseline, const std::string& b, const std::string& a)
{
    bool needApplied = false, needDifference = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        needApplied = !applied(baseline, b);
        needDifference = !a.empty() && !difference(baseline, a, b);
    }
    if (needApplied) { // outside the lock: this copies the changed layers' stores
        Applied entry{featureStores(baseline.layers), scenarioChanges(baseline.scenarios, b),
                      featureStores(applyChanges(baseline.layers, scenarioChanges(baseline.scenarios, b)))};
        std::lock_guard<std::mutex> lock(m_mutex);
        m_applied[b] = std::move(entry);
    }
    if (needDifference) {
        Difference entry{featureStores(baseline.layers), scenarioChanges(baseline.scenarios, a),
                         scenarioChanges(baseline.scenarios, b), diffOverlay(baseline, a, b)};
        std::lock_guard<std::mutex> lock(m_mutex);
        m_differences[{a, b}] = std::move(entry);
    }
}

} // namespace polis
