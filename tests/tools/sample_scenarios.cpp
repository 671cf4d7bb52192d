// polis-sample-scenarios PROJECT CHANGES.gpkg INDICATORS.json
//
// Adds the sample planning scenarios to a project: an embedded planning layer (table "planning", when the
// project has none), one scenario per row of the "scenarios" layer of CHANGES.gpkg (name, description), the
// feature changes of its "changes" layer (scenario, layer, op = add|modify|remove, feature_fid, attributes
// as JSON, geometry in the project's CRS) and the indicators of INDICATORS.json (an array of Indicator JSON
// objects). Replaces any scenarios and indicators the project had. Exit code 0, or 1 with a message.
#include "layers/core/error.hpp"
#include "layers/io/data_source.hpp"
#include "layers/map/project.hpp"
#include "layers/map/planning_layer.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>

using namespace polis;

namespace {

const char* const kPlanningTable = "planning";
const char* const kPlanningName = "Σχεδιασμός (προτάσεις)";

std::string text(const FeatureStore& store, std::size_t feature, const char* field)
{
    const int i = store.fieldIndex(field);
    if (i < 0)
        throw std::runtime_error(std::string("the changes have no field ") + field);
    return store.isNull(feature, std::size_t(i)) ? std::string() : store.text(feature, std::size_t(i));
}

/// The project layer a change names (display name or table), by display name.
std::string layerName(const Project& project, const std::string& name)
{
    for (const ProjectLayer& layer : project.layers)
        if (layer.name == name || layer.layer == name)
            return layer.name;
    throw std::runtime_error("the project has no layer " + name);
}

Attributes attributes(const std::string& json)
{
    Attributes values;
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            values[it.key().toStdString()] = v.toString().toStdString();
        else if (v.isDouble())
            values[it.key().toStdString()] = v.toDouble();
    }
    return values;
}

void addChanges(Project& project, const std::string& changesPath)
{
    const DataSource source = DataSource::open(changesPath);
    ReadOptions options;
    options.targetCrs = project.mapCrs;
    const auto scenarios = source.read(source.layerIndex("scenarios"), options);
    for (std::size_t i = 0; i < scenarios->size(); ++i)
        project.scenarios.push_back({std::int64_t(i + 1), text(*scenarios, i, "name"), text(*scenarios, i, "description"), {}});
    const auto changes = source.read(source.layerIndex("changes"), options);
    for (std::size_t i = 0; i < changes->size(); ++i) {
        const std::string name = text(*changes, i, "scenario");
        auto scenario = std::find_if(project.scenarios.begin(), project.scenarios.end(),
                                     [&](const Scenario& s) { return s.name == name; });
        if (scenario == project.scenarios.end())
            throw std::runtime_error("a change names the unknown scenario " + name);
        const std::string layer = layerName(project, text(*changes, i, "layer"));
        const auto op = parseOp(text(*changes, i, "op"));
        if (!op)
            throw std::runtime_error("unknown op " + text(*changes, i, "op"));
        FeatureChange change{*op, std::nullopt, attributes(text(*changes, i, "attributes"))};
        if (changes->kind(i) != GeometryKind::None)
            change.geometry = Geometry::fromStore(*changes, i);
        const std::string fid = text(*changes, i, "feature_fid");
        scenario->changes.set(layer, *op == FeatureChange::Op::Add ? nextAddedFid(project.scenarios, layer) : std::stoll(fid),
                              std::move(change));
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::cerr << "usage: polis-sample-scenarios PROJECT CHANGES.gpkg INDICATORS.json\n";
        return 2;
    }
    try {
        const std::string path = argv[1];
        Project project = Project::load(path);
        const bool hasPlanning = std::any_of(project.layers.begin(), project.layers.end(),
                                             [](const ProjectLayer& l) { return l.source.empty() && l.layer == kPlanningTable; });
        // Under the bike-share docks (small points that stay visible above it), else under the top layer.
        const auto docks = std::find_if(project.layers.begin(), project.layers.end(),
                                        [](const ProjectLayer& l) { return l.layer == "bike_docks"; });
        if (!hasPlanning)
            project.layers.insert(docks != project.layers.end() ? docks
                                                                : project.layers.end() - (project.layers.empty() ? 0 : 1),
                                  createPlanningLayer(path, kPlanningTable, kPlanningName, project.mapCrs));
        project.scenarios.clear();
        project.indicators.clear();
        addChanges(project, argv[2]);
        QFile file(argv[3]);
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error(std::string(argv[3]) + ": cannot read");
        for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).array())
            project.indicators.push_back(Indicator::fromJson(QJsonDocument(v.toObject()).toJson().toStdString()));
        project.save(path);
        std::cout << "scenarios: " << project.scenarios.size() << ", indicators: " << project.indicators.size() << '\n';
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "polis-sample-scenarios: " << e.what() << '\n';
        return 1;
    }
}
