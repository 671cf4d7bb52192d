#pragma once
#include "layers/core/transform.hpp"
#include "layers/map/map_content.hpp"

#include <QObject>
#include <QRectF>
#include <QStringList>
#include <QUndoStack>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace polis {

class LayerListModel;
class ScenarioSnapshots;

/// The open map: its layers (immutable snapshots shared with render threads), their order, visibility and
/// opacity, and the selection. Loads on a worker thread. Every change replaces the snapshot and emits
/// contentChanged, which map views answer with a new render. GUI thread only.
class MapDocument : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    /// True when the source is a Polis project file (layers can be embedded into it).
    Q_PROPERTY(bool isProject READ isProject NOTIFY sourceChanged)
    Q_PROPERTY(QString title READ title NOTIFY contentChanged)
    Q_PROPERTY(QString crs READ crs NOTIFY contentChanged)
    Q_PROPERTY(QStringList errors READ errors NOTIFY contentChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_MOC_INCLUDE("document/layer_list_model.hpp")
    Q_PROPERTY(LayerListModel* layers READ layers CONSTANT)
    Q_PROPERTY(int selectionCount READ selectionCount NOTIFY contentChanged)
    Q_PROPERTY(QStringList recentProjects READ recentProjects NOTIFY recentProjectsChanged)
    Q_PROPERTY(QStringList scenarios READ scenarios NOTIFY contentChanged)
    Q_PROPERTY(QString activeScenario READ activeScenario WRITE setActiveScenario NOTIFY activeScenarioChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    /// True when the map has edits that are not saved (the undo stack is away from its clean state).
    Q_PROPERTY(bool modified READ modified NOTIFY modifiedChanged)

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
    int selectionCount() const;

    /// "baseline" and the project's scenarios, in the project's order.
    QStringList scenarios() const;
    QString activeScenario() const { return m_activeScenario; }
    /// Shows the map as scenario `name` (the baseline plus its change set). Layer visibility, opacity and
    /// styles are kept. An unknown name leaves the map as it is and reports the error.
    void setActiveScenario(const QString& name);

    /// The content with every layer showing the baseline's features (whatever the active scenario).
    MapContent baselineContent() const;
    /// The content shown as scenario `name` (cached per scenario, with the current styles, visibility and
    /// opacity), or as the difference from scenario `a` to `name` when `a` is not empty (see
    /// ScenarioSnapshots). Throws polis::Error naming an unknown scenario.
    std::shared_ptr<const MapContent> scenarioContent(const QString& name, const QString& a = {});
    /// Shows `content` (a recovery copy of the project at source()) as unsaved edits: the next save goes
    /// to source(). Clears the undo history.
    void restoreUnsaved(std::shared_ptr<const MapContent> content);

    /// Projects opened or saved lately, newest first (kept in the user's settings).
    QStringList recentProjects() const;

    /// Saves the map as a project at `path` (".polis" added when missing) in one transaction: layers by
    /// reference (relative paths), styles, order, visibility, opacity, and `view` as the initial extent
    /// (x, y = minimum corner, width, height). Marks the map unmodified and deletes the project's recovery
    /// copy. Returns an empty string, or the error message to show.
    Q_INVOKABLE QString save(const QString& path, const QRectF& view);
    /// Reads the source again (e.g. after layers were imported into the project file), on a worker thread.
    Q_INVOKABLE void reload();
    /// A local path for a path or a file URL (file dialogs hand over URLs, with Greek names percent-encoded).
    static QString localPath(const QString& pathOrUrl);
    /// True when `pathOrUrl` names a Polis project (opened, not imported, when dropped on the window).
    Q_INVOKABLE bool isProjectFile(const QString& pathOrUrl) const;
    /// Shows the map in CRS EPSG:`epsg`, on a worker thread: vector layers read again into it, scenarios and
    /// the extent reprojected (reprojectMap); order, styles, visibility, opacity and the active scenario are
    /// kept, the undo stack is cleared (its commands hold the old layers). Views keep showing the same place.
    /// An unknown code or an impossible transformation leaves the map as it is and reports the error.
    Q_INVOKABLE void setMapCrs(int epsg);
    /// Adds datasets (paths or file URLs) as layers on top, read on a worker thread and reprojected into
    /// the map CRS; a dataset that cannot be read is reported in errors.
    Q_INVOKABLE void addSources(const QStringList& paths);

    /// The current snapshot (never null after construction).
    std::shared_ptr<const MapContent> content() const { return m_content; }
    /// The layer shown in panel row `row`, or null.
    const MapLayer* layerAt(int row) const;
    /// Makes `features` (indices into the layer's store) the selection, on that layer only.
    void setSelection(int row, std::vector<std::uint32_t> features);
    /// Replaces the print layout (kept by save, used by exports).
    void setLayout(const PrintLayout& layout);
    /// Gives vector layer `row` a new style, as one command on the undo stack.
    void setLayerStyle(int row, const Style& style);
    /// Sets the style of the vector layer drawing `store` (undo commands use this).
    void applyStyle(const FeatureStore& store, const Style& style);

    /// The project's scenarios as engine undo commands edit them (scenario_commands.hpp): lives as long as the
    /// document, loading replaces its contents. After changing it, call showScenario() so the map follows.
    std::vector<Scenario>& editableScenarios() { return m_scenarios; }
    /// The id of the scenario shown (0 for the baseline).
    std::int64_t activeScenarioId() const;
    /// Publishes editableScenarios() in the snapshot (saving stores them) and shows scenario `id` (0, or an id
    /// no longer in the list, shows the baseline). Only layers whose changes differ from the ones shown are
    /// rebuilt; the others keep their stores.
    void showScenario(std::int64_t id);
    /// Runs `command` (redo) and records it on the undo stack, which takes ownership.
    void push(QUndoCommand* command) { m_undo.push(command); }
    /// The undo stack (history views read it and move through it).
    QUndoStack* undoStack() { return &m_undo; }

    /// Changes the layers (bottom to top) to `after`, as one command on the undo stack named `text`;
    /// `opacityOf` as in LayersCommand. Layer-list changes of the panel and the model go through here.
    void pushLayers(std::vector<MapLayer> after, const QString& text, const void* opacityOf = nullptr);
    /// Replaces the layers (undo commands use this): rows keep their delegates when only properties changed.
    void setLayers(std::vector<MapLayer> layers);

    // Undo covers style changes (setLayerStyle), layer-list changes (LayersCommand) and scenario edits
    // (EngineCommand). Loading a new source or changing the map CRS clears the stack.
    bool canUndo() const { return m_undo.canUndo(); }
    bool canRedo() const { return m_undo.canRedo(); }
    QString undoText() const { return m_undo.undoText(); }
    bool modified() const { return !m_undo.isClean(); }
    Q_INVOKABLE void undo() { m_undo.undo(); }
    Q_INVOKABLE void redo() { m_undo.redo(); }

    // Layer rows count from the top of the drawing order (row 0 is drawn last), as in a layers panel.
    Q_INVOKABLE void setLayerVisible(int row, bool visible);
    Q_INVOKABLE void setLayerOpacity(int row, double opacity);
    Q_INVOKABLE void moveLayer(int from, int to);
    Q_INVOKABLE void removeLayer(int row);
    /// The layer's extent in map units as (x = xmin, y = ymin, width, height); empty when unknown.
    Q_INVOKABLE QRectF layerExtent(int row) const;
    /// The whole map's extent (the project's saved one, else all layers), as layerExtent.
    Q_INVOKABLE QRectF fullExtent() const;

    /// Features of every visible vector layer at map point (x, y) within `tolerance` map units, top layer
    /// first: [{layer, row, fid, attributes: [{name, value}]}]. Selects them (highlighted on the map).
    /// With `topmostOnly` (picking a feature to edit) only the one drawn on top is found and selected.
    Q_INVOKABLE QVariantList identify(double x, double y, double tolerance, bool topmostOnly = false);
    Q_INVOKABLE void clearSelection();
    /// Map point (x, y) as WGS84 longitude/latitude (NaN when the map CRS is unknown).
    Q_INVOKABLE QPointF toWgs84(double x, double y) const;

signals:
    void sourceChanged();
    void contentChanged();
    void loadingChanged();
    void recentProjectsChanged();
    void activeScenarioChanged();
    void undoStateChanged();
    void modifiedChanged();

private:
    friend class LayerListModel;
    int indexOfRow(int row) const;
    void replace(std::shared_ptr<const MapContent> content);
    void rememberProject(const QString& path);
    template <class Change> void changeLayer(int row, Change&& change);
    bool show(const QString& scenario);

    QString m_source;
    QString m_activeScenario = QStringLiteral("baseline");
    std::shared_ptr<const MapContent> m_content;
    LayerListModel* m_layers = nullptr;
    std::unique_ptr<Transform> m_toWgs84;
    quint64 m_loadGeneration = 0;
    bool m_loading = false;
    std::vector<Scenario> m_scenarios; ///< what undo commands edit; m_content->scenarios is its last copy
    ChangeSet m_shown;                 ///< the changes the layers of m_content show
    QUndoStack m_undo;
    std::unique_ptr<ScenarioSnapshots> m_snapshots;
};

} // namespace polis
