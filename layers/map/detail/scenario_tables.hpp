#pragma once
#include "../../scenario/indicator.hpp"
#include "../../core/error.hpp"
#include "../../scenario/scenario.hpp"

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

/// The project tables of scenarios and indicators:
/// `polis_scenarios(id, name, description, position)`,
/// `polis_changes(scenario_id, layer, feature_fid (the baseline fid, or negative for added features), op, geometry BLOB (WKB, map CRS), attributes TEXT (JSON))` and
/// `polis_indicators(position, name, definition TEXT (Indicator JSON))`.
/// Attribute JSON maps field names to null, numbers or text; numbers without a fraction read back as
/// integers (applying a scenario converts values to the field's type anyway).
extern const char* const kScenarioTables[3];

/// Creates the tables when missing and appends the rows (the caller emptied them, inside its transaction).
/// Returns nullptr or what failed (a part of the caller's message).
std::shared_ptr<const Error> writeScenarioTables(GDALDataset& ds, const std::vector<Scenario>& scenarios,
                                const std::vector<Indicator>& indicators);

/// Reads the tables (missing tables = none: projects from before scenarios). Throws IoError naming `path`
/// and the bad row (unknown op, bad WKB, bad JSON, a change of an unknown scenario).
void readScenarioTables(GDALDataset& ds, const std::string& path, std::vector<Scenario>& scenarios,
                        std::vector<Indicator>& indicators);

} // namespace polis::detail
