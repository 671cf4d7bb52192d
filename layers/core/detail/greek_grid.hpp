#pragma once
#include <ogr_spatialref.h>

namespace polis::detail {

/// True when `srs` is the Greek Grid (EPSG:2100, GGRS87 / Greek Grid) under another name: a Transverse
/// Mercator with latitude of origin 0, central meridian 24°, scale 0.9996, false easting 500000 m and false
/// northing 0 on the GRS 1980 ellipsoid, in metres, whose datum is named as GGRS87 / HGRS87 ("Greek",
/// "Hellenic", "GGRS", "HGRS") or carries GGRS87's TOWGS84 shift (-199.87, 74.79, 246.62).
/// PROJ's FindMatches rates such definitions (a "Greek Grid" with TOWGS84, "HGRS87 / Greek Grid") below
/// 90 % or matches them to another CRS, although every Greek mapping agency means EPSG:2100 by them.
bool isGreekGrid(const OGRSpatialReference& srs);

} // namespace polis::detail
