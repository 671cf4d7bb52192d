#pragma once
#include <cstdint>
#include <functional>
#include <string>

class GDALDataset;
class OGRLayer;
class OGRSpatialReference;

namespace polis::detail {

struct CopyResult
{
    std::int64_t features = 0;
    std::int64_t repaired = 0; ///< invalid geometries replaced by GEOSMakeValid_r's valid result
    std::int64_t removed = 0;  ///< geometries set to null: unusable coordinates, or nothing left to repair
};

/// A table name for `name` not yet in `ds`: lower-case ASCII letters, digits and _, "_2"... when taken.
std::string uniqueTable(GDALDataset& ds, const std::string& name);

/// Copies every feature of `source` into a new table `table` of `target` (a GeoPackage or PostgreSQL
/// dataset open for update; the caller owns the transaction) with a spatial index (R-tree, GiST), its
/// geometries in `crs` (nullptr = none) without reprojection; `keepFids` keeps the feature ids (scenario
/// changes name baseline features by them). Single lines and polygons are promoted to their multi types so both fit one table.
/// With `repair`, invalid geometries go through detail::makeValid and NaN / infinite ones become null.
/// Calls `tick` after each feature (it may throw Cancelled). Throws IoError naming the table on failure.
CopyResult copyLayer(OGRLayer& source, GDALDataset& target, const std::string& table, const OGRSpatialReference* crs,
                     bool repair, bool keepFids, const std::function<void()>& tick);

} // namespace polis::detail
