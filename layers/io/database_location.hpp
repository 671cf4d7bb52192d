#pragma once
#include <string>
#include <vector>

namespace polis {

/// A place in a PostgreSQL database, given as libpq's own URI syntax with one Polis parameter:
/// `postgresql://[user@]host[:port]/dbname[?schema=NAME][&other libpq parameters]` (or `postgres://`).
/// Passwords are never part of it: libpq finds them in ~/.pgpass or a service file (`?service=NAME`).
struct DatabaseLocation
{
    std::string conninfo; ///< libpq keyword=value connection string (quoted values), without the schema
    std::string schema;   ///< the schema holding the project's tables; "public" when not given

    /// True when `location` is a PostgreSQL URI rather than a file path.
    static bool isDatabase(const std::string& location);
    /// Parses `location` (isDatabase() must hold). Throws IoError naming the location when libpq rejects
    /// it, when it holds a password, or when the schema is not a plain name (letters, digits, _; not
    /// starting with a digit), which is what every other tool can name without quoting.
    static DatabaseLocation parse(const std::string& location);

    /// The GDAL PostgreSQL driver's dataset name ("PG:" + conninfo) and open options naming the schema:
    /// tables (spatial or not) are listed from and created in that schema only.
    std::string gdalName() const;
    std::vector<std::string> gdalOpenOptions() const;
};

} // namespace polis
