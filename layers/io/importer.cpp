#include "importer.hpp"

#include "../core/detail/crs_data.hpp"
#include "../core/detail/gdal_error.hpp"
#include "../core/error.hpp"
#include "../core/transform.hpp"
#include "detail/layer_copy.hpp"
#include "detail/layer_scan.hpp"
#include "detail/shapefile_check.hpp"

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>

namespace polis {
namespace {

namespace fs = std::filesystem;

std::string lowerExtension(const fs::path& p)
{
    std::string ext = p.extension().u8string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

bool isShapefile(const std::string& path)
{
    std::error_code ec;
    return lowerExtension(fs::u8path(path)) == ".shp" && fs::is_regular_file(fs::u8path(path), ec);
}

/// Counts features and asks the progress callback every 1000; throws Cancelled when it says stop.
class Progress
{
public:
    Progress(const ImportOptions& options, std::int64_t total) : m_callback(options.progress), m_total(total) {}
    void tick()
    {
        if (++m_done % 1000 == 0 && m_callback && !m_callback(m_done, m_total))
            throw Cancelled();
    }
    void finish() const
    {
        if (m_callback)
            m_callback(m_done, m_done);
    }

private:
    const std::function<bool(std::int64_t, std::int64_t)>& m_callback;
    std::int64_t m_total;
    std::int64_t m_done = 0;
};

EncodingOrigin originOf(OGRLayer& layer, bool shapefile)
{
    auto set = [&](const char* item) {
        const char* value = layer.GetMetadataItem(item, "SHAPEFILE");
        return value && *value;
    };
    if (shapefile && set("ENCODING_FROM_CPG"))
        return EncodingOrigin::Cpg;
    if (shapefile && set("ENCODING_FROM_LDID"))
        return EncodingOrigin::Ldid;
    return EncodingOrigin::Format;
}

/// A dataset opened for import, with one report per layer (not yet scanned).
struct Opened
{
    DataSource source;
    std::vector<LayerReport> reports;
};

Opened openDataset(const std::string& path, const ImportOptions& options)
{
    const bool shapefile = isShapefile(path);
    detail::ShapefileFacts facts;
    std::vector<std::string> openOptions, notes;
    std::optional<EncodingOrigin> chosen;
    if (shapefile) {
        facts = detail::checkShapefile(path);
        const std::string& encoding = options.encoding.empty() ? facts.detectedEncoding : options.encoding;
        if (!encoding.empty()) {
            openOptions.push_back("ENCODING=" + encoding);
            chosen = options.encoding.empty() ? EncodingOrigin::Detected : EncodingOrigin::Override;
        }
        if (facts.shxMissing)
            notes.push_back("the .shx index is missing: it was rebuilt from the .shp in a temporary folder");
    } else if (!options.encoding.empty()) {
        notes.push_back("the encoding override applies to shapefiles only; this format defines its own");
    }
    Opened opened{DataSource::open(path, openOptions), {}};
    for (std::size_t i : opened.source.selectedLayers()) {
        LayerReport report;
        report.source = path;
        report.driver = opened.source.driverName();
        report.info = opened.source.layers()[i];
        OGRLayer& layer = *opened.source.gdalDataset().GetLayer(int(i));
        report.encodingOrigin = chosen.value_or(originOf(layer, report.driver == "ESRI Shapefile"));
        if (facts.hasPrj && !report.info.crs.isValid())
            throw IoError(QT_TRANSLATE_NOOP("polis::Error",
                                            "%1: the .prj file does not hold a coordinate reference system that can be read"),
                          {path});
        if (report.driver == "ESRI Shapefile") {
            for (const Field& f : report.info.fields) {
                if (f.name.size() == 10)
                    report.truncatedFields.push_back(f.name);
            }
        }
        report.notes = notes;
        opened.reports.push_back(std::move(report));
    }
    return opened;
}

std::int64_t featureTotal(const Opened& opened)
{
    std::int64_t total = 0;
    for (const LayerReport& r : opened.reports)
        total += std::max<std::int64_t>(r.info.featureCount, 0);
    return total;
}

/// True when the coordinates of `data` cannot be in `crs` (LayerReport::outsideCrsArea); sets `areaName`.
bool outsideAreaOfUse(const Crs& crs, const Extent& data, std::string& areaName)
{
    if (!crs.isValid() || data.isEmpty())
        return false;
    const Extent area = crs.areaOfUse(&areaName);
    if (crs.isGeographic() && !(data.xmin >= -360 && data.xmax <= 360 && data.ymin >= -90.001 && data.ymax <= 90.001))
        return true;
    if (area.isEmpty())
        return false; // PROJ knows no area: nothing to check against
    Extent lonLat;
    try {
        lonLat = Transform(crs, Crs::fromEpsg(4326)).apply(data);
    } catch (const CrsError&) {
        return false; // no operation to WGS 84 (an engineering CRS): nothing to check against
    }
    return lonLat.isEmpty() || !lonLat.intersects(area.buffered(1.0));
}

/// Scans every layer of `opened`; assigns options.assignCrs where none is declared, checks the coordinates
/// against the CRS's area of use and suggests a CRS where none is declared or the coordinates do not fit.
void scanDataset(Opened& opened, const ImportOptions& options, Progress& progress)
{
    const std::vector<std::size_t> layers = opened.source.selectedLayers();
    for (std::size_t k = 0; k < layers.size(); ++k) {
        LayerReport& report = opened.reports[k];
        detail::scanLayer(*opened.source.gdalDataset().GetLayer(int(layers[k])), report, [&] { progress.tick(); });
        const bool declared = report.info.crs.isValid();
        if (!declared && options.assignCrs.isValid()) {
            report.info.crs = options.assignCrs;
            report.crsAssigned = true;
        }
        report.outsideCrsArea = outsideAreaOfUse(report.info.crs, report.dataExtent, report.crsAreaName);
        if (!declared || report.outsideCrsArea) {
            report.suggestedEpsg = suggestEpsg(report.dataExtent);
            if (report.suggestedEpsg && report.suggestedEpsg == report.info.crs.epsg())
                report.suggestedEpsg.reset();
        }
    }
}

std::string extentText(const Extent& e)
{
    char text[160];
    std::snprintf(text, sizeof text, "x %.10g to %.10g, y %.10g to %.10g", e.xmin, e.xmax, e.ymin, e.ymax);
    return text;
}

void checkImportable(const LayerReport& r, const ImportOptions& options)
{
    const std::string epsg = r.suggestedEpsg ? "EPSG:" + std::to_string(*r.suggestedEpsg) : std::string();
    if (!r.info.crs.isValid()) {
        if (epsg.empty())
            throw IoError(QT_TRANSLATE_NOOP("polis::Error",
                                            "%1, layer %2: no coordinate reference system is declared; assign one explicitly"),
                          {r.source, r.info.name});
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1, layer %2: no coordinate reference system is declared; the "
                                                        "coordinates suggest %3; assign one explicitly"),
                      {r.source, r.info.name, epsg});
    }
    if (r.outsideCrsArea && !options.force) {
        const Error::Arg area = r.crsAreaName.empty() ? Error::Arg("")
                                                      : Error::part(QT_TRANSLATE_NOOP("polis::Error", " (its area of use: %1)"),
                                                                    {r.crsAreaName});
        const Error::Arg suggestion =
            epsg.empty() ? Error::Arg("") : Error::part(QT_TRANSLATE_NOOP("polis::Error", "; they suggest %1"), {epsg});
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1, layer %2: the coordinates (%3) cannot be in %4%5%6; assign "
                                                        "the right CRS, or force the import"),
                      {r.source, r.info.name, extentText(r.dataExtent), r.info.crs.displayId(), area, suggestion});
    }
    if (r.problems.badCoordinates > 0 && !options.repair)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1, layer %2: %3 feature(s) (first fid %4) have NaN, infinite or "
                                                        "out-of-range coordinates; repair sets them to null"),
                      {r.source, r.info.name, std::to_string(r.problems.badCoordinates),
                       std::to_string(r.problems.badCoordinateFids.front())});
    const bool recoded = r.encodingOrigin == EncodingOrigin::Detected || r.encodingOrigin == EncodingOrigin::Override;
    if (!options.embed && (r.crsAssigned || recoded))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1, layer %2: an assigned CRS or text encoding cannot be kept "
                                                        "with a reference; embed the layer"),
                      {r.source, r.info.name});
}

void embedLayers(const std::string& file, Opened& opened, const ImportOptions& options, Progress& progress)
{
    detail::GdalErrorCapture errors;
    const char* drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr gpkg(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers));
    if (!gpkg || gpkg->StartTransaction(TRUE) != OGRERR_NONE)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write the project: %2"), {file, errors.lastError()});
    const std::vector<std::size_t> layers = opened.source.selectedLayers();
    for (std::size_t k = 0; k < layers.size(); ++k) {
        LayerReport& r = opened.reports[k];
        r.table = detail::uniqueTable(*gpkg, r.info.name);
        const OGRSpatialReference* srs = r.info.crs.isValid() ? &r.info.crs.data()->srs : nullptr;
        try {
            const detail::CopyResult copied =
                detail::copyLayer(*opened.source.gdalDataset().GetLayer(int(layers[k])), *gpkg, r.table, srs,
                                  options.repair, false, [&] { progress.tick(); });
            r.repaired = copied.repaired;
            r.removed = copied.removed;
        } catch (const IoError& e) {
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1, layer %2: %3"), {r.source, r.info.name, Error::keep(e)});
        }
    }
    if (gpkg->CommitTransaction() != OGRERR_NONE)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot commit the imported layers: %2"), {file, errors.lastError()});
}

} // namespace

std::optional<int> suggestEpsg(const Extent& e)
{
    if (e.isEmpty())
        return std::nullopt;
    if (e.xmin >= 100000 && e.xmax <= 1000000 && e.ymin >= 3800000 && e.ymax <= 4700000)
        return 2100;
    if (e.xmin >= -180 && e.xmax <= 180 && e.ymin >= -90 && e.ymax <= 90)
        return 4326;
    return std::nullopt;
}

const char* encodingOriginName(EncodingOrigin origin)
{
    switch (origin) {
    case EncodingOrigin::Cpg:
        return "cpg";
    case EncodingOrigin::Ldid:
        return "ldid";
    case EncodingOrigin::Detected:
        return "detected";
    case EncodingOrigin::Override:
        return "override";
    case EncodingOrigin::Format:
        break;
    }
    return "format";
}

Importer::Importer(ImportOptions options) : m_options(std::move(options)) {}

std::vector<std::string> Importer::datasets(const std::string& path)
{
    std::error_code ec;
    if (!fs::is_directory(fs::u8path(path), ec))
        return {path};
    static const std::set<std::string> sidecars = {".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".xml",
                                                   ".csvt", ".aux", ".qmd", ".qml", ".sld", ".ovr", ".lock"};
    std::vector<std::string> out;
    for (const fs::directory_entry& entry : fs::directory_iterator(fs::u8path(path), ec)) {
        const std::string name = entry.path().filename().u8string();
        if (entry.is_regular_file(ec) && name[0] != '.' && !sidecars.count(lowerExtension(entry.path())))
            out.push_back(entry.path().u8string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<LayerReport> Importer::inspect(const std::string& dataset) const
{
    Opened opened = openDataset(dataset, m_options);
    Progress progress(m_options, featureTotal(opened));
    scanDataset(opened, m_options, progress);
    progress.finish();
    return std::move(opened.reports);
}

std::vector<LayerReport> Importer::importInto(const std::string& gpkgPath, const std::string& dataset,
                                             const Prepare& prepare) const
{
    Opened opened = openDataset(dataset, m_options);
    Progress progress(m_options, featureTotal(opened) * (m_options.embed ? 2 : 1));
    scanDataset(opened, m_options, progress);
    for (const LayerReport& r : opened.reports)
        checkImportable(r, m_options);
    prepare(opened.reports);
    if (m_options.embed)
        embedLayers(gpkgPath, opened, m_options, progress);
    progress.finish();
    return std::move(opened.reports);
}

} // namespace polis
