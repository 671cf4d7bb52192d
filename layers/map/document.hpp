#pragma once
#include "map_content.hpp"
#include "project_watch.hpp"
#include "scenario_snapshots.hpp"
#include "../core/undo_stack.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace polis {

/// What a Document call changed; a listener gets the union of the bits.
enum DocumentChange : unsigned {
    LayersChanged = 1u << 0,    ///< layers added, removed, reordered, regrouped, shown, hidden, faded
    StyleChanged = 1u << 1,     ///< a layer's style
    SelectionChanged = 1u << 2, ///< the selection (identify, select, clear)
    ScenarioChanged = 1u << 3,  ///< the scenario shown, or the scenarios' content (names, change sets)
    MapChanged = 1u << 4,       ///< everything: a map opened, recovered or reprojected (CRS, extent, title)
    HistoryChanged = 1u << 5,   ///< the undo history or its saved state
    LayoutChanged = 1u << 6,    ///< the print layout
    LayersAdded = 1u << 7,      ///< with LayersChanged: layers added on top, listed in the listener's `layers`
};

/// The open map as the planner edits it, without Qt: an immutable MapContent snapshot (shared with render,
/// query and save threads as `shared_ptr<const>`), replaced on every change; the project's scenarios and the
/// one shown; the selection; and one undo history for every edit (layer list, styles, scenarios). Layers are
/// named by their LayerId. Edits are undo commands on the history; their texts are the caller's (translated
/// by the GUI). Not thread-safe: one owner thread (the GUI's), which the listener is called on.
class Document
{
public:
    /// `changes` is a union of DocumentChange bits; `layers` the layers whose properties alone changed (a
    /// panel updates those rows in place), the layers added (LayersAdded), or empty when the list itself
    /// changed.
    using Listener = std::function<void(unsigned changes, const std::vector<LayerId>& layers)>;

    Document();
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    void setListener(Listener listener) { m_listener = std::move(listener); }
    /// The current snapshot (never null).
    std::shared_ptr<const MapContent> content() const { return m_content; }

    // --- The whole map ---
    /// Shows a newly loaded map (baseline shown, history cleared, saved state).
    void open(std::shared_ptr<const MapContent> content);
    /// Shows a recovery copy as unsaved edits: history cleared, no saved state.
    void restoreUnsaved(std::shared_ptr<const MapContent> content);
    /// Shows the map read again in another CRS (reprojectMap's result): the scenario shown stays shown, the
    /// history is cleared (its commands hold the old geometries) and the map counts as unsaved.
    void reprojected(std::shared_ptr<const MapContent> content);
    /// Adds `added`'s layers on top and its errors; takes its CRS and extent when the map has none.
    void addLayers(MapContent added);
    /// Adds a problem to show (e.g. an unknown CRS code).
    void addError(LayerError error);
    void setLayout(const PrintLayout& layout);

    // --- Layers, by id; rows nowhere ---
    const MapLayer* layer(const LayerId& id) const;
    std::optional<std::size_t> indexOf(const LayerId& id) const;
    /// Each takes the text of its history entry. Unknown ids and no-op changes do nothing.
    void setLayerVisible(const LayerId& id, bool visible, const std::string& text);
    /// Consecutive opacity changes of one layer are one history entry (a slider drag).
    void setLayerOpacity(const LayerId& id, double opacity, const std::string& text);
    /// Moves layer `id` to the place of layer `target`, joining `target`'s group.
    void moveLayer(const LayerId& id, const LayerId& target, const std::string& text);
    void removeLayer(const LayerId& id, const std::string& text);
    /// Replaces the layer list (bottom to top, the same layers in another order or with other properties:
    /// groups, visibility) as one history entry. Layer-group operations (layer_groups.hpp) go through here.
    void changeLayers(std::vector<MapLayer> after, const std::string& text);
    void setLayerStyle(const LayerId& id, const Style& style, const std::string& text);
    /// The colour behind every layer (MapContent::background), one history entry (StyleChanged).
    void setBackground(Color background, const std::string& text);

    // --- Selection ---
    /// Makes `features` (indices into the layer's shown store) the selection, on that layer only.
    void select(const LayerId& id, std::vector<std::uint32_t> features);
    void clearSelection();
    std::size_t selectionCount() const;
    struct Hit
    {
        LayerId layer;
        std::uint32_t feature; ///< index into the layer's shown store
    };
    /// Features of every visible vector layer at map point (x, y) within `tolerance` map units, top layer
    /// first, which become the selection. With `topmostOnly` only the one drawn on top.
    std::vector<Hit> identify(double x, double y, double tolerance, bool topmostOnly);

    // --- Scenarios ---
    const std::vector<Scenario>& scenarios() const { return m_scenarios; }
    const std::string& activeScenario() const { return m_active; }
    /// The id of the scenario shown (0 for the baseline).
    std::int64_t activeScenarioId() const;
    /// Shows scenario `name` ("baseline" included) at once: layers keep visibility, opacity and style; only
    /// layers whose changes differ from the ones shown are rebuilt (on this thread: see prepareScenario for
    /// large layers). Throws polis::Error for an unknown name.
    void showScenario(const std::string& name);
    /// Builds a scenario command (scenario_commands.hpp) on the scenario list; nothing else edits it.
    using ScenarioMaker = std::function<std::unique_ptr<UndoCommand>(std::vector<Scenario>&)>;
    /// Runs the commands `makers` build, one after the other, as one history entry; after it is done the map
    /// shows scenario `redoShows`, after it is undone `undoShows` (0 = baseline). Throws polis::Error when the
    /// first maker refuses (unknown feature, a name taken...): nothing is recorded then. A step that fails
    /// when replayed is dropped from the history.
    void editScenarios(const std::vector<ScenarioMaker>& makers, const std::string& text, std::int64_t redoShows,
                       std::int64_t undoShows);
    /// The content with every layer showing the baseline's features.
    MapContent baselineContent() const;
    /// What other views (compare) draw: other scenarios and differences, built by workers (thread-safe).
    std::shared_ptr<ScenarioSnapshots> snapshots() const { return m_snapshots; }

    /// The layers of a scenario, prepared away from the owner thread (prepareScenario) and shown by
    /// adoptScenario: for each layer whose changes differ from the ones shown, its new store (null = the
    /// baseline's).
    struct ScenarioView
    {
        std::string name;
        ChangeSet changes; ///< the scenario's change set it was made from
        ChangeSet from;    ///< the changes shown when it was made
        struct Layer
        {
            LayerId id;
            std::shared_ptr<const FeatureStore> baseline;
            std::shared_ptr<const FeatureStore> shown; ///< null: the baseline's store
        };
        std::vector<Layer> layers;
    };
    /// Everything a ScenarioView needs, copied on the owner thread (cheap: stores are shared).
    struct ScenarioRequest
    {
        std::shared_ptr<const MapContent> content;
        std::vector<Scenario> scenarios;
        ChangeSet shown;
        std::string name;
    };
    /// A request to show scenario `name`. Throws polis::Error for an unknown name.
    ScenarioRequest requestScenario(const std::string& name) const;
    /// Builds the scenario's layers (slow on large layers: any thread).
    static ScenarioView prepareScenario(const ScenarioRequest& request);
    /// Shows a prepared scenario; false (nothing changes) when the document changed since it was requested
    /// in a way that makes it stale (the scenario edited, another scenario shown): request it again.
    bool adoptScenario(const ScenarioView& view);

    // --- History ---
    const UndoStack& history() const { return m_history; }
    void undo() { m_history.undo(); }
    void redo() { m_history.redo(); }
    /// Undoes or redoes until `index` edits are done.
    void setHistoryIndex(std::size_t index) { m_history.setIndex(index); }
    /// A save of the state after `historyIndex` edits (history().index() and revision() when it started)
    /// finished: that state is the saved one (or none is, when the history changed meanwhile).
    void markSaved(std::size_t historyIndex, std::uint64_t revision) { m_history.setClean(historyIndex, revision); }
    bool modified() const { return !m_history.isClean(); }

    // --- Other planners (a project in a database) ---
    /// Listens for saves of the database project at `location` by others (ProjectWatch, LISTEN/NOTIFY);
    /// "" stops. Throws IoError naming the location.
    void watchProject(const std::string& location);
    /// The saves notified since the last call, waiting up to `timeoutMs` (0 = not at all), except the one
    /// of revision `ownRevision` (this planner's own save); none when not watching. The GUI says, for each
    /// scenario, "Scenario «X» was changed by ROLE — Reload". Throws IoError when the connection is lost.
    std::vector<ProjectNotice> othersSaves(int timeoutMs, std::int64_t ownRevision = 0);

private:
    friend class LayersCommand;
    friend class StyleCommand;
    friend class BackgroundCommand;
    friend class ScenarioEdit;
    void replace(std::shared_ptr<const MapContent> content, unsigned changes, std::vector<LayerId> layers = {});
    /// Applies a layer list (undo commands): keeps each layer's current data (the scenario shown now).
    void applyLayers(const std::vector<MapLayer>& layers);
    void applyStyle(const LayerId& id, const Style& style);
    void applyBackground(Color background);
    void showId(std::int64_t id);
    void pushLayers(std::vector<MapLayer> after, const std::string& text, const LayerId& opacityOf = {});

    std::shared_ptr<const MapContent> m_content;
    std::vector<Scenario> m_scenarios; ///< what scenario commands edit; m_content->scenarios is its last copy
    std::string m_active = Scenario::baselineName;
    ChangeSet m_shown; ///< the changes the layers of m_content show
    UndoStack m_history;
    std::shared_ptr<ScenarioSnapshots> m_snapshots = std::make_shared<ScenarioSnapshots>();
    Listener m_listener;
    std::unique_ptr<ProjectWatch> m_watch;
};

} // namespace polis
