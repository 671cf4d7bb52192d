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

GIntBig integer(const OGRFeature& f, const char* field)
{
    const int i = f.GetFieldIndex(field);
    return i >= 0 && f.IsFieldSetAndNotNull(i) ? f.GetFieldAsInteger64(i) : 0;
}

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

const char* const kScenarioTables[3] = {kScenarios, kChanges, kIndicators};

std::shared_ptr<const Error> writeScenarioTables(GDALDataset& ds, const std::vector<Scenario>& scenarios,
                                const std::vector<Indicator>& indicators)
{
    OGRLayer* scenarioTable = projectTable(ds, kScenarios, {{"id", OFTInteger64}, {"name", OFTString},
                                                     {"description", OFTString}, {"position", OFTInteger}});
    OGRLayer* changeTable = projectTable(ds, kChanges, {{"scenario_id", OFTInteger64}, {"layer", OFTString}, {"feature_fid", OFTInteger64},
                                                 {"op", OFTString}, {"geometry", OFTBinary}, {"attributes", OFTString}});
    OGRLayer* indicatorTable = projectTable(ds, kIndicators, {{"position", OFTInteger}, {"name", OFTString}, {"definition", OFTString}});
    if (!scenarioTable || !changeTable || !indicatorTable)
        return Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot create the scenario tables"));
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Scenario& s = scenarios[i];
        OGRFeature f(scenarioTable->GetLayerDefn());
        f.SetField("id", GIntBig(s.id));
        f.SetField("name", s.name.c_str());
        f.SetField("description", s.description.c_str());
        f.SetField("position", int(i));
        if (scenarioTable->CreateFeature(&f) != OGRERR_NONE)
            return Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot write scenario %1"), {s.name});
        for (const auto& [layer, changes] : s.changes.layers()) {
            for (const auto& [fid, change] : changes) {
                OGRFeature c(changeTable->GetLayerDefn());
                c.SetField("scenario_id", GIntBig(s.id));
                c.SetField("layer", layer.c_str());
                c.SetField("feature_fid", GIntBig(fid));
                c.SetField("op", opName(change.op));
                if (change.geometry) {
                    const std::vector<std::uint8_t> wkb = change.geometry->toWkb();
                    c.SetField(c.GetFieldIndex("geometry"), int(wkb.size()), wkb.data());
                }
                c.SetField("attributes", attributesToJson(change.attributes).c_str());
                if (changeTable->CreateFeature(&c) != OGRERR_NONE)
                    return Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot write the changes of scenario %1"), {s.name});
            }
        }
    }
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        OGRFeature f(indicatorTable->GetLayerDefn());
        f.SetField("position", int(i));
        f.SetField("name", indicators[i].name.c_str());
        f.SetField("definition", indicators[i].toJson().c_str());
        if (indicatorTable->CreateFeature(&f) != OGRERR_NONE)
            return Error::part(QT_TRANSLATE_NOOP("polis::Error", "cannot write indicator %1"), {indicators[i].name});
    }
    return {};
}

void readScenarioTables(GDALDataset& ds, const std::string& path, std::vector<Scenario>& scenarios,
                        std::vector<Indicator>& indicators)
{
    std::multimap<GIntBig, Scenario> ordered;
    std::map<GIntBig, ChangeSet> changes;
    if (OGRLayer* t = ds.GetLayerByName(kScenarios)) {
        for (auto& f : *t)
            ordered.emplace(integer(*f, "position"), Scenario{integer(*f, "id"), fieldText(*f, "name"), fieldText(*f, "description"), {}});
    }
    if (OGRLayer* t = ds.GetLayerByName(kChanges)) {
        for (auto& f : *t) {
            const std::string layer = fieldText(*f, "layer");
            const Error::Arg where = Error::part(QT_TRANSLATE_NOOP("polis::Error", "%1, change of feature %2 of layer %3"), {path, fieldText(*f, "feature_fid"), layer});
            changes[integer(*f, "scenario_id")].set(layer, integer(*f, "feature_fid"), readChange(*f, where));
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
                sorted.emplace(integer(*f, "position"), Indicator::fromJson(fieldText(*f, "definition")));
            } catch (const Error& e) {
                throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: %2"), {path, Error::keep(e)});
            }
        }
        for (auto& [position, indicator] : sorted)
            indicators.push_back(std::move(indicator));
    }
}

} // namespace polis::detail
