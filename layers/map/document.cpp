#include "document.hpp"

#include "detail/document_commands.hpp"
#include "layer_groups.hpp"
#include "scenario_layers.hpp"
#include "../core/error.hpp"
#include "../core/hit_test.hpp"

#include <algorithm>
#include <utility>

namespace polis {

Document::Document() : m_content(std::make_shared<const MapContent>())
{
    m_history.setListener([this] {
        if (m_listener)
            m_listener(HistoryChanged, {});
    });
}

Document::~Document()
{
    m_history.setListener({});
}

void Document::watchProject(const std::string& location)
{
    m_watch = location.empty() ? nullptr : std::make_unique<ProjectWatch>(location);
}

std::vector<ProjectNotice> Document::othersSaves(int timeoutMs, std::int64_t ownRevision)
{
    if (!m_watch)
        return {};
    std::vector<ProjectNotice> notices = m_watch->wait(timeoutMs);
    notices.erase(std::remove_if(notices.begin(), notices.end(),
                                 [ownRevision](const ProjectNotice& n) { return ownRevision && n.revision == ownRevision; }),
                  notices.end());
    return notices;
}

void Document::replace(std::shared_ptr<const MapContent> content, unsigned changes, std::vector<LayerId> layers)
{
    m_content = std::move(content);
    if (m_listener)
        m_listener(changes, layers);
}

void Document::open(std::shared_ptr<const MapContent> content)
{
    m_active = Scenario::baselineName;
    m_scenarios = content->scenarios;
    m_shown = ChangeSet();
    m_history.clear(); // its commands refer to the previous map's layers and scenarios
    replace(std::move(content), MapChanged | LayersChanged | ScenarioChanged | SelectionChanged);
}

void Document::restoreUnsaved(std::shared_ptr<const MapContent> content)
{
    open(std::move(content)); // the recovered layers are the baseline's
    m_history.resetClean();   // nothing to undo, yet not saved
}

void Document::reprojected(std::shared_ptr<const MapContent> content)
{
    const std::string scenario = m_active;
    open(std::move(content)); // reprojectMap shows the baseline...
    m_history.resetClean();   // ...not saved in this CRS
    if (scenario != Scenario::baselineName && findScenario(m_scenarios, scenario))
        showScenario(scenario); // ...so the scenario is applied again
}

void Document::addLayers(MapContent added)
{
    auto next = std::make_shared<MapContent>(*m_content);
    if (!next->crs.isValid())
        next->crs = added.crs;
    if (next->extent.isEmpty())
        next->extent = added.extent;
    std::vector<LayerId> ids;
    for (const MapLayer& layer : added.layers)
        ids.push_back(layer.id);
    std::move(added.layers.begin(), added.layers.end(), std::back_inserter(next->layers));
    std::move(added.errors.begin(), added.errors.end(), std::back_inserter(next->errors));
    std::move(added.warnings.begin(), added.warnings.end(), std::back_inserter(next->warnings));
    replace(std::move(next), LayersChanged | MapChanged | (ids.empty() ? 0u : LayersAdded), std::move(ids));
}

void Document::addError(LayerError error)
{
    auto next = std::make_shared<MapContent>(*m_content);
    next->errors.push_back(std::move(error));
    replace(std::move(next), MapChanged);
}

void Document::setLayout(const PrintLayout& layout)
{
    if (layout == m_content->layout)
        return;
    auto next = std::make_shared<MapContent>(*m_content);
    next->layout = layout;
    replace(std::move(next), LayoutChanged);
}

const MapLayer* Document::layer(const LayerId& id) const
{
    const std::optional<std::size_t> index = indexOf(id);
    return index ? &m_content->layers[*index] : nullptr;
}

std::optional<std::size_t> Document::indexOf(const LayerId& id) const
{
    const auto& layers = m_content->layers;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        if (layers[i].id == id && !id.isNull())
            return i;
    }
    return std::nullopt;
}

void Document::pushLayers(std::vector<MapLayer> after, const std::string& text, const LayerId& opacityOf)
{
    m_history.push(std::make_unique<LayersCommand>(*this, m_content->layers, std::move(after), text, opacityOf));
}

void Document::changeLayers(std::vector<MapLayer> after, const std::string& text)
{
    pushLayers(std::move(after), text);
}

void Document::setLayerVisible(const LayerId& id, bool visible, const std::string& text)
{
    const std::optional<std::size_t> index = indexOf(id);
    if (!index || m_content->layers[*index].visible == visible)
        return;
    auto layers = m_content->layers;
    layers[*index].visible = visible;
    pushLayers(std::move(layers), text);
}

void Document::setLayerOpacity(const LayerId& id, double opacity, const std::string& text)
{
    const std::optional<std::size_t> index = indexOf(id);
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (!index || m_content->layers[*index].opacity == opacity)
        return;
    auto layers = m_content->layers;
    layers[*index].opacity = opacity;
    pushLayers(std::move(layers), text, id);
}

void Document::moveLayer(const LayerId& id, const LayerId& target, const std::string& text)
{
    const std::optional<std::size_t> from = indexOf(id), to = indexOf(target);
    if (!from || !to || from == to)
        return;
    auto layers = m_content->layers;
    polis::moveLayer(layers, *from, *to, layers[*to].group);
    pushLayers(std::move(layers), text);
}

void Document::removeLayer(const LayerId& id, const std::string& text)
{
    const std::optional<std::size_t> index = indexOf(id);
    if (!index)
        return;
    auto layers = m_content->layers;
    layers.erase(layers.begin() + std::ptrdiff_t(*index));
    pushLayers(std::move(layers), text);
}

void Document::applyLayers(const std::vector<MapLayer>& layers)
{
    std::vector<MapLayer> next = layers;
    const auto& current = m_content->layers;
    for (MapLayer& layer : next) {
        if (const MapLayer* now = this->layer(layer.id)) { // keep the data shown now
            layer.features = now->features;
            layer.baselineFeatures = now->baselineFeatures;
            layer.selection = now->selection;
        }
    }
    bool sameRows = next.size() == current.size();
    std::vector<LayerId> changed;
    for (std::size_t i = 0; sameRows && i < next.size(); ++i) {
        sameRows = next[i].id == current[i].id && next[i].group == current[i].group;
        changed.push_back(next[i].id);
    }
    auto content = std::make_shared<MapContent>(*m_content);
    content->layers = std::move(next);
    replace(std::move(content), LayersChanged, sameRows ? changed : std::vector<LayerId>{});
}

void Document::setLayerStyle(const LayerId& id, const Style& style, const std::string& text)
{
    const MapLayer* layer = this->layer(id);
    if (!layer || !layer->features || layer->style == style)
        return;
    m_history.push(std::make_unique<StyleCommand>(*this, id, layer->style, style, text));
}

void Document::setBackground(Color background, const std::string& text)
{
    if (background == m_content->background)
        return;
    m_history.push(std::make_unique<BackgroundCommand>(*this, m_content->background, background, text));
}

void Document::applyBackground(Color background)
{
    auto next = std::make_shared<MapContent>(*m_content);
    next->background = background;
    replace(std::move(next), StyleChanged);
}

void Document::applyStyle(const LayerId& id, const Style& style)
{
    const std::optional<std::size_t> index = indexOf(id);
    if (!index)
        return;
    auto next = std::make_shared<MapContent>(*m_content);
    next->layers[*index].style = style;
    replace(std::move(next), StyleChanged, {id});
}

void Document::select(const LayerId& id, std::vector<std::uint32_t> features)
{
    const std::optional<std::size_t> index = indexOf(id);
    if (!index)
        return;
    std::sort(features.begin(), features.end());
    features.erase(std::unique(features.begin(), features.end()), features.end());
    auto next = std::make_shared<MapContent>(*m_content);
    for (MapLayer& layer : next->layers)
        layer.selection.reset();
    next->layers[*index].selection = std::make_shared<const std::vector<std::uint32_t>>(std::move(features));
    replace(std::move(next), SelectionChanged);
}

void Document::clearSelection()
{
    auto next = std::make_shared<MapContent>(*m_content);
    for (MapLayer& layer : next->layers)
        layer.selection.reset();
    replace(std::move(next), SelectionChanged);
}

std::size_t Document::selectionCount() const
{
    std::size_t count = 0;
    for (const MapLayer& layer : m_content->layers)
        count += layer.selection ? layer.selection->size() : 0;
    return count;
}

std::vector<Document::Hit> Document::identify(double x, double y, double tolerance, bool topmostOnly)
{
    std::vector<Hit> found;
    auto next = std::make_shared<MapContent>(*m_content);
    for (auto it = next->layers.rbegin(); it != next->layers.rend(); ++it) {
        MapLayer& layer = *it;
        layer.selection.reset();
        if (!layer.visible || !layer.features || (topmostOnly && !found.empty()))
            continue;
        std::vector<std::uint32_t> hits = featuresAt(*layer.features, x, y, tolerance);
        if (hits.empty())
            continue;
        if (topmostOnly)
            hits = {hits.back()}; // drawn last, so on top
        for (std::uint32_t f : hits)
            found.push_back({layer.id, f});
        layer.selection = std::make_shared<const std::vector<std::uint32_t>>(std::move(hits));
    }
    replace(std::move(next), SelectionChanged);
    return found;
}

std::int64_t Document::activeScenarioId() const
{
    const Scenario* s = findScenario(m_scenarios, m_active);
    return s ? s->id : 0;
}

void Document::showScenario(const std::string& name)
{
    adoptScenario(prepareScenario(requestScenario(name)));
}

void Document::showId(std::int64_t id)
{
    const Scenario* s = id == 0 ? nullptr : findScenario(m_scenarios, id);
    showScenario(s ? s->name : std::string(Scenario::baselineName));
}

Document::ScenarioRequest Document::requestScenario(const std::string& name) const
{
    scenarioChanges(m_scenarios, name); // throws for an unknown name
    return {m_content, m_scenarios, m_shown, name};
}

Document::ScenarioView Document::prepareScenario(const ScenarioRequest& request)
{
    ScenarioView view{request.name, scenarioChanges(request.scenarios, request.name), request.shown, {}};
    for (const MapLayer& layer : request.content->layers) {
        const ChangeSet::LayerChanges* now = view.changes.layer(layer.name);
        const ChangeSet::LayerChanges* before = request.shown.layer(layer.name);
        const std::shared_ptr<const FeatureStore> base = layer.baselineFeatures ? layer.baselineFeatures : layer.features;
        if (!base || (!now && !before) || (now && before && *now == *before))
            continue;
        ScenarioView::Layer entry{layer.id, base, nullptr};
        if (now) {
            ChangeSet only;
            for (const auto& [fid, change] : *now)
                only.set(layer.name, fid, change);
            MapLayer baseline = layer;
            baseline.features = base;
            entry.shown = applyChanges({baseline}, only).front().features;
        }
        view.layers.push_back(std::move(entry));
    }
    return view;
}

bool Document::adoptScenario(const ScenarioView& view)
{
    const Scenario* scenario = findScenario(m_scenarios, view.name);
    const bool known = scenario || view.name == Scenario::baselineName;
    if (!known || !(m_shown == view.from) || !(scenarioChanges(m_scenarios, view.name) == view.changes))
        return false;
    auto next = std::make_shared<MapContent>(*m_content);
    next->scenarios = m_scenarios;
    std::vector<LayerId> rebuilt;
    for (const ScenarioView::Layer& entry : view.layers) {
        for (MapLayer& layer : next->layers) {
            const auto base = layer.baselineFeatures ? layer.baselineFeatures : layer.features;
            if (layer.id != entry.id || base != entry.baseline)
                continue;
            layer.features = entry.shown ? entry.shown : entry.baseline;
            layer.baselineFeatures = entry.shown ? entry.baseline : nullptr;
            rebuilt.push_back(layer.id);
        }
    }
    unsigned changes = ScenarioChanged;
    if (!rebuilt.empty()) { // the selection may name features the edit removed or changed
        for (MapLayer& layer : next->layers)
            layer.selection.reset();
        changes |= SelectionChanged;
    }
    m_shown = view.changes;
    m_active = view.name;
    replace(std::move(next), changes, std::move(rebuilt));
    return true;
}

void Document::editScenarios(const std::vector<ScenarioMaker>& makers, const std::string& text, std::int64_t redoShows,
                             std::int64_t undoShows)
{
    if (makers.empty())
        return;
    std::unique_ptr<UndoCommand> first = makers.front()(m_scenarios); // may refuse: nothing recorded
    std::vector<ScenarioMaker> rest(makers.begin() + 1, makers.end());
    m_history.push(std::make_unique<ScenarioEdit>(*this, std::move(first), std::move(rest), text, redoShows, undoShows));
}

MapContent Document::baselineContent() const
{
    MapContent baseline = *m_content;
    for (MapLayer& layer : baseline.layers) {
        if (layer.baselineFeatures)
            layer.features = std::exchange(layer.baselineFeatures, nullptr);
    }
    return baseline;
}

} // namespace polis
