#include "data_source.hpp"

#include "database_location.hpp"

#include "../core/detail/crs_data.hpp"
#include "../core/detail/gdal_error.hpp"
#include "../core/detail/ogr_filter.hpp"
#include "../core/detail/regular_file.hpp"
#include "../core/error.hpp"
#include "../core/transform.hpp"
#include "detail/arrow_reader.hpp"
#include "detail/domain_clip.hpp"
#include "detail/shx_restore.hpp"
#include "detail/ogr_geometry_append.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <unordered_set>

namespace polis {

namespace detail {
struct DataSourceData
{
    std::string path;
    std::string layerName;
    std::shared_ptr<ShxRestore> shx; ///< outlives the dataset (members are destroyed in reverse order)
    GDALDatasetUniquePtr dataset;
    std::vector<LayerInfo> layers;
};
} // namespace detail

namespace {

namespace fs = std::filesystem;

bool exists(const std::string& path)
{
    std::error_code ec;
    return fs::exists(fs::u8path(path), ec);
}

bool endsWithNoCase(std::string s, const std::string& suffix)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

FieldType fieldTypeOf(OGRFieldType type)
{
    switch (type) {
    case OFTInteger:
    case OFTInteger64:
        return FieldType::Integer;
    case OFTReal:
        return FieldType::Real;
    case OFTString:
        return FieldType::String;
    case OFTDate:
        return FieldType::Date;
    case OFTDateTime:
        return FieldType::DateTime;
    default:
        return FieldType::Other;
    }
}

std::string encodingOf(OGRLayer& layer, GDALDataset& ds)
{
    if (const char* enc = layer.GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE"))
        return *enc ? enc : "ISO-8859-1";
    if (const char* enc = layer.GetMetadataItem("ENCODING_FROM_LDID", "SHAPEFILE"))
        return enc;
    const char* driver = ds.GetDriverName();
    if (driver && EQUAL(driver, "ESRI Shapefile"))
        return "ISO-8859-1";
    return layer.TestCapability(OLCStringsAsUTF8) ? "UTF-8" : "unknown";
}

LayerInfo describe(OGRLayer& layer, GDALDataset& ds)
{
    LayerInfo info;
    info.name = layer.GetName();
    const OGRwkbGeometryType type = layer.GetGeomType();
    info.geometry = detail::kindOf(type);
    info.geometryType = OGRGeometryTypeToName(type);
    info.hasZ = OGR_GT_HasZ(type);
    info.hasM = OGR_GT_HasM(type);
    info.featureCount = layer.GetFeatureCount(FALSE);
    if (const OGRSpatialReference* srs = layer.GetSpatialRef())
        info.crs = detail::makeCrs(*srs);
    OGREnvelope env;
    if (layer.GetGeomType() != wkbNone) {
        // Drivers without a stored extent (GeoJSON, CSV, KML) scan their features: cheap for small layers.
        const bool scan = info.featureCount >= 0 && info.featureCount <= 100000;
        if (layer.GetExtent(&env, FALSE) == OGRERR_NONE || (scan && layer.GetExtent(&env, TRUE) == OGRERR_NONE))
            info.extent = Extent::of(env.MinX, env.MinY, env.MaxX, env.MaxY);
    }
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn* fd = defn->GetFieldDefn(i);
        info.fields.push_back({fd->GetNameRef(), fieldTypeOf(fd->GetType()), fd->GetWidth()});
    }
    info.encoding = encodingOf(layer, ds);
    info.fastSpatialFilter = layer.TestCapability(OLCFastSpatialFilter) != 0;
    return info;
}

/// Sets `layer`'s spatial filter to the rectangle `filter` given in `target` (the layer CRS when not
/// `reproject`), or clears it when there is none.
void applySpatialFilter(OGRLayer& layer, const Crs& layerCrs, const std::optional<Extent>& filter, const Crs& target,
                        bool reproject)
{
    if (filter && reproject) {
        // In the layer CRS the rectangle is a curved quadrilateral (rotated by the meridian convergence
        // between the Greek Grid and lon/lat). Filtering by its bounding box would also return features in
        // the slivers outside the requested rectangle, so filter by the densified shape itself.
        const Extent& f = *filter;
        const double corners[5][2] = {{f.xmin, f.ymin}, {f.xmax, f.ymin}, {f.xmax, f.ymax}, {f.xmin, f.ymax},
                                      {f.xmin, f.ymin}};
        constexpr int n = 20; // segments per side
        std::vector<double> ring;
        for (int side = 0; side < 4; ++side) {
            const double* a = corners[side];
            const double* b = corners[side + 1];
            for (int i = 0; i < n; ++i) {
                const double t = double(i) / n;
                ring.insert(ring.end(), {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
            }
        }
        const Transform back(target, layerCrs);
        if (back.apply(ring.data(), ring.size() / 2) == 0) {
            OGRLinearRing shell;
            for (std::size_t i = 0; i < ring.size(); i += 2)
                shell.addPoint(ring[i], ring[i + 1]);
            shell.closeRings();
            OGRPolygon area;
            area.addRing(&shell);
            layer.SetSpatialFilter(&area);
        } else { // some corner has no image in the layer CRS: fall back to the covering box
            const Extent box = back.apply(f);
            layer.SetSpatialFilterRect(box.xmin, box.ymin, box.xmax, box.ymax);
        }
    } else if (filter) {
        layer.SetSpatialFilterRect(filter->xmin, filter->ymin, filter->xmax, filter->ymax);
    } else {
        layer.SetSpatialFilter(nullptr);
    }
}

/// Takes the fields `filter` reads out of `ignored`: OGR evaluates the filter on the features read.
void keepFilterFields(OGRFeatureQuery& filter, std::vector<const char*>& ignored)
{
    char** used = filter.GetUsedFields();
    ignored.erase(std::remove_if(ignored.begin(), ignored.end(),
                                 [used](const char* name) { return CSLFindString(used, name) >= 0; }),
                  ignored.end());
    CSLDestroy(used);
}

} // namespace

std::pair<std::string, std::string> splitSourceSpec(const std::string& spec)
{
    if (exists(spec) || spec.rfind("PG:", 0) == 0 || spec.rfind("/vsi", 0) == 0 || DatabaseLocation::isDatabase(spec))
        return {spec, {}};
    const auto colon = spec.rfind(':');
    if (colon != std::string::npos && colon > 0 && exists(spec.substr(0, colon)))
        return {spec.substr(0, colon), spec.substr(colon + 1)};
    return {spec, {}};
}

DataSource::DataSource() : m_d(std::make_unique<detail::DataSourceData>()) {}
DataSource::~DataSource() = default;
DataSource::DataSource(DataSource&&) noexcept = default;
DataSource& DataSource::operator=(DataSource&&) noexcept = default;

DataSource DataSource::open(const std::string& spec, const std::vector<std::string>& openOptions)
{
    detail::ensureGdalRegistered();
    DataSource ds;
    std::tie(ds.m_d->path, ds.m_d->layerName) = splitSourceSpec(spec);
    const std::string& path = ds.m_d->path;
    const bool database = DatabaseLocation::isDatabase(path);
    const bool connection = database || path.rfind("PG:", 0) == 0 || path.rfind("/vsi", 0) == 0;
    if (!connection && !exists(path))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: file not found"), {path});
    if (const char* kind = connection ? nullptr : detail::specialFileKind(path))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot open: it is %2, not a file"), {path, Error::part(kind)});
    std::string gdalPath = path;
    std::vector<std::string> allOptions = openOptions;
    if (database) { // a project's schema: its tables only
        const DatabaseLocation location = DatabaseLocation::parse(path);
        gdalPath = location.gdalName();
        for (std::string& option : location.gdalOpenOptions())
            allOptions.push_back(std::move(option));
    }
    if (!connection && endsWithNoCase(path, ".zip"))
        gdalPath = "/vsizip/" + path;
    if (!connection && endsWithNoCase(path, ".shp")) {
        ds.m_d->shx = std::make_shared<detail::ShxRestore>(path);
        gdalPath = ds.m_d->shx->path();
    }
    CPLConfigOptionSetter restoreShx("SHAPE_RESTORE_SHX", ds.m_d->shx && ds.m_d->shx->active() ? "YES" : nullptr, true);

    detail::GdalErrorCapture errors;
    std::vector<const char*> options;
    for (const std::string& option : allOptions)
        options.push_back(option.c_str());
    options.push_back(nullptr);
    ds.m_d->dataset.reset(
        GDALDataset::Open(gdalPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options.data()));
    if (!ds.m_d->dataset) {
        const std::string reason = errors.lastError();
        if (reason.empty() || reason.find("not recognized as a supported") != std::string::npos)
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot open: not a vector dataset that GDAL can read"),
                          {path});
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot open: %2"), {path, reason});
    }
    GDALDataset& dataset = *ds.m_d->dataset;
    for (OGRLayer* layer : dataset.GetLayers())
        ds.m_d->layers.push_back(describe(*layer, dataset));
    if (!ds.m_d->layerName.empty())
        ds.layerIndex(ds.m_d->layerName); // validates the selection
    if (ds.m_d->layers.empty())
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: the dataset has no vector layers"), {path});
    return ds;
}

const std::string& DataSource::path() const
{
    return m_d->path;
}

const std::vector<LayerInfo>& DataSource::layers() const
{
    return m_d->layers;
}

std::string DataSource::driverName() const
{
    const char* name = m_d->dataset->GetDriverName();
    return name ? name : "";
}

GDALDataset& DataSource::gdalDataset() const
{
    return *m_d->dataset;
}

std::vector<std::size_t> DataSource::selectedLayers() const
{
    if (!m_d->layerName.empty())
        return {layerIndex(m_d->layerName)};
    std::vector<std::size_t> all(m_d->layers.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    return all;
}

std::size_t DataSource::layerIndex(const std::string& name) const
{
    std::string names;
    for (std::size_t i = 0; i < m_d->layers.size(); ++i) {
        if (m_d->layers[i].name == name)
            return i;
        names += (i ? ", " : "") + m_d->layers[i].name;
    }
    throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: no layer named \"%2\" (layers: %3)"), {m_d->path, name, names});
}

std::shared_ptr<FeatureStore> DataSource::read(std::size_t index, const ReadOptions& options) const
{
    const LayerInfo& info = m_d->layers.at(index);
    OGRLayer* layer = m_d->dataset->GetLayer(int(index));
    detail::GdalErrorCapture errors;

    // Attribute subset, pushed down to OGR.
    std::vector<Field> fields;
    std::vector<int> sourceFields;
    std::vector<const char*> ignored;
    for (std::size_t i = 0; i < info.fields.size(); ++i) {
        const bool wanted = !options.fields || std::find(options.fields->begin(), options.fields->end(),
                                                         info.fields[i].name) != options.fields->end();
        if (wanted) {
            fields.push_back(info.fields[i]);
            sourceFields.push_back(int(i));
        } else {
            ignored.push_back(info.fields[i].name.c_str());
        }
    }
    // The attribute filter is parsed by OGR alone and evaluated by OGR on the features read: no driver ever
    // sees the user's text (SQLite and PostgreSQL would run it as SQL). The fields it reads are not ignored.
    const bool hasFilter = !detail::isBlankFilter(options.where);
    const std::unique_ptr<OGRFeatureQuery> filter =
        hasFilter ? detail::compileFilter(*layer->GetLayerDefn(), options.where, m_d->path + ", " + info.name)
                  : nullptr;
    if (filter)
        keepFilterFields(*filter, ignored);
    ignored.push_back(nullptr);
    layer->SetIgnoredFields(ignored.data());
    layer->SetAttributeFilter(nullptr);

    const Crs& crs = info.crs.isValid() ? info.crs : options.assumedCrs;
    const bool reproject = options.targetCrs.isValid() && crs.isValid() && !options.targetCrs.isSame(crs);
    // Clipped to where the map CRS is defined before projecting (world polygons in the Greek Grid).
    const std::optional<Extent> domain =
        reproject ? detail::projectionDomain(crs, options.targetCrs, info.extent) : std::nullopt;
    // One pass per filter rectangle (one unfiltered pass without any); a feature meeting several is read once.
    std::vector<std::optional<Extent>> passes;
    if (options.filter)
        passes.push_back(options.filter);
    for (const Extent& e : options.filters) {
        if (!e.isEmpty())
            passes.push_back(e);
    }
    if (passes.empty() && options.filters.empty())
        passes.emplace_back();
    std::unordered_set<GIntBig> seen;

    auto store = std::make_shared<FeatureStore>(fields, info.hasZ, info.hasM);
    const bool filtered = options.filter || !options.filters.empty();
    const std::int64_t total = filtered || hasFilter ? -1 : info.featureCount;
    std::int64_t done = 0;
    // The count is the file's claim (gpkg_ogr_contents, a header): a hostile one asks for exabytes. Reserve at
    // most a million features; the store grows past that as features really arrive.
    constexpr std::int64_t kMaxReserve = 1 << 20;
    if (info.featureCount > 0 && total >= 0)
        store->reserve(std::size_t(std::min(info.featureCount, kMaxReserve)));
    // The Arrow stream covers whole-layer reads; filtered reads keep the loop (the drivers' filters apply there).
    const bool arrow = options.fastRead && !filtered && !hasFilter && !domain &&
                       detail::readArrowStream(*layer, fields, info.geometry, *store, [&](std::int64_t n) {
                           done = n;
                           return !options.progress || options.progress(done, total);
                       });
    if (!arrow && done > 0) { // the stream met a geometry it does not read: start again with the loop
        store = std::make_shared<FeatureStore>(fields, info.hasZ, info.hasM);
        done = 0;
    }
    if (arrow)
        passes.clear();
    for (const std::optional<Extent>& pass : passes) {
        applySpatialFilter(*layer, crs, pass, options.targetCrs, reproject);
        layer->ResetReading();
        for (auto& feature : *layer) {
            if (filter && !filter->Evaluate(feature.get()))
                continue;
            if (passes.size() > 1 && !seen.insert(feature->GetFID()).second)
                continue;
            const OGRGeometry* geometry = feature->GetGeometryRef();
            std::unique_ptr<OGRGeometry> clipped;
            if (domain)
                geometry = detail::clipToDomain(geometry, *domain, clipped);
            detail::appendGeometry(*store, feature->GetFID(), geometry, info.geometry);
            for (std::size_t f = 0; f < sourceFields.size(); ++f) {
                const int src = sourceFields[f];
                if (!feature->IsFieldSetAndNotNull(src))
                    continue;
                switch (fields[f].type) {
                case FieldType::Integer:
                    store->setAttribute(f, std::int64_t(feature->GetFieldAsInteger64(src)));
                    break;
                case FieldType::Real:
                    store->setAttribute(f, feature->GetFieldAsDouble(src));
                    break;
                default:
                    store->setAttribute(f, std::string(feature->GetFieldAsString(src)));
                    break;
                }
            }
            store->endFeature();
            if (++done % 8192 == 0 && options.progress && !options.progress(done, total))
                throw Cancelled();
        }
    }
    layer->SetSpatialFilter(nullptr);
    layer->SetIgnoredFields(nullptr);
    if (!errors.lastError().empty())
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1, layer %2: %3"), {m_d->path, info.name, errors.lastError()});
    if (reproject)
        store->transform(Transform(crs, options.targetCrs));
    store->finish();
    if (options.progress)
        options.progress(done, done);
    return store;
}

} // namespace polis
