#pragma once
#include <gdal_priv.h>

#include <string>

namespace polis::detail {

/// Where a project's tables live: a GeoPackage file (`*.polis`) or a schema of a PostgreSQL database
/// (`postgresql://...?schema=NAME`, DatabaseLocation), the same tables in both, read and written by the same
/// OGR code (GDAL's GPKG or PostgreSQL driver). Both support one real transaction per save. Embedded layers
/// are tables beside them (DataSource::open(location) lists them). Not thread-safe.
class ProjectStore
{
public:
    explicit ProjectStore(std::string location);

    const std::string& location() const { return m_location; }
    bool isDatabase() const { return m_database; }

    /// Opens the project's tables for reading. Throws IoError naming the location (missing file, not a
    /// GeoPackage, the server refused, a file with foreign SQL objects).
    GDALDatasetUniquePtr openForReading() const;
    /// Opens for update, creating the file or the schema when missing (`created` = a new file: remove it
    /// with discardCreated() when the first save fails). Throws IoError.
    GDALDatasetUniquePtr openForWriting(bool& created) const;
    /// Removes the file openForWriting created (a database's tables go with the rolled-back transaction).
    void discardCreated() const;

private:
    std::string m_location;
    bool m_database = false;
};

} // namespace polis::detail
