#pragma once
#include "data_source.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace polis {

/// Where a layer's text encoding came from.
enum class EncodingOrigin : std::uint8_t {
    Format,   ///< the format defines it (GeoJSON, GeoPackage, KML, GPX: UTF-8)
    Cpg,      ///< the shapefile's .cpg file
    Ldid,     ///< the DBF language driver byte
    Detected, ///< guessed from the DBF's bytes (neither .cpg nor LDID; io/detail/text_encoding.hpp)
    Override  ///< ImportOptions::encoding
};

/// The geometry problems of one layer, found with GEOS. Feature ids are the source's (OGR FIDs);
/// each list keeps the first kMaxFids.
struct GeometryProblems
{
    static constexpr std::size_t kMaxFids = 20;
    std::int64_t invalid = 0;        ///< GEOSisValid_r false (self-intersections, rings of 2 points...)
    std::int64_t empty = 0;          ///< geometry present but empty
    std::int64_t null = 0;           ///< no geometry at all
    std::int64_t badCoordinates = 0; ///< NaN, infinite or beyond ±1e15: never given to GEOS
    std::vector<std::int64_t> invalidFids, emptyFids, nullFids, badCoordinateFids;
    std::string firstInvalidReason;  ///< GEOS's explanation for the first invalid geometry
    std::vector<std::string> geometryTypes; ///< distinct OGR type names met, in order of appearance
    bool mixedTypes = false;                ///< points, lines and polygons mixed in one layer
    std::string idField;                    ///< the id-like field checked for duplicates; "" = the FID
    std::int64_t duplicateIds = 0;          ///< features whose id repeats an earlier one
    std::vector<std::string> duplicateIdSamples;
};

/// What inspecting (and importing) one layer found. Plain value; safe to copy between threads.
struct LayerReport
{
    std::string source;  ///< the dataset path as given
    std::string driver;  ///< GDAL driver that read it ("ESRI Shapefile", "GeoJSON", "KML"...)
    LayerInfo info;      ///< name, geometry type, feature count, CRS (after assignment), fields, encoding
    bool crsAssigned = false;          ///< the source declares no CRS; ImportOptions::assignCrs was used
    /// When the source declares no CRS or the coordinates are outside its area: a guess from the coordinates.
    std::optional<int> suggestedEpsg;
    /// The coordinates cannot be in the layer's CRS (declared or assigned): their extent, taken to WGS 84,
    /// misses the CRS's area of use in PROJ's database (by more than 1°), or a geographic CRS gets
    /// longitudes or latitudes beyond ±360 / ±90, or PROJ cannot transform them at all.
    bool outsideCrsArea = false;
    std::string crsAreaName; ///< PROJ's description of the CRS's area of use ("" when unknown)
    Extent dataExtent;                 ///< of the finite coordinates, in the source CRS
    EncodingOrigin encodingOrigin = EncodingOrigin::Format;
    std::vector<std::string> sample;   ///< the first few decoded text values (UTF-8), for a preview
    std::vector<std::string> truncatedFields; ///< DBF names of exactly 10 characters: probably cut short
    std::vector<std::string> notes;    ///< things done to read the file (e.g. a restored .shx), English
    GeometryProblems problems;
    // Filled by Importer::importInto:
    std::string table;          ///< the table in the project GeoPackage; empty when kept as a reference
    std::int64_t repaired = 0;  ///< invalid geometries replaced by GEOSMakeValid_r's valid result
    std::int64_t removed = 0;   ///< geometries set to null because no repair was possible
};

/// How Importer reads and imports.
struct ImportOptions
{
    /// Text encoding (an iconv name: "CP1253", "ISO-8859-7", "UTF-8") to read shapefiles with, overriding
    /// the .cpg, the LDID and detection (GDAL's ENCODING open option). Empty = as detected.
    std::string encoding;
    /// Assigned to layers that declare no CRS. Never assigned otherwise; a layer without a CRS is not
    /// imported without it (it would be drawn in the wrong place).
    Crs assignCrs;
    /// Import layers whose coordinates are outside their CRS's area of use (LayerReport::outsideCrsArea):
    /// without it such a layer is refused, as it would be drawn nowhere near where it belongs.
    bool force = false;
    /// The map CRS of a project the import creates; invalid = the first imported layer's CRS.
    Crs mapCrs;
    /// Replace invalid geometries by GEOSMakeValid_r's result and set unusable ones (NaN, infinite) to null.
    /// Without it, a layer with unusable coordinates is not imported.
    bool repair = false;
    /// true: copy into the project GeoPackage; false: keep a reference to the source file.
    bool embed = true;
    /// Called every 1000 features with (done, total): a validation pass and a copy pass over every feature,
    /// so total is twice the feature count. Return false to cancel (Importer throws polis::Cancelled).
    std::function<bool(std::int64_t, std::int64_t)> progress;
};

/// A CRS suggested by the coordinate ranges of `extent` (a layer without a CRS): eastings 100000-1000000 and
/// northings 3800000-4700000 suggest the Greek Grid (2100); values within ±180 / ±90 suggest WGS 84 (4326).
/// nullopt otherwise. Import never applies it without the user's consent; a map draws such a layer in it and
/// says so (MapContent::warnings).
std::optional<int> suggestEpsg(const Extent& extent);

/// The English name of an encoding origin ("cpg", "ldid", "detected", "override", "format").
const char* encodingOriginName(EncodingOrigin origin);

} // namespace polis
