#include "planning_layer.hpp"

#include "../core/detail/gdal_error.hpp"
#include "../core/error.hpp"

#include <QCoreApplication>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>

namespace polis {

std::vector<Field> planningFields()
{
    return {{"kind", FieldType::String, 0},     {"name", FieldType::String, 0},
            {"status", FieldType::String, 0},   {"phase", FieldType::Integer, 0},
            {"cost_eur", FieldType::Real, 0},   {"department", FieldType::String, 0},
            {"notes", FieldType::String, 0}};
}

bool isPlanningLayer(const std::vector<Field>& fields)
{
    for (const Field& wanted : planningFields()) {
        if (std::none_of(fields.begin(), fields.end(), [&](const Field& f) { return f.name == wanted.name; }))
            return false;
    }
    return true;
}

const std::vector<std::string>& planningKinds()
{
    static const std::vector<std::string> kinds{
        QT_TRANSLATE_NOOP("PlanningSchema", "airport"),         QT_TRANSLATE_NOOP("PlanningSchema", "runway"),
        QT_TRANSLATE_NOOP("PlanningSchema", "marina"),          QT_TRANSLATE_NOOP("PlanningSchema", "fibre route"),
        QT_TRANSLATE_NOOP("PlanningSchema", "cable landing"),   QT_TRANSLATE_NOOP("PlanningSchema", "street lighting"),
        QT_TRANSLATE_NOOP("PlanningSchema", "bike-share dock"), QT_TRANSLATE_NOOP("PlanningSchema", "park"),
        QT_TRANSLATE_NOOP("PlanningSchema", "road"),            QT_TRANSLATE_NOOP("PlanningSchema", "building"),
        QT_TRANSLATE_NOOP("PlanningSchema", "other")};
    return kinds;
}

const std::vector<std::string>& planningStatuses()
{
    static const std::vector<std::string> statuses{
        QT_TRANSLATE_NOOP("PlanningSchema", "proposed"), QT_TRANSLATE_NOOP("PlanningSchema", "approved"),
        QT_TRANSLATE_NOOP("PlanningSchema", "rejected"), QT_TRANSLATE_NOOP("PlanningSchema", "built")};
    return statuses;
}

std::string planningLabel(const std::string& value)
{
    // The schema's field names as headings (the legend's block of statuses).
    static const char* const fieldNames[] = {QT_TRANSLATE_NOOP("PlanningSchema", "kind"),
                                             QT_TRANSLATE_NOOP("PlanningSchema", "status")};
    (void)fieldNames;
    return QCoreApplication::translate("PlanningSchema", value.c_str()).toStdString();
}

Style planningStyle()
{
    // One colour per kind, in planningKinds() order: distinct from each other and from the basemap layers.
    static const Color colours[] = {{0x6a, 0x1b, 0x9a}, {0x37, 0x47, 0x4f}, {0x00, 0x97, 0xa7}, {0xd8, 0x1b, 0x60},
                                    {0x88, 0x0e, 0x4f}, {0xff, 0xb3, 0x00}, {0x43, 0xa0, 0x47}, {0x2e, 0x7d, 0x32},
                                    {0x5d, 0x40, 0x37}, {0xef, 0x6c, 0x00}, {0x75, 0x75, 0x75}};
    Style style;
    style.type = Style::Type::Categorized;
    style.field = "kind";
    style.fill = Color{0x9e, 0x9e, 0x9e};
    style.stroke = Color{0x61, 0x61, 0x61};
    style.strokeWidth = 3.0;
    style.markerSize = 9.0;
    for (std::size_t i = 0; i < planningKinds().size(); ++i) {
        Symbol symbol;
        symbol.fill = colours[i];
        symbol.stroke = colours[i];
        symbol.strokeWidth = 3.0;
        symbol.markerSize = 9.0;
        style.categories.push_back({planningKinds()[i], symbol});
    }
    // In planningStatuses() order; dashes of two stroke widths with gaps of one.
    style.modifierField = "status";
    SymbolModifier proposed, approved, rejected, built;
    proposed.value = planningStatuses()[0];
    approved.value = planningStatuses()[1];
    rejected.value = planningStatuses()[2];
    built.value = planningStatuses()[3];
    proposed.fillTint = 0.5;
    proposed.dash = {2, 1};
    rejected.opacity = 0.35;
    rejected.stroke = Color{0x9e, 0x9e, 0x9e};
    built.stroke = Color{0x21, 0x21, 0x21};
    style.modifiers = {proposed, approved, rejected, built};
    return style;
}

ProjectLayer createPlanningLayer(const std::string& projectPath, const std::string& table, const std::string& name,
                                 const Crs& crs)
{
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture errors;
    std::error_code ec;
    GDALDatasetUniquePtr ds;
    if (std::filesystem::exists(std::filesystem::u8path(projectPath), ec)) {
        const char* drivers[] = {"GPKG", nullptr};
        ds.reset(GDALDataset::Open(projectPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers));
    } else if (GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG")) {
        ds.reset(gpkg->Create(projectPath.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    }
    auto fail = [&](const Error::Arg& what) {
        if (errors.lastError().empty())
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot create the planning layer %2: %3"), {projectPath, table, what});
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot create the planning layer %2: %3 (%4)"), {projectPath, table, what, errors.lastError()});
    };
    if (!ds)
        fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "not a GeoPackage that can be written")));
    if (ds->GetLayerByName(table.c_str()))
        fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "the table exists already")));
    OGRSpatialReference srs;
    if (crs.isValid())
        srs.SetFromUserInput(crs.epsg() ? crs.displayId().c_str() : crs.wkt().c_str());
    OGRLayer* layer = ds->CreateLayer(table.c_str(), crs.isValid() ? &srs : nullptr, wkbUnknown, nullptr);
    if (!layer)
        fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "GDAL refused the table")));
    for (const Field& field : planningFields()) {
        OGRFieldDefn defn(field.name.c_str(), field.type == FieldType::Integer ? OFTInteger
                                              : field.type == FieldType::Real  ? OFTReal
                                                                               : OFTString);
        if (layer->CreateField(&defn) != OGRERR_NONE)
            fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot add field %1"), {field.name}));
    }
    ProjectLayer entry;
    entry.name = name;
    entry.layer = table;
    entry.style = planningStyle();
    return entry;
}

} // namespace polis
