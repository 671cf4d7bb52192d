#pragma once
#include "../core/crs.hpp"
#include "../core/extent.hpp"
#include "../core/feature_store.hpp"

#include <functional>
#include <stdexcept>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class GDALDataset;

namespace polis {

/// What a vector layer holds, read once when its dataset is opened.
struct LayerInfo
{
    std::string name;
    GeometryKind geometry = GeometryKind::None;
    std::string geometryType;     ///< OGR's name, e.g. "Multi Polygon", "3D Line String"
    bool hasZ = false;
    bool hasM = false;
    std::int64_t featureCount = -1; ///< -1 when the driver cannot tell without reading everything
    Crs crs;                      ///< invalid when the dataset declares none
    Extent extent;                ///< in the layer's own CRS; empty when unknown
    std::vector<Field> fields;
    std::string encoding;         ///< text encoding of the source ("UTF-8", "CP1253", ...)
    /// True when the source answers spatial filters from an index (GeoPackage R-tree, shapefile .qix,
    /// PostGIS GiST): reading with ReadOptions::filter then touches only the candidates.
    bool fastSpatialFilter = false;
};

/// How to read features into a FeatureStore.
struct ReadOptions
{
    /// Transform coordinates into this CRS (once, while reading). Invalid = keep the layer's CRS.
    Crs targetCrs;
    /// The CRS of a layer that declares none (e.g. suggestEpsg's, the caller having said so): its coordinates
    /// are transformed from it. Ignored for layers with a CRS. Invalid = such a layer is not transformed.
    Crs assumedCrs;
    /// Only features whose geometry intersects this rectangle (in targetCrs, or the layer CRS).
    std::optional<Extent> filter;
    /// Only features meeting any of these rectangles (same CRS as `filter`; together with `filter`, the union):
    /// one indexed read per rectangle, each feature once. For reading the candidates along a long route
    /// without the rectangle that covers it all. Empty rectangles match nothing.
    std::vector<Extent> filters;
    /// Only these attribute fields (pushed down to OGR); nullopt = all fields.
    std::optional<std::vector<std::string>> fields;
    /// Only features matching this attribute filter, in OGR SQL syntax (e.g. `use = 'school' AND floors >= 2`),
    /// parsed by OGR's expression parser and evaluated by OGR on the features read (detail::compileFilter):
    /// the driver never sees the text, so it is never run as SQLite or PostgreSQL SQL. Empty = no filter.
    /// An expression OGR refuses throws Error naming the file, the layer, the filter and GDAL's message.
    std::string where;
    /// Read whole layers through OGR's Arrow stream (WKB parsed straight into the store, about 3x less CPU
    /// than the feature loop on a GeoPackage). The loop is used anyway for filtered reads, date and other
    /// field types, and curve or collection geometries; both give identical stores. false forces the loop.
    bool fastRead = true;
    /// Called every few thousand features with (done, total or -1); return false to cancel (Cancelled).
    std::function<bool(std::int64_t, std::int64_t)> progress;
};

/// Raised when a ReadOptions::progress callback asks to stop.
class Cancelled : public std::runtime_error
{
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

namespace detail {
struct DataSourceData;
}

/// A GDAL vector dataset: one implementation for every OGR format (shapefile, GeoJSON, GeoPackage, KML,
/// GPX, CSV, FlatGeobuf, PostGIS "PG:..." connections, zipped shapefiles...). Format differences are open
/// options, never separate classes. Not thread-safe: use one DataSource per thread.
class DataSource
{
public:
    /// Opens `spec`: a path, "path:layer" to select one layer, a GDAL connection string, or a project's
    /// database location (`postgresql://...?schema=NAME`, DatabaseLocation: the tables of that schema).
    /// Throws IoError naming the file and the reason (missing, unreadable, not a vector dataset).
    /// `openOptions` are GDAL open options ("ENCODING=CP1253" for a shapefile), passed to the driver as is.
    static DataSource open(const std::string& spec, const std::vector<std::string>& openOptions = {});
    ~DataSource();
    DataSource(DataSource&&) noexcept;
    DataSource& operator=(DataSource&&) noexcept;

    /// The dataset path or connection string as opened (without the ":layer" suffix).
    const std::string& path() const;
    const std::vector<LayerInfo>& layers() const;
    /// The GDAL driver that reads the dataset ("ESRI Shapefile", "GeoJSON", "KML", "GPKG", ...).
    std::string driverName() const;
    /// Internal: the open GDAL dataset, owned by this DataSource. Only the engine's .cpp files use it.
    GDALDataset& gdalDataset() const;
    /// The layers selected by the spec: the one named after ':' or all of them.
    std::vector<std::size_t> selectedLayers() const;
    /// Index of the layer named `name`; throws IoError naming the file and the available layers.
    std::size_t layerIndex(const std::string& name) const;

    /// Reads the features of layer `layer` into a finished FeatureStore.
    /// Throws IoError on read failure and Cancelled when the progress callback says so.
    std::shared_ptr<FeatureStore> read(std::size_t layer, const ReadOptions& options = {}) const;

private:
    DataSource();
    std::unique_ptr<detail::DataSourceData> m_d;
};

/// Splits "path:layer" into path and layer when `path` alone is not an existing file but its prefix is.
/// Connection strings ("PG:...") and existing paths are returned whole with an empty layer.
std::pair<std::string, std::string> splitSourceSpec(const std::string& spec);

} // namespace polis
