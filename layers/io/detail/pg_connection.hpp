#pragma once
#include <memory>
#include <string>
#include <vector>

struct pg_conn;

namespace polis::detail {

/// One libpq connection (RAII), for what GDAL's PostgreSQL driver does not do: schema DDL, LISTEN/NOTIFY,
/// the role's name. SQL takes user values only as bound parameters ($1, $2...) and names only through
/// identifier() (PQescapeIdentifier). Not thread-safe: one per thread.
class PgConnection
{
public:
    /// Connects with a libpq connection string. Throws IoError naming `where` with libpq's message.
    PgConnection(const std::string& conninfo, const std::string& where);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /// `name` as a quoted SQL identifier.
    std::string identifier(const std::string& name) const;
    /// Runs `sql` with text parameters; the rows of the result as text (null = ""). Throws IoError.
    std::vector<std::vector<std::string>> exec(const std::string& sql, const std::vector<std::string>& params = {});

    /// LISTEN on `channel`; notifications() then returns what arrives on it.
    void listen(const std::string& channel);
    /// The payloads of the notifications received, waiting up to `timeoutMs` for the first (0 = only those
    /// already there). Throws IoError when the connection is lost.
    std::vector<std::string> notifications(int timeoutMs);

private:
    std::string m_where;
    pg_conn* m_conn = nullptr;
};

} // namespace polis::detail
