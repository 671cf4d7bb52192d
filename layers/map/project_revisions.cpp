#include "project_revisions.hpp"

namespace polis {
namespace {

std::string describe(const std::string& location, const std::vector<Conflict>& conflicts)
{
    std::string text = location + ": not saved, someone else saved first:";
    for (const Conflict& c : conflicts) {
        text += "\n  " + c.what + ": yours is based on revision " + std::to_string(c.base) + ", ";
        text += c.theirs.revision ? "revision " + std::to_string(c.theirs.revision) + " was saved by " +
                                        (c.theirs.savedBy.empty() ? std::string("someone") : c.theirs.savedBy)
                                  : std::string("it was removed");
    }
    return text;
}

} // namespace

RowRevision ProjectRevisions::change(std::int64_t scenarioId, const std::string& layer, std::int64_t fid) const
{
    const auto it = changes.find({scenarioId, layer, fid});
    return it == changes.end() ? RowRevision{} : it->second;
}

ConflictError::ConflictError(const std::string& location, std::vector<Conflict> conflicts)
    : IoError(describe(location, conflicts)), m_conflicts(std::move(conflicts))
{
}

} // namespace polis
