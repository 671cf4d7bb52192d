#include "feature_writer.hpp"

#include "../core/detail/crs_data.hpp"
#include "../core/detail/gdal_error.hpp"
#include "../core/detail/ogr_field_type.hpp"
#include "../core/error.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include <unistd.h>

namespace polis {
namespace {

namespace fs = std::filesystem;

/// Files the CSV driver writes next to the .csv: field types and the CRS.
constexpr const char* kSidecars[] = {".csvt", ".prj"};

/// GDAL driver name for a path's extension; empty when unsupported.
std::string driverFor(const std::string& path)
{
    std::string ext = fs::u8path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    if (ext == ".gpkg")
        return "GPKG";
    if (ext == ".geojson" || ext == ".json")
        return "GeoJSON";
    if (ext == ".csv")
        return "CSV";
    return {};
}

OGRwkbGeometryType simpleType(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Point:
        return wkbPoint;
    case GeometryKind::Line:
        return wkbLineString;
    case GeometryKind::Polygon:
        return wkbPolygon;
    case GeometryKind::None:
        break;
    }
    return wkbUnknown;
}

/// One part of a feature as an OGR geometry.
std::unique_ptr<OGRGeometry> partGeometry(const FeatureStore& store, std::size_t feature, std::uint32_t part)
{
    auto curve = [&](OGRSimpleCurve& c, std::uint32_t ring) {
        const RingView v = store.ring(ring);
        c.setNumPoints(int(v.count), FALSE);
        for (std::uint32_t i = 0; i < v.count; ++i)
            c.setPoint(int(i), v.xy[2 * i], v.xy[2 * i + 1]);
    };
    const std::uint32_t first = store.firstRing(part);
    switch (store.kind(feature)) {
    case GeometryKind::Point: {
        const RingView v = store.ring(first);
        return std::make_unique<OGRPoint>(v.xy[0], v.xy[1]);
    }
    case GeometryKind::Line: {
        auto line = std::make_unique<OGRLineString>();
        curve(*line, first);
        return line;
    }
    case GeometryKind::Polygon: {
        auto polygon = std::make_unique<OGRPolygon>();
        for (std::uint32_t r = first; r < store.endRing(part); ++r) {
            auto ring = std::make_unique<OGRLinearRing>();
            curve(*ring, r);
            polygon->addRingDirectly(ring.release());
        }
        return polygon;
    }
    case GeometryKind::None:
        break;
    }
    return nullptr;
}

/// The feature's geometry: single, or a multi-geometry when `multi` (the layer's type) asks for one.
std::unique_ptr<OGRGeometry> featureGeometry(const FeatureStore& store, std::size_t feature, bool multi)
{
    const std::uint32_t p0 = store.firstPart(feature), p1 = store.endPart(feature);
    if (p0 == p1 || store.kind(feature) == GeometryKind::None)
        return nullptr;
    if (!multi)
        return partGeometry(store, feature, p0);
    std::unique_ptr<OGRGeometryCollection> collection(
        OGRGeometryFactory::createGeometry(OGR_GT_GetCollection(simpleType(store.kind(feature))))
            ->toGeometryCollection());
    for (std::uint32_t p = p0; p < p1; ++p)
        collection->addGeometryDirectly(partGeometry(store, feature, p).release());
    return collection;
}

} // namespace

bool FeatureWriter::supports(const std::string& path)
{
    return !driverFor(path).empty();
}

void FeatureWriter::write(const FeatureStore& store, const Crs& crs, const std::string& path,
                          const Options& options)
{
    detail::ensureGdalRegistered();
    const std::string driverName = driverFor(path);
    if (driverName.empty())
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: unsupported output format (use .gpkg, .geojson or .csv)"), {path});
    std::vector<std::size_t> features;
    if (options.features) {
        features = *options.features;
    } else {
        features.resize(store.size());
        for (std::size_t i = 0; i < features.size(); ++i)
            features[i] = i;
    }
    // The layer type: the features' common kind (Unknown when mixed), multi when any has several parts.
    GeometryKind kind = GeometryKind::None;
    bool mixed = false, multi = false;
    for (const std::size_t f : features) {
        if (store.firstPart(f) == store.endPart(f))
            continue;
        mixed |= kind != GeometryKind::None && kind != store.kind(f);
        kind = store.kind(f);
        multi |= store.endPart(f) - store.firstPart(f) > 1;
    }
    OGRwkbGeometryType layerType = mixed ? wkbUnknown : simpleType(kind);
    if (multi && !mixed)
        layerType = OGR_GT_GetCollection(layerType);

    const fs::path target = fs::u8path(path);
    const fs::path temp =
        target.parent_path() / fs::u8path("." + target.stem().u8string() + ".tmp-" +
                                          std::to_string(::getpid()) + target.extension().u8string());
    const std::string layerName = options.layerName.empty() ? target.stem().u8string() : options.layerName;
    detail::GdalErrorCapture errors;
    auto fail = [&](const Error::Arg& what) {
        GDALDriver* d = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
        if (d)
            d->Delete(temp.u8string().c_str());
        std::error_code ec;
        fs::remove(temp, ec);
        for (const char* ext : kSidecars)
            fs::remove(fs::path(temp).replace_extension(ext), ec);
        if (errors.lastError().empty())
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write %2"), {path, what});
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot write %2: %3"), {path, what, errors.lastError()});
    };
    {
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
        GDALDatasetUniquePtr ds(
            driver ? driver->Create(temp.u8string().c_str(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
        if (!ds)
            fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "the file")));
        const char* csvOptions[] = {"GEOMETRY=AS_WKT", "CREATE_CSVT=YES",
                                    nullptr}; // .csvt keeps the field types
        const OGRSpatialReference* srs = crs.isValid() ? &crs.data()->srs : nullptr;
        OGRLayer* layer = ds->CreateLayer(layerName.c_str(), const_cast<OGRSpatialReference*>(srs), layerType,
                                          driverName == "CSV" ? const_cast<char**>(csvOptions) : nullptr);
        if (!layer)
            fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "layer %1"), {layerName}));
        for (const Field& f : store.fields()) {
            OGRFieldDefn defn(f.name.c_str(), detail::ogrFieldType(f.type));
            if (layer->CreateField(&defn) != OGRERR_NONE)
                fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "field %1"), {f.name}));
        }
        const bool transaction = ds->StartTransaction() == OGRERR_NONE;
        for (const std::size_t f : features) {
            OGRFeature out(layer->GetLayerDefn());
            if (driverName == "GPKG")
                out.SetFID(store.fid(f));
            out.SetGeometryDirectly(featureGeometry(store, f, multi && !mixed).release());
            for (std::size_t a = 0; a < store.fields().size(); ++a) {
                const AttributeValue v = store.attribute(f, a);
                if (const auto* i = std::get_if<std::int64_t>(&v))
                    out.SetField(int(a), GIntBig(*i));
                else if (const auto* d = std::get_if<double>(&v))
                    out.SetField(int(a), *d);
                else if (const auto* s = std::get_if<std::string>(&v))
                    out.SetField(int(a), s->c_str());
                else
                    out.SetFieldNull(int(a));
            }
            if (layer->CreateFeature(&out) != OGRERR_NONE)
                fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "feature %1"), {std::to_string(store.fid(f))}));
        }
        if (transaction && ds->CommitTransaction() != OGRERR_NONE)
            fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "the features")));
        ds.reset(); // closes: the GeoPackage commits its last pages, GeoJSON and CSV flush
        if (!errors.lastError().empty())
            fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "the file")));
    }
    std::error_code ec;
    for (const char* ext : kSidecars) {
        const fs::path sidecar = fs::path(temp).replace_extension(ext);
        if (!ec && fs::exists(sidecar, ec))
            fs::rename(sidecar, fs::path(target).replace_extension(ext), ec);
    }
    if (!ec)
        fs::rename(temp, target, ec);
    if (ec)
        fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "(rename from %1: %2)"), {temp.u8string(), ec.message()}));
}

} // namespace polis
