#pragma once
#include "layers/core/transform.hpp"
#include "layers/map/document.hpp"

#include <QObject>
#include <QRectF>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace polis {

class LayerListModel;

/// The open map for QML: a thin adapter over the engine's Document (layers/map/document.hpp), which holds
/// the layers, scenarios, selection and undo history. Loading, reprojecting and adding layers run on the
/// worker pool; the results are handed to the Document on the GUI thread. Layers are named by their id
/// (LayerListModel's layerId role). Every engine change is re-emitted as `changed(DocumentChange bits)` and as
/// the signal of its kind. GUI thread only.
class MapDocument : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    /// True when the source is a Polis project file (layers can be embedded into it).
    Q_PROPERTY(bool isProject READ isProject NOTIFY sourceChanged)
    Q_PROPERTY(QString title READ title NOTIFY mapChanged)
    Q_PROPERTY(QString crs READ crs NOTIFY mapChanged)
    Q_PROPERTY(QStringList errors READ errors NOTIFY mapChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_MOC_INCLUDE("document/layer_list_model.hpp")
    Q_PROPERTY(LayerListModel* layers READ layers CONSTANT)
    Q_PROPERTY(int selectionCount READ selectionCount NOTIFY selectionChanged)
    Q_PROPERTY(QStringList recentProjects READ recentProjects NOTIFY recentProjectsChanged)
    /// "baseline" and the project's scenarios, in the project's order.
    Q_PROPERTY(QStringList scenarios READ scenarios NOTIFY scenarioChanged)
    /// The scenario shown; setting an unknown name leaves the map as it is and reports the error.
    Q_PROPERTY(QString activeScenario READ activeScenario WRITE setActiveScenario NOTIFY scenarioChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    /// True when the map has edits that are not saved.
    Q_PROPERTY(bool modified READ modified NOTIFY undoStateChanged)

public:
    explicit MapDocument(QObject* parent = nullptr);
    ~MapDocument() override;

    QString source() const { return m_source; }
    void setSource(const QString& source);
    bool isProject() const;
    QString title() const;
    QString crs() const;
    QStringList errors() const;
    bool loading() const { return m_loading; }
    LayerListModel* layers() const { return m_layers; }
    int selectionCount() const { return int(m_engine.selectionCount()); }
    QStringList recentProjects() const;
    QStringList scenarios() const;
    QString activeScenario() const { return QString::fromStdString(m_engine.activeScenario()); }
    void setActiveScenario(const QString& name);
    bool canUndo() const { return m_engine.history().canUndo(); }
    bool canRedo() const { return m_engine.history().canRedo(); }
    QString undoText() const { return QString::fromStdString(m_engine.history().undoText()); }
    bool modified() const { return m_engine.modified(); }

    /// The engine document: read it freely; change it through the adapter's calls (they translate texts).
    Document& engine() { return m_engine; }
    const Document& engine() const { return m_engine; }
    std::shared_ptr<const MapContent> content() const { return m_engine.content(); }
    /// Shows `content` (a recovery copy of the project at source()) as unsaved edits.
    void restoreUnsaved(std::shared_ptr<const MapContent> content) { m_engine.restoreUnsaved(std::move(content)); }

    /// Saves the map as a project at `path` (".polis" added when missing) in one transaction, `view` as the
    /// initial extent (x, y = minimum corner, width, height). Marks the map saved and deletes the project's
    /// recovery copy. Returns an empty string, or the error message to show.
    Q_INVOKABLE QString save(const QString& path, const QRectF& view);
    /// Reads the source again (e.g. after layers were imported into the project file), on a worker thread.
    Q_INVOKABLE void reload();
    /// A local path for a path or a file URL (file dialogs hand over URLs, with Greek names percent-encoded).
    static QString localPath(const QString& pathOrUrl);
    /// True when `pathOrUrl` names a Polis project (opened, not imported, when dropped on the window).
    Q_INVOKABLE bool isProjectFile(const QString& pathOrUrl) const;
    /// Shows the map in CRS EPSG:`epsg`, read again on a worker thread (Document::reprojected).
    Q_INVOKABLE void setMapCrs(int epsg);
    /// Adds datasets (paths or file URLs) as layers on top, read on a worker thread into the map CRS.
    Q_INVOKABLE void addSources(const QStringList& paths);

    Q_INVOKABLE void undo() { m_engine.undo(); }
    Q_INVOKABLE void redo() { m_engine.redo(); }

    // Layers by id (LayerListModel's layerId role); each edit is one undo step with a translated text.
    Q_INVOKABLE void setLayerVisible(const QString& layerId, bool visible);
    Q_INVOKABLE void setLayerOpacity(const QString& layerId, double opacity);
    /// Moves layer `layerId` to the place of `targetId`, joining its group.
    Q_INVOKABLE void moveLayer(const QString& layerId, const QString& targetId);
    Q_INVOKABLE void removeLayer(const QString& layerId);
    void setLayerStyle(const LayerId& id, const Style& style);
    /// The layer's extent in map units as (x = xmin, y = ymin, width, height); empty when unknown.
    Q_INVOKABLE QRectF layerExtent(const QString& layerId) const;
    /// The whole map's extent (the project's saved one, else all layers), as layerExtent.
    Q_INVOKABLE QRectF fullExtent() const;

    /// Features of every visible vector layer at map point (x, y) within `tolerance` map units, top layer
    /// first: [{layer (its name), layerId, fid, attributes: [{name, value}]}]; they become the selection. With
    /// `topmostOnly` (picking a feature to edit) only the one drawn on top.
    Q_INVOKABLE QVariantList identify(double x, double y, double tolerance, bool topmostOnly = false);
    void setSelection(const LayerId& id, std::vector<std::uint32_t> features) { m_engine.select(id, std::move(features)); }
    Q_INVOKABLE void clearSelection() { m_engine.clearSelection(); }
    /// Map point (x, y) as WGS84 longitude/latitude (NaN when the map CRS is unknown).
    Q_INVOKABLE QPointF toWgs84(double x, double y) const;

signals:
    /// Every engine change, with its DocumentChange bits (controllers filter what they follow).
    void changed(unsigned changes);
    void sourceChanged();
    void mapChanged();
    void layersChanged();
    void styleChanged();
    void selectionChanged();
    void scenarioChanged();
    void loadingChanged();
    void recentProjectsChanged();
    void undoStateChanged();

private:
    void onEngineChange(unsigned changes, const std::vector<LayerId>& layers);
    void rememberProject(const QString& path);
    template <class Result, class Work, class Done> void runLoad(Work&& work, Done&& done, bool newMap);

    QString m_source;
    Document m_engine;
    LayerListModel* m_layers = nullptr;
    std::unique_ptr<Transform> m_toWgs84;
    quint64 m_loadGeneration = 0;
    bool m_loading = false;
};

} // namespace polis
