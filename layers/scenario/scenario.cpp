#include "scenario.hpp"

#include "../core/error.hpp"

#include <algorithm>

namespace polis {

const Scenario* findScenario(const std::vector<Scenario>& scenarios, const std::string& name)
{
    const auto it = std::find_if(scenarios.begin(), scenarios.end(), [&](const Scenario& s) { return s.name == name; });
    return it == scenarios.end() ? nullptr : &*it;
}

Scenario* findScenario(std::vector<Scenario>& scenarios, std::int64_t id)
{
    const auto it = std::find_if(scenarios.begin(), scenarios.end(), [&](const Scenario& s) { return s.id == id; });
    return it == scenarios.end() ? nullptr : &*it;
}

std::vector<std::string> scenarioNames(const std::vector<Scenario>& scenarios)
{
    std::vector<std::string> names{Scenario::baselineName};
    for (const Scenario& s : scenarios)
        names.push_back(s.name);
    return names;
}

const ChangeSet& scenarioChanges(const std::vector<Scenario>& scenarios, const std::string& name)
{
    static const ChangeSet baseline;
    if (name == Scenario::baselineName)
        return baseline;
    if (const Scenario* scenario = findScenario(scenarios, name))
        return scenario->changes;
    std::string list;
    for (const std::string& n : scenarioNames(scenarios))
        list += (list.empty() ? "" : ", ") + n;
    throw Error(QT_TRANSLATE_NOOP("polis::Error", "the project has no scenario \"%1\" (available: %2)"), {name, list});
}

std::int64_t nextAddedFid(const std::vector<Scenario>& scenarios, const std::string& layer)
{
    std::int64_t fid = -1;
    for (const Scenario& s : scenarios)
        fid = std::min(fid, s.changes.nextAddedFid(layer));
    return fid;
}

std::int64_t nextScenarioId(const std::vector<Scenario>& scenarios)
{
    std::int64_t id = 0;
    for (const Scenario& s : scenarios)
        id = std::max(id, s.id);
    return id + 1;
}

} // namespace polis
