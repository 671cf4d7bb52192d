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
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "no scenario \"%1\" (the project has: %2)"), {scenario, names});
    }
    const ProjectLayer* entry = nullptr;
    for (const ProjectLayer& l : project.layers) {
        if (!entry && (l.name == layer || (!l.layer.empty() && l.layer == layer)))
            entry = &l;
    }
    if (!entry || entry->raster)
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "no vector layer \"%1\" in the project"), {layer});
    FeatureChange change{FeatureChange::Op::Modify, std::nullopt, {}};
    if (const FeatureChange* existing = target->changes.find(entry->name, fid))
        change = *existing;
    if (change.op == FeatureChange::Op::Remove)
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "feature %1 of layer %2 is removed in scenario %3"), {std::to_string(fid), entry->name, scenario});
    for (const auto& [field, value] : values)
        change.attributes[field] = value;
    target->changes.set(entry->name, fid, change);
    return {target->id, entry->name};
}

} // namespace polis
