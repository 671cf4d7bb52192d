#include "map_document.hpp"

#include "layer_list_model.hpp"
#include "scenario_snapshots.hpp"
#include "style_command.hpp"
#include "layers/core/error.hpp"
#include "layers/core/hit_test.hpp"
#include "layers/io/project.hpp"
#include "layers/io/recovery.hpp"
#include "layers/scenario/scenario_layers.hpp"

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

QVariant toVariant(const AttributeValue& v)
{
    if (std::holds_alternative<std::int64_t>(v))
        return qlonglong(std::get<std::int64_t>(v));
    if (std::holds_alternative<double>(v))
        return std::get<double>(v);
    if (std::holds_alternative<std::string>(v))
        return QString::fromStdString(std::get<std::string>(v));
    return {};
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
    QtConcurrent::run([spec] { return std::make_shared<const MapContent>(loadSources({spec})); })
        .then(this, [self, generation](std::shared_ptr<const MapContent> content) {
            if (!self || generation != self->m_loadGeneration)
                return;
            self->m_loading = false;
            self->m_activeScenario = QStringLiteral("baseline");
            emit self->activeScenarioChanged();
            if (content->errors.empty() && self->isProject())
                self->rememberProject(self->m_source);
            self->replace(std::move(content));
            self->m_undo.clear();
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
    if (name == m_activeScenario)
        return;
    // Back to the baseline's stores first; the layers keep their visibility, opacity and style.
    MapContent baseline = baselineContent();
    std::vector<MapLayer> shown;
    try {
        shown = scenarioLayers(baseline, name.toStdString());
    } catch (const Error& e) {
        auto next = std::make_shared<MapContent>(*m_content);
        next->errors.push_back({name.toStdString(), e.what()});
        replace(std::move(next));
        return;
    }
    for (std::size_t i = 0; i < shown.size() && i < baseline.layers.size(); ++i) {
        if (shown[i].features != baseline.layers[i].features)
            shown[i].baselineFeatures = baseline.layers[i].features;
    }
    auto next = std::make_shared<MapContent>(std::move(baseline));
    next->layers = std::move(shown);
    m_activeScenario = name;
    replace(std::move(next));
    m_layers->reset();
    emit activeScenarioChanged();
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
    QPointer<MapDocument> self(this);
    QtConcurrent::run([specs, crs] { return loadSources(specs, crs); }).then(this, [self](MapContent added) {
        if (!self)
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
    changeLayer(row, [visible](MapLayer& l) { l.visible = visible; });
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
    m_undo.push(new StyleCommand(this, layer->features, layer->style, style, QString::fromStdString(layer->name)));
}

void MapDocument::applyStyle(const FeatureStore& store, const Style& style)
{
    for (std::size_t i = 0; i < m_content->layers.size(); ++i) {
        if (m_content->layers[i].features.get() == &store)
            changeLayer(indexOfRow(int(i)), [&style](MapLayer& l) { l.style = style; });
    }
}

void MapDocument::setLayerOpacity(int row, double opacity)
{
    changeLayer(row, [opacity](MapLayer& l) { l.opacity = std::clamp(opacity, 0.0, 1.0); });
}

void MapDocument::moveLayer(int from, int to)
{
    const int count = int(m_content->layers.size());
    if (from < 0 || to < 0 || from >= count || to >= count || from == to)
        return;
    auto next = std::make_shared<MapContent>(*m_content);
    auto& layers = next->layers;
    const auto source = layers.begin() + indexOfRow(from);
    const auto target = layers.begin() + indexOfRow(to);
    if (source < target)
        std::rotate(source, source + 1, target + 1);
    else
        std::rotate(target, source, source + 1);
    replace(std::move(next));
    m_layers->reset();
}

void MapDocument::removeLayer(int row)
{
    const int index = indexOfRow(row);
    if (row < 0 || index < 0)
        return;
    auto next = std::make_shared<MapContent>(*m_content);
    next->layers.erase(next->layers.begin() + index);
    replace(std::move(next));
    m_layers->reset();
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

QVariantList MapDocument::identify(double x, double y, double tolerance)
{
    QVariantList found;
    auto next = std::make_shared<MapContent>(*m_content);
    for (int index = int(next->layers.size()) - 1; index >= 0; --index) {
        MapLayer& layer = next->layers[std::size_t(index)];
        layer.selection.reset();
        if (!layer.visible || !layer.features)
            continue;
        std::vector<std::uint32_t> hits = featuresAt(*layer.features, x, y, tolerance);
        if (hits.empty())
            continue;
        const FeatureStore& store = *layer.features;
        for (std::uint32_t f : hits) {
            QVariantList attributes;
            for (std::size_t field = 0; field < store.fields().size(); ++field) {
                attributes.append(QVariantMap{{"name", QString::fromStdString(store.fields()[field].name)},
                                              {"value", toVariant(store.attribute(f, field))}});
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
