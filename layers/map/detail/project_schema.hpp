#pragma once
#include <string>
#include <vector>

class GDALDataset;

namespace polis::detail {

/// The SQL objects of a project file that neither Polis nor the GeoPackage standard (as GDAL writes it)
/// would create, one description each ("trigger "x" on table polis_layers: calls gdal_get_layer_pixel_value").
/// A project is a file planners receive by e-mail: SQLite runs a trigger, CHECK constraint, DEFAULT or
/// index expression of the file itself whenever Polis writes a row, so any of them could rewrite layer
/// sources or reach the network through GDAL's SQL functions. Every object's SQL (tables, indexes,
/// triggers, views) may call only the few functions GDAL's own triggers use (ST_MinX.., ST_IsEmpty, lower,
/// strftime, RAISE), and a trigger may write only its table's own R-tree (rtree_<table>_<column>) or,
/// as GDAL's feature-count triggers do, gpkg_ogr_contents. Reads the file only; thread-safe per dataset.
std::vector<std::string> foreignSchemaObjects(GDALDataset& ds);

/// Throws IoError naming `path` and the foreign objects when foreignSchemaObjects(ds) is not empty.
void refuseForeignSchema(GDALDataset& ds, const std::string& path);

} // namespace polis::detail
