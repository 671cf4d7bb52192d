#pragma once
#include "scenario.hpp"
#include "../core/undo_stack.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace polis {

/// Undo commands on a project's scenario list. Each factory checks its target now and throws polis::Error
/// naming the problem (unknown scenario id, a name that is empty, "baseline" or taken, an unknown or
/// removed feature); the returned command has not run yet: push it onto an UndoStack. `scenarios` must
/// outlive the command; commands find their scenario by id, so the list may grow and shrink meanwhile.

/// Adds a feature to `layer` of scenario `scenarioId`; it gets a new negative fid (nextAddedFid()).
std::unique_ptr<UndoCommand> addFeatureCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId,
                                               const std::string& layer, Geometry geometry, Attributes attributes);
/// Reshapes (`geometry` set) and/or re-attributes (values in `attributes` replace the feature's) feature
/// `fid` of `layer`: a baseline feature (fid >= 0) or one the scenario added (fid < 0).
std::unique_ptr<UndoCommand> modifyFeatureCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId,
                                                  const std::string& layer, std::int64_t fid,
                                                  std::optional<Geometry> geometry, Attributes attributes);
/// Removes feature `fid` of `layer` in the scenario (a baseline feature is marked removed, an added one
/// disappears).
std::unique_ptr<UndoCommand> deleteFeatureCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId,
                                                  const std::string& layer, std::int64_t fid);

/// Appends a new empty scenario (the next free id).
std::unique_ptr<UndoCommand> createScenarioCommand(std::vector<Scenario>& scenarios, const std::string& name,
                                                   const std::string& description);
/// Appends a copy of scenario `scenarioId` (its change set and description) called `name`.
std::unique_ptr<UndoCommand> duplicateScenarioCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId,
                                                      const std::string& name);
std::unique_ptr<UndoCommand> renameScenarioCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId,
                                                   const std::string& name);
/// Replaces the description of scenario `scenarioId` (free text, may be empty).
std::unique_ptr<UndoCommand> describeScenarioCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId,
                                                     const std::string& description);
std::unique_ptr<UndoCommand> deleteScenarioCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId);

} // namespace polis
