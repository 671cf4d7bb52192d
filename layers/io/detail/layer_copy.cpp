#include "layer_copy.hpp"

#include "../../core/detail/gdal_error.hpp"
#include "../../core/error.hpp"
#include "geometry_check.hpp"

#include <ogrsf_frmts.h>

#include <cctype>

namespace polis::detail {
namespace {

/// The table's geometry type: multi types for lines and polygons (shapefiles mix single and multi parts).
OGRwkbGeometryType tableType(OGRwkbGeometryType type)
{
    const OGRwkbGeometryType flat = wkbFlatten(type);
    if (flat == wkbLineString || flat == wkbPolygon)
        return OGR_GT_SetModifier(OGR_GT_GetCollection(flat), OGR_GT_HasZ(type), OGR_GT_HasM(type));
    return type;
}

/// The geometry to write for `g`, or nullptr for a null geometry; counts repairs in `result`.
std::unique_ptr<OGRGeometry> prepare(const OGRGeometry* g, OGRwkbGeometryType type, bool repair, CopyResult& result)
{
    if (!g)
        return nullptr;
    std::unique_ptr<OGRGeometry> out;
    const GeometryState state = repair ? classifyGeometry(g) : GeometryState::Valid;
    if (state == GeometryState::Invalid) {
        out = makeValid(*g);
        ++(out ? result.repaired : result.removed);
    } else if (state == GeometryState::BadCoordinates) {
        ++result.removed;
    } else {
        out.reset(g->clone());
    }
    if (out && wkbFlatten(type) != wkbUnknown && wkbFlatten(out->getGeometryType()) != wkbFlatten(type))
        out.reset(OGRGeometryFactory::forceTo(out.release(), type));
    return out;
}

} // namespace

std::string uniqueTable(GDALDataset& ds, const std::string& name)
{
    std::string base;
    for (unsigned char c : name)
        base += std::isalnum(c) ? char(std::tolower(c)) : '_';
    if (base.empty() || !std::isalpha(static_cast<unsigned char>(base[0])))
        base = "layer_" + base;
    std::string table = base;
    for (int n = 2; ds.GetLayerByName(table.c_str()); ++n)
        table = base + "_" + std::to_string(n);
    return table;
}

CopyResult copyLayer(OGRLayer& source, GDALDataset& target, const std::string& table, const OGRSpatialReference* crs,
                     bool repair, bool keepFids, const std::function<void()>& tick)
{
    GdalErrorCapture errors;
    auto fail = [&](const Error::Arg& what) {
        if (errors.lastError().empty())
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "table %1: %2"), {table, what});
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "table %1: %2: %3"), {table, what, errors.lastError()});
    };
    const OGRwkbGeometryType type = tableType(source.GetGeomType());
    // PostgreSQL: a GiST index, and names kept as they are (the driver lower-cases them by default).
    const bool postgres = EQUAL(target.GetDriverName(), "PostgreSQL");
    const char* options[] = {"FID=polis_fid", "GEOMETRY_NAME=geom", postgres ? "SPATIAL_INDEX=GIST" : "SPATIAL_INDEX=YES",
                             postgres ? "LAUNDER=NO" : nullptr, nullptr};
    OGRLayer* out = target.CreateLayer(table.c_str(), const_cast<OGRSpatialReference*>(crs), type,
                                       const_cast<char**>(options));
    if (!out)
        fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot create the table")));
    const OGRFeatureDefn& defn = *source.GetLayerDefn();
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
        OGRFieldDefn field(defn.GetFieldDefn(i));
        if (out->CreateField(&field) != OGRERR_NONE)
            fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot create the field %1"), {field.GetNameRef()}));
    }
    CopyResult result;
    source.SetSpatialFilter(nullptr);
    source.ResetReading();
    for (auto& feature : source) {
        OGRFeature copy(out->GetLayerDefn());
        if (copy.SetFrom(feature.get(), FALSE) != OGRERR_NONE)
            fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot copy feature %1"), {std::to_string(feature->GetFID())}));
        if (keepFids)
            copy.SetFID(feature->GetFID());
        copy.SetGeometryDirectly(prepare(feature->GetGeometryRef(), type, repair, result).release());
        if (out->CreateFeature(&copy) != OGRERR_NONE)
            fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot write feature %1"), {std::to_string(feature->GetFID())}));
        ++result.features;
        tick();
    }
    return result;
}

} // namespace polis::detail
