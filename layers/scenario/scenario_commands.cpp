#include "scenario_commands.hpp"

#include "../core/error.hpp"

#include <algorithm>

namespace polis {
namespace {

Scenario& target(std::vector<Scenario>& scenarios, std::int64_t id)
{
    Scenario* s = findScenario(scenarios, id);
    if (!s)
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "there is no scenario with id %1"), {std::to_string(id)});
    return *s;
}

void checkName(const std::vector<Scenario>& scenarios, const std::string& name)
{
    if (name.empty() || name == Scenario::baselineName)
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "a scenario cannot be called \"%1\""), {name});
    if (findScenario(scenarios, name))
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "there is already a scenario called \"%1\""), {name});
}

/// Sets one feature's change in a scenario; undo puts the previous change (or none) back.
class FeatureCommand : public UndoCommand
{
public:
    FeatureCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId, std::string layer, std::int64_t fid,
                   std::optional<FeatureChange> after, std::string text)
        : m_scenarios(scenarios), m_id(scenarioId), m_layer(std::move(layer)), m_fid(fid), m_after(std::move(after)),
          m_text(std::move(text))
    {
        if (const FeatureChange* before = target(scenarios, scenarioId).changes.find(m_layer, fid))
            m_before = *before;
    }
    void redo() override { target(m_scenarios, m_id).changes.set(m_layer, m_fid, m_after); }
    void undo() override { target(m_scenarios, m_id).changes.set(m_layer, m_fid, m_before); }
    std::string text() const override { return m_text; }

private:
    std::vector<Scenario>& m_scenarios;
    std::int64_t m_id;
    std::string m_layer;
    std::int64_t m_fid;
    std::optional<FeatureChange> m_before;
    std::optional<FeatureChange> m_after;
    std::string m_text;
};

/// Inserts a scenario at a position (create, duplicate; undo of delete) or removes it (delete).
class ScenarioListCommand : public UndoCommand
{
public:
    ScenarioListCommand(std::vector<Scenario>& scenarios, Scenario scenario, std::size_t position, bool insert,
                        std::string text)
        : m_scenarios(scenarios), m_scenario(std::move(scenario)), m_position(position), m_insert(insert),
          m_text(std::move(text))
    {
    }
    void redo() override { m_insert ? insert() : erase(); }
    void undo() override { m_insert ? erase() : insert(); }
    std::string text() const override { return m_text; }

private:
    void insert() { m_scenarios.insert(m_scenarios.begin() + std::ptrdiff_t(m_position), m_scenario); }
    void erase() { m_scenarios.erase(m_scenarios.begin() + std::ptrdiff_t(m_position)); }

    std::vector<Scenario>& m_scenarios;
    Scenario m_scenario;
    std::size_t m_position;
    bool m_insert;
    std::string m_text;
};

class RenameCommand : public UndoCommand
{
public:
    RenameCommand(std::vector<Scenario>& scenarios, std::int64_t id, std::string name)
        : m_scenarios(scenarios), m_id(id), m_old(target(scenarios, id).name), m_new(std::move(name))
    {
    }
    void redo() override { target(m_scenarios, m_id).name = m_new; }
    void undo() override { target(m_scenarios, m_id).name = m_old; }
    std::string text() const override { return "Rename scenario " + m_old + " to " + m_new; }

private:
    std::vector<Scenario>& m_scenarios;
    std::int64_t m_id;
    std::string m_old;
    std::string m_new;
};

class DescribeCommand : public UndoCommand
{
public:
    DescribeCommand(std::vector<Scenario>& scenarios, std::int64_t id, std::string description)
        : m_scenarios(scenarios), m_id(id), m_old(target(scenarios, id).description), m_new(std::move(description))
    {
    }
    void redo() override { target(m_scenarios, m_id).description = m_new; }
    void undo() override { target(m_scenarios, m_id).description = m_old; }
    std::string text() const override { return "Describe scenario " + target(m_scenarios, m_id).name; }

private:
    std::vector<Scenario>& m_scenarios;
    std::int64_t m_id;
    std::string m_old;
    std::string m_new;
};

} // namespace

std::unique_ptr<UndoCommand> addFeatureCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId,
                                               const std::string& layer, Geometry geometry, Attributes attributes)
{
    target(scenarios, scenarioId);
    const std::int64_t fid = nextAddedFid(scenarios, layer);
    FeatureChange change{FeatureChange::Op::Add, std::move(geometry), std::move(attributes)};
    return std::make_unique<FeatureCommand>(scenarios, scenarioId, layer, fid, std::move(change),
                                            "Add feature to " + layer);
}

std::unique_ptr<UndoCommand> modifyFeatureCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId,
                                                  const std::string& layer, std::int64_t fid,
                                                  std::optional<Geometry> geometry, Attributes attributes)
{
    const FeatureChange* current = target(scenarios, scenarioId).changes.find(layer, fid);
    if ((fid < 0 && !current) || (current && current->op == FeatureChange::Op::Remove))
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "feature %1 of layer %2 does not exist in the scenario"),
                    {std::to_string(fid), layer});
    FeatureChange change = current ? *current : FeatureChange{FeatureChange::Op::Modify, std::nullopt, {}};
    if (geometry)
        change.geometry = std::move(geometry);
    for (auto& [field, value] : attributes)
        change.attributes[field] = std::move(value);
    return std::make_unique<FeatureCommand>(scenarios, scenarioId, layer, fid, std::move(change),
                                            "Modify feature " + std::to_string(fid) + " of " + layer);
}

std::unique_ptr<UndoCommand> deleteFeatureCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId,
                                                  const std::string& layer, std::int64_t fid)
{
    const FeatureChange* current = target(scenarios, scenarioId).changes.find(layer, fid);
    if ((fid < 0 && !current) || (current && current->op == FeatureChange::Op::Remove))
        throw Error(QT_TRANSLATE_NOOP("polis::Error", "feature %1 of layer %2 does not exist in the scenario"),
                    {std::to_string(fid), layer});
    std::optional<FeatureChange> after;
    if (fid >= 0)
        after = FeatureChange{FeatureChange::Op::Remove, std::nullopt, {}};
    return std::make_unique<FeatureCommand>(scenarios, scenarioId, layer, fid, std::move(after),
                                            "Delete feature " + std::to_string(fid) + " of " + layer);
}

std::unique_ptr<UndoCommand> createScenarioCommand(std::vector<Scenario>& scenarios, const std::string& name,
                                                   const std::string& description)
{
    checkName(scenarios, name);
    Scenario s{nextScenarioId(scenarios), name, description, {}};
    return std::make_unique<ScenarioListCommand>(scenarios, std::move(s), scenarios.size(), true,
                                                 "Create scenario " + name);
}

std::unique_ptr<UndoCommand> duplicateScenarioCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId,
                                                      const std::string& name)
{
    checkName(scenarios, name);
    Scenario copy = target(scenarios, scenarioId);
    const std::string original = copy.name;
    copy.id = nextScenarioId(scenarios);
    copy.name = name;
    return std::make_unique<ScenarioListCommand>(scenarios, std::move(copy), scenarios.size(), true,
                                                 "Duplicate scenario " + original + " as " + name);
}

std::unique_ptr<UndoCommand> renameScenarioCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId,
                                                   const std::string& name)
{
    target(scenarios, scenarioId);
    checkName(scenarios, name);
    return std::make_unique<RenameCommand>(scenarios, scenarioId, name);
}

std::unique_ptr<UndoCommand> describeScenarioCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId,
                                                     const std::string& description)
{
    target(scenarios, scenarioId);
    return std::make_unique<DescribeCommand>(scenarios, scenarioId, description);
}

std::unique_ptr<UndoCommand> deleteScenarioCommand(std::vector<Scenario>& scenarios, std::int64_t scenarioId)
{
    const Scenario& s = target(scenarios, scenarioId);
    const std::size_t position = std::size_t(&s - scenarios.data());
    return std::make_unique<ScenarioListCommand>(scenarios, s, position, false, "Delete scenario " + s.name);
}

} // namespace polis
