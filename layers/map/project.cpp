#include "project.hpp"

#include "../core/detail/gdal_error.hpp"
#include "../core/detail/number_text.hpp"
#include "../core/error.hpp"
#include "../io/database_location.hpp"
#include "../io/detail/pg_connection.hpp"
#include "project_watch.hpp"
#include "source_trust.hpp"
#include "detail/project_store.hpp"
#include "detail/scenario_tables.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>
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
/// The rows of a key/value table; `revision` = that of the format_version row (all settings are saved together).
std::map<std::string, std::string> readKeyValues(OGRLayer& table, RowRevision* revision = nullptr)
{
    std::map<std::string, std::string> values;
    for (auto& f : table) {
        values[fieldText(*f, "key")] = fieldText(*f, "value");
        if (revision && fieldText(*f, "key") == "format_version")
            *revision = {detail::integerField(*f, "revision"), fieldText(*f, "saved_by")};
    }
    return values;
}

/// Appends key/value rows (pairs of something string-like and std::string). False when a row fails.
template <typename Pairs>
bool writeKeyValues(OGRLayer& table, const Pairs& values, const detail::Stamp* stamp)
{
    for (const auto& [key, value] : values) {
        OGRFeature f(table.GetLayerDefn());
        f.SetField("key", std::string(key).c_str());
        f.SetField("value", value.c_str());
        if (stamp) {
            f.SetField("revision", GIntBig(stamp->revision));
            f.SetField("saved_by", stamp->savedBy.c_str());
        }
        if (table.CreateFeature(&f) != OGRERR_NONE)
            return false;
    }
    return true;
}

} // namespace

std::string Project::resolveSource(const std::string& projectPath, const std::string& source)
{
    if (source.empty() || source.rfind("PG:", 0) == 0 || source.rfind("/vsi", 0) == 0 ||
        DatabaseLocation::isDatabase(projectPath))
        return source;
    const fs::path p = fs::u8path(source);
    if (p.is_absolute())
        return source;
    return (fs::absolute(fs::u8path(projectPath)).parent_path() / p).lexically_normal().u8string();
}

Project Project::load(const std::string& path)
{
    GDALDatasetUniquePtr ds = detail::ProjectStore(path).openForReading();
    OGRLayer* settings = ds->GetLayerByName(kProjectTable);
    OGRLayer* layers = ds->GetLayerByName(kLayersTable);
    if (!settings || !layers)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: not a Polis project (the polis_project and polis_layers tables are missing)"), {path});

    RowRevision settingsRevision;
    std::map<std::string, std::string> values = readKeyValues(*settings, &settingsRevision);
    const int version = std::atoi(values["format_version"].c_str());
    if (version > formatVersion)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: written by a newer Polis (project format %2, this version reads up to %3)"), {path, std::to_string(version), std::to_string(formatVersion)});
    Project project;
    project.title = values["title"];
    project.activeScenario = values["active_scenario"];
    if (!values["background"].empty()) {
        const std::optional<Color> background = Color::parse(values["background"]);
        if (!background)
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: map background \"%2\" is not a colour #rrggbb"), {path, values["background"]});
        project.background = *background;
    }
    if (!values["map_crs"].empty()) {
        try {
            project.mapCrs = Crs::fromUserInput(values["map_crs"]);
        } catch (const CrsError& e) {
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: map CRS: %2"), {path, Error::keep(e)});
        }
    }
    if (!detail::parseExtent(values["extent"], project.extent))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: project extent \"%2\" is not xmin,ymin,xmax,ymax"), {path, values["extent"]});
    // Projects saved before print layouts existed have no polis_layout table: default layout.
    if (OGRLayer* layoutTable = ds->GetLayerByName(kLayoutTable)) {
        try {
            project.layout = PrintLayout::fromKeyValues(readKeyValues(*layoutTable));
        } catch (const Error& e) {
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: print layout: %2"), {path, Error::keep(e)});
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
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1, layer %2: %3"), {path, layer.name, Error::keep(e)});
        }
        if (layer.raster)
            layer.style.type = Style::Type::Raster;
        const int position = f->GetFieldIndex("position");
        ordered.emplace(position >= 0 ? f->GetFieldAsInteger64(position) : 0, std::move(layer));
    }
    for (auto& [position, layer] : ordered)
        project.layers.push_back(std::move(layer));
    // Projects saved before scenarios existed have none of their tables: just the baseline.
    detail::readScenarioTables(*ds, path, project.scenarios, project.indicators, project.revisions);
    project.revisions.project = std::atoll(values["revision"].c_str());
    project.revisions.settings = settingsRevision;
    project.loaded = std::make_shared<const Project>(project);
    project.loadedFrom = path;
    return project;
}

namespace {

/// Everything saved with the project's settings, as one text: a save compares it with the loaded one.
std::string settingsText(const Project& p)
{
    std::ostringstream out;
    out << p.title << '\n' << (p.mapCrs.isValid() ? p.mapCrs.wkt() : std::string()) << '\n'
        << detail::formatExtent(p.extent) << '\n' << p.activeScenario << '\n';
    for (const auto& [key, value] : p.layout.toKeyValues())
        out << key << '=' << value << '\n';
    for (const ProjectLayer& l : p.layers)
        out << l.name << '\t' << l.source << '\t' << l.layer << '\t' << l.raster << l.visible << '\t' << l.opacity
            << '\t' << styleToJson(l.style) << '\t' << l.group << '\t' << l.id.str() << '\t' << l.attribution << '\n';
    for (const Indicator& i : p.indicators)
        out << i.toJson() << '\n';
    return out.str();
}

/// Who saves: the PostgreSQL role of the connection, or for a file the user running Polis.
std::string savingRole(GDALDataset& ds, bool database)
{
    if (database) {
        if (OGRLayer* result = ds.ExecuteSQL("SELECT current_user", nullptr, nullptr)) {
            std::string role;
            if (OGRFeatureUniquePtr f{result->GetNextFeature()})
                role = f->GetFieldAsString(0);
            ds.ReleaseResultSet(result);
            return role;
        }
        return {};
    }
    const passwd* user = getpwuid(getuid());
    return user && user->pw_name ? user->pw_name : "";
}

/// The stored project revision ("revision" row of polis_project; 0 when missing).
std::int64_t storedRevision(OGRLayer& settings)
{
    settings.ResetReading();
    for (auto& f : settings) {
        if (fieldText(*f, "key") == "revision")
            return std::atoll(fieldText(*f, "value").c_str());
    }
    return 0;
}

/// Removes the "revision" row of polis_project (rewritten by every save).
void deleteRevisionRow(OGRLayer& settings)
{
    GIntBig fid = -1;
    settings.ResetReading();
    for (auto& f : settings) {
        if (fieldText(*f, "key") == "revision")
            fid = f->GetFID();
    }
    if (fid >= 0 && settings.DeleteFeature(fid) != OGRERR_NONE)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "cannot replace the project revision"));
}

/// The names of the scenarios `p` changes compared with `loaded` (all of them without it; removed ones too).
std::vector<std::string> changedScenarios(const Project& p, const Project* loaded)
{
    std::vector<std::string> names;
    auto find = [](const std::vector<Scenario>& list, std::int64_t id) {
        const auto it = std::find_if(list.begin(), list.end(), [id](const Scenario& s) { return s.id == id; });
        return it == list.end() ? nullptr : &*it;
    };
    for (const Scenario& s : p.scenarios) {
        const Scenario* before = loaded ? find(loaded->scenarios, s.id) : nullptr;
        if (!before || !(*before == s))
            names.push_back(s.name);
    }
    for (const Scenario& s : loaded ? loaded->scenarios : std::vector<Scenario>{}) {
        if (!find(p.scenarios, s.id))
            names.push_back(s.name);
    }
    return names;
}

/// Tells the project's listeners (ProjectWatch) about a committed save. A notice that cannot be sent is
/// dropped: the save itself is done, the others see it when they reload.
void notifySave(const std::string& location, const ProjectNotice& notice)
{
    try {
        const DatabaseLocation db = DatabaseLocation::parse(location);
        detail::PgConnection connection(db.conninfo, location);
        connection.exec("SELECT pg_notify($1, $2)", {ProjectWatch::channel(db.schema), ProjectWatch::payload(notice)});
    } catch (const IoError&) {
    }
}

void deleteAllRows(OGRLayer& table)
{
    std::vector<GIntBig> fids;
    table.ResetReading();
    for (auto& f : table)
        fids.push_back(f->GetFID());
    for (GIntBig fid : fids) {
        if (table.DeleteFeature(fid) != OGRERR_NONE)
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "cannot replace the previous content"));
    }
}

/// Writes the settings rows (polis_project, stamped), the layout, the layers and the indicators of `p`
/// into the emptied tables. Throws IoError saying what failed.
void writeSettings(const Project& p, GDALDataset& ds, OGRLayer& settings, OGRLayer& layoutTable, OGRLayer& layerTable,
                   const detail::Stamp& stamp)
{
    auto fail = [](const char* what, std::vector<Error::Arg> args = {}) { throw IoError(what, std::move(args)); };
    const std::pair<const char*, std::string> values[] = {
        {"format_version", std::to_string(Project::formatVersion)},
        {"title", p.title},
        {"map_crs", p.mapCrs.isValid() ? (p.mapCrs.epsg() ? p.mapCrs.displayId() : p.mapCrs.wkt()) : std::string()},
        {"extent", detail::formatExtent(p.extent)},
        {"active_scenario", p.activeScenario},
        {"background", p.background.name()}};
    if (!writeKeyValues(settings, values, &stamp) || !writeKeyValues(layoutTable, p.layout.toKeyValues(), nullptr))
        fail(QT_TRANSLATE_NOOP("polis::Error", "cannot write the project settings"));
    for (std::size_t i = 0; i < p.layers.size(); ++i) {
        const ProjectLayer& l = p.layers[i];
        OGRFeature f(layerTable.GetLayerDefn());
        f.SetField("position", int(i));
        f.SetField("name", l.name.c_str());
        f.SetField("source", withoutPassword(l.source).c_str());
        f.SetField("layer", l.layer.c_str());
        f.SetField("kind", l.raster ? "raster" : "vector");
        f.SetField("visible", l.visible ? 1 : 0);
        f.SetField("opacity", l.opacity);
        f.SetField("style", styleToJson(l.style).c_str());
        f.SetField("group_name", l.group.c_str());
        f.SetField("layer_id", (l.id.isNull() ? LayerId::generate() : l.id).str().c_str());
        f.SetField("attribution", l.attribution.c_str());
        if (layerTable.CreateFeature(&f) != OGRERR_NONE)
            fail(QT_TRANSLATE_NOOP("polis::Error", "cannot write layer %1"), {l.name});
    }
    if (const std::shared_ptr<const Error> problem = detail::writeIndicators(ds, p.indicators))
        throw IoError("%1", {problem});
}

} // namespace

std::int64_t Project::save(const std::string& path) const
{
    const detail::ProjectStore store(path);
    bool created = false;
    GDALDatasetUniquePtr ds = store.openForWriting(created);
    detail::GdalErrorCapture errors;
    auto fail = [&](const Error::Arg& what) {
        ds->RollbackTransaction();
        ds.reset();
        if (created)
            store.discardCreated();
        if (errors.lastError().empty())
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot save the project: %2"), {path, what});
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot save the project: %2: %3"), {path, what, errors.lastError()});
    };

    if (ds->StartTransaction(TRUE) != OGRERR_NONE)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot start a transaction: %2"), {path, errors.lastError()});
    if (store.isDatabase() && ds->GetLayerByName(kProjectTable)) {
        // One save at a time: the revisions read below stay true until this transaction ends. Refused
        // (like every write) for a role without the right to change the project.
        bool writable = false;
        if (OGRLayer* result = ds->ExecuteSQL("SELECT has_table_privilege('polis_project', 'INSERT, UPDATE, DELETE')",
                                              nullptr, nullptr)) {
            if (OGRFeatureUniquePtr f{result->GetNextFeature()})
                writable = std::string(f->GetFieldAsString(0)) == "t" || f->GetFieldAsInteger(0) == 1;
            ds->ReleaseResultSet(result);
        }
        if (!writable) {
            const std::string role = savingRole(*ds, true);
            ds->RollbackTransaction();
            throw ReadOnlyError(path, role);
        }
        ds->ExecuteSQL("LOCK TABLE polis_project IN EXCLUSIVE MODE", nullptr, nullptr);
        if (!errors.lastError().empty())
            fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "the database refused the change")));
    }
    OGRLayer* settings = projectTable(*ds, kProjectTable, {{"key", OFTString}, {"value", OFTString}});
    OGRLayer* layerTable = projectTable(*ds, kLayersTable,
                             {{"position", OFTInteger}, {"name", OFTString}, {"source", OFTString},
                              {"layer", OFTString}, {"kind", OFTString}, {"visible", OFTInteger},
                              {"opacity", OFTReal}, {"style", OFTString}, {"group_name", OFTString},
                              {"layer_id", OFTString}, {"attribution", OFTString}});
    OGRLayer* layoutTable = projectTable(*ds, kLayoutTable, {{"key", OFTString}, {"value", OFTString}});
    if (!settings || !layerTable || !layoutTable)
        fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot create the project tables")));
    // Columns missing in projects saved before they existed.
    if (!detail::ensureColumns(*layerTable, {{"group_name", OFTString}, {"layer_id", OFTString}, {"attribution", OFTString}}) ||
        !detail::ensureColumns(*settings, {{"revision", OFTInteger64}, {"saved_by", OFTString}}))
        fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot add the new columns")));
    const detail::Stamp stamp{storedRevision(*settings) + 1, savingRole(*ds, store.isDatabase())};

    const bool merge = loaded != nullptr && loadedFrom == path;
    const bool settingsChanged = !merge || settingsText(*this) != settingsText(*loaded);
    std::vector<Conflict> conflicts;
    try {
        if (merge) {
            conflicts = detail::mergeScenarioTables(*ds, scenarios, loaded->scenarios, revisions, stamp);
            if (settingsChanged) {
                settings->ResetReading();
                for (auto& f : *settings) {
                    if (fieldText(*f, "key") == "format_version" && detail::integerField(*f, "revision") != revisions.settings.revision)
                        conflicts.push_back({Error::part(QT_TRANSLATE_NOOP("polis::Error", "the project settings")), revisions.settings.revision,
                                             {detail::integerField(*f, "revision"), fieldText(*f, "saved_by")}});
                }
            }
        } else {
            for (const char* name : detail::kScenarioTables) {
                if (OGRLayer* table = ds->GetLayerByName(name))
                    deleteAllRows(*table);
            }
            if (const std::shared_ptr<const Error> problem = detail::writeScenarioTables(*ds, scenarios, stamp))
                throw IoError("%1", {problem});
        }
        if (!conflicts.empty()) {
            ds->RollbackTransaction();
            ds.reset();
            throw ConflictError(path, std::move(conflicts));
        }
        deleteRevisionRow(*settings);
        if (settingsChanged) {
            for (OGRLayer* table : {settings, layerTable, layoutTable})
                deleteAllRows(*table);
        }
    } catch (const ConflictError&) {
        throw;
    } catch (const IoError& e) {
        fail(Error::keep(e));
    }
    const std::pair<const char*, std::string> revision[] = {{"revision", std::to_string(stamp.revision)}};
    if (!writeKeyValues(*settings, revision, &stamp))
        fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot write the project revision")));
    if (settingsChanged) {
        try {
            writeSettings(*this, *ds, *settings, *layoutTable, *layerTable, stamp);
        } catch (const IoError& e) {
            fail(Error::keep(e));
        }
    }
    if (ds->CommitTransaction() != OGRERR_NONE)
        fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot commit")));
    ds.reset();
    if (!errors.lastError().empty())
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot save the project: %2"), {path, errors.lastError()});
    if (store.isDatabase())
        notifySave(path, {stamp.revision, stamp.savedBy, changedScenarios(*this, merge ? loaded.get() : nullptr)});
    return stamp.revision;
}

} // namespace polis
