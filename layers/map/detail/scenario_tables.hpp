#pragma once
#include "../../scenario/indicator.hpp"
#include "../../core/error.hpp"
#include "../../scenario/scenario.hpp"
#include "../project_revisions.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <ogr_core.h>

class GDALDataset;
class OGRFeature;
class OGRLayer;

namespace polis::detail {

/// The attribute table `name` of a project file, created with `fields` when missing; nullptr on failure.
OGRLayer* projectTable(GDALDataset& ds, const char* name, const std::vector<std::pair<const char*, OGRFieldType>>& fields);
/// Field `field` of a row as text; "" when missing or null.
std::string fieldText(const OGRFeature& f, const char* field);
/// Field `field` of a row as an integer; 0 when missing or null.
std::int64_t integerField(const OGRFeature& f, const char* field);

/// Adds the columns a table written by an older Polis lacks; false when one cannot be added.
bool ensureColumns(OGRLayer& table, const std::vector<std::pair<const char*, OGRFieldType>>& fields);

/// The revision and role stamped on the rows a save writes.
struct Stamp
{
    std::int64_t revision = 0;
    std::string savedBy;
};

/// The project tables of scenarios and indicators:
/// `polis_scenarios(id, name, description, position, revision, saved_by)`,
/// `polis_changes(scenario_id, layer, feature_fid (the baseline fid, or negative for added features), op, geometry BLOB (WKB, map CRS), attributes TEXT (JSON), revision, saved_by)` and
/// `polis_indicators(position, name, definition TEXT (Indicator JSON))`.
/// Attribute JSON maps field names to null, numbers or text; numbers without a fraction read back as
/// integers (applying a scenario converts values to the field's type anyway). `revision` is the project
/// revision of the save that last wrote the row, `saved_by` the role (or user) that saved it; both are
/// missing (0, "") in older files.
extern const char* const kScenarioTables[3];

/// Creates the scenario tables (and missing columns) and appends every row (the caller emptied them, inside
/// its transaction), stamped with `stamp`. Returns nullptr or what failed (a part of the caller's message).
std::shared_ptr<const Error> writeScenarioTables(GDALDataset& ds, const std::vector<Scenario>& scenarios, const Stamp& stamp);
/// Replaces the rows of polis_indicators (settings, saved with the project's other settings).
std::shared_ptr<const Error> writeIndicators(GDALDataset& ds, const std::vector<Indicator>& indicators);

/// Reads the tables (missing tables = none: projects from before scenarios) and the revision of every row
/// into `revisions`. Throws IoError naming `path` and the bad row (unknown op, bad WKB, bad JSON, a change
/// of an unknown scenario).
void readScenarioTables(GDALDataset& ds, const std::string& path, std::vector<Scenario>& scenarios,
                        std::vector<Indicator>& indicators, ProjectRevisions& revisions);

/// Writes only what differs between `scenarios` and `base` (the scenarios as loaded, with `baseRevisions`),
/// row by row, stamped with `stamp`; the tables' other rows (other planners' saves) stay. A row this save
/// would write whose stored revision is no longer the loaded one is a conflict: returned, not written (the
/// caller rolls back when there is any). Throws IoError when a write fails.
std::vector<Conflict> mergeScenarioTables(GDALDataset& ds, const std::vector<Scenario>& scenarios,
                                          const std::vector<Scenario>& base, const ProjectRevisions& baseRevisions,
                                          const Stamp& stamp);

} // namespace polis::detail
