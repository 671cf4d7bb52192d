#include "scenario_tables.hpp"

#include "../../core/error.hpp"

#include <QJsonDocument>
#include <QJsonObject>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <map>

namespace polis::detail {
namespace {

constexpr const char* kScenarios = "polis_scenarios";
constexpr const char* kChanges = "polis_changes";
constexpr const char* kIndicators = "polis_indicators";

std::string attributesToJson(const Attributes& attributes)
{
    QJsonObject o;
    for (const auto& [field, value] : attributes) {
        QJsonValue v;
        if (const auto* i = std::get_if<std::int64_t>(&value))
            v = qint64(*i);
        else if (const auto* d = std::get_if<double>(&value))
            v = *d;
        else if (const auto* s = std::get_if<std::string>(&value))
            v = QString::fromStdString(*s);
        o.insert(QString::fromStdString(field), v);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

bool attributesFromJson(const char* json, Attributes& attributes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (!doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        AttributeValue value;
        if (v.isString()) {
            value = v.toString().toStdString();
        } else if (v.isDouble()) {
            const double d = v.toDouble();
            const bool integral = std::floor(d) == d && std::fabs(d) < 9007199254740992.0;
            value = integral ? AttributeValue(std::int64_t(d)) : AttributeValue(d);
        }
        attributes[it.key().toStdString()] = std::move(value);
    }
    return true;
}

} // namespace

std::int64_t integerField(const OGRFeature& f, const char* field)
{
    const int i = f.GetFieldIndex(field);
    return i >= 0 && f.IsFieldSetAndNotNull(i) ? f.GetFieldAsInteger64(i) : 0;
}

namespace {

FeatureChange readChange(const OGRFeature& f, const Error::Arg& where)
{
    const auto op = parseOp(fieldText(f, "op"));
    if (!op)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: unknown change \"%2\""), {where, fieldText(f, "op")});
    FeatureChange change{*op, std::nullopt, {}};
    const int g = f.GetFieldIndex("geometry");
    if (g >= 0 && f.IsFieldSetAndNotNull(g)) {
        int size = 0;
        const GByte* wkb = f.GetFieldAsBinary(g, &size);
        try {
            change.geometry = Geometry::fromWkb(wkb, std::size_t(size));
        } catch (const GeometryError& e) {
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: %2"), {where, Error::keep(e)});
        }
    }
    const std::string json = fieldText(f, "attributes");
    if (!json.empty() && !attributesFromJson(json.c_str(), change.attributes))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: the attributes are not a JSON object"), {where});
    return change;
}

} // namespace

OGRLayer* projectTable(GDALDataset& ds, const char* name, const std::vector<std::pair<const char*, OGRFieldType>>& fields)
{
    if (OGRLayer* existing = ds.GetLayerByName(name))
        return existing;
    OGRLayer* layer = ds.CreateLayer(name, nullptr, wkbNone, nullptr);
    for (const auto& [field, type] : fields) {
        OGRFieldDefn defn(field, type);
        if (!layer || layer->CreateField(&defn) != OGRERR_NONE)
            return nullptr;
    }
    return layer;
}

std::string fieldText(const OGRFeature& f, const char* field)
{
    const int i = f.GetFieldIndex(field);
    return i >= 0 && f.IsFieldSetAndNotNull(i) ? f.GetFieldAsString(i) : std::string();
}

bool ensureColumns(OGRLayer& table, const std::vector<std::pair<const char*, OGRFieldType>>& fields)
{
    for (const auto& [name, type] : fields) {
        OGRFieldDefn field(name, type);
        if (table.GetLayerDefn()->GetFieldIndex(name) < 0 && table.CreateField(&field) != OGRERR_NONE)
            return false;
    }
    return true;
}

const char* const kScenarioTables[3] = {kScenarios, kChanges, kIndicators};

namespace {

const std::vector<std::pair<const char*, OGRFieldType>> kStampFields = {{"revision", OFTInteger64}, {"saved_by", OFTString}};

struct Tables
{
    OGRLayer* scenarios = nullptr;
    OGRLayer* changes = nullptr;
};

Tables scenarioTables(GDALDataset& ds)
{
    Tables t{projectTable(ds, kScenarios, {{"id", OFTInteger64}, {"name", OFTString}, {"description", OFTString},
                                           {"position", OFTInteger}, {"revision", OFTInteger64}, {"saved_by", OFTString}}),
             projectTable(ds, kChanges, {{"scenario_id", OFTInteger64}, {"layer", OFTString}, {"feature_fid", OFTInteger64},
                                         {"op", OFTString}, {"geometry", OFTBinary}, {"attributes", OFTString},
                                         {"revision", OFTInteger64}, {"saved_by", OFTString}})};
    if (!t.scenarios || !t.changes || !ensureColumns(*t.scenarios, kStampFields) || !ensureColumns(*t.changes, kStampFields))
        return {};
    return t;
}

/// Writes a row: a new one (`fid` < 0) or the one with OGR fid `fid`. False on failure.
bool store(OGRLayer& table, OGRFeature& f, GIntBig fid, const Stamp& stamp)
{
    f.SetField("revision", GIntBig(stamp.revision));
    f.SetField("saved_by", stamp.savedBy.c_str());
    if (fid < 0)
        return table.CreateFeature(&f) == OGRERR_NONE;
    f.SetFID(fid);
    return table.SetFeature(&f) == OGRERR_NONE;
}

bool writeScenario(OGRLayer& table, const Scenario& s, int position, GIntBig fid, const Stamp& stamp)
{
    OGRFeature f(table.GetLayerDefn());
    f.SetField("id", GIntBig(s.id));
    f.SetField("name", s.name.c_str());
    f.SetField("description", s.description.c_str());
    f.SetField("position", position);
    return store(table, f, fid, stamp);
}

bool writeChange(OGRLayer& table, std::int64_t scenario, const std::string& layer, std::int64_t fid,
                 const FeatureChange& change, GIntBig rowFid, const Stamp& stamp)
{
    OGRFeature c(table.GetLayerDefn());
    c.SetField("scenario_id", GIntBig(scenario));
    c.SetField("layer", layer.c_str());
    c.SetField("feature_fid", GIntBig(fid));
    c.SetField("op", opName(change.op));
    if (change.geometry) {
        const std::vector<std::uint8_t> wkb = change.geometry->toWkb();
        c.SetField(c.GetFieldIndex("geometry"), int(wkb.size()), wkb.data());
    }
    c.SetField("attributes", attributesToJson(change.attributes).c_str());
    return store(table, c, rowFid, stamp);
}

RowRevision rowRevision(const OGRFeature& f)
{
    return {integerField(f, "revision"), fieldText(f, "saved_by")};
}

std::shared_ptr<const Error> scenarioWhat(const std::string& name)
{
    return Error::part(QT_TRANSLATE_NOOP("polis::Error", "scenario «%1»"), {name});
}

std::shared_ptr<const Error> changeWhat(const ProjectRevisions::ChangeKey& key, const std::string& scenario)
{
    return Error::part(QT_TRANSLATE_NOOP("polis::Error", "feature %1 of layer %2 in scenario «%3»"), {std::to_string(std::get<2>(key)), std::get<1>(key), scenario});
}

} // namespace

std::shared_ptr<const Error> writeScenarioTables(GDALDataset& ds, const std::vector<Scenario>& scenarios, const Stamp& stamp)
{
    const Tables t = scenarioTables(ds);
    if (!t.scenarios)
        return Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot create the scenario tables"));
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Scenario& s = scenarios[i];
        if (!writeScenario(*t.scenarios, s, int(i), -1, stamp))
            return Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot write scenario %1"), {s.name});
        for (const auto& [layer, changes] : s.changes.layers()) {
            for (const auto& [fid, change] : changes) {
                if (!writeChange(*t.changes, s.id, layer, fid, change, -1, stamp))
                    return Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot write the changes of scenario %1"), {s.name});
            }
        }
    }
    return {};
}

std::shared_ptr<const Error> writeIndicators(GDALDataset& ds, const std::vector<Indicator>& indicators)
{
    OGRLayer* table = projectTable(ds, kIndicators, {{"position", OFTInteger}, {"name", OFTString}, {"definition", OFTString}});
    if (!table)
        return Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot create the indicator table"));
    std::vector<GIntBig> fids;
    table->ResetReading();
    for (auto& f : *table)
        fids.push_back(f->GetFID());
    for (GIntBig fid : fids) {
        if (table->DeleteFeature(fid) != OGRERR_NONE)
            return Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot replace the indicators"));
    }
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        OGRFeature f(table->GetLayerDefn());
        f.SetField("position", int(i));
        f.SetField("name", indicators[i].name.c_str());
        f.SetField("definition", indicators[i].toJson().c_str());
        if (table->CreateFeature(&f) != OGRERR_NONE)
            return Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot write indicator %1"), {indicators[i].name});
    }
    return {};
}

std::vector<Conflict> mergeScenarioTables(GDALDataset& ds, const std::vector<Scenario>& scenarios,
                                          const std::vector<Scenario>& base, const ProjectRevisions& baseRevisions,
                                          const Stamp& stamp)
{
    const Tables t = scenarioTables(ds);
    if (!t.scenarios)
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "cannot create the scenario tables"));
    // What is stored now (other planners' saves included): OGR fid and revision of each row.
    std::map<std::int64_t, std::pair<GIntBig, RowRevision>> storedScenarios;
    std::map<ProjectRevisions::ChangeKey, std::pair<GIntBig, RowRevision>> storedChanges;
    t.scenarios->ResetReading();
    for (auto& f : *t.scenarios)
        storedScenarios[integerField(*f, "id")] = {f->GetFID(), rowRevision(*f)};
    t.changes->ResetReading();
    for (auto& f : *t.changes)
        storedChanges[{integerField(*f, "scenario_id"), fieldText(*f, "layer"), integerField(*f, "feature_fid")}] = {f->GetFID(), rowRevision(*f)};

    std::vector<Conflict> conflicts;
    // True when the stored row is still the one this planner loaded; else records the conflict.
    auto unchangedSinceLoad = [&](const RowRevision* loaded, const std::pair<GIntBig, RowRevision>* stored,
                                  const std::shared_ptr<const Error>& what) {
        const std::int64_t baseRevision = loaded ? loaded->revision : 0;
        const bool present = stored != nullptr;
        if (present == (loaded != nullptr) && (!present || stored->second.revision == baseRevision))
            return true;
        conflicts.push_back({what, baseRevision, present ? stored->second : RowRevision{}});
        return false;
    };
    auto find = [](const auto& map, const auto& key) { const auto it = map.find(key); return it == map.end() ? nullptr : &it->second; };
    auto fail = [](const std::shared_ptr<const Error>& what) { throw IoError(QT_TRANSLATE_NOOP("polis::Error", "cannot write %1"), {what}); };

    std::map<std::int64_t, std::pair<const Scenario*, int>> baseById;
    for (std::size_t i = 0; i < base.size(); ++i)
        baseById[base[i].id] = {&base[i], int(i)};
    std::map<std::int64_t, const Scenario*> mineById;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Scenario& s = scenarios[i];
        mineById[s.id] = &s;
        const auto* b = find(baseById, s.id);
        const bool rowChanged = !b || b->first->name != s.name || b->first->description != s.description || b->second != int(i);
        const auto* stored = find(storedScenarios, s.id);
        if (rowChanged) {
            if (unchangedSinceLoad(find(baseRevisions.scenarios, s.id), stored, scenarioWhat(s.name)) &&
                !writeScenario(*t.scenarios, s, int(i), stored ? stored->first : -1, stamp))
                fail(scenarioWhat(s.name));
        } else if (!stored && !(s.changes == b->first->changes)) {
            conflicts.push_back({Error::part(QT_TRANSLATE_NOOP("polis::Error", "%1 (deleted)"), {scenarioWhat(s.name)}), find(baseRevisions.scenarios, s.id)->revision, {}});
        }
    }
    for (const auto& [id, b] : baseById) {
        if (mineById.count(id))
            continue;
        const auto* stored = find(storedScenarios, id);
        if (stored && unchangedSinceLoad(find(baseRevisions.scenarios, id), stored, scenarioWhat(b.first->name))) {
            if (t.scenarios->DeleteFeature(stored->first) != OGRERR_NONE)
                fail(scenarioWhat(b.first->name));
            for (const auto& [key, row] : storedChanges) {
                if (std::get<0>(key) == id && t.changes->DeleteFeature(row.first) != OGRERR_NONE)
                    fail(Error::part(QT_TRANSLATE_NOOP("polis::Error", "the changes of %1"), {scenarioWhat(b.first->name)}));
            }
        }
    }
    // The changes of the scenarios this planner has, feature by feature.
    for (const auto& [id, mine] : mineById) {
        const auto* b = find(baseById, id);
        std::map<std::pair<std::string, std::int64_t>, std::pair<const FeatureChange*, const FeatureChange*>> features;
        for (const auto& [layer, changes] : mine->changes.layers())
            for (const auto& [fid, change] : changes)
                features[{layer, fid}].first = &change;
        if (b)
            for (const auto& [layer, changes] : b->first->changes.layers())
                for (const auto& [fid, change] : changes)
                    features[{layer, fid}].second = &change;
        for (const auto& [feature, pair] : features) {
            const auto [m, was] = pair;
            if (m && was && *m == *was)
                continue;
            const ProjectRevisions::ChangeKey key{id, feature.first, feature.second};
            const auto* stored = find(storedChanges, key);
            if (!unchangedSinceLoad(was ? find(baseRevisions.changes, key) : nullptr, stored, changeWhat(key, mine->name)))
                continue;
            if (m ? !writeChange(*t.changes, id, feature.first, feature.second, *m, stored ? stored->first : -1, stamp)
                  : t.changes->DeleteFeature(stored->first) != OGRERR_NONE)
                fail(changeWhat(key, mine->name));
        }
    }
    return conflicts;
}

void readScenarioTables(GDALDataset& ds, const std::string& path, std::vector<Scenario>& scenarios,
                        std::vector<Indicator>& indicators, ProjectRevisions& revisions)
{
    std::multimap<GIntBig, Scenario> ordered;
    std::map<GIntBig, ChangeSet> changes;
    if (OGRLayer* t = ds.GetLayerByName(kScenarios)) {
        for (auto& f : *t) {
            ordered.emplace(integerField(*f, "position"), Scenario{integerField(*f, "id"), fieldText(*f, "name"), fieldText(*f, "description"), {}});
            revisions.scenarios[integerField(*f, "id")] = rowRevision(*f);
        }
    }
    if (OGRLayer* t = ds.GetLayerByName(kChanges)) {
        for (auto& f : *t) {
            const std::string layer = fieldText(*f, "layer");
            const Error::Arg where = Error::part(QT_TRANSLATE_NOOP("polis::Error", "%1, change of feature %2 of layer %3"), {path, fieldText(*f, "feature_fid"), layer});
            changes[integerField(*f, "scenario_id")].set(layer, integerField(*f, "feature_fid"), readChange(*f, where));
            revisions.changes[{integerField(*f, "scenario_id"), layer, integerField(*f, "feature_fid")}] = rowRevision(*f);
        }
    }
    for (auto& [position, scenario] : ordered) {
        scenario.changes = std::move(changes[scenario.id]);
        changes.erase(scenario.id);
        scenarios.push_back(std::move(scenario));
    }
    if (!changes.empty())
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: changes of scenario id %2, which the project does not have"), {path, std::to_string(changes.begin()->first)});
    if (OGRLayer* t = ds.GetLayerByName(kIndicators)) {
        std::multimap<GIntBig, Indicator> sorted;
        for (auto& f : *t) {
            try {
                sorted.emplace(integerField(*f, "position"), Indicator::fromJson(fieldText(*f, "definition")));
            } catch (const Error& e) {
                throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: %2"), {path, Error::keep(e)});
            }
        }
        for (auto& [position, indicator] : sorted)
            indicators.push_back(std::move(indicator));
    }
}

} // namespace polis::detail
