#pragma once
#include "../core/crs.hpp"
#include "../core/feature_store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace polis {

/// Writes a FeatureStore (a query result, a buffer, a dissolve...) to a new file through GDAL.
class FeatureWriter
{
public:
    /// What to write.
    struct Options
    {
        /// Layer name in the file; empty = the file's base name.
        std::string layerName;
        /// Only these features (indices into the store, e.g. Selection::indices); nullopt = all.
        std::optional<std::vector<std::size_t>> features;
    };

    /// Writes `store` (coordinates in `crs`) with its fids (GeoPackage) and attributes to `path`, whose
    /// extension picks the format: .gpkg (GeoPackage), .geojson/.json (GeoJSON, with the CRS when not WGS84),
    /// .csv (a WKT geometry column; GDAL writes the field types in a .csvt and the CRS in a .prj next to it).
    /// Atomic: written to a temporary file in the same folder, then renamed over `path`, so a failure never
    /// leaves a half-written or damaged file behind. Throws IoError naming the file and GDAL's message.
    /// Uses GDAL on the calling thread; the store is only read.
    static void write(const FeatureStore& store, const Crs& crs, const std::string& path,
                      const Options& options);
    static void write(const FeatureStore& store, const Crs& crs, const std::string& path)
    {
        write(store, crs, path, Options{});
    }

    /// True when `path` ends in an extension write() supports.
    static bool supports(const std::string& path);
};

} // namespace polis
