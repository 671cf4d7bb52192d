#include "document/map_document.hpp"

#include "document/layer_list_model.hpp"
#include "jobs/worker_pool.hpp"
#include "tools/attribute_form.hpp"
#include "layers/core/error.hpp"
#include "layers/map/project.hpp"
#include "layers/map/recovery.hpp"

#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace polis {
namespace {

QRectF toRect(const Extent& e)
{
    return e.isEmpty() ? QRectF() : QRectF(e.xmin, e.ymin, e.width(), e.height());
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

} // namespace

MapDocument::MapDocument(QObject* parent) : QObject(parent), m_layers(new LayerListModel(this))
{
    m_engine.setListener([this](unsigned changes, const std::vector<LayerId>& layers) { onEngineChange(changes, layers); });
}

MapDocument::~MapDocument()
{
    m_engine.setListener({});
}

void MapDocument::onEngineChange(unsigned changes, const std::vector<LayerId>& layers)
{
    if (changes & MapChanged) {
        const Crs& crs = content()->crs;
        m_toWgs84.reset();
        try {
            if (crs.isValid())
                m_toWgs84 = std::make_unique<Transform>(crs, Crs::fromEpsg(4326));
        } catch (const CrsError&) {
            // No geographic coordinates in the status bar for this CRS.
        }
    }
    if (changes & (LayersChanged | StyleChanged | ScenarioChanged | MapChanged)) {
        if (layers.empty() && (changes & (LayersChanged | MapChanged)))
            m_layers->reset();
        else
            m_layers->rowsChanged(layers);
    }
    emit changed(changes);
    if (changes & MapChanged)
        emit mapChanged();
    if (changes & LayersChanged)
        emit layersChanged();
    if (changes & StyleChanged)
        emit styleChanged();
    if (changes & SelectionChanged)
        emit selectionChanged();
    if (changes & ScenarioChanged)
        emit scenarioChanged();
    if (changes & HistoryChanged)
        emit undoStateChanged();
}

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
    return isProjectPath(utf8(localPath(pathOrUrl)));
}

/// Runs `work` (returning a MapContent) on the worker pool and hands its result to `done` on the GUI thread,
/// unless another map was opened meanwhile (`newMap` starts a new generation: earlier loads are dropped).
template <class Result, class Work, class Done> void MapDocument::runLoad(Work&& work, Done&& done, bool newMap)
{
    m_loading = true;
    emit loadingChanged();
    const quint64 generation = newMap ? ++m_loadGeneration : m_loadGeneration;
    QPointer<MapDocument> self(this);
    QtConcurrent::run(&workerPool(), std::forward<Work>(work))
        .then(this, [self, generation, done = std::forward<Done>(done)](Result content) mutable {
            if (!self || generation != self->m_loadGeneration)
                return;
            self->m_loading = false;
            done(std::move(content));
            emit self->loadingChanged();
        });
}

void MapDocument::reload()
{
    if (m_source.isEmpty())
        return;
    runLoad<std::shared_ptr<const MapContent>>([spec = utf8(m_source)] { return std::make_shared<const MapContent>(loadSources({spec})); },
            [this](std::shared_ptr<const MapContent> content) {
                if (content->errors.empty() && isProject())
                    rememberProject(m_source);
                m_engine.open(std::move(content));
            },
            true);
}

void MapDocument::setMapCrs(int epsg)
{
    runLoad<std::shared_ptr<const MapContent>>([map = content(), epsg]() -> std::shared_ptr<const MapContent> {
                try {
                    return std::make_shared<const MapContent>(reprojectMap(*map, Crs::fromEpsg(epsg)));
                } catch (const Error& e) {
                    auto unchanged = std::make_shared<MapContent>(*map);
                    unchanged->errors.push_back({"EPSG:" + std::to_string(epsg), e.what()});
                    return unchanged;
                }
            },
            [this](std::shared_ptr<const MapContent> content) { m_engine.reprojected(std::move(content)); }, true);
}

void MapDocument::addSources(const QStringList& paths)
{
    std::vector<std::string> specs;
    for (const QString& p : paths)
        specs.push_back(utf8(localPath(p)));
    if (specs.empty())
        return;
    // A map opened meanwhile does not get these layers (same generation).
    runLoad<MapContent>([specs, crs = content()->crs] { return loadSources(specs, crs); },
            [this](MapContent added) { m_engine.addLayers(std::move(added)); }, false);
}

QStringList MapDocument::scenarios() const
{
    QStringList names{QString::fromUtf8(Scenario::baselineName)};
    for (const Scenario& scenario : m_engine.scenarios())
        names << QString::fromStdString(scenario.name);
    return names;
}

void MapDocument::setActiveScenario(const QString& name)
{
    if (utf8(name) == m_engine.activeScenario())
        return;
    try {
        m_engine.showScenario(utf8(name));
    } catch (const Error& e) {
        m_engine.addError({utf8(name), e.what()});
    }
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
    const Extent extent = view.isNull() ? content()->extent
                                        : Extent::of(view.left(), view.top(), view.right(), view.bottom());
    try {
        toProject(*content(), utf8(file), extent).save(utf8(file));
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    m_engine.markSaved();
    discardRecovery(utf8(file));
    rememberProject(file);
    return {};
}

QString MapDocument::title() const
{
    return QString::fromStdString(content()->title);
}

QString MapDocument::crs() const
{
    return content()->crs.isValid() ? QString::fromStdString(content()->crs.displayId()) : QString();
}

QStringList MapDocument::errors() const
{
    QStringList list;
    for (const LayerError& e : content()->errors)
        list << QString::fromStdString(e.message);
    return list;
}

void MapDocument::setLayerVisible(const QString& layerId, bool visible)
{
    const LayerId id(utf8(layerId));
    if (const MapLayer* layer = m_engine.layer(id)) {
        const QString name = QString::fromStdString(layer->name);
        m_engine.setLayerVisible(id, visible, utf8(visible ? tr("Show %1").arg(name) : tr("Hide %1").arg(name)));
    }
}

void MapDocument::setLayerOpacity(const QString& layerId, double opacity)
{
    const LayerId id(utf8(layerId));
    if (const MapLayer* layer = m_engine.layer(id))
        m_engine.setLayerOpacity(id, opacity, utf8(tr("Change the opacity of %1").arg(QString::fromStdString(layer->name))));
}

void MapDocument::moveLayer(const QString& layerId, const QString& targetId)
{
    const LayerId id(utf8(layerId));
    if (const MapLayer* layer = m_engine.layer(id))
        m_engine.moveLayer(id, LayerId(utf8(targetId)), utf8(tr("Move %1").arg(QString::fromStdString(layer->name))));
}

void MapDocument::removeLayer(const QString& layerId)
{
    const LayerId id(utf8(layerId));
    if (const MapLayer* layer = m_engine.layer(id))
        m_engine.removeLayer(id, utf8(tr("Remove %1").arg(QString::fromStdString(layer->name))));
}

void MapDocument::setLayerStyle(const LayerId& id, const Style& style)
{
    if (const MapLayer* layer = m_engine.layer(id))
        m_engine.setLayerStyle(id, style, utf8(tr("Change the style of %1").arg(QString::fromStdString(layer->name))));
}

QRectF MapDocument::layerExtent(const QString& layerId) const
{
    const MapLayer* layer = m_engine.layer(LayerId(utf8(layerId)));
    if (!layer)
        return {};
    if (layer->features)
        return toRect(layer->features->extent());
    const Crs& crs = content()->crs;
    if (layer->raster && layer->raster->info().crs.isValid() && crs.isValid())
        return toRect(Transform(layer->raster->info().crs, crs).apply(layer->raster->info().extent));
    return {};
}

QRectF MapDocument::fullExtent() const
{
    return toRect(content()->extent);
}

QVariantList MapDocument::identify(double x, double y, double tolerance, bool topmostOnly)
{
    QVariantList found;
    const std::vector<Document::Hit> hits = m_engine.identify(x, y, tolerance, topmostOnly);
    for (const Document::Hit& hit : hits) {
        const MapLayer& layer = *m_engine.layer(hit.layer);
        const FeatureStore& store = *layer.features;
        QVariantList attributes;
        for (std::size_t field = 0; field < store.fields().size(); ++field) {
            attributes.append(QVariantMap{{"name", QString::fromStdString(store.fields()[field].name)},
                                          {"value", attributeToVariant(store.attribute(hit.feature, field))}});
        }
        found.append(QVariantMap{{"layer", QString::fromStdString(layer.name)},
                                 {"layerId", QString::fromStdString(hit.layer.str())},
                                 {"fid", qlonglong(store.fid(hit.feature))},
                                 {"attributes", attributes}});
    }
    return found;
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
