#include "scenario_attributes.hpp"

#include "../core/error.hpp"

namespace polis {

ScenarioFeature setScenarioAttributes(Project& project, const std::string& scenario, const std::string& layer,
                                      std::int64_t fid, const Attributes& values)
{
    Scenario* target = nullptr;
    for (Scenario& s : project.scenarios) {
        if (s.name == scenario)
            target = &s;
    }
    if (!target) {
        std::string names;
        for (const Scenario& s : project.scenarios)
            names += (names.empty() ? "" : ", ") + s.name;
        throw Error("no scenario \"" + scenario + "\" (the project has: " + names + ")");
    }
    const ProjectLayer* entry = nullptr;
    for (const ProjectLayer& l : project.layers) {
        if (!entry && (l.name == layer || (!l.layer.empty() && l.layer == layer)))
            entry = &l;
    }
    if (!entry || entry->raster)
        throw Error("no vector layer \"" + layer + "\" in the project");
    FeatureChange change{FeatureChange::Op::Modify, std::nullopt, {}};
    if (const FeatureChange* existing = target->changes.find(entry->name, fid))
        change = *existing;
    if (change.op == FeatureChange::Op::Remove)
        throw Error("feature " + std::to_string(fid) + " of layer " + entry->name + " is removed in scenario " + scenario);
    for (const auto& [field, value] : values)
        change.attributes[field] = value;
    target->changes.set(entry->name, fid, change);
    return {target->id, entry->name};
}

} // namespace polis
