#include "project_store.hpp"

#include "../../core/detail/gdal_error.hpp"
#include "../../core/error.hpp"
#include "../../io/database_location.hpp"
#include "../../io/detail/pg_connection.hpp"
#include "project_schema.hpp"

#include <filesystem>

namespace polis::detail {
namespace {

namespace fs = std::filesystem;

GDALDatasetUniquePtr openDatabase(const std::string& location, unsigned flags)
{
    const DatabaseLocation db = DatabaseLocation::parse(location);
    std::vector<std::string> options = db.gdalOpenOptions();
    std::vector<const char*> list;
    for (const std::string& o : options)
        list.push_back(o.c_str());
    list.push_back(nullptr);
    const char* drivers[] = {"PostgreSQL", nullptr};
    GdalErrorCapture errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(db.gdalName().c_str(), GDAL_OF_VECTOR | flags, drivers, list.data()));
    if (!ds)
    {
        if (errors.lastError().empty())
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot open the database"), {location});
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot open the database: %2"), {location, errors.lastError()});
    }
    return ds;
}

} // namespace

ProjectStore::ProjectStore(std::string location)
    : m_location(std::move(location)), m_database(DatabaseLocation::isDatabase(m_location))
{
}

GDALDatasetUniquePtr ProjectStore::openForReading() const
{
    ensureGdalRegistered();
    if (m_database)
        return openDatabase(m_location, GDAL_OF_READONLY);
    GdalErrorCapture errors;
    const std::string& path = m_location;
    std::error_code ec;
    if (!fs::exists(fs::u8path(path), ec))
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: file not found"), {path});
    const char* drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    if (!ds && fs::exists(fs::u8path(path + "-journal"), ec)) {
        // A save was interrupted (crash, kill): SQLite must roll its hot journal back, which a read-only
        // connection cannot do. Opening for update once restores the previous state.
        GDALDatasetUniquePtr(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers));
        ds.reset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    }
    if (!ds)
    {
        if (errors.lastError().empty())
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: not a Polis project (not a GeoPackage)"), {path});
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: not a Polis project (not a GeoPackage): %2"), {path, errors.lastError()});
    }
    refuseForeignSchema(*ds, path);
    return ds;
}

GDALDatasetUniquePtr ProjectStore::openForWriting(bool& created) const
{
    ensureGdalRegistered();
    created = false;
    if (m_database) {
        const DatabaseLocation db = DatabaseLocation::parse(m_location);
        PgConnection connection(db.conninfo, m_location);
        // CREATE SCHEMA IF NOT EXISTS needs the right to create even when the schema is there.
        if (connection.exec("SELECT 1 FROM pg_namespace WHERE nspname = $1", {db.schema}).empty())
            connection.exec("CREATE SCHEMA " + connection.identifier(db.schema));
        return openDatabase(m_location, GDAL_OF_UPDATE);
    }
    GdalErrorCapture errors;
    const std::string& path = m_location;
    std::error_code ec;
    if (!fs::exists(fs::u8path(path), ec)) {
        GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
        GDALDatasetUniquePtr ds(gpkg ? gpkg->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
        if (!ds)
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot create the project file: %2"), {path, errors.lastError()});
        created = true;
        return ds;
    }
    const char* drivers[] = {"GPKG", nullptr};
    // Writing a row runs the file's own triggers and constraints: check them before opening for update.
    if (GDALDatasetUniquePtr check{GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers)})
        refuseForeignSchema(*check, path);
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers));
    if (!ds)
    {
        if (errors.lastError().empty())
            throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot save: the existing file is not a GeoPackage that can be written"), {path});
        throw IoError(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot save: the existing file is not a GeoPackage that can be written (%2)"), {path, errors.lastError()});
    }
    return ds;
}

void ProjectStore::discardCreated() const
{
    std::error_code ec;
    if (!m_database)
        fs::remove(fs::u8path(m_location), ec);
}

} // namespace polis::detail
