#include "document/map_document.hpp"

#include "tools/attribute_form.hpp"
#include "document/layer_list_model.hpp"
#include "document/layers_command.hpp"
#include "document/scenario_snapshots.hpp"
#include "document/style_command.hpp"
#include "jobs/worker_pool.hpp"
#include "layers/core/error.hpp"
#include "layers/core/hit_test.hpp"
#include "layers/map/layer_groups.hpp"
#include "layers/map/project.hpp"
#include "layers/map/recovery.hpp"
#include "layers/map/scenario_layers.hpp"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <utility>

namespace polis {
namespace {

QRectF toRect(const Extent& e)
{
    return e.isEmpty() ? QRectF() : QRectF(e.xmin, e.ymin, e.width(), e.height());
}

} // namespace

MapDocument::MapDocument(QObject* parent)
    : QObject(parent),
      m_content(std::make_shared<const MapContent>()),
      m_layers(new LayerListModel(this)),
      m_snapshots(std::make_unique<ScenarioSnapshots>())
{
    connect(&m_undo, &QUndoStack::indexChanged, this, &MapDocument::undoStateChanged);
    connect(&m_undo, &QUndoStack::cleanChanged, this, &MapDocument::undoStateChanged);
    connect(&m_undo, &QUndoStack::cleanChanged, this, &MapDocument::modifiedChanged);
}

MapDocument::~MapDocument() = default;

QString MapDocument::localPath(const QString& pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String("file:")) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl;
}

void MapDocument::setSource(const QString& path)
{
    const QString source = localPath(path);
    if (source == m_source)
        return;
    m_source = source;
    emit sourceChanged();
    reload();
}

bool MapDocument::isProject() const
{
    return isProjectFile(m_source);
}

bool MapDocument::isProjectFile(const QString& pathOrUrl) const
{
    return isProjectPath(localPath(pathOrUrl).toStdString());
}

void MapDocument::reload()
{
    if (m_source.isEmpty())
        return;
    m_loading = true;
    emit loadingChanged();
    const quint64 generation = ++m_loadGeneration;
    const std::string spec = m_source.toStdString();
    QPointer<MapDocument> self(this);
    // Loading reads files with GDAL: never on the GUI thread.
    QtConcurrent::run(&workerPool(), [spec] { return std::make_shared<const MapContent>(loadSources({spec})); })
        .then(this, [self, generation](std::shared_ptr<const MapContent> content) {
            if (!self || generation != self->m_loadGeneration)
                return;
            self->m_loading = false;
            self->m_activeScenario = QStringLiteral("baseline");
            emit self->activeScenarioChanged();
            if (content->errors.empty() && self->isProject())
                self->rememberProject(self->m_source);
            self->m_undo.clear(); // its commands refer to m_scenarios
            self->m_scenarios = content->scenarios;
            self->m_shown = ChangeSet();
            self->replace(std::move(content));
            self->m_layers->reset();
            emit self->loadingChanged();
        });
}

QStringList MapDocument::scenarios() const
{
    QStringList names{QStringLiteral("baseline")};
    for (const Scenario& scenario : m_content->scenarios)
        names << QString::fromStdString(scenario.name);
    return names;
}

void MapDocument::setActiveScenario(const QString& name)
{
    if (name == m_activeScenario || !show(name))
        return;
    m_activeScenario = name;
    m_layers->reset();
    emit activeScenarioChanged();
}

std::int64_t MapDocument::activeScenarioId() const
{
    const Scenario* s = findScenario(m_scenarios, m_activeScenario.toStdString());
    return s ? s->id : 0;
}

void MapDocument::showScenario(std::int64_t id)
{
    const Scenario* s = id == 0 ? nullptr : findScenario(m_scenarios, id);
    const QString name = s ? QString::fromStdString(s->name) : QStringLiteral("baseline");
    if (!show(name))
        return;
    if (name != m_activeScenario) {
        m_activeScenario = name;
        emit activeScenarioChanged();
    }
}

/// Shows scenario `name` of m_scenarios: layers keep visibility, opacity and style; a layer whose changes
/// differ from the shown ones is rebuilt from its baseline store. False (error reported) for an unknown name.
bool MapDocument::show(const QString& name)
{
    auto next = std::make_shared<MapContent>(*m_content);
    next->scenarios = m_scenarios;
    const ChangeSet* changes = nullptr;
    try {
        changes = &scenarioChanges(m_scenarios, name.toStdString());
    } catch (const Error& e) {
        next->errors.push_back({name.toStdString(), e.what()});
        replace(std::move(next));
        return false;
    }
    std::vector<int> rebuilt;
    for (std::size_t i = 0; i < next->layers.size(); ++i) {
        MapLayer& layer = next->layers[i];
        const ChangeSet::LayerChanges* now = changes->layer(layer.name);
        const ChangeSet::LayerChanges* before = m_shown.layer(layer.name);
        const std::shared_ptr<const FeatureStore> base = layer.baselineFeatures ? layer.baselineFeatures : layer.features;
        if (!base || (!now && !before) || (now && before && *now == *before))
            continue;
        layer.features = base;
        layer.baselineFeatures = nullptr;
        if (now) {
            ChangeSet only;
            for (const auto& [fid, change] : *now)
                only.set(layer.name, fid, change);
            layer.features = applyChanges({layer}, only).front().features;
            layer.baselineFeatures = base;
        }
        rebuilt.push_back(indexOfRow(int(i)));
    }
    if (!rebuilt.empty()) { // the selection may name features the edit removed or changed
        for (MapLayer& layer : next->layers)
            layer.selection.reset();
    }
    m_shown = *changes;
    replace(std::move(next));
    for (int row : rebuilt)
        m_layers->rowChanged(row);
    return true;
}

MapContent MapDocument::baselineContent() const
{
    MapContent baseline = *m_content;
    for (MapLayer& layer : baseline.layers) {
        if (layer.baselineFeatures)
            layer.features = std::exchange(layer.baselineFeatures, nullptr);
    }
    return baseline;
}

std::shared_ptr<const MapContent> MapDocument::scenarioContent(const QString& name, const QString& a)
{
    const MapContent baseline = baselineContent();
    return a.isEmpty() ? m_snapshots->scenario(baseline, name.toStdString())
                       : m_snapshots->difference(baseline, a.toStdString(), name.toStdString());
}

void MapDocument::restoreUnsaved(std::shared_ptr<const MapContent> content)
{
    m_activeScenario = QStringLiteral("baseline");
    emit activeScenarioChanged();
    m_scenarios = content->scenarios;
    m_shown = ChangeSet(); // the recovered layers are the baseline's
    replace(std::move(content));
    m_undo.clear();
    m_undo.resetClean(); // nothing to undo, yet not saved
    m_layers->reset();
}

QStringList MapDocument::recentProjects() const
{
    QStringList existing;
    for (const QString& path : QSettings().value(QStringLiteral("recentProjects")).toStringList()) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void MapDocument::rememberProject(const QString& path)
{
    QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(QStringLiteral("recentProjects"), recent.mid(0, 8));
    emit recentProjectsChanged();
}

QString MapDocument::save(const QString& path, const QRectF& view)
{
    QString file = localPath(path);
    if (!file.endsWith(QLatin1String(".polis")))
        file += QStringLiteral(".polis");
    const Extent extent = view.isNull() ? m_content->extent
                                        : Extent::of(view.left(), view.top(), view.right(), view.bottom());
    try {
        toProject(*m_content, file.toStdString(), extent).save(file.toStdString());
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    m_undo.setClean();
    discardRecovery(file.toStdString());
    rememberProject(file);
    return {};
}

void MapDocument::setMapCrs(int epsg)
{
    m_loading = true;
    emit loadingChanged();
    const quint64 generation = ++m_loadGeneration;
    QPointer<MapDocument> self(this);
    QtConcurrent::run(&workerPool(), [map = m_content, epsg]() -> std::shared_ptr<const MapContent> {
        try {
            return std::make_shared<const MapContent>(reprojectMap(*map, Crs::fromEpsg(epsg)));
        } catch (const Error& e) {
            auto unchanged = std::make_shared<MapContent>(*map);
            unchanged->errors.push_back({"EPSG:" + std::to_string(epsg), e.what()});
            return unchanged;
        }
    }).then(this, [self, generation](std::shared_ptr<const MapContent> content) {
        if (!self || generation != self->m_loadGeneration)
            return;
        self->m_loading = false;
        const QString scenario = std::exchange(self->m_activeScenario, QStringLiteral("baseline"));
        self->replace(std::move(content)); // reprojectMap shows the baseline...
        self->m_undo.clear(); // its commands hold geometries in the old CRS
        self->m_undo.resetClean(); // nothing to undo, yet not saved in this CRS
        self->m_scenarios = self->m_content->scenarios; // reprojected with the layers
        self->m_shown = ChangeSet();                     // the new layers are the baseline's
        self->m_layers->reset();
        self->setActiveScenario(scenario); // ...so the scenario is applied again
        emit self->loadingChanged();
    });
}

void MapDocument::addSources(const QStringList& paths)
{
    std::vector<std::string> specs;
    for (const QString& p : paths)
        specs.push_back(localPath(p).toStdString());
    if (specs.empty())
        return;
    m_loading = true;
    emit loadingChanged();
    const Crs crs = m_content->crs;
    const quint64 generation = m_loadGeneration; // a map opened meanwhile does not get these layers
    QPointer<MapDocument> self(this);
    QtConcurrent::run(&workerPool(), [specs, crs] { return loadSources(specs, crs); })
        .then(this, [self, generation](MapContent added) {
        if (!self || generation != self->m_loadGeneration)
            return;
        auto next = std::make_shared<MapContent>(*self->m_content);
        if (!next->crs.isValid())
            next->crs = added.crs;
        if (next->extent.isEmpty())
            next->extent = added.extent;
        std::move(added.layers.begin(), added.layers.end(), std::back_inserter(next->layers));
        std::move(added.errors.begin(), added.errors.end(), std::back_inserter(next->errors));
        self->m_loading = false;
        self->replace(std::move(next));
        self->m_layers->reset();
        emit self->loadingChanged();
    });
}

QString MapDocument::title() const
{
    return QString::fromStdString(m_content->title);
}

QString MapDocument::crs() const
{
    return m_content->crs.isValid() ? QString::fromStdString(m_content->crs.displayId()) : QString();
}

QStringList MapDocument::errors() const
{
    QStringList list;
    for (const LayerError& e : m_content->errors)
        list << QString::fromStdString(e.message);
    return list;
}

int MapDocument::selectionCount() const
{
    int count = 0;
    for (const MapLayer& l : m_content->layers)
        count += l.selection ? int(l.selection->size()) : 0;
    return count;
}

int MapDocument::indexOfRow(int row) const
{
    return int(m_content->layers.size()) - 1 - row;
}

void MapDocument::replace(std::shared_ptr<const MapContent> content)
{
    const bool newCrs = !content->crs.isSame(m_content->crs) || (content->crs.isValid() && !m_toWgs84);
    m_content = std::move(content);
    if (newCrs) {
        m_toWgs84.reset();
        try {
            if (m_content->crs.isValid())
                m_toWgs84 = std::make_unique<Transform>(m_content->crs, Crs::fromEpsg(4326));
        } catch (const CrsError&) {
            // No geographic coordinates in the status bar for this CRS.
        }
    }
    emit contentChanged();
}

template <class Change> void MapDocument::changeLayer(int row, Change&& change)
{
    const int index = indexOfRow(row);
    if (row < 0 || index < 0)
        return;
    auto next = std::make_shared<MapContent>(*m_content); // layers share their features: a cheap copy
    change(next->layers[std::size_t(index)]);
    replace(std::move(next));
    m_layers->rowChanged(row);
}

void MapDocument::setLayerVisible(int row, bool visible)
{
    const MapLayer* layer = layerAt(row);
    if (!layer || layer->visible == visible)
        return;
    auto layers = m_content->layers;
    layers[std::size_t(indexOfRow(row))].visible = visible;
    const QString name = QString::fromStdString(layer->name);
    pushLayers(std::move(layers), visible ? tr("Show %1").arg(name) : tr("Hide %1").arg(name));
}

void MapDocument::pushLayers(std::vector<MapLayer> after, const QString& text, const void* opacityOf)
{
    m_undo.push(new LayersCommand(this, m_content->layers, std::move(after), text, opacityOf));
}

void MapDocument::setLayers(std::vector<MapLayer> layers)
{
    const auto& before = m_content->layers;
    bool sameRows = layers.size() == before.size();
    for (std::size_t i = 0; sameRows && i < layers.size(); ++i)
        sameRows = LayersCommand::key(layers[i]) == LayersCommand::key(before[i]) && layers[i].group == before[i].group;
    auto next = std::make_shared<MapContent>(*m_content);
    next->layers = std::move(layers);
    replace(std::move(next));
    if (!sameRows) {
        m_layers->reset();
        return;
    }
    for (int row = 0; row < int(m_content->layers.size()); ++row)
        m_layers->rowChanged(row);
}

void MapDocument::setLayout(const PrintLayout& layout)
{
    if (layout == m_content->layout)
        return;
    auto next = std::make_shared<MapContent>(*m_content);
    next->layout = layout;
    replace(std::move(next));
}

void MapDocument::setLayerStyle(int row, const Style& style)
{
    const MapLayer* layer = layerAt(row);
    if (!layer || !layer->features || layer->style == style)
        return;
    // The baseline's store identifies the layer in every scenario (a scenario's store is rebuilt by edits).
    const auto identity = layer->baselineFeatures ? layer->baselineFeatures : layer->features;
    m_undo.push(new StyleCommand(this, identity, layer->style, style, QString::fromStdString(layer->name)));
}

void MapDocument::applyStyle(const FeatureStore& store, const Style& style)
{
    for (std::size_t i = 0; i < m_content->layers.size(); ++i) {
        const MapLayer& layer = m_content->layers[i];
        if (layer.features.get() == &store || layer.baselineFeatures.get() == &store)
            changeLayer(indexOfRow(int(i)), [&style](MapLayer& l) { l.style = style; });
    }
}

void MapDocument::setLayerOpacity(int row, double opacity)
{
    const MapLayer* layer = layerAt(row);
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (!layer || layer->opacity == opacity)
        return;
    auto layers = m_content->layers;
    layers[std::size_t(indexOfRow(row))].opacity = opacity;
    pushLayers(std::move(layers), tr("Change the opacity of %1").arg(QString::fromStdString(layer->name)),
               LayersCommand::key(*layer));
}

void MapDocument::moveLayer(int from, int to)
{
    const MapLayer* moved = layerAt(from);
    const MapLayer* target = layerAt(to);
    if (!moved || !target || from == to)
        return;
    auto layers = m_content->layers;
    polis::moveLayer(layers, std::size_t(indexOfRow(from)), std::size_t(indexOfRow(to)), target->group);
    pushLayers(std::move(layers), tr("Move %1").arg(QString::fromStdString(moved->name)));
}

void MapDocument::removeLayer(int row)
{
    const MapLayer* layer = layerAt(row);
    if (!layer)
        return;
    auto layers = m_content->layers;
    layers.erase(layers.begin() + indexOfRow(row));
    pushLayers(std::move(layers), tr("Remove %1").arg(QString::fromStdString(layer->name)));
}

QRectF MapDocument::layerExtent(int row) const
{
    const int index = indexOfRow(row);
    if (row < 0 || index < 0)
        return {};
    const MapLayer& layer = m_content->layers[std::size_t(index)];
    if (layer.features)
        return toRect(layer.features->extent());
    if (layer.raster && layer.raster->info().crs.isValid() && m_content->crs.isValid())
        return toRect(Transform(layer.raster->info().crs, m_content->crs).apply(layer.raster->info().extent));
    return {};
}

QRectF MapDocument::fullExtent() const
{
    return toRect(m_content->extent);
}

QVariantList MapDocument::identify(double x, double y, double tolerance, bool topmostOnly)
{
    QVariantList found;
    auto next = std::make_shared<MapContent>(*m_content);
    for (int index = int(next->layers.size()) - 1; index >= 0; --index) {
        MapLayer& layer = next->layers[std::size_t(index)];
        layer.selection.reset();
        if (!layer.visible || !layer.features)
            continue;
        std::vector<std::uint32_t> hits = featuresAt(*layer.features, x, y, tolerance);
        if (hits.empty() || (topmostOnly && !found.isEmpty()))
            continue;
        if (topmostOnly)
            hits = {hits.back()}; // drawn last, so on top
        const FeatureStore& store = *layer.features;
        for (std::uint32_t f : hits) {
            QVariantList attributes;
            for (std::size_t field = 0; field < store.fields().size(); ++field) {
                attributes.append(QVariantMap{{"name", QString::fromStdString(store.fields()[field].name)},
                                              {"value", attributeToVariant(store.attribute(f, field))}});
            }
            found.append(QVariantMap{{"layer", QString::fromStdString(layer.name)},
                                     {"row", indexOfRow(index)},
                                     {"fid", qlonglong(store.fid(f))},
                                     {"attributes", attributes}});
        }
        layer.selection = std::make_shared<const std::vector<std::uint32_t>>(std::move(hits));
    }
    replace(std::move(next));
    return found;
}

const MapLayer* MapDocument::layerAt(int row) const
{
    const int index = indexOfRow(row);
    return row < 0 || index < 0 ? nullptr : &m_content->layers[std::size_t(index)];
}

void MapDocument::setSelection(int row, std::vector<std::uint32_t> features)
{
    const int index = indexOfRow(row);
    if (row < 0 || index < 0)
        return;
    std::sort(features.begin(), features.end());
    features.erase(std::unique(features.begin(), features.end()), features.end());
    auto next = std::make_shared<MapContent>(*m_content);
    for (MapLayer& layer : next->layers)
        layer.selection.reset();
    next->layers[std::size_t(index)].selection = std::make_shared<const std::vector<std::uint32_t>>(std::move(features));
    replace(std::move(next));
}

void MapDocument::clearSelection()
{
    auto next = std::make_shared<MapContent>(*m_content);
    for (MapLayer& layer : next->layers)
        layer.selection.reset();
    replace(std::move(next));
}

QPointF MapDocument::toWgs84(double x, double y) const
{
    if (!m_toWgs84)
        return {std::nan(""), std::nan("")};
    double xy[2] = {x, y};
    m_toWgs84->apply(xy, 1);
    return {xy[0], xy[1]};
}

} // namespace polis
