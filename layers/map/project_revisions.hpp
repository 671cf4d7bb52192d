#pragma once
#include "../core/error.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace polis {

/// Which save last wrote a row of a project: the project revision (1, 2, ...; 0 = never, or a file from
/// before revisions) and the PostgreSQL role (or, for a file, the user) that saved it.
struct RowRevision
{
    std::int64_t revision = 0;
    std::string savedBy;
};

/// The revisions of a project's rows as loaded: the project's, its settings' (title, CRS, extent, layers,
/// layout, indicators: saved together), each scenario's (by id) and each change's (scenario id, layer, fid).
struct ProjectRevisions
{
    using ChangeKey = std::tuple<std::int64_t, std::string, std::int64_t>;
    std::int64_t project = 0;
    RowRevision settings;
    std::map<std::int64_t, RowRevision> scenarios;
    std::map<ChangeKey, RowRevision> changes;

    /// The revision of the change of `fid` in `layer` of scenario `scenarioId` (0 = none stored).
    RowRevision change(std::int64_t scenarioId, const std::string& layer, std::int64_t fid) const;
};

/// One thing a save would overwrite that someone else saved after this planner loaded it.
struct Conflict
{
    std::shared_ptr<const Error> what; ///< "feature 12 of layer planning in scenario «Marina B»" (a message part)
    std::int64_t base = 0;     ///< the revision this planner's edit is based on (0 = it did not exist)
    RowRevision theirs;        ///< the newer one (revision 0 = they removed it)
};

/// A save refused because of conflicts: nothing was written, the project in memory is unchanged.
/// what() names every conflict (thing, both revisions, who saved the newer one).
class ConflictError : public IoError
{
public:
    ConflictError(const std::string& location, std::vector<Conflict> conflicts);
    const std::vector<Conflict>& conflicts() const { return m_conflicts; }

private:
    std::vector<Conflict> m_conflicts;
};

/// A save refused because the database role may only read the project (the server's GRANTs): nothing was
/// written, the project in memory is unchanged.
class ReadOnlyError : public IoError
{
public:
    ReadOnlyError(const std::string& location, std::string role)
        : IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: not saved: the role %2 may only read this project"), {location, role}),
          m_role(std::move(role))
    {
    }
    const std::string& role() const { return m_role; }

private:
    std::string m_role;
};

} // namespace polis
