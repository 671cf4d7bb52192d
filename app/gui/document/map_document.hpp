#pragma once
#include "document/project_files.hpp"
#include "layers/core/transform.hpp"
#include "layers/map/document.hpp"

#include <QColor>
#include <QObject>
#include <QRectF>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace polis {

class LayerListModel;
class ScenarioViews;

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
    /// Layers drawn with an assumption (a layer declaring no CRS drawn in the one its coordinates suggest).
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY mapChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    /// True while a save runs (the window closes only after it).
    Q_PROPERTY(bool saving READ saving NOTIFY savedChanged)
    Q_MOC_INCLUDE("document/layer_list_model.hpp")
    Q_PROPERTY(LayerListModel* layers READ layers CONSTANT)
    Q_PROPERTY(int selectionCount READ selectionCount NOTIFY selectionChanged)
    Q_PROPERTY(QStringList recentProjects READ recentProjects NOTIFY recentProjectsChanged)
    /// "baseline" and the project's scenarios, in the project's order.
    Q_PROPERTY(QStringList scenarios READ scenarios NOTIFY scenarioChanged)
    /// The scenario shown (or being prepared: `loading` until its layers are shown); setting an unknown name
    /// leaves the map as it is and reports the error.
    Q_PROPERTY(QString activeScenario READ activeScenario WRITE setActiveScenario NOTIFY scenarioChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    /// True when the map has edits that are not saved.
    Q_PROPERTY(bool modified READ modified NOTIFY undoStateChanged)
    /// The colour behind every layer (the sea); setting it is one undo step.
    Q_PROPERTY(QColor background READ background WRITE setBackground NOTIFY styleChanged)

public:
    explicit MapDocument(QObject* parent = nullptr);
    ~MapDocument() override;

    QString source() const { return m_source; }
    void setSource(const QString& source);
    bool isProject() const;
    QString title() const;
    QString crs() const;
    QColor background() const;
    void setBackground(const QColor& colour);
    QStringList errors() const;
    QStringList warnings() const;
    bool loading() const { return m_running > 0; }
    bool saving() const { return m_saves->busy(); }
    LayerListModel* layers() const { return m_layers; }
    int selectionCount() const { return int(m_engine.selectionCount()); }
    QStringList recentProjects() const { return polis::recentProjects(); }
    QStringList scenarios() const;
    QString activeScenario() const;
    void setActiveScenario(const QString& name);
    bool canUndo() const { return m_engine.history().canUndo(); }
    bool canRedo() const { return m_engine.history().canRedo(); }
    QString undoText() const { return QString::fromStdString(m_engine.history().undoText()); }
    bool modified() const { return m_engine.modified(); }

    /// The engine document: read it freely; change it through the adapter's calls (they translate texts).
    Document& engine() { return m_engine; }
    const Document& engine() const { return m_engine; }
    std::shared_ptr<const MapContent> content() const { return m_engine.content(); }
    /// What compare views draw: other scenarios and differences, built by workers.
    ScenarioViews* scenarioViews() const { return m_views; }
    /// Saves the map as a project at `path` (".polis" added when missing) in one transaction, `view` as the
    /// initial extent (x, y = minimum corner, width, height), on a worker: the map as it is now, while the
    /// planner goes on. Then marks that state saved, deletes the project's recovery copy, makes `path` the
    /// map's source (not read again: Ctrl+S saves there next) and emits saved().
    /// Saves run one after the other. Returns "" (started), or the error message when it cannot start.
    Q_INVOKABLE QString save(const QString& path, const QRectF& view);
    /// The same, with `done` called on the GUI thread with "" or the error message when it finished.
    QString save(const QString& path, const QRectF& view, std::function<void(const QString& error)> done);
    /// Reads the source again (e.g. after layers were imported into the project file), on a worker thread;
    /// the scenario shown stays shown. (Setting `source` shows the scenario the project was saved in.)
    Q_INVOKABLE void reload();
    /// True when `pathOrUrl` names a Polis project (opened, not imported, when dropped on the window).
    Q_INVOKABLE bool isProjectFile(const QString& pathOrUrl) const;
    /// True when a file exists at `pathOrUrl` (Save As asks before replacing it).
    Q_INVOKABLE bool fileExists(const QString& pathOrUrl) const;
    /// Where Save As starts: the project's folder, else the last project's, else the Documents folder.
    Q_INVOKABLE QString saveFolder() const;
    /// Starts a new empty map without a file: no layers, no scenarios, an empty history.
    Q_INVOKABLE void newProject();
    /// Shows the map in CRS EPSG:`epsg`, read again on a worker thread (Document::reprojected).
    Q_INVOKABLE void setMapCrs(int epsg);
    /// Shows a recovery copy as unsaved edits (Document::restoreUnsaved), in the scenario it was written in.
    void restoreUnsaved(std::shared_ptr<const MapContent> content);
    /// Adds datasets (paths or file URLs) as layers on top, read on a worker thread into the map CRS.
    Q_INVOKABLE void addSources(const QStringList& paths);

    Q_INVOKABLE void undo() { m_engine.undo(); }
    Q_INVOKABLE void redo() { m_engine.redo(); }
    /// One undo step with a translated text (the layer-list edits are LayerListModel's).
    void setLayerStyle(const LayerId& id, const Style& style);
    /// The whole map's extent (the project's saved one, else all layers) in map units, (xmin, ymin, w, h).
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
    /// A save finished: `error` is empty, or the message to show.
    void saved(const QString& path, const QString& error);
    void savedChanged();

private:
    void onEngineChange(unsigned changes, const std::vector<LayerId>& layers);
    template <class Result, class Work, class Done> void runLoad(Work&& work, Done&& done, bool newMap);
    /// Reads the source; then shows `keepScenario`, or without it the one the content was saved in.
    void load(const std::optional<QString>& keepScenario);
    /// Shows scenario `name` when the map has one of that name (a project's saved scenario).
    void showIfKnown(const std::string& name);
    void showScenario(const std::string& name);
    void onSaved(const ProjectSaves::Request& request, const QString& error);

    QString m_source;
    Document m_engine;
    LayerListModel* m_layers = nullptr;
    std::unique_ptr<Transform> m_toWgs84;
    Crs m_wgsFrom; ///< the map CRS m_toWgs84 was made for
    quint64 m_loadGeneration = 0;
    int m_running = 0; ///< jobs of the current map still running (loading is true while there are)
    QString m_pendingScenario;   ///< the scenario being prepared for showing ("" = none)
    quint64 m_scenarioRequest = 0; ///< only the latest request is shown
    ProjectSaves* m_saves;
    ScenarioViews* m_views;
};

} // namespace polis
