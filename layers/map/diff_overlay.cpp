#include "diff_overlay.hpp"

#include "../core/error.hpp"
#include "scenario_layers.hpp"

#include <map>

namespace polis {
namespace {

/// Copies the features of `layer` (one of `layers`) whose fids are `fids` into `into`.
void copyFeatures(const std::vector<MapLayer>& layers, const std::string& layer, const std::vector<std::int64_t>& fids,
                  FeatureStore& into)
{
    if (fids.empty())
        return;
    std::size_t index = 0;
    try {
        index = findLayer(layers, layer);
    } catch (const Error&) {
        return; // a change set naming a layer the map lacks: nothing to draw
    }
    const FeatureStore* store = layers[index].features.get();
    if (!store)
        return;
    // Only the few changed fids are looked up: one pass over the layer, no map of all its features.
    std::map<std::int64_t, std::size_t> byFid;
    for (const std::int64_t fid : fids)
        byFid.emplace(fid, store->size());
    for (std::size_t i = 0; i < store->size(); ++i) {
        const auto it = byFid.find(store->fid(i));
        if (it != byFid.end() && it->second == store->size())
            it->second = i; // the first feature with this fid, as before
    }
    for (const std::int64_t fid : fids) {
        const std::size_t feature = byFid.at(fid);
        if (feature == store->size())
            continue;
        copyFeatureGeometry(*store, feature, into);
        into.endFeature();
    }
}

} // namespace

DiffOverlay diffOverlay(const MapContent& baseline, const std::string& a, const std::string& b)
{
    DiffOverlay overlay;
    overlay.diffs = diffChanges(scenarioChanges(baseline.scenarios, a), scenarioChanges(baseline.scenarios, b));
    const std::vector<MapLayer> layersA = scenarioLayers(baseline, a);
    const std::vector<MapLayer> layersB = scenarioLayers(baseline, b);
    auto added = std::make_shared<FeatureStore>();
    auto removed = std::make_shared<FeatureStore>();
    auto modified = std::make_shared<FeatureStore>();
    for (const LayerDiff& diff : overlay.diffs) {
        copyFeatures(layersB, diff.layer, diff.added, *added);
        copyFeatures(layersA, diff.layer, diff.removed, *removed);
        copyFeatures(layersB, diff.layer, diff.modified, *modified);
    }
    added->finish();
    removed->finish();
    modified->finish();
    overlay.added = std::move(added);
    overlay.removed = std::move(removed);
    overlay.modified = std::move(modified);
    return overlay;
}

} // namespace polis
