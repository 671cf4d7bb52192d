#include "page_extent.hpp"

#include "../core/error.hpp"
#include "../map/scenario_layers.hpp"
#include "detail/page_painter.hpp"

#include <algorithm>

namespace polis {
namespace {

constexpr double kChangesPadding = 0.15; ///< of the changes' larger side
constexpr double kMinPadding = 0.02;     ///< of the project extent's larger side

/// The boxes of the features of `store` whose fids `changes` lists, as `keep` decides per change.
template <typename Keep>
void expandByChanged(Extent& box, const FeatureStore& store, const ChangeSet::LayerChanges& changes, Keep keep)
{
    for (std::size_t i = 0; i < store.size(); ++i) {
        const auto it = changes.find(store.fid(i));
        if (it != changes.end() && keep(it->second))
            box.expand(store.bbox(i));
    }
}

} // namespace

Extent changesExtent(const MapContent& baseline, const std::vector<MapLayer>& shown, const std::string& scenario)
{
    Extent box;
    const ChangeSet& changes = scenarioChanges(baseline.scenarios, scenario);
    for (std::size_t i = 0; i < baseline.layers.size() && i < shown.size(); ++i) {
        const ChangeSet::LayerChanges* layerChanges = changes.layer(baseline.layers[i].name);
        if (!layerChanges)
            continue;
        if (baseline.layers[i].features) // where removed and modified features were
            expandByChanged(box, *baseline.layers[i].features, *layerChanges,
                            [](const FeatureChange& c) { return c.op != FeatureChange::Op::Add; });
        if (shown[i].features) // where added and modified features are
            expandByChanged(box, *shown[i].features, *layerChanges,
                            [](const FeatureChange& c) { return c.op != FeatureChange::Op::Remove; });
    }
    return box;
}

Extent pageExtent(const MapContent& baseline, const PrintLayout& layout, const std::vector<MapLayer>& shown,
                  const std::string& scenario)
{
    switch (layout.extentMode) {
    case ExtentMode::View:
        break;
    case ExtentMode::Fixed:
        if (!layout.extent.isEmpty())
            return layout.extent;
        break;
    case ExtentMode::Layer: {
        const MapLayer& layer = shown[findLayer(shown, layout.extentLayer)];
        if (!layer.features || layer.features->extent().isEmpty())
            throw Error(QT_TRANSLATE_NOOP("polis::Error", "the layer \"%1\" has no features to frame the map with"), {layout.extentLayer});
        return layer.features->extent();
    }
    case ExtentMode::Changes: {
        const Extent changed = changesExtent(baseline, shown, scenario);
        if (changed.isEmpty())
            break;
        const double pad = std::max(kChangesPadding * std::max(changed.width(), changed.height()),
                                    kMinPadding * std::max(baseline.extent.width(), baseline.extent.height()));
        return changed.buffered(pad > 0 ? pad : 1);
    }
    }
    return baseline.extent;
}

} // namespace polis
