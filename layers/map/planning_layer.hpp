#pragma once
#include "../core/crs.hpp"
#include "project.hpp"

#include <string>
#include <vector>

namespace polis {

/// The schema of a planning layer for proposed infrastructure. Fields: kind (one of planningKinds()),
/// name, status (one of planningStatuses()), phase (Integer: a phase number or a year), cost_eur (Real,
/// estimated cost in EUR), department, notes. Geometries of any type (points, lines and polygons mixed).
std::vector<Field> planningFields();
/// "airport", "runway", "marina", "fibre route", "cable landing", "street lighting", "bike-share dock",
/// "park", "road", "building", "other".
const std::vector<std::string>& planningKinds();
/// "proposed", "approved", "rejected", "built".
const std::vector<std::string>& planningStatuses();

/// `value` as the user reads it: the kinds, statuses and the "kind" / "status" field names translated into
/// the application's language (context "PlanningSchema"); any other text as it is. The stored values stay
/// these language-neutral English keys. Thread-safe once the translators are installed.
std::string planningLabel(const std::string& value);

/// True when `fields` hold every field of planningFields() (by name): a layer sketches go to first, with
/// the schema's editors in the attribute form.
bool isPlanningLayer(const std::vector<Field>& fields);

/// A style categorized by kind: one distinct colour per kind (opaque fills, wide strokes, large markers),
/// grey for anything else; with modifiers by status on top, so that the hue always says the kind and the
/// outline and strength say the status: proposed = fill halfway to white and a dashed outline (a draft
/// in pencil), approved = the kind's colours as they are (the plan in ink), rejected = 35 % opacity and a
/// grey outline (kept for the record, receding), built = a dark (#212121) outline (on the ground).
Style planningStyle();

/// Creates an empty planning layer (table `table`, CRS `crs`) inside the project GeoPackage at
/// `projectPath` (the file is created when missing) and returns its project entry: embedded (empty
/// source), called `name`, styled with planningStyle(). Add it to Project::layers and save the project.
/// Throws IoError naming the file when GDAL cannot create it (e.g. the table exists already).
ProjectLayer createPlanningLayer(const std::string& projectPath, const std::string& table, const std::string& name,
                                 const Crs& crs);

} // namespace polis
