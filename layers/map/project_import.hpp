#pragma once
#include "../io/importer.hpp"

#include <string>
#include <vector>

namespace polis {

/// Inspects `dataset` with `importer` and adds its layers to the project at `projectPath` (created when
/// missing, map CRS ImportOptions::mapCrs or the first layer's), embedded (ImportOptions::embed) or by
/// reference (a path relative to the project's folder), each with a default style. Atomic: the work happens
/// in a copy next to the project that replaces it by a rename, so a failure or a cancel leaves the project
/// byte for byte as it was. Throws IoError or Cancelled as Importer::importInto. Returns the reports.
std::vector<LayerReport> importIntoProject(const Importer& importer, const std::string& projectPath,
                                           const std::string& dataset);

} // namespace polis
