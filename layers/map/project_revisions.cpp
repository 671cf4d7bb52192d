#include "project_revisions.hpp"

namespace polis {
namespace {

/// One line per conflict, each a translatable part appended to the lines before it.
Error::Arg describe(const std::vector<Conflict>& conflicts)
{
    Error::Arg lines("");
    for (const Conflict& c : conflicts) {
        const std::string base = std::to_string(c.base);
        std::shared_ptr<const Error> line;
        if (!c.theirs.revision)
            line = Error::part(QT_TRANSLATE_NOOP("polis::Error", "%1: yours is based on revision %2, it was removed"),
                               {c.what, base});
        else if (c.theirs.savedBy.empty())
            line = Error::part(QT_TRANSLATE_NOOP("polis::Error",
                                                 "%1: yours is based on revision %2, revision %3 was saved by someone"),
                               {c.what, base, std::to_string(c.theirs.revision)});
        else
            line = Error::part(QT_TRANSLATE_NOOP("polis::Error",
                                                 "%1: yours is based on revision %2, revision %3 was saved by %4"),
                               {c.what, base, std::to_string(c.theirs.revision), c.theirs.savedBy});
        lines = Error::part("%1\n  %2", {lines, line});
    }
    return lines;
}

} // namespace

RowRevision ProjectRevisions::change(std::int64_t scenarioId, const std::string& layer, std::int64_t fid) const
{
    const auto it = changes.find({scenarioId, layer, fid});
    return it == changes.end() ? RowRevision{} : it->second;
}

ConflictError::ConflictError(const std::string& location, std::vector<Conflict> conflicts)
    : IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: not saved, someone else saved first:%2"), {location, describe(conflicts)}),
      m_conflicts(std::move(conflicts))
{
}

} // namespace polis
