#pragma once
#include "../crs.hpp"

#include <ogr_spatialref.h>

namespace polis::detail {

/// The GDAL spatial reference behind a Crs. Immutable after construction; GIS axis order.
struct CrsData
{
    OGRSpatialReference srs;
    int epsg = 0; ///< identified EPSG code, 0 when none
};

/// A Crs for a copy of `srs` (GIS axis order; EPSG code identified through PROJ's database).
Crs makeCrs(const OGRSpatialReference& srs);

} // namespace polis::detail
