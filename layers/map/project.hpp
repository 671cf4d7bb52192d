#pragma once
#include "../core/crs.hpp"
#include "../core/extent.hpp"
#include "../core/layer_id.hpp"
#include "print_layout.hpp"
#include "project_revisions.hpp"
#include "../scenario/indicator.hpp"
#include "../scenario/scenario.hpp"
#include "../style/style.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace polis {

/// One layer entry of a project: where its data is and how it is drawn.
struct ProjectLayer
{
    std::string name;   ///< display name (UTF-8)
    std::string source; ///< dataset path, relative to the project file's folder when not absolute;
                        ///< empty = a table embedded in the project file itself
    std::string layer;  ///< layer inside the dataset; empty for single-layer files
    bool raster = false;
    bool visible = true;
    double opacity = 1.0; ///< 0..1
    Style style;
    std::string group; ///< layers-panel group (UTF-8); empty = none
    LayerId id;        ///< `layer_id`; projects saved before ids existed get new ones on loading
    std::string attribution; ///< the data's required credit (UTF-8), printed by exports that draw the layer;
                             ///< empty = none
};

/// A Polis project. On disk a `.polis` file is a GeoPackage with three attribute tables:
/// `polis_project(key TEXT, value TEXT, revision, saved_by)` (format_version, title, map_crs, extent,
/// active_scenario, background ("#rrggbb"), and revision: the project's revision, one more on every save),
/// `polis_layers(position, name, source, layer, kind, visible, opacity, style, group_name, layer_id, attribution)`,
/// position 0 drawn first (`group_name`, `layer_id` and `attribution` missing in older files = no groups, new ids, no
/// credits; saving adds the columns), and
/// `polis_layout(key TEXT, value TEXT)` (PrintLayout::toKeyValues; missing in older files = default layout),
/// and the scenario tables `polis_scenarios`, `polis_changes`, `polis_indicators` (see
/// detail/scenario_tables.hpp; missing in older files = only the baseline).
struct Project
{
    static constexpr int formatVersion = 1;

    std::string title;
    Crs mapCrs;
    Extent extent;                   ///< initial view, in mapCrs; empty = all layers
    std::vector<ProjectLayer> layers; ///< bottom to top
    PrintLayout layout;               ///< the print layout for exports
    std::vector<Scenario> scenarios;   ///< planning scenarios on top of the layers, in display order
    std::vector<Indicator> indicators; ///< computed for the baseline and every scenario
    /// The scenario shown when it was saved, reopened with it; "" = the baseline (also in older files).
    std::string activeScenario;
    /// The map's background, behind every layer (the sea, in a coastal city's project); white by default
    /// and in older files.
    Color background{0xff, 0xff, 0xff};

    /// The revisions of the stored rows when loaded (all 0 for a project made in memory or an older file).
    ProjectRevisions revisions;
    /// The project as it was loaded from `loadedFrom`, which save() to the same location compares with;
    /// null for a project made in memory.
    std::shared_ptr<const Project> loaded;
    std::string loadedFrom;

    /// Reads the project at `path`: a `.polis` file or a database location (`postgresql://...?schema=S`,
    /// DatabaseLocation). Throws IoError naming the location and what is wrong (missing, not a GeoPackage,
    /// no Polis tables, a newer format version, a malformed value, the server refused).
    static Project load(const std::string& path);
    /// Writes the project to `path` (file or database location) in one transaction: a crash or kill during
    /// save leaves the previous content intact; creates the file or schema when missing. With `loaded` from
    /// this `path`,
    /// only what differs from it is written (scenario by scenario, change by change, the settings as one),
    /// so other planners' saves since then stay; a row changed or removed by someone else since it was
    /// loaded that this save would write is a conflict: nothing is written and ConflictError lists them.
    /// Otherwise everything stored is replaced ("save as"). Every written row carries the new
    /// project revision and the saving role (PostgreSQL's current_user, or the user for a file). Returns
    /// the new revision. Throws IoError (a role without the right to write: the server's message).
    std::int64_t save(const std::string& path) const;

    /// The absolute path of `source` for a project stored at `projectPath`.
    static std::string resolveSource(const std::string& projectPath, const std::string& source);
};

} // namespace polis
