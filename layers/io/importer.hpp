#pragma once
#include "import_report.hpp"

#include <functional>
#include <string>
#include <vector>

namespace polis {

/// Imports GIS staff's files safely: inspects each dataset (format, CRS with a suggestion when missing, text
/// encoding with detection, a sample of decoded values, GEOS validation, duplicate ids, mixed geometry types,
/// truncated field names) and embeds its layers into a project GeoPackage or references them.
/// Any file, however broken, gives a report or an IoError naming the file and the problem; never a crash.
///
/// Embedded tables keep the layer's own CRS: no coordinate is resampled at import (lossless, reversible),
/// and the map reprojects them into the project's map CRS when loading, like any referenced file.
///
/// Not thread-safe: use one Importer per thread (GDAL datasets and the GEOS context are per thread).
class Importer
{
public:
    explicit Importer(ImportOptions options = {});

    /// The datasets of `path`: the path itself, or for a folder every file inside (sorted, not recursive)
    /// except the sidecars of other datasets (.shx, .dbf, .prj, .cpg, indexes, metadata).
    static std::vector<std::string> datasets(const std::string& path);

    /// Inspects one dataset (a file, a .zip, "path:layer" or a connection string): one report per layer.
    /// A shapefile without .shx is read with the index rebuilt in a temporary folder (DataSource::open).
    /// Throws IoError naming the file and the problem, Cancelled when the progress callback says so.
    std::vector<LayerReport> inspect(const std::string& dataset) const;

    /// Called by importInto() once every layer passed the checks, before anything is copied: creates or
    /// prepares the target GeoPackage (map/project_import.hpp registers the layers in a project).
    using Prepare = std::function<void(const std::vector<LayerReport>&)>;

    /// Inspects `dataset`, refuses what cannot be imported (IoError): a layer without a CRS unless
    /// ImportOptions::assignCrs is set, a layer with NaN or infinite coordinates unless ImportOptions::repair
    /// is set; then calls `prepare` and, when ImportOptions::embed, copies every layer into the GeoPackage at
    /// `gpkgPath` (which `prepare` made exist) as a table with an R-tree. Returns the reports with the tables.
    /// Not atomic by itself: importIntoProject works on a copy.
    std::vector<LayerReport> importInto(const std::string& gpkgPath, const std::string& dataset,
                                        const Prepare& prepare) const;

    const ImportOptions& options() const { return m_options; }

private:
    ImportOptions m_options;
};

} // namespace polis
