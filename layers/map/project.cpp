#include "project.hpp"

#include "../core/detail/gdal_error.hpp"
#include "../core/detail/number_text.hpp"
#include "../core/error.hpp"
#include "detail/scenario_tables.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>

namespace polis {
namespace {

using detail::fieldText;
using detail::projectTable;
namespace fs = std::filesystem;

constexpr const char* kProjectTable = "polis_project";
constexpr const char* kLayersTable = "polis_layers";
constexpr const char* kLayoutTable = "polis_layout";

/// The rows of a key/value table.
std::map<std::string, std::string> readKeyValues(OGRLayer& table)
{
    std::map<std::string, std::string> values;
    for (auto& f : table)
        values[fieldText(*f, "key")] = fieldText(*f, "value");
    return values;
}

/// Appends key/value rows (pairs of something string-like and std::string). False when a row fails.
template <typename Pairs>
bool writeKeyValues(OGRLayer& table, const Pairs& values)
{
    for (const auto& [key, value] : values) {
        OGRFeature f(table.GetLayerDefn());
        f.SetField("key", std::string(key).c_str());
        f.SetField("value", value.c_str());
        if (table.CreateFeature(&f) != OGRERR_NONE)
            return false;
    }
    return true;
}

} // namespace

std::string Project::resolveSource(const std::string& projectPath, const std::string& source)
{
    if (source.empty() || source.rfind("PG:", 0) == 0 || source.rfind("/vsi", 0) == 0)
        return source;
    const fs::path p = fs::u8path(source);
    if (p.is_absolute())
        return source;
    return (fs::absolute(fs::u8path(projectPath)).parent_path() / p).lexically_normal().u8string();
}

Project Project::load(const std::string& path)
{
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture errors;
    std::error_code ec;
    if (!fs::exists(fs::u8path(path), ec))
        throw IoError(path + ": file not found");
    const char* drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    if (!ds && fs::exists(fs::u8path(path + "-journal"), ec)) {
        // A save was interrupted (crash, kill): SQLite must roll its hot journal back, which a read-only
        // connection cannot do. Opening for update once restores the previous state.
        GDALDatasetUniquePtr(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers));
        ds.reset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    }
    if (!ds)
        throw IoError(path + ": not a Polis project (not a GeoPackage)" +
                      (errors.lastError().empty() ? std::string() : ": " + errors.lastError()));
    OGRLayer* settings = ds->GetLayerByName(kProjectTable);
    OGRLayer* layers = ds->GetLayerByName(kLayersTable);
    if (!settings || !layers)
        throw IoError(path + ": not a Polis project (the polis_project and polis_layers tables are missing)");

    std::map<std::string, std::string> values = readKeyValues(*settings);
    const int version = std::atoi(values["format_version"].c_str());
    if (version > formatVersion)
        throw IoError(path + ": written by a newer Polis (project format " + std::to_string(version) +
                      ", this version reads up to " + std::to_string(formatVersion) + ")");
    Project project;
    project.title = values["title"];
    if (!values["map_crs"].empty()) {
        try {
            project.mapCrs = Crs::fromUserInput(values["map_crs"]);
        } catch (const CrsError& e) {
            throw IoError(path + ": map CRS: " + e.what());
        }
    }
    if (!detail::parseExtent(values["extent"], project.extent))
        throw IoError(path + ": project extent \"" + values["extent"] + "\" is not xmin,ymin,xmax,ymax");
    // Projects saved before print layouts existed have no polis_layout table: default layout.
    if (OGRLayer* layoutTable = ds->GetLayerByName(kLayoutTable)) {
        try {
            project.layout = PrintLayout::fromKeyValues(readKeyValues(*layoutTable));
        } catch (const Error& e) {
            throw IoError(path + ": print layout: " + e.what());
        }
    }

    std::multimap<long long, ProjectLayer> ordered;
    for (auto& f : *layers) {
        ProjectLayer layer;
        layer.name = fieldText(*f, "name");
        layer.source = fieldText(*f, "source");
        layer.layer = fieldText(*f, "layer");
        layer.raster = fieldText(*f, "kind") == "raster";
        layer.group = fieldText(*f, "group_name"); // "" in projects saved before groups existed
        layer.attribution = fieldText(*f, "attribution");
        // "" in projects saved before layer ids existed: one made from the row, the same on every read.
        const std::string id = fieldText(*f, "layer_id");
        layer.id = !id.empty() ? LayerId(id)
                               : LayerId::derived("polis_layers:" + std::to_string(f->GetFID()) + '\n' +
                                                  layer.source + '\n' + layer.layer + '\n' + layer.name);
        const int visible = f->GetFieldIndex("visible");
        layer.visible = visible < 0 || !f->IsFieldSetAndNotNull(visible) || f->GetFieldAsInteger(visible) != 0;
        const int opacity = f->GetFieldIndex("opacity");
        if (opacity >= 0 && f->IsFieldSetAndNotNull(opacity))
            layer.opacity = std::clamp(f->GetFieldAsDouble(opacity), 0.0, 1.0);
        const std::string style = fieldText(*f, "style");
        try {
            layer.style = style.empty() ? Style{} : styleFromJson(style);
        } catch (const Error& e) {
            throw IoError(path + ", layer " + layer.name + ": " + e.what());
        }
        if (layer.raster)
            layer.style.type = Style::Type::Raster;
        const int position = f->GetFieldIndex("position");
        ordered.emplace(position >= 0 ? f->GetFieldAsInteger64(position) : 0, std::move(layer));
    }
    for (auto& [position, layer] : ordered)
        project.layers.push_back(std::move(layer));
    // Projects saved before scenarios existed have none of their tables: just the baseline.
    detail::readScenarioTables(*ds, path, project.scenarios, project.indicators);
    return project;
}

void Project::save(const std::string& path) const
{
    detail::ensureGdalRegistered();
    detail::GdalErrorCapture errors;
    std::error_code ec;
    const bool existed = fs::exists(fs::u8path(path), ec);
    GDALDatasetUniquePtr ds;
    if (existed) {
        const char* drivers[] = {"GPKG", nullptr};
        ds.reset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers));
        if (!ds)
            throw IoError(path + ": cannot save: the existing file is not a GeoPackage that can be written" +
                          (errors.lastError().empty() ? std::string() : " (" + errors.lastError() + ")"));
    } else {
        GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
        ds.reset(gpkg ? gpkg->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
        if (!ds)
            throw IoError(path + ": cannot create the project file: " + errors.lastError());
    }
    auto fail = [&](const std::string& what) {
        ds->RollbackTransaction();
        ds.reset();
        if (!existed)
            fs::remove(fs::u8path(path), ec);
        throw IoError(path + ": cannot save the project: " + what +
                      (errors.lastError().empty() ? std::string() : ": " + errors.lastError()));
    };

    if (ds->StartTransaction(TRUE) != OGRERR_NONE)
        throw IoError(path + ": cannot start a transaction: " + errors.lastError());
    OGRLayer* settings = projectTable(*ds, kProjectTable, {{"key", OFTString}, {"value", OFTString}});
    OGRLayer* layerTable = projectTable(*ds, kLayersTable,
                             {{"position", OFTInteger}, {"name", OFTString}, {"source", OFTString},
                              {"layer", OFTString}, {"kind", OFTString}, {"visible", OFTInteger},
                              {"opacity", OFTReal}, {"style", OFTString}, {"group_name", OFTString},
                              {"layer_id", OFTString}, {"attribution", OFTString}});
    OGRLayer* layoutTable = projectTable(*ds, kLayoutTable, {{"key", OFTString}, {"value", OFTString}});
    if (!settings || !layerTable || !layoutTable)
        fail("cannot create the project tables");
    for (const char* column : {"group_name", "layer_id", "attribution"}) { // missing in projects saved before they existed
        OGRFieldDefn field(column, OFTString);
        if (layerTable->GetLayerDefn()->GetFieldIndex(column) < 0 && layerTable->CreateField(&field) != OGRERR_NONE)
            fail(std::string("cannot add the column ") + column);
    }
    std::vector<OGRLayer*> tables{settings, layerTable, layoutTable};
    for (const char* name : detail::kScenarioTables) {
        if (OGRLayer* table = ds->GetLayerByName(name))
            tables.push_back(table);
    }
    for (OGRLayer* table : tables) {
        std::vector<GIntBig> fids;
        table->ResetReading();
        for (auto& f : *table)
            fids.push_back(f->GetFID());
        for (GIntBig fid : fids) {
            if (table->DeleteFeature(fid) != OGRERR_NONE)
                fail("cannot replace the previous content");
        }
    }
    const std::pair<const char*, std::string> values[] = {
        {"format_version", std::to_string(formatVersion)},
        {"title", title},
        {"map_crs", mapCrs.isValid() ? (mapCrs.epsg() ? mapCrs.displayId() : mapCrs.wkt()) : std::string()},
        {"extent", detail::formatExtent(extent)}};
    if (!writeKeyValues(*settings, values) || !writeKeyValues(*layoutTable, layout.toKeyValues()))
        fail("cannot write the project settings");
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const ProjectLayer& l = layers[i];
        OGRFeature f(layerTable->GetLayerDefn());
        f.SetField("position", int(i));
        f.SetField("name", l.name.c_str());
        f.SetField("source", l.source.c_str());
        f.SetField("layer", l.layer.c_str());
        f.SetField("kind", l.raster ? "raster" : "vector");
        f.SetField("visible", l.visible ? 1 : 0);
        f.SetField("opacity", l.opacity);
        f.SetField("style", styleToJson(l.style).c_str());
        f.SetField("group_name", l.group.c_str());
        f.SetField("layer_id", (l.id.isNull() ? LayerId::generate() : l.id).str().c_str());
        f.SetField("attribution", l.attribution.c_str());
        if (layerTable->CreateFeature(&f) != OGRERR_NONE)
            fail("cannot write layer " + l.name);
    }
    if (const std::string problem = detail::writeScenarioTables(*ds, scenarios, indicators); !problem.empty())
        fail(problem);
    if (ds->CommitTransaction() != OGRERR_NONE)
        fail("cannot commit");
    ds.reset();
    if (!errors.lastError().empty())
        throw IoError(path + ": cannot save the project: " + errors.lastError());
}

} // namespace polis
