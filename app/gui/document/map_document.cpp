#include "document/map_document.hpp"

#include "document/layer_list_model.hpp"
#include "document/project_files.hpp"
#include "document/scenario_views.hpp"
#include "jobs/worker_pool.hpp"
#include "tools/attribute_form.hpp"
#include "layers/core/error.hpp"
#include "layers/map/project.hpp"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace polis {
namespace {

// Until the window asks before opening them (issue 18), a project's layers in other folders open and its
// network sources (web, other hosts' databases) never do: the layer list reports them as not opened.
constexpr SourceTrust kWindowTrust{false, true};

QRectF toRect(const Extent& e)
{
    return e.isEmpty() ? QRectF() : QRectF(e.xmin, e.ymin, e.width(), e.height());
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QStringList messages(const std::vector<LayerError>& problems)
{
    QStringList list;
    for (const LayerError& e : problems)
        list << QString::fromStdString(e.message);
    return list;
}

} // namespace

MapDocument::MapDocument(QObject* parent)
    : QObject(parent), m_layers(new LayerListModel(this)), m_saves(new ProjectSaves(this)),
      m_views(new ScenarioViews(m_engine, this))
{
    connect(m_saves, &ProjectSaves::finished, this, &MapDocument::onSaved);
    connect(m_saves, &ProjectSaves::busyChanged, this, &MapDocument::savedChanged);
    m_engine.setListener([this](unsigned changes, const std::vector<LayerId>& layers) { onEngineChange(changes, layers); });
}

MapDocument::~MapDocument()
{
    m_engine.setListener({});
}

void MapDocument::onEngineChange(unsigned changes, const std::vector<LayerId>& layers)
{
    if ((changes & MapChanged) && !(content()->crs.isSame(m_wgsFrom) && (m_toWgs84 || !m_wgsFrom.isValid()))) {
        const Crs& crs = content()->crs;
        m_wgsFrom = crs;
        m_toWgs84.reset();
        try {
            if (crs.isValid())
                m_toWgs84 = std::make_unique<Transform>(crs, Crs::fromEpsg(4326));
        } catch (const CrsError&) {
            // No geographic coordinates in the status bar for this CRS.
        }
    }
    if (changes & LayersAdded) {
        m_layers->rowsAdded(int(layers.size())); // on top: the panel's first rows
    } else if (changes & (LayersChanged | StyleChanged | ScenarioChanged | MapChanged)) {
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

void MapDocument::setSource(const QString& path)
{
    const QString source = localPath(path);
    if (source == m_source)
        return;
    m_source = source;
    emit sourceChanged();
    load(std::nullopt);
}

bool MapDocument::isProject() const
{
    return isProjectFile(m_source);
}

bool MapDocument::isProjectFile(const QString& pathOrUrl) const
{
    return isProjectPath(utf8(localPath(pathOrUrl)));
}

bool MapDocument::fileExists(const QString& pathOrUrl) const
{
    return QFileInfo::exists(localPath(pathOrUrl));
}

QString MapDocument::saveFolder() const
{
    const QStringList recent = recentProjects();
    const QString project = isProject() ? m_source : recent.isEmpty() ? QString() : recent.front();
    if (!project.isEmpty())
        return QFileInfo(project).absolutePath();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void MapDocument::newProject()
{
    ++m_loadGeneration; // loads of the previous map still running are dropped
    m_running = 0;
    emit loadingChanged();
    m_pendingScenario.clear();
    m_source.clear();
    emit sourceChanged();
    m_engine.open(std::make_shared<const MapContent>());
}

/// Runs `work` (returning a MapContent) on the worker pool and hands its result to `done` on the GUI thread,
/// unless another map was opened meanwhile (`newMap` starts a new generation: earlier loads are dropped).
template <class Result, class Work, class Done> void MapDocument::runLoad(Work&& work, Done&& done, bool newMap)
{
    if (newMap)
        m_running = 0; // the jobs of the previous map are dropped
    ++m_running;
    emit loadingChanged();
    const quint64 generation = newMap ? ++m_loadGeneration : m_loadGeneration;
    QPointer<MapDocument> self(this);
    QtConcurrent::run(&workerPool(), std::forward<Work>(work))
        .then(this, [self, generation, done = std::forward<Done>(done)](Result content) mutable {
            if (!self || generation != self->m_loadGeneration)
                return;
            done(std::move(content));
            if (--self->m_running == 0)
                emit self->loadingChanged();
        });
}

void MapDocument::reload()
{
    load(activeScenario());
}

void MapDocument::load(const std::optional<QString>& keepScenario)
{
    if (m_source.isEmpty())
        return;
    // The same datasets read again keep their layers' ids (a project stores them).
    std::shared_ptr<const MapContent> previous = isProject() ? nullptr : content();
    runLoad<std::shared_ptr<const MapContent>>(
            [spec = utf8(m_source), previous] {
                auto next = std::make_shared<MapContent>(loadSources({spec}, {}, kWindowTrust));
                if (previous)
                    keepLayerIds(*next, *previous);
                return std::shared_ptr<const MapContent>(std::move(next));
            },
            [this, keepScenario](std::shared_ptr<const MapContent> content) {
                if (content->errors.empty() && isProject()) {
                    rememberProject(m_source);
                    emit recentProjectsChanged();
                }
                const std::string shown = keepScenario ? utf8(*keepScenario) : content->activeScenario;
                m_pendingScenario.clear(); // a switch still running belonged to the previous map
                m_engine.open(std::move(content));
                showIfKnown(shown);
            },
            true);
}

void MapDocument::restoreUnsaved(std::shared_ptr<const MapContent> content)
{
    const std::string shown = content->activeScenario;
    m_pendingScenario.clear();
    m_engine.restoreUnsaved(std::move(content));
    showIfKnown(shown); // the scenario the planner was editing when the copy was written
}

void MapDocument::showIfKnown(const std::string& name)
{
    if (findScenario(m_engine.scenarios(), name))
        setActiveScenario(QString::fromStdString(name));
}

void MapDocument::setMapCrs(int epsg)
{
    runLoad<std::shared_ptr<const MapContent>>([map = content(), epsg]() -> std::shared_ptr<const MapContent> {
                try {
                    return std::make_shared<const MapContent>(reprojectMap(*map, Crs::fromEpsg(epsg)));
                } catch (const Error& e) {
                    auto unchanged = std::make_shared<MapContent>(*map);
                    unchanged->errors.push_back({"EPSG:" + std::to_string(epsg), polis::userMessage(e)});
                    return unchanged;
                }
            },
            [this](std::shared_ptr<const MapContent> content) {
                m_pendingScenario.clear(); // dropped with the old layers
                m_engine.reprojected(std::move(content));
            },
            true);
}

void MapDocument::addSources(const QStringList& paths)
{
    std::vector<std::string> specs;
    for (const QString& p : paths)
        specs.push_back(utf8(localPath(p)));
    if (specs.empty())
        return;
    // A map opened meanwhile does not get these layers (same generation).
    runLoad<MapContent>([specs, crs = content()->crs] { return loadSources(specs, crs, kWindowTrust); },
            [this](MapContent added) { m_engine.addLayers(std::move(added)); }, false);
}

QStringList MapDocument::scenarios() const
{
    QStringList names{QString::fromUtf8(Scenario::baselineName)};
    for (const Scenario& scenario : m_engine.scenarios())
        names << QString::fromStdString(scenario.name);
    return names;
}

QString MapDocument::activeScenario() const
{
    return m_pendingScenario.isEmpty() ? QString::fromStdString(m_engine.activeScenario()) : m_pendingScenario;
}

void MapDocument::setActiveScenario(const QString& name)
{
    if (name == activeScenario())
        return;
    try {
        m_engine.requestScenario(utf8(name)); // an unknown name is refused here, at once
    } catch (const Error& e) {
        m_engine.addError({utf8(name), polis::userMessage(e)});
        return;
    }
    m_pendingScenario = name;
    emit scenarioChanged();
    showScenario(utf8(name));
}

/// Prepares the scenario's layers on a worker (copying a large changed layer takes a while), then shows
/// them; a request overtaken by a newer one is dropped, one made stale by an edit meanwhile is made again.
void MapDocument::showScenario(const std::string& name)
{
    const quint64 request = ++m_scenarioRequest;
    runLoad<Document::ScenarioView>(
        [prepared = m_engine.requestScenario(name)] { return Document::prepareScenario(prepared); },
        [this, request, name](Document::ScenarioView view) {
            if (request != m_scenarioRequest)
                return;
            const bool known = name == Scenario::baselineName || findScenario(m_engine.scenarios(), name);
            if (known && !m_engine.adoptScenario(view))
                return showScenario(name); // edited meanwhile
            m_pendingScenario.clear();
            emit scenarioChanged();
        },
        false);
}

QString MapDocument::save(const QString& path, const QRectF& view)
{
    return save(path, view, {});
}

QString MapDocument::save(const QString& path, const QRectF& view, std::function<void(const QString& error)> done)
{
    QString file = localPath(path);
    if (file.isEmpty())
        return tr("No file name to save the project to");
    if (!file.endsWith(QLatin1String(".polis")))
        file += QStringLiteral(".polis");
    const Extent extent = view.isNull() ? content()->extent
                                        : Extent::of(view.left(), view.top(), view.right(), view.bottom());
    // The project reopens in the scenario shown now (or being prepared).
    auto map = std::make_shared<MapContent>(*content());
    map->activeScenario = activeScenario() == QLatin1String(Scenario::baselineName) ? std::string() : utf8(activeScenario());
    m_saves->push({file, std::move(map), extent, m_engine.history().index(), m_engine.history().revision(), std::move(done)});
    return {};
}

void MapDocument::onSaved(const ProjectSaves::Request& request, const QString& error)
{
    if (error.isEmpty()) {
        m_engine.markSaved(request.historyIndex, request.revision);
        rememberProject(request.file);
        emit recentProjectsChanged();
        if (m_source != request.file) { // saved as: the map is that project now (Ctrl+S saves there)
            m_source = request.file;
            emit sourceChanged();
        }
    }
    emit saved(request.file, error);
}

QString MapDocument::title() const
{
    return QString::fromStdString(content()->title);
}

QColor MapDocument::background() const
{
    const Color& c = content()->background;
    return QColor(c.r, c.g, c.b, c.a);
}

void MapDocument::setBackground(const QColor& colour)
{
    if (colour.isValid())
        m_engine.setBackground(Color{std::uint8_t(colour.red()), std::uint8_t(colour.green()),
                                     std::uint8_t(colour.blue()), 255},
                               tr("Map background colour").toStdString());
}

QString MapDocument::crs() const
{
    return content()->crs.isValid() ? QString::fromStdString(content()->crs.displayId()) : QString();
}

QStringList MapDocument::errors() const
{
    return messages(content()->errors);
}

QStringList MapDocument::warnings() const
{
    return messages(content()->warnings);
}

void MapDocument::setLayerStyle(const LayerId& id, const Style& style)
{
    if (const MapLayer* layer = m_engine.layer(id))
        m_engine.setLayerStyle(id, style, utf8(tr("Change the style of %1").arg(QString::fromStdString(layer->name))));
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
