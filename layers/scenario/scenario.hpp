#pragma once
#include "change_set.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace polis {

/// A named planning scenario: the baseline layers plus a change set. `id` is stable for the scenario's
/// life (undo commands and polis_changes refer to it); names are unique within a project and "baseline"
/// is reserved for the project's layers as they are.
struct Scenario
{
    static constexpr const char* baselineName = "baseline";

    std::int64_t id = 0;
    std::string name;        ///< UTF-8
    std::string description; ///< UTF-8, free text
    ChangeSet changes;

    bool operator==(const Scenario& o) const
    {
        return id == o.id && name == o.name && description == o.description && changes == o.changes;
    }
};

/// The scenario called `name` in `scenarios`, or nullptr.
const Scenario* findScenario(const std::vector<Scenario>& scenarios, const std::string& name);
/// The scenario with `id`, or nullptr.
Scenario* findScenario(std::vector<Scenario>& scenarios, std::int64_t id);
/// The names a project can be shown in: "baseline", then its scenarios in order.
std::vector<std::string> scenarioNames(const std::vector<Scenario>& scenarios);
/// The change set of scenario `name` (the empty one for "baseline"). Throws polis::Error naming the
/// scenario and listing the available ones when there is no such scenario.
const ChangeSet& scenarioChanges(const std::vector<Scenario>& scenarios, const std::string& name);
/// The fid for a feature added to `layer` in any scenario: below every added fid of that layer in all of
/// them, so the same negative fid in two scenarios is the same feature (one was duplicated from the other).
std::int64_t nextAddedFid(const std::vector<Scenario>& scenarios, const std::string& layer);
/// One above the highest id in use (1 for none).
std::int64_t nextScenarioId(const std::vector<Scenario>& scenarios);

} // namespace polis
