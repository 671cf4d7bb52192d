#pragma once
#include "project.hpp"

#include <cstdint>
#include <string>

namespace polis {

/// Where setScenarioAttributes() put the values: the scenario's id and the project layer's name (the key of
/// its change set).
struct ScenarioFeature
{
    std::int64_t scenarioId = 0;
    std::string layer;
};

/// Sets attribute values of feature `fid` of `layer` (a project layer's display name, or its table / dataset
/// layer name) in scenario `scenario` of `project`: merged into that feature's change (an added feature's
/// values, a modified one's changed values; a baseline feature without a change gets a "modify" change).
/// Throws Error naming what is unknown (scenario, layer) or when the feature is removed in the scenario.
ScenarioFeature setScenarioAttributes(Project& project, const std::string& scenario, const std::string& layer,
                                      std::int64_t fid, const Attributes& values);

} // namespace polis
