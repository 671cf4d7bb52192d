#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace polis {
namespace detail {
class PgConnection;
}

/// A save of a database project by someone, as its LISTEN/NOTIFY notice tells it.
struct ProjectNotice
{
    std::int64_t revision = 0;
    std::string savedBy;                ///< the PostgreSQL role that saved
    std::vector<std::string> scenarios; ///< the scenarios it changed (names, UTF-8; removed ones included)
};

/// Listens for the saves of the project at a database location (Project::save notifies the channel
/// `polis_<schema>` after each commit with the revision, the role and the scenarios changed). One libpq
/// connection; not thread-safe (one owner thread).
class ProjectWatch
{
public:
    /// Connects and listens. Throws IoError naming the location (not a database location, refused).
    explicit ProjectWatch(const std::string& location);
    ~ProjectWatch();
    ProjectWatch(const ProjectWatch&) = delete;
    ProjectWatch& operator=(const ProjectWatch&) = delete;

    /// The saves notified since the last call, waiting up to `timeoutMs` for one (0 = do not wait).
    /// Throws IoError when the connection is lost.
    std::vector<ProjectNotice> wait(int timeoutMs);

    /// The channel of the project in `schema`.
    static std::string channel(const std::string& schema);
    /// The notice's text (JSON) for a save; what wait() parses.
    static std::string payload(const ProjectNotice& notice);

private:
    std::unique_ptr<detail::PgConnection> m_connection;
};

} // namespace polis
