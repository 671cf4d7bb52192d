#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace polis {

/// What copyProject() copied.
struct ProjectCopy
{
    int tables = 0;             ///< layer tables written into the target
    std::int64_t features = 0;  ///< their features
    std::vector<std::string> referenced; ///< layers left as references (names): rasters, or all without `embed`
};

/// Copies the project at `from` to `to` (each a `.polis` file or a database location, DatabaseLocation):
/// `polis project push` and `pull`. The tables embedded in `from` become tables of `to` with their feature
/// ids and a spatial index (PostGIS tables with a GiST index through GDAL's PostgreSQL driver, GeoPackage
/// tables with an R-tree); with `embed`, referenced vector datasets are copied in too. References that
/// stay are made absolute (a schema has no folder). The layer tables are written in one transaction, then
/// the project in another (Project::save): a failure in between leaves only unused tables behind. An
/// existing table of the same name in `to` is replaced. Throws IoError naming the location and layer.
ProjectCopy copyProject(const std::string& from, const std::string& to, bool embed);

} // namespace polis
